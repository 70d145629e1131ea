package retrieve

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sync"
)

// cacheMagic starts an index cache file; the number after it is the
// layout's version and changes whenever the layout does. Version 1 was a
// gob map of vectors only.
const cacheMagic = "newsbot index cache 2\n"

// The index cache is one file, written atomically, holding what a build
// needs to start without embedding or tokenizing again: the embedder's
// identity, the analyzer's, then per chunk its text key (SHA-256), unit
// vector and length, then the vocabulary with each term's postings, and a
// CRC-32C of everything before it. Little-endian uint32 throughout:
//
//	magic | embedder | analyzer | n | dim | n×key | n×dim×float32 | n×length
//	| terms | per term: term, postings, postings×(chunk, tf) | crc
//
// A different embedder or analyzer invalidates the file. chromem-go's own
// persistence (one file per document, named by 4 bytes of a hash, written
// in place) is deliberately not used: it loses documents to name
// collisions and one torn file fails the whole database.

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
// words, lemmas, stems, numbers, possessives, hyphens.
const analyzerProbe = "The mice came running; Kazakhstan's 1,000 well-known officers were " +
	"detained, and protesters said they had fled to the cities on 5 January."

var analyzerID = sync.OnceValue(func() string {
	return fmt.Sprint(Terms(analyzerProbe))
})

// maxCacheLen bounds the counts read from a cache file, so a damaged one
// fails instead of allocating without limit.
const maxCacheLen = 1 << 28

// loadCache reads the cache at path for embedder id. It never fails: an
// unusable cache comes back nil with the reason.
func loadCache(path, id string) (*prior, cacheState, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, cacheMissing, nil
	}
	if err != nil {
		return nil, cacheCorrupt, fmt.Errorf("read index cache: %w", err)
	}
	defer f.Close()
	d := &decoder{r: bufio.NewReaderSize(f, 1<<20), crc: crc32.New(castagnoli)}
	p, state, err := d.prior(id)
	if err != nil {
		return nil, state, err
	}
	if err := checkVectors(p.vectors); err != nil {
		return nil, cacheCorrupt, err
	}
	return p, cacheOK, nil
}

// prior decodes a whole cache file.
func (d *decoder) prior(id string) (*prior, cacheState, error) {
	if magic := d.bytes(len(cacheMagic)); string(magic) != cacheMagic {
		return nil, cacheCorrupt, errors.New("index cache: not a version 2 cache file")
	}
	if emb := d.string(); d.err == nil && emb != id {
		return nil, cacheOtherEmbedder, fmt.Errorf("index cache built by embedder %q", emb)
	}
	if an := d.string(); d.err == nil && an != analyzerID() {
		return nil, cacheCorrupt, errors.New("index cache made by another text analyzer")
	}
	n, dim := d.count(), d.count()
	p := &prior{embedder: id, keys: make([]textKey, n), vectors: make([][]float32, n)}
	for i := range p.keys {
		copy(p.keys[i][:], d.bytes(len(textKey{})))
	}
	flat := make([]float32, n*dim)
	d.floats(flat)
	for i := range p.vectors {
		p.vectors[i] = flat[i*dim : (i+1)*dim : (i+1)*dim]
	}
	lx := &lexical{lengths: make([]int32, n)}
	var total int64
	d.u32s(n, func(i int, x uint32) { lx.lengths[i] = int32(x); total += int64(x) })
	if n > 0 {
		lx.avgLen = float64(total) / float64(n)
	}
	terms := d.count()
	lx.terms, lx.postings, lx.ids = make([]string, terms), make([][]posting, terms), make(map[string]int32, terms)
	for id := range lx.terms {
		lx.terms[id] = d.string()
		lx.ids[lx.terms[id]] = int32(id)
		ps := make([]posting, d.count())
		d.u32s(2*len(ps), func(i int, x uint32) {
			if i%2 == 1 {
				ps[i/2].tf = int32(x)
				return
			}
			ps[i/2].slot = int32(x)
			if int(x) >= n && d.err == nil {
				d.err = fmt.Errorf("posting of chunk %d of %d", x, n)
			}
		})
		lx.postings[id] = ps
	}
	sum := d.crc.Sum32()
	if got := d.u32(); d.err == nil && got != sum {
		d.err = errors.New("checksum mismatch")
	}
	if d.err != nil {
		return nil, cacheCorrupt, fmt.Errorf("decode index cache: %w", d.err)
	}
	p.lex = lx
	return p, cacheOK, nil
}

