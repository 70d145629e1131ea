package retrieve

import (
	"math"
	"sort"
	"strings"
)

// BM25 parameters: the usual defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// lexical is a BM25 index over the chunks' content terms.
type lexical struct {
	postings map[string][]posting // term → chunks containing it
	lengths  []int                // content terms per chunk
	avgLen   float64
	// noExpansions ignores the lexicon's expansions of query terms, to
	// measure what they add (tests only).
	noExpansions bool
}

type posting struct {
	chunk int
	tf    int
}

func newLexical(texts []string) *lexical {
	lx := &lexical{postings: make(map[string][]posting), lengths: make([]int, len(texts))}
	total := 0
	for i, text := range texts {
		tf := map[string]int{}
		terms := Terms(text)
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			lx.postings[t] = append(lx.postings[t], posting{chunk: i, tf: n})
		}
		lx.lengths[i] = len(terms)
		total += len(terms)
	}
	if len(texts) > 0 {
		lx.avgLen = float64(total) / float64(len(texts))
	}
	return lx
}

// idf is the BM25 inverse document frequency of term; a term no chunk has
// gets the highest possible value.
func (lx *lexical) idf(term string) float64 {
	n := float64(len(lx.lengths))
	df := float64(len(lx.postings[term]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// df is the number of chunks that contain term.
func (lx *lexical) df(term string) int { return len(lx.postings[term]) }

// scored is a chunk index with a score.
type scored struct {
	chunk int
	score float64
}

// knownExpansionShare scales the expansions of a question word that the
// corpus itself uses: the word is then the better evidence.
const knownExpansionShare = 0.5

// search scores every chunk that contains a query term, or one of its
// expansions, and returns the best n, best first. A query term counts once
// per chunk: by the term itself, or else by its best expansion, weighted
// below it, so that many weak relations never outweigh the word.
func (lx *lexical) search(q Query, n int) []scored {
	acc := map[int]float64{}
	for _, qt := range q.Terms {
		best := map[int]float64{}
		lx.addTerm(best, qt.Term, qt.Weight)
		if !lx.noExpansions {
			share := 1.0
			if qt.Known {
				share = knownExpansionShare // the corpus has the word itself
			}
			for _, e := range qt.Expansions {
				lx.addTerm(best, e.Term, share*qt.Weight*e.Weight)
			}
		}
		for c, s := range best {
			acc[c] += s
		}
	}
	return topN(acc, n)
}

// addTerm raises best[c] to term's weighted BM25 score in chunk c.
func (lx *lexical) addTerm(best map[int]float64, term string, weight float64) {
	idf := lx.idf(term)
	for _, p := range lx.postings[term] {
		tf := float64(p.tf)
		norm := 1 - bm25B + bm25B*float64(lx.lengths[p.chunk])/lx.avgLen
		best[p.chunk] = max(best[p.chunk], weight*idf*tf*(bm25K1+1)/(tf+bm25K1*norm))
	}
}

func topN(acc map[int]float64, n int) []scored {
	out := make([]scored, 0, len(acc))
	for c, s := range acc {
		out = append(out, scored{c, s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].chunk < out[j].chunk
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// minPrefix is the shortest stem that prefix matching applies to.
const minPrefix = 6

// prefixRelated returns the indexed terms of which term is a prefix, or
// that are a prefix of term ("kazakh" and "kazakhstan", "russia" and
// "russian"), both at least minPrefix long.
func (lx *lexical) prefixRelated(term string) []string {
	if len(term) < minPrefix {
		return nil
	}
	var out []string
	for v := range lx.postings {
		if v != term && len(v) >= minPrefix && (strings.HasPrefix(v, term) || strings.HasPrefix(term, v)) {
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}
