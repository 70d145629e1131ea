package pgstore

import (
	"context"
	"fmt"
	"sort"

	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/pgvector/pgvector-go"
)

// Fusion parameters, as in the in-process index (internal/retrieve).
const (
	rrfK          = 30  // reciprocal-rank-fusion constant
	lexicalWeight = 1.0 // weight of the full-text ranking
	vectorWeight  = 0.6 // weight of the vector ranking
	candidatesMin = 30  // candidates taken from each ranking, at least
)

// Searcher searches the stored passages with one embedder's vectors.
type Searcher struct {
	store *Store
	emb   retrieve.Embedder
}

// Searcher returns a Searcher using emb for questions and for the
// vectors it compares them with.
func (s *Store) Searcher(emb retrieve.Embedder) *Searcher {
	return &Searcher{store: s, emb: emb}
}

// searchSQL takes the nearest passages by cosine distance (the HNSW index
// of the embedder) and the best by full-text rank (GIN): the question's
// words joined by OR, since a question rarely repeats a passage's every
// word. Each row says which ranking it came from and its value there.
const searchSQL = `
(SELECT c.id, c.doc_id, c.ordinal, c.start_byte, c.end_byte, c.body, true, (e.embedding::vector(%[2]d) <=> $1)::float8
   FROM embeddings e JOIN chunks c ON c.id = e.chunk_id
  WHERE e.embedder_id = %[1]d
  ORDER BY e.embedding::vector(%[2]d) <=> $1 LIMIT $2)
UNION ALL
(SELECT c.id, c.doc_id, c.ordinal, c.start_byte, c.end_byte, c.body, false, -ts_rank_cd(c.tsv, w.q)::float8
   FROM chunks c, (SELECT replace(websearch_to_tsquery('english', $3)::text, '&', '|')::tsquery AS q) w
  WHERE c.tsv @@ w.q
  ORDER BY ts_rank_cd(c.tsv, w.q) DESC, c.id LIMIT $2)`

// hit is one row of searchSQL.
type hit struct {
	chunk  retrieve.Chunk
	vector bool
	value  float64 // lower is better
}

// Search returns the k passages most relevant to q, best first: the
// vector and full-text rankings fused by reciprocal rank, scores relative
// to the best (1). Errors reaching the database match ErrUnavailable.
func (x *Searcher) Search(ctx context.Context, q string, k int) ([]retrieve.Passage, error) {
	if k <= 0 {
		return nil, nil
	}
	e, ok, err := x.store.embedder(ctx, x.emb.Identity())
	if err != nil {
		return nil, x.store.wrap("search store", err)
	}
	n := max(4*k, candidatesMin)
	vec := pgvector.NewVector(nil)
	if ok {
		vs, err := x.emb.Embed(ctx, []string{q})
		if err != nil {
			return nil, fmt.Errorf("search store: embed query: %w", err)
		}
		if len(vs) != 1 || len(vs[0]) != e.dim {
			return nil, fmt.Errorf("search store: embed query: %w: want one vector of dimension %d", retrieve.ErrBadVector, e.dim)
		}
		vec = pgvector.NewVector(vs[0])
	} else {
		e.id, e.dim, vec = -1, 1, pgvector.NewVector([]float32{1}) // no vectors: the lexical ranking alone
	}
	rows, err := x.store.pool.Query(ctx, fmt.Sprintf(searchSQL, e.id, e.dim), vec, n, q)
	if err != nil {
		return nil, x.store.wrap("search store", err)
	}
	defer rows.Close()
	var hits []hit
	for rows.Next() {
		var h hit
		c := &h.chunk
		if err := rows.Scan(&c.ID, &c.DocID, &c.Ordinal, &c.Start, &c.End, &c.Text, &h.vector, &h.value); err != nil {
			return nil, x.store.wrap("search store", err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, x.store.wrap("search store", err)
	}
	return fuse(hits, k), nil
}

// fuse ranks each side by its value (ties by chunk ID), adds the
// reciprocal ranks and keeps the k best.
func fuse(hits []hit, k int) []retrieve.Passage {
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].vector != hits[j].vector {
			return hits[i].vector
		}
		if hits[i].value != hits[j].value {
			return hits[i].value < hits[j].value
		}
		return hits[i].chunk.ID < hits[j].chunk.ID
	})
	score := map[string]float64{}
	chunks := map[string]retrieve.Chunk{}
	rank := 0
	for i, h := range hits {
		if i > 0 && hits[i-1].vector != h.vector {
			rank = 0
		}
		w := lexicalWeight
		if h.vector {
			w = vectorWeight
		}
		score[h.chunk.ID] += w / float64(rrfK+rank+1)
		chunks[h.chunk.ID] = h.chunk
		rank++
	}
	out := make([]retrieve.Passage, 0, len(score))
	for id, sc := range score {
		out = append(out, retrieve.Passage{Chunk: chunks[id], Score: sc})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	out = out[:min(k, len(out))]
	for i := len(out) - 1; i >= 0; i-- {
		out[i].Score /= out[0].Score
	}
	return out
}
