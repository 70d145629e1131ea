package cli

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
)

// fakeClock is a Clock whose time moves only when the test says.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []fakeTimer
	made    int           // timers made so far
	changed chan struct{} // closed when a timer is made; see waitTimers
}

type fakeTimer struct {
	at time.Time
	ch chan time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.timers = append(c.timers, fakeTimer{c.now.Add(d), ch})
	c.made++
	if c.changed != nil {
		close(c.changed)
		c.changed = nil
	}
	return ch
}

// timersMade is how many timers have been made so far.
func (c *fakeClock) timersMade() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.made
}

// waitTimers waits until n timers have been made: then something in the
// bot is waiting for the clock to move.
func (c *fakeClock) waitTimers(ctx context.Context, n int) error {
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
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.timers[:0]
	for _, t := range c.timers {
		if t.at.After(c.now) {
			kept = append(kept, t)
			continue
		}
		t.ch <- c.now
	}
	c.timers = kept
}

// gate wraps the configured composer: armed, the next Compose signals
// started and blocks until released; primed to panic, it then panics.
type gate struct {
	inner   answer.Composer
	started chan struct{}
	release chan struct{}
	quit    chan struct{} // closed when the test ends

	mu        sync.Mutex
	armed     bool
	panicNext bool
}

func (g *gate) arm() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.armed = true
}

func (g *gate) primePanic() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.panicNext = true
}

func (g *gate) Compose(ctx context.Context, in answer.Input) (answer.Reply, error) {
	g.mu.Lock()
	armed, panics := g.armed, g.panicNext
	g.armed, g.panicNext = false, false
	g.mu.Unlock()
	if armed {
		g.started <- struct{}{}
		select {
		case <-g.release:
		case <-g.quit:
		case <-ctx.Done():
			return answer.Reply{}, ctx.Err()
		}
	}
	if panics {
		panic("test composer exploded")
	}
	return g.inner.Compose(ctx, in)
}

// awaitStarted waits until an armed Compose is blocking.
func (h *harness) awaitStarted() {
	h.t.Helper()
	select {
	case <-h.gate.started:
	case <-h.ctx().Done():
		h.t.Fatalf("the slow composer was never called\nlogs:\n%s", h.logs)
	}
}

// logBuffer collects the bot's log, safe for concurrent use, and lets a
// test wait for a line.
type logBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func newLogBuffer() *logBuffer { return &logBuffer{changed: make(chan struct{})} }

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	close(l.changed)
	l.changed = make(chan struct{})
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// waitLine waits for a log line containing every one of parts.
func (h *harness) waitLine(parts ...string) string {
	h.t.Helper()
	ctx := h.ctx()
	for {
		h.logs.mu.Lock()
		text, changed := h.logs.buf.String(), h.logs.changed
		h.logs.mu.Unlock()
		for _, line := range strings.Split(text, "\n") {
			if containsAll(line, parts) {
				return line
			}
		}
		select {
		case <-changed:
		case <-ctx.Done():
			h.t.Fatalf("no log line with %q\nlogs:\n%s", parts, text)
		}
	}
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
