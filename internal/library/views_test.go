package library

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

func buildSnapshot(tb testing.TB, docs []corpus.Document) *Snapshot {
	tb.Helper()
	s, err := Build(context.Background(), docs, nil, Options{Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0)})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestViewsAreBuiltOncePerSnapshot(t *testing.T) {
	s := buildSnapshot(t, loadSeed(t))
	timelines, indexes := 0, 0
	s.views.buildTimeline = func(d []corpus.Document) []news.Entry { timelines++; return news.BuildTimeline(d) }
	s.views.buildQuotes = func(d []corpus.Document) *news.QuoteIndex { indexes++; return news.IndexQuotes(d) }
	for range 3 {
		if entries, err := s.Timeline(); err != nil || len(entries) == 0 {
			t.Fatalf("Timeline() = %d entries, %v; want the seed chronology", len(entries), err)
		}
		if ix, err := s.Quotes(); err != nil || len(ix.Statements()) == 0 {
			t.Fatalf("Quotes() = %v; want the seed quotes", err)
		}
	}
	if timelines != 1 || indexes != 1 {
		t.Errorf("3 requests built the timeline %d times and the quote index %d times, want 1 and 1", timelines, indexes)
	}
}

func TestAFailedViewIsAnErrorForEveryRequest(t *testing.T) {
	s := buildSnapshot(t, loadSeed(t))
	s.views.buildTimeline = func([]corpus.Document) []news.Entry { panic("timeline bug") }
	s.views.buildQuotes = func([]corpus.Document) *news.QuoteIndex { panic("quote bug") }
	for i := range 2 {
		if _, err := s.Timeline(); err == nil {
			t.Errorf("Timeline() request %d = nil error after the build panicked", i)
		}
		if _, err := s.Quotes(); err == nil {
			t.Errorf("Quotes() request %d = nil error after the build panicked", i)
		}
	}
}

func loadSeed(tb testing.TB) []corpus.Document {
	tb.Helper()
	docs, _, err := corpus.Load("../../corpus", corpus.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// BenchmarkQuoteQuestion is what a /quote or "who said" question costs
// with the snapshot's quote index against indexing the articles again,
// as each question did before the index belonged to the snapshot.
func BenchmarkQuoteQuestion(b *testing.B) {
	docs := loadSeed(b)
	s := buildSnapshot(b, docs)
	b.Run("snapshot", func(b *testing.B) {
		for b.Loop() {
			ix, _ := s.Quotes()
			ix.Find("attackers were liquidated")
		}
	})
	b.Run("rebuilt", func(b *testing.B) {
		for b.Loop() {
			news.IndexQuotes(docs).Find("attackers were liquidated")
		}
	})
}

// BenchmarkTimelineQuestion is the same for a /timeline request.
func BenchmarkTimelineQuestion(b *testing.B) {
	docs := loadSeed(b)
	s := buildSnapshot(b, docs)
	b.Run("snapshot", func(b *testing.B) {
		for b.Loop() {
			entries, _ := s.Timeline()
			news.Between(entries, "2022-01-05", "2022-01-06")
		}
	})
	b.Run("rebuilt", func(b *testing.B) {
		for b.Loop() {
			news.Between(news.BuildTimeline(docs), "2022-01-05", "2022-01-06")
		}
	})
}
