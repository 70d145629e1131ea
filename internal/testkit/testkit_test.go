package testkit

import (
	"context"
	"testing"
	"time"
)

func TestClockFiresTimersWhenAdvanced(t *testing.T) {
	c := NewClock(time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC))
	ch := c.After(time.Second)
	<-c.Added()
	c.Advance(999 * time.Millisecond)
	select {
	case <-ch:
		t.Fatal("timer fired before its time")
	default:
	}
	c.Advance(time.Millisecond)
	if got := <-ch; !got.Equal(c.Now()) {
		t.Errorf("timer fired with %v, want %v", got, c.Now())
	}
	if err := c.WaitTimers(context.Background(), 1); err != nil || c.TimersMade() != 1 {
		t.Errorf("WaitTimers(1) = %v, TimersMade() = %d, want nil, 1", err, c.TimersMade())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.WaitTimers(ctx, 2); err == nil {
		t.Error("WaitTimers(2) with one timer made = nil, want the context's error")
	}
}

func TestLogSinkWaitsForALine(t *testing.T) {
	log, sink := NewLogger()
	go log.Info("question", "frontend", "cli")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	line, err := sink.WaitLine(ctx, "msg=question", "frontend=cli")
	if err != nil || line == "" {
		t.Fatalf("WaitLine() = %q, %v", line, err)
	}
	if n := len(sink.Lines("frontend=cli")); n != 1 {
		t.Errorf("Lines() = %d lines, want 1", n)
	}
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	if _, err := sink.WaitLine(ctx, "never"); err == nil {
		t.Error("WaitLine() of a missing line = nil error")
	}
}
