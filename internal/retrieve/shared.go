package retrieve

import (
	"context"
	"fmt"
	"sort"
)

// Vectors is a vector store outside the process (a shared database,
// internal/pgstore) holding the vectors of an index built with
// Options.NoVectors, from the same embedder.
type Vectors interface {
	// Nearest returns the IDs of the n chunks nearest to the unit vector
	// q, nearest first, and the vectors of those chunks and of the chunks
	// named in with, by ID. A chunk it has no vector for is left out.
	Nearest(ctx context.Context, q []float32, n int, with []string) (ids []string, vectors map[string][]float32, err error)
}

// SearchVectors is SearchQuery for an index built with
// Options.NoVectors: the lexical ranking is the index's own, the vector
// ranking and the vectors the diversity re-rank compares come from vs,
// and both are fused and re-ranked as SearchQuery does.
func (ix *Index) SearchVectors(ctx context.Context, query Query, k int, vs Vectors) ([]Passage, error) {
	return ix.search(ctx, query, k, vs)
}

// sharedVectorSearch asks vs for the n chunks nearest to q, returning
// their indexes nearest first, and a lookup of the vectors of those and
// of the lexical candidates lex. Chunks the store has but this index
// has not (the store is a newer version of the corpus) are skipped.
func (ix *Index) sharedVectorSearch(ctx context.Context, vs Vectors, q string, n int, lex []scored) ([]int, func(int) []float32, error) {
	qv, err := ix.embedQuery(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	with := make([]string, len(lex))
	for i, s := range lex {
		with[i] = ix.chunks[s.chunk].ID
	}
	ids, vectors, err := vs.Nearest(ctx, qv[0], n, with)
	if err != nil {
		return nil, nil, fmt.Errorf("vector query: %w", err)
	}
	var out []int
	sim := map[int]float64{}
	for _, id := range ids {
		if i, ok := ix.byID[id]; ok {
			out = append(out, i)
			sim[i] = cosine(qv[0], vectors[id])
		}
	}
	// A store returns equally near chunks in any order: order ties by chunk.
	sort.SliceStable(out, func(a, b int) bool {
		if sim[out[a]] != sim[out[b]] {
			return sim[out[a]] > sim[out[b]]
		}
		return out[a] < out[b]
	})
	return out, func(i int) []float32 { return vectors[ix.chunks[i].ID] }, nil
}

// embedQuery embeds a question, without its filler words, as one unit
// vector of the index's dimension when the index holds vectors.
func (ix *Index) embedQuery(ctx context.Context, q string) ([][]float32, error) {
	vs, err := ix.emb.Embed(ctx, []string{stripFillers(q)})
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	if len(vs) != 1 || len(vs[0]) == 0 || (len(ix.vectors) > 0 && len(vs[0]) != len(ix.vectors[0])) {
		return nil, fmt.Errorf("embed query: %w: want one vector of the index's dimension", ErrBadVector)
	}
	return vs, nil
}
