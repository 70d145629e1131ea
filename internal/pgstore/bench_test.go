package pgstore

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// benchWords is the vocabulary of the synthetic articles: general news
// words, no corpus of the project.
var benchWords = strings.Fields(`council mayor river bridge school hospital budget vote storm
flood harvest farmers prices fuel train station airport police court judge trial minister
election museum library festival market factory workers strike union wages bank loan
company profits exports port ship cargo road tunnel repairs engineers water power grid
outage heat winter summer rain drought fire forest park zoo team match coach stadium
fans ticket concert film theatre teacher students exam university research vaccine clinic`)

// syntheticArticles writes n articles of paragraphs random sentences,
// deterministically.
func syntheticArticles(tb testing.TB, n, paragraphs int) []corpus.Document {
	r := rand.New(rand.NewPCG(1, 2))
	docs := make([]corpus.Document, 0, n)
	for i := range n {
		var b strings.Builder
		for range paragraphs {
			for range 5 {
				for w := range 12 {
					word := benchWords[r.IntN(len(benchWords))]
					if w == 0 {
						word = strings.ToUpper(word[:1]) + word[1:]
					}
					b.WriteString(word)
					b.WriteString(" ")
				}
				b.WriteString(fmt.Sprintf("in %d. ", 1990+r.IntN(35)))
			}
			b.WriteString("\n\n")
		}
		docs = append(docs, doc(tb, fmt.Sprintf("article-%05d.md", i), b.String()))
	}
	return docs
}

// BenchmarkSearch1k measures a question against 1k passages in PGlite
// as a bot process asks it: analysis and BM25 in the process, the HNSW
// query (with the candidates' vectors) in the store, fusion and
// re-ranking. It reports the median and 95th percentile.
//
//	go test -run '^$' -bench Search1k ./internal/pgstore/
func BenchmarkSearch1k(b *testing.B) { benchSearch(b, 250) }

// BenchmarkSearch10k is BenchmarkSearch1k at 10k passages (the ingest
// takes a few minutes in PGlite).
func BenchmarkSearch10k(b *testing.B) { benchSearch(b, 2500) }

func benchSearch(b *testing.B, articles int) {
	s := open(b)
	ctx := context.Background()
	emb := retrieve.NewHashEmbedder(0)
	docs := syntheticArticles(b, articles, 4)
	st, err := s.Sync(ctx, docs, SyncOptions{Split: split, Embedder: emb})
	if err != nil {
		b.Fatal(err)
	}
	if st.Embedded < articles*36/10 {
		b.Fatalf("synthetic corpus has %d passages, want about %d", st.Embedded, articles*4)
	}
	ix, _, err := retrieve.Build(ctx, chunksOf(docs), retrieve.Options{Embedder: emb, NoVectors: true})
	if err != nil {
		b.Fatal(err)
	}
	questions := []string{"Why did the workers strike at the factory?", "What did the council vote on the bridge budget?",
		"When did the flood hit the farmers' harvest?", "Who won the match at the stadium?"}
	vectors := s.Vectors(emb)
	var took []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		got, err := ix.SearchVectors(ctx, ix.Analyze(questions[i%len(questions)]), 8, vectors)
		took = append(took, time.Since(start))
		if err != nil || len(got) == 0 {
			b.Fatalf("Search = %d passages, %v", len(got), err)
		}
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(st.Embedded), "passages")
}
