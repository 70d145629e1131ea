package library

import (
	"context"
	"testing"
	"time"
)

// fakeClock hands out timer channels that the test fires.
type fakeClock struct {
	timers chan fakeTimer
}

type fakeTimer struct {
	d time.Duration
	c chan time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{timers: make(chan fakeTimer, 100)} }

func (c *fakeClock) after(d time.Duration) <-chan time.Time {
	t := fakeTimer{d, make(chan time.Time, 1)}
	c.timers <- t
	return t.c
}

// next returns the next timer asked for.
func (c *fakeClock) next(t *testing.T) fakeTimer {
	t.Helper()
	select {
	case tm := <-c.timers:
		return tm
	case <-time.After(10 * time.Second):
		t.Fatal("no timer was started")
		return fakeTimer{}
	}
}

// waitSwap waits for the next swap, failing after a generous bound.
func waitSwap(t *testing.T, swapped <-chan struct{}) {
	t.Helper()
	select {
	case <-swapped:
	case <-time.After(10 * time.Second):
		t.Fatal("no reload within 10s")
	}
}

func startLoop(t *testing.T, f *fixture, opt WatchOptions) (chan string, *fakeClock) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	changes := make(chan string)
	clock := newFakeClock()
	done := make(chan error)
	go func() { done <- f.lib.watchLoop(ctx, f.dir, changes, opt, clock.after) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("watchLoop() = %v", err)
		}
	})
	return changes, clock
}

func TestWatchLoopDebouncesABurst(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	changes, clock := startLoop(t, f, WatchOptions{Debounce: time.Second})

	f.write(t, "troops.md", troopsArticle)
	f.write(t, "cabinet.txt", cabinetArticle)
	swapped := f.lib.Swapped()
	var quiet []fakeTimer
	for _, p := range []string{"troops.md", "cabinet.txt", "troops.md"} {
		changes <- p
		quiet = append(quiet, clock.next(t))
		if len(quiet) == 1 {
			if deadline := clock.next(t); deadline.d != maxWaitFactor*time.Second {
				t.Errorf("deadline timer = %s, want %s", deadline.d, maxWaitFactor*time.Second)
			}
		}
	}
	for _, q := range quiet {
		if q.d != time.Second {
			t.Errorf("quiet timer = %s, want the debounce, 1s", q.d)
		}
	}
	// Earlier quiet periods were superseded: firing them does nothing.
	quiet[0].c <- time.Now()
	quiet[1].c <- time.Now()
	select {
	case <-swapped:
		t.Fatal("reloaded before the last change's quiet period ended")
	default:
	}
	quiet[2].c <- time.Now()
	waitSwap(t, swapped)
	if s := f.lib.Current(); s.Generation() != 2 || ids(s) != "cabinet fuel troops" {
		t.Errorf("after the burst: generation %d, articles %q; want one reload with both new files", s.Generation(), ids(s))
	}
}

func TestWatchLoopDeadlineBoundsTheDelay(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	changes, clock := startLoop(t, f, WatchOptions{Debounce: time.Second})
	f.write(t, "troops.md", troopsArticle)
	swapped := f.lib.Swapped()
	changes <- "troops.md"
	clock.next(t) // quiet
	deadline := clock.next(t)
	changes <- "troops.md" // keeps postponing the quiet period...
	clock.next(t)
	deadline.c <- time.Now() // ...but not past the deadline
	waitSwap(t, swapped)
	if g := f.lib.Current().Generation(); g != 2 {
		t.Errorf("generation = %d, want 2", g)
	}
}

func TestWatchLoopPolls(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	_, clock := startLoop(t, f, WatchOptions{Debounce: time.Second, Poll: time.Minute})
	poll := clock.next(t)
	if poll.d != time.Minute {
		t.Fatalf("poll timer = %s, want 1m", poll.d)
	}
	swapped := f.lib.Swapped()
	f.write(t, "troops.md", troopsArticle)
	poll.c <- time.Now()
	waitSwap(t, swapped)
	if next := clock.next(t); next.d != time.Minute {
		t.Errorf("next poll timer = %s, want 1m", next.d)
	}
	if ids(f.lib.Current()) != "fuel troops" {
		t.Errorf("articles %q after a poll, want fuel troops", ids(f.lib.Current()))
	}
}

// TestWatch runs the real watcher: fsnotify events, a short debounce.
func TestWatch(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	swapped := f.lib.Swapped()
	go func() { done <- f.lib.Watch(ctx, WatchOptions{Debounce: 20 * time.Millisecond}) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Watch() = %v", err)
		}
	}()

	// Watch may not be watching yet when the file is written: write it
	// again until a reload happens.
	deadline := time.After(10 * time.Second)
	for reloaded := false; !reloaded; {
		f.write(t, "troops.md", troopsArticle)
		select {
		case <-swapped:
			reloaded = true
		case <-time.After(200 * time.Millisecond):
		case <-deadline:
			t.Fatal("no reload within 10s of adding troops.md")
		}
	}
	if ids(f.lib.Current()) != "fuel troops" {
		t.Fatalf("articles %q, want fuel troops", ids(f.lib.Current()))
	}
	swapped = f.lib.Swapped()
	f.write(t, ".troops.md.swp", "editor state")
	f.remove(t, "fuel.md")
	waitSwap(t, swapped)
	if ids(f.lib.Current()) != "troops" {
		t.Errorf("articles %q after deleting fuel.md, want troops", ids(f.lib.Current()))
	}
}
