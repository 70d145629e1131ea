package retrieve

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/almaty-news/newsbot/internal/shares"

	"github.com/philippgille/chromem-go"
)

// Fusion and diversity parameters.
const (
	rrfK           = 30   // reciprocal-rank-fusion constant (BenchmarkRecall)
	lexicalWeight  = 1.0  // weight of the BM25 ranking in the fusion
	vectorWeight   = 0.6  // weight of the vector ranking in the fusion
	mmrLambda      = 0.75 // relevance vs novelty in the diversity re-rank
	sameDocPenalty = 0.04 // per passage already picked from the same article
	candidatesMin  = 30
)

// Search returns the k passages most relevant to q, best first: Analyze
// then SearchQuery. A caller that needs the analysis too calls both
// itself, so that the question is analysed once.
func (ix *Index) Search(ctx context.Context, q string, k int) ([]Passage, error) {
	return ix.SearchQuery(ctx, ix.Analyze(q), k)
}

// SearchQuery returns the k passages most relevant to the analysed
// question query (from Analyze on this index), best first. Lexical
// (BM25) and vector rankings are fused by reciprocal rank; the fused list
// is then re-ranked so that near-duplicates of an already chosen passage
// (the same fact reported by several outlets) and many passages of one
// article do not crowd out the rest.
func (ix *Index) SearchQuery(ctx context.Context, query Query, k int) ([]Passage, error) {
	return ix.search(ctx, query, k, nil)
}

// search is SearchQuery with the vector ranking, and the vectors the
// diversity re-rank compares, from vs when it is not nil (SearchVectors).
func (ix *Index) search(ctx context.Context, query Query, k int, vs Vectors) ([]Passage, error) {
	if k <= 0 || len(ix.chunks) == 0 {
		return nil, nil
	}
	k = min(k, len(ix.chunks))
	n := min(max(4*k, candidatesMin), len(ix.chunks))
	fused := map[int]float64{}
	var lex []scored
	if !ix.noLexical {
		lex = ix.lex.search(query, n)
		for rank, s := range lex {
			fused[s.chunk] += lexicalWeight / float64(rrfK+rank+1)
		}
	}
	var vec []int
	var err error
	vectorOf := func(i int) []float32 { return ix.vectors[i] }
	switch {
	case vs != nil:
		vec, vectorOf, err = ix.sharedVectorSearch(ctx, vs, query.Text, n, lex)
	case len(ix.colls) > 0:
		vec, err = ix.vectorSearch(ctx, query.Text, n)
	default: // built with NoVectors and searched without a store: BM25 alone
		vectorOf = func(int) []float32 { return nil }
	}
	if err != nil {
		return nil, err
	}
	if !ix.noVector {
		for rank, i := range vec {
			fused[i] += vectorWeight / float64(rrfK+rank+1)
		}
	}
	return ix.diversify(topN(fused, n), k, vectorOf), nil
}

// vectorSearch returns the indexes of the n chunks nearest to q in the
// chromem-go collections it probes (all of them when the index is not
// partitioned), nearest first.
func (ix *Index) vectorSearch(ctx context.Context, q string, n int) ([]int, error) {
	vs, err := ix.embedQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	res, err := queryAll(ctx, ix.probed(vs[0]), vs[0], n)
	if err != nil {
		return nil, err
	}
	// chromem scores in parallel: equal similarities (the same text in two
	// articles) come back in any order, so order ties by chunk.
	sort.SliceStable(res, func(i, j int) bool {
		if res[i].Similarity != res[j].Similarity {
			return res[i].Similarity > res[j].Similarity
		}
		return ix.byID[res[i].ID] < ix.byID[res[j].ID]
	})
	out := make([]int, 0, min(n, len(res)))
	for _, r := range res {
		if i, ok := ix.byID[r.ID]; ok && len(out) < n {
			out = append(out, i)
		}
	}
	return out, nil
}

