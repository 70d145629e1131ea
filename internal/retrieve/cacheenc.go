package retrieve

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"math"
)

// encodeCache writes p in the cache layout (see cacheMagic).
func encodeCache(w io.Writer, p *prior) error {
	if len(p.vectors) != len(p.keys) {
		return errors.New("encode index cache: no vector for every chunk")
	}
	bw, ok := w.(*bufio.Writer) // atomicfile hands one: not a second buffer and copy
	if !ok {
		bw = bufio.NewWriterSize(w, 1<<20)
	}
	e := &encoder{w: bw, crc: crc32.New(castagnoli)}
	dim := 0
	if len(p.vectors) > 0 {
		dim = len(p.vectors[0])
	}
	e.bytes([]byte(cacheMagic))
	e.string(p.embedder)
	e.string(analyzerID())
	e.u32(uint32(len(p.keys)))
	e.u32(uint32(dim))
	for _, k := range p.keys {
		e.bytes(k[:])
	}
	e.bytes(make([]byte, padding(e.n)))
	for _, v := range p.vectors {
		if len(v) != dim {
			return errors.New("encode index cache: vectors of two dimensions")
		}
		e.floats(v) // outside the checksum (see cacheMagic)
	}
	e.partitions(p.parts, len(p.keys), dim)
	e.lexical(p.lex)
	sum := e.crc.Sum32()
	binary.LittleEndian.PutUint32(e.buf[:], sum)
	if _, err := bw.Write(e.buf[:]); err != nil && e.err == nil {
		e.err = err
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// encoder writes the cache layout, remembering the first error.
type encoder struct {
	n       int // bytes written
	w       *bufio.Writer
	crc     hash.Hash32
	err     error
	buf     [4]byte
	scratch []byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		e.crc.Write(b)
	}
	e.raw(b)
}

// raw writes b outside the checksum.
func (e *encoder) raw(b []byte) {
	if e.err != nil {
		return
	}
	e.n += len(b)
	_, e.err = e.w.Write(b)
}

func (e *encoder) u32(x uint32) {
	binary.LittleEndian.PutUint32(e.buf[:], x)
	e.bytes(e.buf[:])
}

// floats writes xs, leaving them out of the checksum: from memory on a
// little-endian machine.
func (e *encoder) floats(xs []float32) {
	if littleEndian {
		e.raw(floatBytes(xs))
		return
	}
	if cap(e.scratch) < 4*len(xs) {
		e.scratch = make([]byte, 4*len(xs))
	}
	b := e.scratch[:4*len(xs)]
	for k, x := range xs {
		binary.LittleEndian.PutUint32(b[4*k:], math.Float32bits(x))
	}
	e.raw(b)
}

// u32s writes n values, get(i) the i-th, in blocks.
func (e *encoder) u32s(n int, get func(i int) uint32) {
	const block = 1 << 14
	for start := 0; start < n; start += block {
		m := min(block, n-start)
		if cap(e.scratch) < 4*m {
			e.scratch = make([]byte, 4*m)
		}
		b := e.scratch[:4*m]
		for k := range m {
			binary.LittleEndian.PutUint32(b[4*k:], get(start+k))
		}
		e.bytes(b)
	}
}

func (e *encoder) string(s string) {
	e.u32(uint32(len(s)))
	e.bytes([]byte(s))
}
