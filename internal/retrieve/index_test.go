package retrieve

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var sample = []string{
	"Police said dozens of attackers were liquidated in Almaty.",
	"Lufthansa stopped regular flights to Almaty after the airport was seized.",
	"The health ministry said more than 1,000 people were injured.",
	"The government resigned and a state of emergency was declared.",
}

func TestBuildCacheReusesVectors(t *testing.T) {
	ctx := context.Background()
	cache := filepath.Join(t.TempDir(), "sub", "index.gob")
	emb := newCounting("e1")
	log, logs := testLogger()
	_, st, err := Build(ctx, testChunks(sample...), Options{Embedder: emb, CachePath: cache, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != 4 || st.Reused != 0 || emb.count() != 4 {
		t.Fatalf("cold build: Embedded=%d Reused=%d embedder calls=%d, want 4, 0, 4", st.Embedded, st.Reused, emb.count())
	}
	if l := logs.lines(); len(l) != 1 || !strings.Contains(l[0], "no index cache") {
		t.Errorf("cold build logged %q, want one line about the missing cache", l)
	}

	emb2 := newCounting("e1")
	_, st, err = Build(ctx, testChunks(sample...), Options{Embedder: emb2, CachePath: cache})
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != 0 || st.Reused != 4 || emb2.count() != 0 {
		t.Errorf("warm build: Embedded=%d Reused=%d calls=%d, want 0, 4, 0", st.Embedded, st.Reused, emb2.count())
	}

	changed := append([]string(nil), sample...)
	changed[2] = "The health ministry said more than 2,000 people were injured."
	_, st, err = Build(ctx, testChunks(changed...), Options{Embedder: emb2, CachePath: cache})
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != 1 || st.Reused != 3 {
		t.Errorf("one changed chunk: Embedded=%d Reused=%d, want 1, 3", st.Embedded, st.Reused)
	}
	entries, _ := os.ReadDir(filepath.Dir(cache))
	if len(entries) != 1 {
		t.Errorf("cache dir holds %d files, want only the cache (no temporary files left)", len(entries))
	}
}

func TestBuildRebuildsUnusableCache(t *testing.T) {
	ctx := context.Background()
	for name, prepare := range map[string]func(path string){
		"corrupt": func(path string) { os.WriteFile(path, []byte("not a gob"), 0o644) },
		"empty":   func(path string) { os.WriteFile(path, nil, 0o644) },
		"other embedder": func(path string) {
			Build(ctx, testChunks(sample...), Options{Embedder: newCounting("e-old"), CachePath: path})
		},
	} {
		t.Run(name, func(t *testing.T) {
			cache := filepath.Join(t.TempDir(), "index.gob")
			prepare(cache)
			emb := newCounting("e-new")
			log, logs := testLogger()
			_, st, err := Build(ctx, testChunks(sample...), Options{Embedder: emb, CachePath: cache, Logger: log})
			if err != nil {
				t.Fatalf("Build over a %s cache: %v", name, err)
			}
			if st.Embedded != len(sample) {
				t.Errorf("Embedded = %d, want %d", st.Embedded, len(sample))
			}
			if l := logs.lines(); len(l) != 1 || !strings.Contains(l[0], "rebuilding") {
				t.Errorf("logged %q, want one line saying the cache is rebuilt", l)
			}
			_, st, _ = Build(ctx, testChunks(sample...), Options{Embedder: emb, CachePath: cache})
			if st.Reused != len(sample) {
				t.Errorf("after rebuild Reused = %d, want %d", st.Reused, len(sample))
			}
		})
	}
}

func TestBuildRejectsBadEmbeddings(t *testing.T) {
	ctx := context.Background()
	if _, _, err := Build(ctx, testChunks(sample...), Options{}); err == nil {
		t.Error("Build with no embedder succeeded")
	}
	if _, _, err := Build(ctx, testChunks(sample...), Options{Embedder: badEmbedder{vec: make([]float32, 8)}}); !errors.Is(err, ErrBadVector) {
		t.Errorf("Build with zero vectors: error = %v, want ErrBadVector", err)
	}
	if _, _, err := Build(ctx, testChunks(sample...), Options{Embedder: badEmbedder{}}); !errors.Is(err, ErrBadVector) {
		t.Errorf("Build with empty vectors: error = %v, want ErrBadVector", err)
	}
	dup := testChunks(sample[0], sample[1])
	dup[1].ID = dup[0].ID
	if _, _, err := Build(ctx, dup, Options{Embedder: newCounting("e")}); err == nil {
		t.Error("Build with duplicate chunk IDs succeeded")
	}
}

func TestBuildNormalisesVectors(t *testing.T) {
	ix, _, err := Build(context.Background(), testChunks(sample...), Options{Embedder: badEmbedder{vec: []float32{3, 4}}})
	if err != nil {
		t.Fatal(err)
	}
	if v := ix.vectors[0]; v[0] != 0.6 || v[1] != 0.8 {
		t.Errorf("stored vector = %v, want [0.6 0.8]", v)
	}
}
