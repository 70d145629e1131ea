package retrieve

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
)

// cacheVersion changes whenever the cache layout changes.
const cacheVersion = 1

// vectorCache is the on-disk embedding cache: one gob file, written
// atomically, holding the vectors of one embedder keyed by the SHA-256 of
// the chunk text. Only chunks whose text changed are embedded again; a
// different embedder identity invalidates everything.
//
// chromem-go's own persistence (one file per document, named by 4 bytes of
// a hash, written in place) is deliberately not used: it loses documents to
// name collisions and one torn file fails the whole database.
type vectorCache struct {
	Version  int
	Embedder string
	Vectors  map[string][]float32
}

// textKey is the cache key of a chunk text.
func textKey(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// cacheState says why a cache could not be used.
type cacheState int

const (
	cacheOK cacheState = iota
	cacheMissing
	cacheCorrupt
	cacheOtherEmbedder
)

// loadCache reads the cache at path for embedder id. It never fails: an
// unusable cache comes back empty with the reason.
func loadCache(path, id string) (map[string][]float32, cacheState, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string][]float32{}, cacheMissing, nil
	}
	if err != nil {
		return map[string][]float32{}, cacheCorrupt, fmt.Errorf("read index cache: %w", err)
	}
	var c vectorCache
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&c); err != nil {
		return map[string][]float32{}, cacheCorrupt, fmt.Errorf("decode index cache: %w", err)
	}
	if c.Version != cacheVersion {
		return map[string][]float32{}, cacheCorrupt, fmt.Errorf("index cache version %d, want %d", c.Version, cacheVersion)
	}
	if c.Embedder != id {
		return map[string][]float32{}, cacheOtherEmbedder, fmt.Errorf("index cache built by embedder %q", c.Embedder)
	}
	if c.Vectors == nil {
		c.Vectors = map[string][]float32{}
	}
	if err := checkCached(c.Vectors); err != nil {
		return map[string][]float32{}, cacheCorrupt, err
	}
	return c.Vectors, cacheOK, nil
}

// unitTolerance is how far from 1 the length of a cached vector may be:
// float32 rounding of a normalised vector stays far inside it.
const unitTolerance = 1e-3

// checkCached checks that the cached vectors can be searched together:
// one dimension, finite values, unit length. A cache written by another
// build, edited or damaged on disk fails, and is rebuilt rather than
// failing every question.
func checkCached(vectors map[string][]float32) error {
	dim := -1
	for k, v := range vectors {
		if dim < 0 {
			dim = len(v)
		}
		var sum float64
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return fmt.Errorf("index cache vector %.8s: %w: not finite", k, ErrBadVector)
			}
			sum += float64(x) * float64(x)
		}
		switch {
		case len(v) == 0 || len(v) != dim:
			return fmt.Errorf("index cache vector %.8s: %w: dimension %d, others %d", k, ErrBadVector, len(v), dim)
		case math.Abs(math.Sqrt(sum)-1) > unitTolerance:
			return fmt.Errorf("index cache vector %.8s: %w: length %.4f, want 1", k, ErrBadVector, math.Sqrt(sum))
		}
	}
	return nil
}

// saveCache writes the cache atomically: a temporary file in the same
// directory, synced, then renamed over the old one.
func saveCache(path, id string, vectors map[string][]float32) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(vectorCache{Version: cacheVersion, Embedder: id, Vectors: vectors}); err != nil {
		return fmt.Errorf("encode index cache: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create cache dir: %w", err)
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create index cache: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(buf.Bytes()); err != nil {
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
