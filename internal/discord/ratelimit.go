package discord

import (
	"sync"
	"time"
)

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
