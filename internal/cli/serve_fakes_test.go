package cli

import (
	"context"
	"sync"

	"github.com/almaty-news/newsbot/internal/answer"
)

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

// waitLine waits for a log line containing every one of parts.
func (h *harness) waitLine(parts ...string) string {
	h.t.Helper()
	line, err := h.logs.WaitLine(h.ctx(), parts...)
	if err != nil {
		h.t.Fatal(err)
	}
	return line
}
