package discord

import (
	"context"
	"errors"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/pgstore"
)

// admit checks a question before any work is done: the bot is not
// shutting down, the question is not empty or too long, and the user is
// within the rate limit. It returns the cleaned question, or what to tell
// the user instead.
func (b *Bot) admit(closing bool, userID, question string) (string, string) {
	if closing {
		return "", msgClosing
	}
	limit := b.opt.MaxQuestion
	if limit <= 0 {
		limit = answer.DefaultMaxQuestion
	}
	q, err := answer.CleanQuestion(question, limit)
	switch {
	case errors.Is(err, answer.ErrEmptyQuestion):
		return "", msgEmpty
	case errors.Is(err, answer.ErrQuestionTooLong):
		return "", msgTooLong(utf8.RuneCountInString(strings.Join(strings.Fields(question), " ")), limit)
	case err != nil:
		return "", msgGeneric
	}
	if ok, wait := b.allow(userID); !ok {
		if b.opt.Events.RateLimited != nil {
			b.opt.Events.RateLimited(false)
		}
		return "", msgTooFast(wait)
	}
	return q, ""
}

// answerWithin runs ask. If the reply budget runs out first, it calls late
// (which defers the interaction response, or shows typing) while ask goes
// on. The budget timer starts before ask does.
func (b *Bot) answerWithin(ctx context.Context, late func(), ask func(context.Context) (answer.Reply, error)) (answer.Reply, error) {
	timer := b.clock.After(b.opt.ReplyBudget)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer b.recoverLog("reply budget")
		select {
		case <-timer:
			late()
		case <-done:
		}
	}()
	defer func() { close(done); wg.Wait() }()
	return ask(ctx)
}

// recoverLog logs a recovered panic; for goroutines with no one to answer.
func (b *Bot) recoverLog(where string) {
	if v := recover(); v != nil {
		b.log.Error("panic in "+where, "panic", v, "stack", string(debug.Stack()))
	}
}

// failure turns an error from the Answerer into what to tell the user,
// logging what is not the user's doing.
func (b *Bot) failure(err error) string {
	switch {
	case errors.Is(err, answer.ErrEmptyQuestion):
		return msgEmpty
	case errors.Is(err, answer.ErrQuestionTooLong):
		return msgShorten
	case errors.Is(err, pgstore.ErrUnavailable):
		b.log.Warn("question not answered: the store is unreachable", "err", b.redact(err))
		return msgStoreDown
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		b.log.Warn("question not answered in time", "err", b.redact(err))
		return msgTimeout
	}
	b.log.Error("question not answered", "err", b.redact(err))
	return msgGeneric
}

// ms is d in milliseconds, for logs.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
