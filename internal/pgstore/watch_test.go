package pgstore

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestWatchSeesAnotherProcessSync(t *testing.T) {
	a, b := open(t), open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seen := make(chan int64, 4)
	done := make(chan error, 1)
	// PGlite delivers no NOTIFY to other connections: the poll finds it.
	go func() {
		done <- b.Watch(ctx, 0, WatchOptions{Poll: 50 * time.Millisecond}, func(v int64) { seen <- v })
	}()
	st, err := a.Sync(ctx, articles(t), syncOpt())
	if err != nil {
		t.Fatal(err)
	}
	select {
	case v := <-seen:
		if v != st.Version {
			t.Errorf("Watch saw version %d, want %d", v, st.Version)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Watch did not see the new version")
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Watch returned %v, want context.Canceled", err)
	}
}
