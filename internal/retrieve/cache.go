package retrieve

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"math"
	"sync"
	"unsafe"

	"github.com/almaty-news/newsbot/internal/atomicfile"
	"github.com/almaty-news/newsbot/internal/mapfile"
)

// cacheMagic starts an index cache file; the number after it is the
// layout's version and changes whenever the layout does. Version 1 was a
// gob map of vectors only; version 2 had no padding before the vectors;
// version 3's checksum covered the vectors too; version 4 had no
// partitioning after the vectors and did not align the posting lists;
// version 5 had one of the two.
const cacheMagic = "newsbot index cache " + CacheVersion + "\n"

// CacheVersion is the version of the index cache's layout, for callers to
// name the file after it: a build that reads another layout then finds
// no file instead of a file it must refuse and rewrite.
const CacheVersion = "6"

// The index cache is one file, written atomically, holding what a build
// needs to start without embedding or tokenizing again: the embedder's
// identity, the analyzer's, then per chunk its text key (SHA-256), unit
// vector and length, then the vocabulary with each term's postings, and a
// CRC-32C of everything but the vectors. Little-endian uint32 throughout,
// the vectors padded to start at a multiple of cacheAlign:
//
//	magic | embedder | analyzer | n | dim | n×key | pad | n×dim×float32
//	| partitioning (cachepart.go) | n×length | terms
//	| per term: term, pad, postings, postings×(chunk, tf) (cachelex.go) | crc
//
// The file is mapped into memory, not read (package mapfile): the
// vectors are used where they lie, in the page cache, rather than copied.
// They are left out of the checksum, which would read every page of the
// file at each start: the layout fixes where they lie and how many there
// are, the file is only ever replaced whole (a torn or cut file fails the
// checksum or the lengths), and checkVectors refuses a vector that is not
// finite and of unit length, which is what a search needs of it.
// A different embedder or analyzer invalidates the file. chromem-go's own
// persistence (one file per document, named by 4 bytes of a hash, written
// in place) is deliberately not used: it loses documents to name
// collisions and one torn file fails the whole database.

// cacheAlign is the alignment of the vectors in a cache file.
const cacheAlign = 64

// cacheState says why a cache could not be used.
type cacheState int

const (
	cacheOK cacheState = iota
	cacheMissing
	cacheCorrupt
	cacheOtherEmbedder
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// analyzerProbe exercises what the analysis of a chunk depends on: stop
// words, lemmas, stems, numbers, possessives, hyphens, accents.
const analyzerProbe = "The mice came running; Kazakhstan's 1,000 well-known officers were " +
	"detained, and protesters said they had fled to the cities on 5 January, Hervé said."

var analyzerID = sync.OnceValue(func() string {
	return fmt.Sprint(Terms(analyzerProbe))
})

// maxCacheLen bounds the counts read from a cache file, so a damaged one
// fails instead of allocating without limit.
const maxCacheLen = 1 << 28

// loadCache reads the cache at path for embedder id. It never fails: an
// unusable cache comes back nil with the reason.
func loadCache(path, id string) (*prior, cacheState, error) {
	m, err := mapFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, cacheMissing, nil
	}
	if err != nil {
		return nil, cacheCorrupt, fmt.Errorf("read index cache: %w", err)
	}
	if len(m.data) < len(cacheMagic)+4 || string(m.data[:len(cacheMagic)]) != cacheMagic {
		return nil, cacheCorrupt, errors.New("index cache: not a version " + CacheVersion + " cache file")
	}
	body := m.data[:len(m.data)-4]
	if err := checkSum(body, binary.LittleEndian.Uint32(m.data[len(body):])); err != nil {
		return nil, cacheCorrupt, err
	}
	d := &decoder{Records: mapfile.Records{B: body, Off: len(cacheMagic)}}
	p, state, err := d.prior(id, m)
	if err != nil {
		return nil, state, err
	}
	p.backing = m
	m.keepOnly(d.vecFrom, d.vecTo)
	return p, cacheOK, nil
}