// decoder reads the cache layout, remembering the first error.
type decoder struct {
	r       *bufio.Reader
	crc     hash.Hash32
	err     error
	buf     [4]byte
	scratch []byte
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
		return nil
	}
	d.crc.Write(b)
	return b
}

func (d *decoder) u32() uint32 {
	if d.err != nil {
		return 0
	}
	if _, err := io.ReadFull(d.r, d.buf[:]); err != nil {
		d.err = err
		return 0
	}
	d.crc.Write(d.buf[:])
	return binary.LittleEndian.Uint32(d.buf[:])
}

// floats fills xs: read in place on a little-endian machine, else in
// blocks.
func (d *decoder) floats(xs []float32) {
	if littleEndian {
		if d.err == nil {
			b := floatBytes(xs)
			if _, err := io.ReadFull(d.r, b); err != nil {
				d.err = err
				return
			}
			d.crc.Write(b)
		}
		return
	}
	const block = 1 << 14
	for start := 0; start < len(xs) && d.err == nil; start += block {
		part := xs[start:min(start+block, len(xs))]
		b := d.block(4 * len(part))
		for k := range part {
			if b == nil {
				return
			}
			part[k] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*k:]))
		}
	}
}

// u32s reads n values in blocks, handing each to set with its place.
func (d *decoder) u32s(n int, set func(i int, x uint32)) {
	const block = 1 << 14
	for start := 0; start < n && d.err == nil; start += block {
		b := d.block(4 * min(block, n-start))
		for k := 0; k < len(b); k += 4 {
			set(start+k/4, binary.LittleEndian.Uint32(b[k:]))
		}
	}
}

// block reads n bytes into a buffer reused by the next call.
func (d *decoder) block(n int) []byte {
	if cap(d.scratch) < n {
		d.scratch = make([]byte, n)
	}
	b := d.scratch[:n]
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = err
		return nil
	}
	d.crc.Write(b)
	return b
}

func (d *decoder) count() int {
	n := d.u32()
	if n > maxCacheLen && d.err == nil {
		d.err = fmt.Errorf("count %d too large", n)
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

func (d *decoder) string() string { return string(d.bytes(d.count())) }

// unitTolerance is how far from 1 the length of a cached vector may be:
// float32 rounding of a normalised vector stays far inside it.
const unitTolerance = 1e-3

// checkVectors checks that the cached vectors can be searched together:
// finite values, unit length (one dimension holds by the layout). A cache
// written by another build or damaged on disk fails, and is rebuilt
// rather than failing every question.
func checkVectors(vectors [][]float32) error {
	for i, v := range vectors {
		var sum float64
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return fmt.Errorf("index cache vector %d: %w: not finite", i, ErrBadVector)
			}
			sum += float64(x) * float64(x)
		}
		if len(v) == 0 || math.Abs(math.Sqrt(sum)-1) > unitTolerance {
			return fmt.Errorf("index cache vector %d: %w: length %.4f, want 1", i, ErrBadVector, math.Sqrt(sum))
		}
	}
	return nil
}

// saveCache writes p to path atomically: a temporary file in the same
// directory, streamed, synced, then renamed over the old one.
func saveCache(path string, p *prior) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create cache dir: %w", err)
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create index cache: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := encodeCache(tmp, p); err != nil {
		tmp.Close()
		return fmt.Errorf("write index cache: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync index cache: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close index cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace index cache: %w", err)
	}
	return nil
}
