package discord

import (
	"context"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
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

// Corpus gives the snapshot of the corpus now served, nil before it is
// loaded; *library.Library is one. The Bot reads it at start and again on
// Refresh.
type Corpus interface {
	Current() *library.Snapshot
}

// Catalog lists the articles the answers come from; *library.Snapshot is one.
type Catalog interface {
	Documents() []corpus.Document
	ChunkCount(id string) int
}

// NewsViews are the timeline and the quote index of one snapshot, each
// built once for it; *library.Snapshot has them. A view whose build failed
// is an error on every request.
type NewsViews interface {
	Timeline() ([]news.Entry, error)
	Quotes() (*news.QuoteIndex, error)
}

var (
	_ Catalog   = (*library.Snapshot)(nil)
	_ NewsViews = (*library.Snapshot)(nil)
	_ Corpus    = (*library.Library)(nil)
)

// emptyCatalog is the catalog before the corpus is loaded.
type emptyCatalog struct{}

func (emptyCatalog) Documents() []corpus.Document { return nil }
func (emptyCatalog) ChunkCount(string) int        { return 0 }

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