// prior decodes a whole cache file, checking the vectors (checkVectors)
// while it decodes the lexical index.
func (d *decoder) prior(id string, m *mapping) (*prior, cacheState, error) {
	p, state, err := d.head(id)
	if err != nil {
		return nil, state, err
	}
	checked := make(chan error, 1)
	go func() { checked <- checkVectors(p.vectors) }()
	if len(p.vectors) > 0 {
		p.parts = d.partitions(len(p.keys), len(p.vectors[0]))
	} else {
		p.parts = d.partitions(0, 0)
	}
	p.lex = d.lexical(len(p.keys), m)
	err = <-checked
	if d.Err != nil {
		return nil, cacheCorrupt, fmt.Errorf("decode index cache: %w", d.Err)
	}
	if err != nil {
		return nil, cacheCorrupt, err
	}
	return p, cacheOK, nil
}

// head decodes a cache file up to its vectors, included.
func (d *decoder) head(id string) (*prior, cacheState, error) {
	if emb := d.string(); d.Err == nil && emb != id {
		return nil, cacheOtherEmbedder, fmt.Errorf("index cache built by embedder %q", emb)
	}
	if an := d.string(); d.Err == nil && an != analyzerID() {
		return nil, cacheCorrupt, errors.New("index cache made by another text analyzer")
	}
	n, dim := d.count(), d.count()
	p := &prior{embedder: id, keys: make([]textKey, n), vectors: make([][]float32, n)}
	for i := range p.keys {
		copy(p.keys[i][:], d.Next(len(textKey{})))
	}
	d.Next(padding(d.Off))
	d.vecFrom = d.Off
	flat := d.floats(n * dim)
	d.vecTo = d.Off
	for i := range p.vectors {
		p.vectors[i] = flat[i*dim : (i+1)*dim : (i+1)*dim]
	}
	if d.Err != nil {
		return nil, cacheCorrupt, fmt.Errorf("decode index cache: %w", d.Err)
	}
	return p, cacheOK, nil
}

// padding is how many bytes after off the vectors start.
func padding(off int) int { return (cacheAlign - off%cacheAlign) % cacheAlign }

// decoder reads the cache layout from memory, remembering the first
// error.
type decoder struct {
	mapfile.Records
	// vecFrom and vecTo are where the vectors lie in B.
	vecFrom, vecTo int
}

func (d *decoder) count() int {
	n := d.U32()
	if n > maxCacheLen && d.Err == nil {
		d.Err = fmt.Errorf("count %d too large", n)
	}
	if d.Err != nil {
		return 0
	}
	return int(n)
}

func (d *decoder) string() string { return string(d.Next(d.count())) }

// floats returns the next n float32s: where they lie when the machine is
// little-endian and they are aligned, else a copy.
func (d *decoder) floats(n int) []float32 {
	if n > maxCacheLen {
		d.Err = fmt.Errorf("%d floats too many", n)
	}
	return words32(d.Next(4*n), n, math.Float32frombits)
}

// words32 returns the n 4-byte values b holds: where they lie (inPlace),
// else each read little-endian and converted by conv; n zeros when b is
// nil (a decoder past its end).
func words32[T int32 | float32](b []byte, n int, conv func(uint32) T) []T {
	if b == nil || n == 0 {
		return make([]T, n)
	}
	if v := inPlace[T](b, n); v != nil {
		return v
	}
	out := make([]T, n)
	for k := range out {
		out[k] = conv(binary.LittleEndian.Uint32(b[4*k:]))
	}
	return out
}

// inPlace returns the n values of 4-byte-aligned type T that b holds,
// where they lie, when the machine is little-endian and b is aligned;
// else nil, and the caller copies them.
func inPlace[T int32 | float32 | posting](b []byte, n int) []T {
	if !littleEndian || len(b) == 0 || uintptr(unsafe.Pointer(&b[0]))%4 != 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
}

// saveCache writes p to path atomically: a temporary file in the same
// directory, streamed, synced, then renamed over the old one.
func saveCache(path string, p *prior) error {
	if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return encodeCache(w, p) }); err != nil {
		return fmt.Errorf("save index cache: %w", err)
	}
	return nil
}
