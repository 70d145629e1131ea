package retrieve

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// Whatever the length of the embedder's name, the cached vectors are
// aligned and used where they lie in the file's memory, not copied.
func TestLoadCacheUsesTheVectorsInPlace(t *testing.T) {
	vectors := [][]float32{{1, 0, 0}, {0, 0.6, 0.8}, {0, 1, 0}}
	for k := 1; k <= 5; k++ {
		id := strings.Repeat("e", k)
		path := filepath.Join(t.TempDir(), "index.cache")
		p := &prior{embedder: id, keys: make([]textKey, len(vectors)), vectors: vectors, lex: lexicalFrom(make([]chunkTerms, len(vectors)))}
		if err := saveCache(path, p); err != nil {
			t.Fatal(err)
		}
		got, state, err := loadCache(path, id)
		if state != cacheOK {
			t.Fatalf("loadCache() = %v, %v", state, err)
		}
		if !reflect.DeepEqual(got.vectors, vectors) {
			t.Errorf("id %q: vectors = %v, want %v", id, got.vectors, vectors)
		}
		data := got.backing.data
		start, end := uintptr(unsafe.Pointer(&data[0])), uintptr(unsafe.Pointer(&data[0]))+uintptr(len(data))
		if at := uintptr(unsafe.Pointer(&got.vectors[0][0])); at < start || at >= end || (at-start)%cacheAlign != 0 {
			t.Errorf("id %q: vectors at offset %d of the %d-byte file's memory, want in it at a multiple of %d", id, int64(at)-int64(start), len(data), cacheAlign)
		}
	}
}

// keepOnly gives back whole pages outside the vectors, never one they
// share.
func TestMappingKeepOnly(t *testing.T) {
	data := make([]byte, 5*4096)
	var dropped [][2]int
	m := &mapping{data: data, drop: func(b []byte) {
		from := int(uintptr(unsafe.Pointer(&b[0])) - uintptr(unsafe.Pointer(&data[0])))
		dropped = append(dropped, [2]int{from, from + len(b)})
	}}
	m.keepOnly(4096+100, 3*4096+5)
	if want := [][2]int{{0, 4096}, {4 * 4096, 5 * 4096}}; !reflect.DeepEqual(dropped, want) {
		t.Errorf("keepOnly dropped %v, want %v", dropped, want)
	}
}
