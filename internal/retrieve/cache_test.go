package retrieve

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestLoadCacheValidatesVectors(t *testing.T) {
	unit := func(xs ...float32) []float32 { return xs }
	tests := []struct {
		name    string
		vectors [][]float32
		want    cacheState
	}{
		{"unit vectors of one size", [][]float32{unit(1, 0), unit(0.6, 0.8)}, cacheOK},
		{"empty", nil, cacheOK},
		{"NaN", [][]float32{unit(float32(math.NaN()), 0)}, cacheCorrupt},
		{"infinite", [][]float32{unit(float32(math.Inf(1)), 0)}, cacheCorrupt},
		{"NaN after four values", [][]float32{unit(0, 0, 0, 1, float32(math.NaN()))}, cacheCorrupt},
		{"-Inf among four values", [][]float32{unit(0, 0, float32(math.Inf(-1)), 1, 0)}, cacheCorrupt},
		{"unit vector of five", [][]float32{unit(0, 0, 0, 0.6, 0.8)}, cacheOK},
		{"not unit length", [][]float32{unit(3, 4)}, cacheCorrupt},
		{"zero", [][]float32{unit(0, 0)}, cacheCorrupt},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "index.cache")
		p := &prior{embedder: "emb/1", keys: make([]textKey, len(tt.vectors)), vectors: tt.vectors, lex: &lexical{lengths: make([]int32, len(tt.vectors))}}
		if err := saveCache(path, p); err != nil {
			t.Fatal(err)
		}
		got, state, err := loadCache(path, "emb/1")
		if state != tt.want {
			t.Errorf("%s: loadCache() state = %v (%v), want %v", tt.name, state, err, tt.want)
		}
		if state == cacheCorrupt && (got != nil || !errors.Is(err, ErrBadVector)) {
			t.Errorf("%s: loadCache() = %v, err %v; want nil and ErrBadVector", tt.name, got, err)
		}
	}
	if _, state, _ := loadCache(filepath.Join(t.TempDir(), "none"), "emb/1"); state != cacheMissing {
		t.Errorf("loadCache(no file) state = %v, want cacheMissing", state)
	}
	if err := saveCache(filepath.Join(t.TempDir(), "bad"), &prior{keys: make([]textKey, 2), vectors: [][]float32{{1}, {0, 1}}, lex: &lexical{lengths: make([]int32, 2)}}); err == nil {
		t.Error("saveCache(two dimensions) = nil, want an error")
	}
}

