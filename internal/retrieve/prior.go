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
	chunks   []Chunk        // the chunks by place; nil from the cache file
	byID     map[string]int // chunk ID → place; nil from the cache file
	backing  *mapping       // the cache file the vectors lie in; nil for none
	parts    *partitioning  // how the vectors are partitioned, by place; nil for not
}

// maxScannedMisses is how many new texts sources looks up by scanning the
// keys rather than mapping them all.
const maxScannedMisses = 16

// sources maps each new chunk to a chunk of p with the same text, -1 for
// none: the chunk of the same ID (from an Index) or place (from the
// cache) when its text is the same, so that unchanged chunks map to
// themselves even when a text is repeated, else the first chunk with the
// text.
func (p *prior) sources(chunks []Chunk, keys []textKey) []int32 {
	src := make([]int32, len(keys))
	var miss []int
	for i, k := range keys {
		j, ok := i, p.byID == nil
		if p.byID != nil {
			j, ok = p.byID[chunks[i].ID]
		}
		if ok && j < len(p.keys) && p.keys[j] == k {
			src[i] = int32(j)
			continue
		}
		src[i] = -1
		miss = append(miss, i)
	}
	if len(miss) == 0 {
		return src
	}
	if len(miss) <= maxScannedMisses { // an edit: no map of every key
		for _, i := range miss {
			if j := slices.Index(p.keys, keys[i]); j >= 0 {
				src[i] = int32(j)
			}
		}
		return src
	}
	byKey := make(map[textKey]int32, len(p.keys))
	for j := len(p.keys) - 1; j >= 0; j-- {
		byKey[p.keys[j]] = int32(j) // the first chunk of a repeated text
	}
	for _, i := range miss {
		if j, ok := byKey[keys[i]]; ok {
			src[i] = j
		}
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
// order of chunks within a posting list and the slots (see lexical),
// which no score depends on. old are lx's chunks, by place, when known:
// a few changes then patch lx instead of renumbering every list.
func (lx *lexical) derive(src []int32, fresh map[int]chunkTerms, old []Chunk) *lexical {
	if identity(src, lx.n()) {
		return lx
	}
	if out := lx.patch(src, fresh, old); out != nil {
		return out
	}
	n := lx.n()
	slots := lx.slots()
	out := &lexical{lengths: make([]int32, len(src))}
	// targets[off[j]:off[j+1]] are the new chunks copying old chunk j.
	off := make([]int32, n+1)
	for _, j := range src {
		if j >= 0 {
			off[j+1]++
		}
	}
	for j := range n {
		off[j+1] += off[j]
	}
	targets := make([]int32, off[n])
	fill := slices.Clone(off[:n])
	var total int64
	for i, j := range src {
		if j >= 0 {
			targets[fill[j]] = int32(i)
			fill[j]++
			out.lengths[i] = lx.lengths[slots[j]]
		} else {
			out.lengths[i] = fresh[i].length
		}
		total += int64(out.lengths[i])
	}
	kept := make([][]posting, len(lx.terms)) // by base term id
	gone := 0
	for id, t := range lx.terms {
		ps := lx.list(t)
		for _, p := range ps {
			j := lx.place(p.slot)
			for _, i := range targets[off[j]:off[j+1]] {
				if kept[id] == nil {
					kept[id] = make([]posting, 0, len(ps))
				}
				kept[id] = append(kept[id], posting{slot: i, tf: p.tf})
			}
		}
		if kept[id] == nil {
			gone++
		}
	}
	added := map[string][]posting{} // terms the base does not have
	for _, t := range lx.extra {
		for _, p := range lx.more[t] {
			j := lx.place(p.slot)
			for _, i := range targets[off[j]:off[j+1]] {
				added[t] = append(added[t], posting{slot: i, tf: p.tf})
			}
		}
	}
	for i := range src {
		if src[i] >= 0 {
			continue
		}
		for _, c := range fresh[i].counts {
			if id, ok := lx.ids[c.term]; ok {
				gone -= b2i(kept[id] == nil)
				kept[id] = append(kept[id], posting{slot: int32(i), tf: c.tf})
			} else {
				added[c.term] = append(added[c.term], posting{slot: int32(i), tf: c.tf})
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
