package retrieve

import (
	"slices"
	"strings"
)

// patchShare bounds a patch: at most one chunk in patchShare new or gone,
// and at most one slot in patchShare unused, else the index is derived
// anew with slots that are places again.
const patchShare = 8

// minOverlay is how many lists a patched index overlays on its base
// vocabulary (lexical.more) before a share of the base bounds it.
const minOverlay = 4096

// patch derives the index of the new chunks (as derive) by changing only
// what a few edits touched: unchanged chunks keep their slots, new ones
// get new slots, and only the posting lists of the terms of new and gone
// chunks are rebuilt, in the overlay (lexical.more); the base vocabulary
// and every other list are shared with lx. It returns nil when the change is not small, when
// old (lx's chunks by place) is unknown. A new chunk whose source another
// new chunk took (a repeated text) gets a slot of its own.
func (lx *lexical) patch(src []int32, fresh map[int]chunkTerms, old []Chunk) *lexical {
	n := lx.n()
	if old == nil || len(old) != n || len(src) == 0 {
		return nil
	}
	used := make([]bool, n)
	added := 0
	var repeats map[int]chunkTerms // new chunks whose source another one took
	for i, j := range src {
		if j >= 0 && used[j] {
			if repeats == nil {
				repeats = map[int]chunkTerms{}
			}
			repeats[i] = analyzeChunk(old[j].Text)
			continue
		}
		if j < 0 {
			added++
			continue
		}
		used[j] = true
	}
	added += len(repeats)
	gone := n - (len(src) - added)
	unused := len(lx.lengths) - n + gone
	if (added+gone)*patchShare > len(src) || unused*patchShare > len(src) {
		return nil
	}
	if len(lx.more) > max(len(lx.terms)/patchShare, minOverlay) { // the overlay has grown: start afresh
		return nil
	}
	out := &lexical{terms: lx.terms, ids: lx.ids, postings: lx.postings, live: len(src), backing: lx.backing}
	out.lengths = slices.Grow(slices.Clone(lx.lengths), added)
	out.pos = slices.Grow(slices.Repeat([]int32{-1}, len(lx.lengths)), added)
	slots := lx.slots()
	adds := map[string][]posting{}
	var total int64
	for i, j := range src {
		ct, repeat := repeats[i]
		if j >= 0 && !repeat {
			out.pos[slots[j]] = int32(i)
			total += int64(lx.lengths[slots[j]])
			continue
		}
		if !repeat {
			ct = fresh[i]
		}
		s := int32(len(out.lengths))
		out.lengths = append(out.lengths, ct.length)
		out.pos = append(out.pos, int32(i))
		total += int64(ct.length)
		for _, c := range ct.counts {
			adds[c.term] = append(adds[c.term], posting{slot: s, tf: c.tf})
		}
	}
	out.avgLen = float64(total) / float64(len(src))
	touched := map[string]bool{}
	for j, u := range used {
		if !u {
			for _, c := range analyzeChunk(old[j].Text).counts {
				touched[c.term] = true
			}
		}
	}
	for t := range adds {
		touched[t] = true
	}
	out.more = make(map[string][]posting, len(lx.more)+len(touched))
	for t, ps := range lx.more {
		out.more[t] = ps
	}
	var newTerms []string
	for t := range touched {
		if !lx.has(t) {
			newTerms = append(newTerms, t)
		}
		old := lx.list(t)
		ps := make([]posting, 0, len(old)+len(adds[t]))
		for _, p := range old {
			if out.pos[p.slot] >= 0 {
				ps = append(ps, p)
			}
		}
		out.more[t] = append(ps, adds[t]...)
	}
	out.extra = lx.extra
	if len(newTerms) > 0 {
		slices.Sort(newTerms)
		out.extra = mergeSorted(lx.extra, newTerms)
	}
	return out
}

// slots returns the slot of each place.
func (lx *lexical) slots() []int32 {
	out := make([]int32, lx.n())
	if lx.pos == nil {
		for i := range out {
			out[i] = int32(i)
		}
		return out
	}
	for s, p := range lx.pos {
		if p >= 0 {
			out[p] = int32(s)
		}
	}
	return out
}

// mergeSorted merges two sorted lists of distinct strings.
func mergeSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if strings.Compare(a[0], b[0]) < 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