// TestCacheRoundTrip checks that a cache file gives back the vectors and
// the lexical index it was written from, and that any damage, another
// embedder or an old version-1 file is refused.
func TestCacheRoundTrip(t *testing.T) {
	ix := buildSample(t, sample...)
	path := filepath.Join(t.TempDir(), "index.cache")
	if err := ix.SaveCache(path); err != nil {
		t.Fatal(err)
	}
	p, state, err := loadCache(path, ix.emb.Identity())
	if state != cacheOK {
		t.Fatalf("loadCache() state %v: %v", state, err)
	}
	if !reflect.DeepEqual(p.keys, ix.keys) || !reflect.DeepEqual(p.vectors, ix.vectors) {
		t.Error("loadCache() keys or vectors differ from the index saved")
	}
	if got := unbacked(p.lex); !reflect.DeepEqual(got, ix.lex) {
		t.Errorf("loadCache() lexical index = %+v, want %+v", got, ix.lex)
	}
	if _, state, _ := loadCache(path, "other/1"); state != cacheOtherEmbedder {
		t.Errorf("loadCache(other embedder) state = %v, want cacheOtherEmbedder", state)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	from, to, err := vectorRange(data[:len(data)-4])
	if err != nil {
		t.Fatal(err)
	}
	// The header, a key, the lengths, the postings, the checksum.
	for _, at := range []int{0, len(cacheMagic) + 3, from - 1, to, (to + len(data)) / 2, len(data) - 1} {
		bad := append([]byte(nil), data...)
		bad[at] ^= 0x40
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if p, state, err := loadCache(path, ix.emb.Identity()); state != cacheCorrupt || p != nil {
			t.Errorf("loadCache(byte %d flipped) = state %v, %v; want cacheCorrupt", at, state, err)
		}
	}
	for _, cut := range []int{0, 10, len(data) - 2} {
		if err := os.WriteFile(path, data[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		if _, state, _ := loadCache(path, ix.emb.Identity()); state != cacheCorrupt {
			t.Errorf("loadCache(cut at %d) state = %v, want cacheCorrupt", cut, state)
		}
	}
}

// TestCacheChecksumLeavesVectorsOut checks that a start does not
// checksum the vectors (which would read every page of the file): a
// vector changed on disk into another unit vector is taken as it is, one
// that is no longer of unit length is refused.
func TestCacheChecksumLeavesVectorsOut(t *testing.T) {
	ix := buildSample(t, sample...)
	path := filepath.Join(t.TempDir(), "index.cache")
	if err := ix.SaveCache(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	from, _, err := vectorRange(data[:len(data)-4])
	if err != nil {
		t.Fatal(err)
	}
	v := ix.vectors[0]
	k := slices.IndexFunc(v, func(x float32) bool { return x != v[0] })
	swapped := slices.Clone(v)
	swapped[0], swapped[k] = v[k], v[0] // the same length
	copy(data[from:], floatBytes(swapped))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	p, state, err := loadCache(path, ix.emb.Identity())
	if state != cacheOK || !slices.Equal(p.vectors[0], swapped) {
		t.Fatalf("loadCache(a vector's values swapped) = state %v, %v; want the swapped vector", state, err)
	}
	swapped[0] *= 2
	copy(data[from:], floatBytes(swapped))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, state, err := loadCache(path, ix.emb.Identity()); state != cacheCorrupt || !errors.Is(err, ErrBadVector) {
		t.Errorf("loadCache(a vector no longer of unit length) = state %v, %v; want cacheCorrupt", state, err)
	}
}

// TestSecondStartNeitherEmbedsNorTokenizes builds twice from one cache
// file: the second build takes every vector and the lexical index from
// it and answers as the first.
func TestSecondStartNeitherEmbedsNorTokenizes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index.cache")
	emb := newCounting("hash")
	first, _, err := Build(ctx, testChunks(sample...), Options{Embedder: emb, CachePath: path})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	second, st, err := Build(ctx, testChunks(sample...), Options{Embedder: emb, CachePath: path})
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != 0 || st.Reused != len(sample) {
		t.Errorf("second Build = %+v, want everything reused", st)
	}
	if after, _ := os.Stat(path); !after.ModTime().Equal(before.ModTime()) {
		t.Error("second Build rewrote an unchanged cache")
	}
	if got := unbacked(second.lex); !reflect.DeepEqual(got, newLexical(textsOf(second.chunks))) || !reflect.DeepEqual(got, first.lex) {
		t.Error("second Build's lexical index differs from one built from the texts")
	}
}

func textsOf(cs []Chunk) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Text
	}
	return out
}

// TestCacheLayoutIsLittleEndian writes vectors from memory and reads them
// value by value (as a big-endian machine would), and the reverse.
func TestCacheLayoutIsLittleEndian(t *testing.T) {
	if !littleEndian {
		t.Skip("in-place vectors need a little-endian machine")
	}
	ix := buildSample(t, sample...)
	for _, write := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "index.cache")
		littleEndian = write
		err := ix.SaveCache(path)
		littleEndian = !write
		p, _, loadErr := loadCache(path, ix.emb.Identity())
		littleEndian = true
		if err != nil || loadErr != nil {
			t.Fatal(err, loadErr)
		}
		if !reflect.DeepEqual(p.vectors, ix.vectors) {
			t.Errorf("vectors written in place = %v, read by value differ", write)
		}
	}
}

// checkVectors checks every vector when it checks them in shares, and
// names the first bad one.
func TestCheckVectorsInShares(t *testing.T) {
	vs := make([][]float32, 3*checkShare)
	for i := range vs {
		vs[i] = []float32{0.6, 0.8}
	}
	if err := checkVectors(vs); err != nil {
		t.Fatalf("checkVectors(unit vectors) = %v", err)
	}
	vs[len(vs)-1] = []float32{float32(math.NaN()), 0}
	vs[len(vs)-2] = []float32{3, 4}
	err := checkVectors(vs)
	if want := fmt.Sprintf("vector %d:", len(vs)-2); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("checkVectors(bad vectors at the end) = %v, want an error naming %s", err, want)
	}
}
