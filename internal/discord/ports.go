package discord

import (
	"context"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
)

// Answerer answers questions; *answer.Service is one.
type Answerer interface {
	Ask(ctx context.Context, question string) (answer.Reply, error)
	AskFollowup(ctx context.Context, history []answer.Turn, question string) (answer.Reply, error)
}

// Catalog lists the articles the answers come from; *library.Library is one.
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
