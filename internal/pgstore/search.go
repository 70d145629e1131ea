package pgstore

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/pgvector/pgvector-go"
)

// Vectors is the stored passages' vectors from one embedder: the vector
// side of a search (retrieve.Index.SearchVectors), so that a bot process
// holds no vector of its own.
type Vectors struct {
	store    *Store
	identity string
	known    atomic.Pointer[embedderRow] // the embedder's row once stored: it never changes
}

// Vectors returns the vectors stored by the embedder emb.
func (s *Store) Vectors(emb retrieve.Embedder) *Vectors {
	return &Vectors{store: s, identity: emb.Identity()}
}

var _ retrieve.Vectors = (*Vectors)(nil)

// nearestSQL takes the nearest passages by cosine distance (the
// embedder's HNSW index: the ORDER BY is the distance alone) and the
// vectors of the passages named in $3, in one round trip.
const nearestSQL = `
(SELECT chunk_id, embedding::vector(%[2]d), true
   FROM embeddings WHERE embedder_id = %[1]d
  ORDER BY embedding::vector(%[2]d) <=> $1 LIMIT $2)
UNION ALL
(SELECT chunk_id, embedding::vector(%[2]d), false
   FROM embeddings WHERE embedder_id = %[1]d AND chunk_id = ANY($3))`

// Nearest returns the IDs of the n passages nearest to the unit vector
// q, nearest first, and the vectors of those and of the passages named
// in with. With no vector stored by the embedder it returns none (the
// lexical ranking then stands alone). Errors reaching the database match
// ErrUnavailable.
func (v *Vectors) Nearest(ctx context.Context, q []float32, n int, with []string) ([]string, map[string][]float32, error) {
	e, ok, err := v.embedder(ctx)
	if err != nil {
		return nil, nil, v.store.wrap("search store", err)
	}
	if !ok || n <= 0 {
		return nil, nil, nil
	}
	if len(q) != e.dim {
		return nil, nil, fmt.Errorf("search store: %w: query dimension %d, stored %d", retrieve.ErrBadVector, len(q), e.dim)
	}
	// Both values are integers from the database: nothing to quote.
	rows, err := v.store.pool.Query(ctx, fmt.Sprintf(nearestSQL, e.id, e.dim), pgvector.NewVector(q), n, with)
	if err != nil {
		return nil, nil, v.store.wrap("search store", err)
	}
	defer rows.Close()
	var ids []string
	vectors := make(map[string][]float32, n+len(with))
	for rows.Next() {
		var id string
		var vec pgvector.Vector
		var nearest bool
		if err := rows.Scan(&id, &vec, &nearest); err != nil {
			return nil, nil, v.store.wrap("search store", err)
		}
		if nearest {
			ids = append(ids, id)
		}
		vectors[id] = vec.Slice()
	}
	if err := rows.Err(); err != nil {
		return nil, nil, v.store.wrap("search store", err)
	}
	return ids, vectors, nil
}

// embedder returns the embedder's row, read once it is stored: a question
// then takes one round trip to the database.
func (v *Vectors) embedder(ctx context.Context) (embedderRow, bool, error) {
	if e := v.known.Load(); e != nil {
		return *e, true, nil
	}
	e, ok, err := v.store.embedder(ctx, v.identity)
	if ok {
		v.known.Store(&e)
	}
	return e, ok, err
}
