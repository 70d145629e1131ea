package retrieve

import (
	"container/heap"
	"slices"
	"sync"
)

// scored is a chunk index with a score.
type scored struct {
	chunk int
	score float64
}

// knownExpansionShare scales the expansions of a question word that the
// corpus itself uses: the word is then the better evidence.
const knownExpansionShare = 0.5

// scratch holds the per-question score arrays of a BM25 search, one
// entry per slot, reused between questions.
type scratch struct {
	acc, best       []float64
	inAcc, inBest   []bool  // whether a chunk's slot is set
	accSet, bestSet []int32 // the chunks with a slot set, to reset them
}

var scratchPool sync.Pool

func getScratch(n int) *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || len(s.acc) != n {
		s = &scratch{acc: make([]float64, n), best: make([]float64, n), inAcc: make([]bool, n), inBest: make([]bool, n)}
	}
	return s
}

// search scores every chunk that contains a query term, or one of its
// expansions, and returns the best n, best first. A query term counts once
// per chunk: by the term itself, or else by its best expansion, weighted
// below it, so that many weak relations never outweigh the word.
func (lx *lexical) search(q Query, n int) []scored {
	s := getScratch(len(lx.lengths))
	defer scratchPool.Put(s)
	for _, qt := range q.Terms {
		lx.addTerm(s, qt.Term, qt.Weight)
		if !lx.noExpansions {
			share := 1.0
			if qt.Known {
				share = knownExpansionShare // the corpus has the word itself
			}
			for _, e := range qt.Expansions {
				lx.addTerm(s, e.Term, share*qt.Weight*e.Weight)
			}
		}
		for _, c := range s.bestSet {
			if !s.inAcc[c] {
				s.inAcc[c] = true
				s.accSet = append(s.accSet, c)
			}
			s.acc[c] += s.best[c]
			s.best[c], s.inBest[c] = 0, false
		}
		s.bestSet = s.bestSet[:0]
	}
	top := newTopK(n)
	for _, c := range s.accSet {
		top.offer(scored{lx.place(c), s.acc[c]})
		s.acc[c], s.inAcc[c] = 0, false
	}
	s.accSet = s.accSet[:0]
	return top.sorted()
}

// addTerm raises best[c] to term's weighted BM25 score in chunk c.
func (lx *lexical) addTerm(s *scratch, term string, weight float64) {
	idf := lx.idf(term)
	for _, p := range lx.list(term) {
		tf := float64(p.tf)
		norm := 1 - bm25B + bm25B*float64(lx.lengths[p.slot])/lx.avgLen
		v := weight * idf * tf * (bm25K1 + 1) / (tf + bm25K1*norm)
		if !s.inBest[p.slot] {
			s.inBest[p.slot], s.best[p.slot] = true, v
			s.bestSet = append(s.bestSet, p.slot)
			continue
		}
		s.best[p.slot] = max(s.best[p.slot], v)
	}
}

// better orders scores high to low, equal scores by chunk.
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.chunk < b.chunk
}

// topK keeps the best k of the scores offered: a min-heap whose root is
// the worst kept.
type topK struct {
	k int
	h []scored
}

func newTopK(k int) *topK { return &topK{k: k, h: make([]scored, 0, k)} }

func (t *topK) Len() int           { return len(t.h) }
func (t *topK) Less(i, j int) bool { return better(t.h[j], t.h[i]) }
func (t *topK) Swap(i, j int)      { t.h[i], t.h[j] = t.h[j], t.h[i] }
func (t *topK) Push(x any)         { t.h = append(t.h, x.(scored)) }
func (t *topK) Pop() any           { x := t.h[len(t.h)-1]; t.h = t.h[:len(t.h)-1]; return x }

func (t *topK) offer(s scored) {
	switch {
	case t.k <= 0:
	case len(t.h) < t.k:
		heap.Push(t, s)
	case better(s, t.h[0]):
		t.h[0] = s
		heap.Fix(t, 0)
	}
}

// sorted returns the kept scores, best first.
func (t *topK) sorted() []scored {
	out := slices.Clone(t.h)
	slices.SortFunc(out, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	return out
}

// topN returns the best n of acc, best first, equal scores by chunk.
func topN(acc map[int]float64, n int) []scored {
	top := newTopK(n)
	for c, s := range acc {
		top.offer(scored{c, s})
	}
	return top.sorted()
}
