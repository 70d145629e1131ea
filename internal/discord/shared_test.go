package discord

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/pgstore"
)

// fakeLimiter is a shared limiter allowing ok, or failing with err.
type fakeLimiter struct {
	ok    bool
	wait  time.Duration
	err   error
	users []string
}

func (f *fakeLimiter) Allow(_ context.Context, user string, _ time.Time) (bool, time.Duration, error) {
	f.users = append(f.users, user)
	return f.ok, f.wait, f.err
}

func TestSharedLimiterDecides(t *testing.T) {
	shared := &fakeLimiter{ok: false, wait: 30 * time.Second}
	b := newTestBot(t, newFakeClock(), Options{RateLimit: 100, Limiter: shared})
	if _, msg := b.admit(false, "u1", "what happened?"); msg != msgTooFast(30*time.Second) {
		t.Errorf("admit with a shared limiter refusing = %q, want %q", msg, msgTooFast(30*time.Second))
	}
	if len(shared.users) != 1 || shared.users[0] != "u1" {
		t.Errorf("shared limiter asked about %v, want [u1]", shared.users)
	}
	shared.err = errors.New("store down")
	if q, msg := b.admit(false, "u1", "what happened?"); msg != "" || q == "" {
		t.Errorf("admit with the shared limiter unreachable = %q, %q; want the question let through", q, msg)
	}
}

func TestFailureStoreUnavailable(t *testing.T) {
	b := newTestBot(t, newFakeClock(), Options{})
	err := fmt.Errorf("search store: %w", pgstore.ErrUnavailable)
	if got := b.failure(err); got != msgStoreDown {
		t.Errorf("failure(%v) = %q, want %q", err, got, msgStoreDown)
	}
}
