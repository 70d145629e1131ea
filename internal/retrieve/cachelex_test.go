package retrieve

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

// unbacked is lx without the memory it lies in, to compare it with an
// index built from texts.
func unbacked(lx *lexical) *lexical {
	out := *lx
	out.backing = nil
	return &out
}

// Whatever the lengths of the terms before them, the lengths and the
// posting lists of a cache file are used where they lie in its memory,
// aligned, not decoded into new memory, and the index holds that memory.
func TestLoadCacheUsesThePostingsInPlace(t *testing.T) {
	if !littleEndian {
		t.Skip("in-place postings need a little-endian machine")
	}
	var cts []chunkTerms
	for k := 1; k <= 6; k++ { // terms of every length modulo 4
		cts = append(cts, chunkTerms{counts: []termCount{{strings.Repeat("t", k), int32(k)}, {"z" + strings.Repeat("u", k), 1}}, length: int32(k + 1)})
	}
	vectors := make([][]float32, len(cts))
	for i := range vectors {
		vectors[i] = []float32{1, 0}
	}
	lx := lexicalFrom(cts)
	path := filepath.Join(t.TempDir(), "index.cache")
	if err := saveCache(path, &prior{embedder: "e", keys: make([]textKey, len(cts)), vectors: vectors, lex: lx}); err != nil {
		t.Fatal(err)
	}
	got, state, err := loadCache(path, "e")
	if state != cacheOK {
		t.Fatalf("loadCache() = %v, %v", state, err)
	}
	if got.lex.backing != got.backing {
		t.Error("the lexical index does not hold the cache file's memory")
	}
	data := got.backing.data
	start, end := uintptr(unsafe.Pointer(&data[0])), uintptr(unsafe.Pointer(&data[0]))+uintptr(len(data))
	inFile := func(p unsafe.Pointer) bool {
		at := uintptr(p)
		return at >= start && at < end && (at-start)%4 == 0
	}
	if !inFile(unsafe.Pointer(&got.lex.lengths[0])) {
		t.Error("lengths decoded into new memory, want them in the file's, aligned")
	}
	for id, term := range got.lex.terms {
		ps := got.lex.postings[id]
		if !inFile(unsafe.Pointer(&ps[0])) {
			t.Errorf("postings of %q decoded into new memory, want them in the file's, aligned", term)
		}
		if want := lx.list(term); len(ps) != len(want) || ps[0] != want[0] {
			t.Errorf("postings of %q = %v, want %v", term, ps, want)
		}
	}
}

// A posting naming a chunk the file does not have, negative ones too,
// makes the cache unusable rather than a question's index out of range.
func TestLoadCacheRefusesPostingsOutOfRange(t *testing.T) {
	for _, slot := range []int32{2, -1} {
		lx := &lexical{terms: []string{"a"}, ids: map[string]int32{"a": 0}, postings: [][]posting{{{slot: slot, tf: 1}}}, lengths: []int32{1, 1}}
		path := filepath.Join(t.TempDir(), "index.cache")
		if err := saveCache(path, &prior{embedder: "e", keys: make([]textKey, 2), vectors: [][]float32{{1}, {1}}, lex: lx}); err != nil {
			t.Fatal(err)
		}
		p, state, err := loadCache(path, "e")
		if state != cacheCorrupt || p != nil || err == nil || errors.Is(err, ErrBadVector) {
			t.Errorf("loadCache(posting of chunk %d of 2) = %v, state %v, %v; want cacheCorrupt", slot, p, state, err)
		}
	}
}
