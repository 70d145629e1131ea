package answer_test

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

func newSeedService(tb testing.TB) *answer.Service {
	tb.Helper()
	lib, err := library.Open(context.Background(), library.Options{
		Dir:      "../../corpus",
		Chunk:    chunk.DefaultOptions(),
		Embedder: retrieve.NewHashEmbedder(0),
	})
	if err != nil {
		tb.Fatal(err)
	}
	return &answer.Service{Retriever: lib, Docs: lib, Composer: &answer.Extractive{}}
}

// BenchmarkAsk answers one question in-process on the seed corpus:
// retrieval and the extractive composer (target p50 ≤ 2 ms).
func BenchmarkAsk(b *testing.B) {
	svc := newSeedService(b)
	ctx := context.Background()
	qs := []string{
		"What sparked the protests?",
		"How many police officers were killed in the unrest?",
		"Who won the 2022 FIFA World Cup?",
	}
	i := 0
	for b.Loop() {
		if _, err := svc.Ask(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
