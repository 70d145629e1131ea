package testkit

import (
	"context"
	"sync"
	"time"
)

// Clock is a fake clock whose time moves only by Advance. Its Now and
// After have the signatures of time.Now and time.After, so it satisfies
// the consumer-side Clock interfaces of the packages under test. It is
// safe for concurrent use.
type Clock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []timer
	made    int           // timers made so far that wait (d > 0)
	changed chan struct{} // closed when such a timer is made; see WaitTimers
	added   chan struct{} // receives once per call of After; see Added
}

type timer struct {
	at time.Time
	ch chan time.Time
}

// NewClock returns a Clock showing start.
func NewClock(start time.Time) *Clock {
	return &Clock{now: start, added: make(chan struct{}, 1024)}
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// After returns a channel that receives the clock's time once it has
// been advanced by d; at once when d <= 0.
func (c *Clock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
	} else {
		c.timers = append(c.timers, timer{c.now.Add(d), ch})
		c.made++
		if c.changed != nil {
			close(c.changed)
			c.changed = nil
		}
	}
	select {
	case c.added <- struct{}{}:
	default: // nobody counts this many timers
	}
	return ch
}

// Added receives once for every call of After, so a test can wait until
// the code under test asked the clock.
func (c *Clock) Added() <-chan struct{} { return c.added }

// TimersMade is how many timers that wait (d > 0) After has made so far.
func (c *Clock) TimersMade() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.made
}

// WaitTimers waits until After has made n timers that wait (d > 0) in
// all, or ctx is done: then the code under test waits for the clock.
func (c *Clock) WaitTimers(ctx context.Context, n int) error {
	for {
		c.mu.Lock()
		made := c.made
		if c.changed == nil {
			c.changed = make(chan struct{})
		}
		changed := c.changed
		c.mu.Unlock()
		if made >= n {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Advance moves the clock on by d and fires the timers that are due.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.timers[:0]
	for _, t := range c.timers {
		if t.at.After(c.now) {
			kept = append(kept, t)
		} else if len(t.ch) == 0 {
			t.ch <- c.now
		}
	}
	c.timers = kept
}
