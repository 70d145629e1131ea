package retrieve

import (
	"errors"
	"math"
	"path/filepath"
	"testing"
)

func TestLoadCacheValidatesVectors(t *testing.T) {
	unit := func(xs ...float32) []float32 { return xs }
	good := map[string][]float32{"a": unit(1, 0), "b": unit(0.6, 0.8)}
	tests := []struct {
		name    string
		vectors map[string][]float32
		want    cacheState
	}{
		{"unit vectors of one size", good, cacheOK},
		{"empty", map[string][]float32{}, cacheOK},
		{"two dimensions", map[string][]float32{"a": unit(1, 0), "b": unit(0, 0, 1)}, cacheCorrupt},
		{"NaN", map[string][]float32{"a": unit(float32(math.NaN()), 0)}, cacheCorrupt},
		{"infinite", map[string][]float32{"a": unit(float32(math.Inf(1)), 0)}, cacheCorrupt},
		{"not unit length", map[string][]float32{"a": unit(3, 4)}, cacheCorrupt},
		{"zero", map[string][]float32{"a": unit(0, 0)}, cacheCorrupt},
		{"empty vector", map[string][]float32{"a": {}}, cacheCorrupt},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "index.gob")
		if err := saveCache(path, "emb/1", tt.vectors); err != nil {
			t.Fatal(err)
		}
		got, state, err := loadCache(path, "emb/1")
		if state != tt.want {
			t.Errorf("%s: loadCache() state = %v (%v), want %v", tt.name, state, err, tt.want)
		}
		if state == cacheCorrupt && (len(got) != 0 || !errors.Is(err, ErrBadVector)) {
			t.Errorf("%s: loadCache() = %d vectors, err %v; want none and ErrBadVector", tt.name, len(got), err)
		}
	}
	if _, state, _ := loadCache(filepath.Join(t.TempDir(), "none.gob"), "emb/1"); state != cacheMissing {
		t.Errorf("loadCache(no file) state = %v, want cacheMissing", state)
	}
}
