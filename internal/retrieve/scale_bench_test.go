package retrieve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// synthChunks cuts synthetic articles into passages of three paragraphs
// until there are n.
func synthChunks(n int) []Chunk {
	var out []Chunk
	for a := 0; len(out) < n; a++ {
		paras := strings.Split(synth.Article(1, a), "\n\n")
		for p := 0; p < len(paras) && len(out) < n; p += 3 {
			text := strings.Join(paras[p:min(p+3, len(paras))], "\n\n")
			out = append(out, Chunk{ID: fmt.Sprintf("%d#%d", a, p/3), DocID: fmt.Sprint(a), Ordinal: p / 3, Text: text})
		}
	}
	return out
}

// BenchmarkSearchAtScale measures the parts of a question on synthetic
// corpora of 10k and 100k passages: the analysis, BM25, the vector scan
// (chromem-go) and the whole SearchQuery; for a partitioned index, the
// vector scan and SearchQuery of the same index searched exhaustively too. The index is cached in
// $TMPDIR/newsbot-bench-N.idx<CacheVersion> so that later runs skip embedding (delete
// those files when done). Run it alone:
//
//	go test ./internal/retrieve -run XXX -bench SearchAtScale
func BenchmarkSearchAtScale(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("chunks=%d", n), func(b *testing.B) {
			cache := filepath.Join(os.TempDir(), fmt.Sprintf("newsbot-bench-%d.idx%s", n, CacheVersion))
			ix, _, err := Build(ctx, synthChunks(n), Options{Embedder: NewHashEmbedder(0), CachePath: cache})
			if err != nil {
				b.Fatal(err)
			}
			qs := synth.Questions(1, 64)
			k := 8
			cands := max(4*k, candidatesMin)
			parts := map[string]func(i int){
				"analyze": func(i int) { ix.Analyze(qs[i%len(qs)]) },
				"bm25":    func(i int) { ix.lex.search(ix.Analyze(qs[i%len(qs)]), cands) },
				"vector": func(i int) {
					if _, err := ix.vectorSearch(ctx, qs[i%len(qs)], cands); err != nil {
						b.Fatal(err)
					}
				},
				"question": func(i int) {
					if _, err := ix.SearchQuery(ctx, ix.Analyze(qs[i%len(qs)]), k); err != nil {
						b.Fatal(err)
					}
				},
			}
			names := []string{"analyze", "bm25", "vector", "question"}
			if ix.parts != nil { // the same, searched exhaustively, to compare
				ex := reindexed(b, ix, nil)
				parts["vector/exhaustive"] = func(i int) {
					if _, err := ex.vectorSearch(ctx, qs[i%len(qs)], cands); err != nil {
						b.Fatal(err)
					}
				}
				parts["question/exhaustive"] = func(i int) {
					if _, err := ex.SearchQuery(ctx, ex.Analyze(qs[i%len(qs)]), k); err != nil {
						b.Fatal(err)
					}
				}
				names = append(names, "vector/exhaustive", "question/exhaustive")
			}
			for _, name := range names {
				b.Run(name, func(b *testing.B) {
					for i := 0; b.Loop(); i++ {
						parts[name](i)
					}
				})
			}
		})
	}
}