// queryAll returns the n vectors of each of colls nearest to the unit
// vector q, querying them on every processor: chromem shares each query
// among them too, but waits for its workers at every query, which on a
// small partition is much of the time. A worker stops at its first
// error, and the error is the first collection's that failed: one
// error, whatever the number of partitions (a question whose time ran
// out fails in every one of them).
func queryAll(ctx context.Context, colls []*chromem.Collection, q []float32, n int) ([]chromem.Result, error) {
	got := make([][]chromem.Result, len(colls))
	errs := make([]error, len(colls))
	shares.Run(len(colls), 1, func(_, from, to int) {
		for c := from; c < to; c++ {
			if got[c], errs[c] = query(ctx, colls[c], q, n); errs[c] != nil {
				return
			}
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return slices.Concat(got...), nil
}

// query returns the n vectors of coll nearest to the unit vector q, or
// all of them when it has fewer, with every other vector as similar as
// the n-th: chromem keeps any of equally similar vectors (the same text in
// several articles) at the edge of its n, by the order of its map and
// workers, so query asks for more until the last it gets is less similar
// than the n-th, and the caller's order by chunk picks the same ones on
// every run.
func query(ctx context.Context, coll *chromem.Collection, q []float32, n int) ([]chromem.Result, error) {
	if n <= 0 {
		return nil, nil
	}
	for k := n + 1; ; k *= 2 {
		res, err := queryTop(ctx, coll, q, k)
		if err != nil || len(res) < k || res[k-1].Similarity < res[n-1].Similarity {
			return res, err
		}
	}
}

// queryTop returns the k vectors of coll nearest to the unit vector q,
// most similar first, or all of them when it has fewer.
func queryTop(ctx context.Context, coll *chromem.Collection, q []float32, k int) ([]chromem.Result, error) {
	// chromem errors when asked for more than it has; a reload can delete
	// chunks between Count and the query (see collections), so ask again.
	var res []chromem.Result
	var err error
	for try := 0; ; try++ {
		m := min(k, coll.Count())
		if m == 0 {
			return nil, nil
		}
		res, err = coll.QueryEmbedding(ctx, q, m, nil, nil)
		if err == nil || try == 1 {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("vector query: %w", err)
	}
	if err := ctx.Err(); err != nil { // chromem returns nothing, and no error, when cancelled
		return nil, fmt.Errorf("vector query: %w", err)
	}
	slices.SortStableFunc(res, func(a, b chromem.Result) int { return cmp.Compare(b.Similarity, a.Similarity) })
	return res, nil
}

// diversify picks k of the candidates greedily by maximal marginal
// relevance: relevance minus the similarity (of the vectors vectorOf
// gives by chunk) to what was already picked.
func (ix *Index) diversify(cands []scored, k int, vectorOf func(chunk int) []float32) []Passage {
	if len(cands) == 0 {
		return nil
	}
	top := cands[0].score
	perDoc := map[string]int{}
	var picked []Passage
	var pickedIdx []int
	used := make([]bool, len(cands))
	for len(picked) < k && len(picked) < len(cands) {
		best, bestVal := -1, 0.0
		for ci, c := range cands {
			if used[ci] {
				continue
			}
			rel := c.score / top
			sim := 0.0
			for _, p := range pickedIdx {
				sim = max(sim, cosine(vectorOf(c.chunk), vectorOf(p)))
			}
			val := mmrLambda*rel - (1-mmrLambda)*sim - sameDocPenalty*float64(perDoc[ix.chunks[c.chunk].DocID])
			if best < 0 || val > bestVal {
				best, bestVal = ci, val
			}
		}
		used[best] = true
		c := cands[best]
		pickedIdx = append(pickedIdx, c.chunk)
		perDoc[ix.chunks[c.chunk].DocID]++
		picked = append(picked, Passage{Chunk: ix.chunks[c.chunk], Score: c.score / top})
	}
	return picked
}
