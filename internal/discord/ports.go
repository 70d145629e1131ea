package discord

import (
	"context"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
)

// Answerer answers questions; *answer.Service is one.
type Answerer interface {
	Ask(ctx context.Context, question string) (answer.Reply, error)
	AskFollowup(ctx context.Context, history []answer.Turn, question string) (answer.Reply, error)
}

// StreamAnswerer is an Answerer that can pass on the draft of an answer
// while it is written; *answer.Asker is one. See answer.StreamComposer for
// what the draft and the final Reply are.
type StreamAnswerer interface {
	AskStream(ctx context.Context, question string, onDelta func(delta string)) (answer.Reply, error)
	CanStream() bool
}

// Catalog lists the articles the answers come from; *library.Snapshot is one.
// The Bot reads it at start and again on Refresh.
type Catalog interface {
	Documents() []corpus.Document
	ChunkCount(id string) int
}

// FeedbackStore records the 👍/👎 votes on answers.
type FeedbackStore interface {
	Record(ctx context.Context, f Feedback) error
}

// Clock is the time source of the reply budget, the rate limit and the
// shutdown grace period, so tests can run them without waiting.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// realClock is the wall clock.
type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// TimelineFunc builds the dated chronology of a set of articles;
// news.BuildTimeline is one. The Bot calls it once per catalog read.
type TimelineFunc func(docs []corpus.Document) []news.Entry

// QuoteFinder finds the statements whose quoted words match; *news.QuoteIndex is one.
type QuoteFinder interface {
	Find(words string) []news.Statement
}

// QuoteIndexFunc indexes the attributed quotes of a set of articles (see
// news.IndexQuotes). The Bot calls it once per catalog read.
type QuoteIndexFunc func(docs []corpus.Document) QuoteFinder
