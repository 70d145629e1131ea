package discord

import "sync"

// tracker counts the handlers in flight so that shutdown can wait for
// them, and tells handlers started after close that the bot is closing.
type tracker struct {
	mu      sync.Mutex
	n       int
	closing bool
	idle    chan struct{} // closed when n reaches 0 after close
}

// start registers a handler; it reports whether the bot is closing, in
// which case the handler should take no new question. Call done after.
func (t *tracker) start() (closing bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
	return t.closing
}

// done unregisters a handler.
func (t *tracker) done() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.n == 0 && t.idle != nil {
		close(t.idle)
		t.idle = nil
	}
}

// close marks the bot closing and returns a channel closed once no
// handler is in flight, and how many are now.
func (t *tracker) close() (<-chan struct{}, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closing = true
	ch := make(chan struct{})
	if t.n == 0 {
		close(ch)
	} else {
		t.idle = ch
	}
	return ch, t.n
}

// count is the number of handlers in flight.
func (t *tracker) count() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n
}
