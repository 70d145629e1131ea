package discord

import (
	"context"
	"sync"
	"time"
)

// limiterTimeout bounds one check of a shared limiter.
const limiterTimeout = 2 * time.Second

// allow checks user's question against the shared limiter when there is
// one, else the in-process one. A shared limiter that cannot be reached
// lets the question through (the answer then says whether the store is
// down): a rate limit must not silence the bot.
func (b *Bot) allow(user string) (bool, time.Duration) {
	if b.opt.Limiter == nil || b.opt.RateLimit <= 0 {
		return b.limit.allow(user)
	}
	ctx, cancel := context.WithTimeout(b.work, limiterTimeout)
	defer cancel()
	ok, wait, err := b.opt.Limiter.Allow(ctx, user, b.clock.Now())
	if err != nil {
		b.log.Warn("shared rate limit unavailable; question let through", "err", b.redact(err))
		return true, 0
	}
	return ok, wait
}

// limiter allows each user n questions in any window of the given length.
type limiter struct {
	n      int
	window time.Duration
	clock  Clock

	mu    sync.Mutex
	asked map[string][]time.Time // per user, oldest first, within the window
	swept time.Time
}

func newLimiter(n int, window time.Duration, clock Clock) *limiter {
	return &limiter{n: n, window: window, clock: clock, asked: map[string][]time.Time{}}
}

// allow records a question by user and reports whether it may be asked;
// when not, wait is how long until it may.
func (l *limiter) allow(user string) (ok bool, wait time.Duration) {
	if l.n <= 0 {
		return true, 0
	}
	now := l.clock.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	times := recent(l.asked[user], now.Add(-l.window))
	if len(times) >= l.n {
		l.asked[user] = times
		return false, times[0].Add(l.window).Sub(now)
	}
	l.asked[user] = append(times, now)
	return true, 0
}

// sweep forgets users who asked nothing within the window, once a window.
func (l *limiter) sweep(now time.Time) {
	if now.Sub(l.swept) < l.window {
		return
	}
	l.swept = now
	for u, times := range l.asked {
		if len(recent(times, now.Add(-l.window))) == 0 {
			delete(l.asked, u)
		}
	}
}

// recent drops the times not after since.
func recent(times []time.Time, since time.Time) []time.Time {
	i := 0
	for i < len(times) && !times[i].After(since) {
		i++
	}
	return times[i:]
}
