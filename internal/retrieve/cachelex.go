package retrieve

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The word index in a cache file (see cacheMagic) follows the vectors:
//
//	n×length | terms | per term: term, pad, postings, postings×(chunk, tf)
//
// all little-endian uint32, the term's bytes padded with zeros to a
// multiple of 4 so that every posting list starts 4-byte aligned (the
// section itself starts aligned, after the vectors). A start then uses
// the lengths and the posting lists where they lie in the mapped file
// instead of decoding them into new memory: at archive scale, millions of
// postings, which the decoding copied one number at a time.

// lexical writes the word index of lx, by place, in sorted order,
// without the terms no chunk has any more.
func (e *encoder) lexical(lx *lexical) {
	slots := lx.slots()
	e.u32s(len(slots), func(i int) uint32 { return uint32(lx.lengths[slots[i]]) })
	var terms []string
	for _, t := range lx.vocabulary() {
		if lx.df(t) > 0 {
			terms = append(terms, t)
		}
	}
	e.u32(uint32(len(terms)))
	var zeros [3]byte
	for _, t := range terms {
		ps := lx.list(t)
		e.string(t)
		e.bytes(zeros[:pad4(len(t))])
		e.u32(uint32(len(ps)))
		e.u32s(2*len(ps), func(i int) uint32 {
			if i%2 == 1 {
				return uint32(ps[i/2].tf)
			}
			return uint32(lx.place(ps[i/2].slot))
		})
	}
}

// pad4 is how many bytes round n up to a multiple of 4.
func pad4(n int) int { return (4 - n%4) % 4 }

// lexical decodes the word index of n chunks that follows the vectors.
// The lengths and postings are views of the file's memory where the
// machine allows (in place), so the index holds m, which must stay
// mapped while they are used; the terms are copied, since they leave the
// index (a question's expansions).
func (d *decoder) lexical(n int, m *mapping) *lexical {
	lx := &lexical{lengths: d.int32s(n)}
	var total int64
	for _, l := range lx.lengths {
		total += int64(l)
	}
	if n > 0 {
		lx.avgLen = float64(total) / float64(n)
	}
	terms := d.count()
	lx.terms, lx.postings, lx.ids = make([]string, terms), make([][]posting, terms), make(map[string]int32, terms)
	for id := range lx.terms {
		lx.terms[id] = d.string()
		d.Next(pad4(len(lx.terms[id])))
		ps := d.postings(d.count())
		for _, p := range ps {
			if uint32(p.slot) >= uint32(n) && d.Err == nil {
				d.Err = fmt.Errorf("posting of chunk %d of %d", uint32(p.slot), n)
			}
		}
		lx.ids[lx.terms[id]] = int32(id)
		lx.postings[id] = ps
	}
	if d.Err == nil && d.Off != len(d.B) {
		d.Err = errors.New("trailing bytes")
	}
	lx.backing = m
	return lx
}

// int32s returns the next n little-endian int32s: where they lie when
// the machine is little-endian and they are aligned, else a copy.
func (d *decoder) int32s(n int) []int32 {
	// n ≤ maxCacheLen (count): 4*n does not overflow
	return words32(d.Next(4*n), n, func(u uint32) int32 { return int32(u) })
}

// postings returns the next n postings: where they lie when the machine
// is little-endian and they are aligned, else a copy.
func (d *decoder) postings(n int) []posting {
	b := d.Next(8 * n) // n ≤ maxCacheLen (count): no overflow
	if b == nil || n == 0 {
		return nil
	}
	if v := inPlace[posting](b, n); v != nil {
		return v
	}
	out := make([]posting, n)
	for k := range out {
		out[k] = posting{slot: int32(binary.LittleEndian.Uint32(b[8*k:])), tf: int32(binary.LittleEndian.Uint32(b[8*k+4:]))}
	}
	return out
}
