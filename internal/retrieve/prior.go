package retrieve

import (
	"crypto/sha256"
	"slices"
	"strings"
)

// textKey is the cache key of a chunk text: its SHA-256.
type textKey = [sha256.Size]byte

// prior is what an earlier build knows of its chunks, from the Index
// being replaced or from the cache file: each chunk's text key, vector
// and analysis. A new build takes what it can from it by text key, so
// only new texts are embedded and tokenized.
type prior struct {
	embedder string
	keys     []textKey
	vectors  [][]float32 // nil when made by another embedder
	lex      *lexical
}

// sources maps each new chunk to a chunk of p with the same text, -1 for
// none.
func (p *prior) sources(keys []textKey) []int32 {
	src := make([]int32, len(keys))
	byKey := make(map[textKey]int32, len(p.keys))
	for j := len(p.keys) - 1; j >= 0; j-- {
		byKey[p.keys[j]] = int32(j) // the first chunk of a repeated text
	}
	for i, k := range keys {
		j, ok := byKey[k]
		if !ok {
			j = -1
		}
		src[i] = j
	}
	return src
}

// identity reports whether src maps every chunk to itself in a prior of
// the same size: nothing changed.
func identity(src []int32, n int) bool {
	if len(src) != n {
		return false
	}
	for i, j := range src {
		if int(j) != i {
			return false
		}
	}
	return true
}

// derive builds the lexical index of new chunks: the postings of chunk
// src[i] of lx for chunk i, and fresh[i] for a chunk with no source. The
// result is the index newLexical would build from the texts, but the
// order of chunks within a posting list, which no score depends on.
func (lx *lexical) derive(src []int32, fresh map[int]chunkTerms) *lexical {
	if identity(src, len(lx.lengths)) {
		return lx
	}
	out := &lexical{lengths: make([]int32, len(src))}
	// targets[off[j]:off[j+1]] are the new chunks copying old chunk j.
	off := make([]int32, len(lx.lengths)+1)
	for _, j := range src {
		if j >= 0 {
			off[j+1]++
		}
	}
	for j := range lx.lengths {
		off[j+1] += off[j]
	}
	targets := make([]int32, off[len(lx.lengths)])
	fill := slices.Clone(off[:len(lx.lengths)])
	var total int64
	for i, j := range src {
		if j >= 0 {
			targets[fill[j]] = int32(i)
			fill[j]++
			out.lengths[i] = lx.lengths[j]
		} else {
			out.lengths[i] = fresh[i].length
		}
		total += int64(out.lengths[i])
	}
	kept := make([][]posting, len(lx.postings)) // by old term id
	gone := 0
	for id, ps := range lx.postings {
		for _, p := range ps {
			for _, i := range targets[off[p.chunk]:off[p.chunk+1]] {
				if kept[id] == nil {
					kept[id] = make([]posting, 0, len(ps))
				}
				kept[id] = append(kept[id], posting{chunk: i, tf: p.tf})
			}
		}
		if kept[id] == nil {
			gone++
		}
	}
	added := map[string][]posting{} // terms lx does not have
	for i := range src {
		if src[i] >= 0 {
			continue
		}
		for _, c := range fresh[i].counts {
			if id, ok := lx.ids[c.term]; ok {
				gone -= b2i(kept[id] == nil)
				kept[id] = append(kept[id], posting{chunk: int32(i), tf: c.tf})
			} else {
				added[c.term] = append(added[c.term], posting{chunk: int32(i), tf: c.tf})
			}
		}
	}
	if gone == 0 && len(added) == 0 { // the same vocabulary: share it
		out.terms, out.ids, out.postings = lx.terms, lx.ids, kept
		out.avgLen = float64(total) / float64(max(1, len(src)))
		return out
	}
	lists := added
	for id, ps := range kept {
		if ps != nil {
			lists[lx.terms[id]] = ps
		}
	}
	out.terms = make([]string, 0, len(lists))
	for t := range lists {
		out.terms = append(out.terms, t)
	}
	slices.SortFunc(out.terms, strings.Compare)
	out.ids = make(map[string]int32, len(out.terms))
	out.postings = make([][]posting, len(out.terms))
	for id, t := range out.terms {
		out.ids[t], out.postings[id] = int32(id), lists[t]
	}
	if len(src) > 0 {
		out.avgLen = float64(total) / float64(len(src))
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
