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
	bw := bufio.NewWriterSize(w, 1<<20)
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
	for _, v := range p.vectors {
		if len(v) != dim {
			return errors.New("encode index cache: vectors of two dimensions")
		}
		for _, x := range v {
			e.u32(math.Float32bits(x))
		}
	}
	lx := p.lex
	for _, n := range lx.lengths {
		e.u32(uint32(n))
	}
	e.u32(uint32(len(lx.terms)))
	for id, t := range lx.terms {
		e.string(t)
		e.u32(uint32(len(lx.postings[id])))
		for _, ps := range lx.postings[id] {
			e.u32(uint32(ps.chunk))
			e.u32(uint32(ps.tf))
		}
	}
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
	w   *bufio.Writer
	crc hash.Hash32
	err error
	buf [4]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err != nil {
		return
	}
	e.crc.Write(b)
	_, e.err = e.w.Write(b)
}

func (e *encoder) u32(x uint32) {
	binary.LittleEndian.PutUint32(e.buf[:], x)
	e.bytes(e.buf[:])
}

func (e *encoder) string(s string) {
	e.u32(uint32(len(s)))
	e.bytes([]byte(s))
}
