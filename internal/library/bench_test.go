package library_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

const seedCorpus = "../../corpus"

func openSeed(tb testing.TB, cache string) *library.Snapshot {
	tb.Helper()
	lib, err := library.Open(context.Background(), library.Options{
		Dir:       seedCorpus,
		Chunk:     chunk.DefaultOptions(),
		Embedder:  retrieve.NewHashEmbedder(0),
		CachePath: cache,
	})
	if err != nil {
		tb.Fatal(err)
	}
	return lib
}

// BenchmarkBuildFromScratch loads, chunks, embeds and indexes the seed
// corpus with no cache.
func BenchmarkBuildFromScratch(b *testing.B) {
	for b.Loop() {
		openSeed(b, "")
	}
}

// BenchmarkLoadFromCache does the same with every vector in the cache.
func BenchmarkLoadFromCache(b *testing.B) {
	cache := filepath.Join(b.TempDir(), "index.gob")
	openSeed(b, cache)
	for b.Loop() {
		if lib := openSeed(b, cache); lib.Stats().Embedded != 0 {
			b.Fatalf("Embedded = %d, want 0 from a warm cache", lib.Stats().Embedded)
		}
	}
}
