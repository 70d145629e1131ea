package library_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/retrieve/synth"
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

// BenchmarkSecondStartAtScale opens a synthetic archive from a warm cache
// (corpus manifest, passage cuts, index cache), as a restarted bot does;
// the target is at most 1 s at 100k passages (27 000 articles) on 2
// cores. The articles and the cache are kept in
// $TMPDIR/newsbot-start-bench-N so that later runs skip writing and
// embedding them (delete it when done). Run it alone:
//
//	go test ./internal/library -run XXX -bench SecondStartAtScale -benchtime 5x
func BenchmarkSecondStartAtScale(b *testing.B) {
	for _, articles := range []int{2_700, 27_000} { // about 10k and 100k passages
		b.Run(fmt.Sprintf("articles=%d", articles), func(b *testing.B) {
			root := filepath.Join(os.TempDir(), fmt.Sprintf("newsbot-start-bench-%d", articles))
			opt := library.Options{
				Dir:       filepath.Join(root, "articles"),
				Chunk:     chunk.DefaultOptions(),
				Embedder:  retrieve.NewHashEmbedder(0),
				CachePath: filepath.Join(root, "index.idx"+retrieve.CacheVersion),
			}
			if _, err := os.Stat(opt.Dir); err != nil {
				if err := synth.Write(opt.Dir, articles, 1); err != nil {
					b.Fatal(err)
				}
			}
			for range 2 { // the build, then a start that learns what the build could not
				if _, err := library.Open(context.Background(), opt); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				s, err := library.Open(context.Background(), opt)
				if err != nil {
					b.Fatal(err)
				}
				if st := s.Stats(); st.Embedded != 0 {
					b.Fatalf("second start embedded %d passages, want 0", st.Embedded)
				}
			}
		})
	}
}
