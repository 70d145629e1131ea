package pgstore

import (
	"context"
	"sync"
	"testing"
	"time"
)

func TestRateLimiterSharedAcrossProcesses(t *testing.T) {
	a, b := open(t), open(t)
	ctx := context.Background()
	now := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	la, lb := a.RateLimiter(3, time.Minute), b.RateLimiter(3, time.Minute)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for i := range 6 {
		l := la
		if i%2 == 1 {
			l = lb
		}
		wg.Go(func() {
			ok, _, err := l.Allow(ctx, "u1", now)
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if allowed != 3 {
		t.Errorf("6 questions at once through two processes: %d allowed, want 3", allowed)
	}
	ok, wait, err := la.Allow(ctx, "u1", now.Add(20*time.Second))
	if err != nil || ok || wait != 40*time.Second {
		t.Errorf("Allow 20s later = %v, %v, %v; want refused, wait 40s", ok, wait, err)
	}
	if ok, _, err := lb.Allow(ctx, "u2", now); !ok || err != nil {
		t.Errorf("Allow for another user = %v, %v; want allowed", ok, err)
	}
	if ok, _, err := lb.Allow(ctx, "u1", now.Add(time.Minute+time.Second)); !ok || err != nil {
		t.Errorf("Allow after the window = %v, %v; want allowed", ok, err)
	}
}

func TestFeedbackRoundTrip(t *testing.T) {
	a, b := open(t), open(t)
	ctx := context.Background()
	at := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	type vote struct {
		Vote string `json:"vote"`
		User string `json:"user_id"`
	}
	if err := a.RecordFeedback(ctx, at, vote{"up", "u1"}); err != nil {
		t.Fatal(err)
	}
	if err := b.RecordFeedback(ctx, at.Add(time.Second), vote{"down", "u2"}); err != nil {
		t.Fatal(err)
	}
	got, err := a.Feedback(ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || string(got[0]) != `{"vote": "up", "user_id": "u1"}` || string(got[1]) != `{"vote": "down", "user_id": "u2"}` {
		t.Errorf("Feedback = %s, want both votes in order", got)
	}
}
