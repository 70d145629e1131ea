package discord

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/testkit"
)

func TestLimiter(t *testing.T) {
	clk := newFakeClock()
	l := newLimiter(2, time.Minute, clk)
	steps := []struct {
		advance time.Duration
		user    string
		ok      bool
		wait    time.Duration
	}{
		{0, "a", true, 0},
		{10 * time.Second, "a", true, 0},
		{5 * time.Second, "a", false, 45 * time.Second},
		{0, "b", true, 0},
		{45 * time.Second, "a", true, 0}, // the first question has left the window
		{0, "a", false, 10 * time.Second},
		{2 * time.Minute, "a", true, 0},
	}
	for i, s := range steps {
		clk.Advance(s.advance)
		ok, wait := l.allow(s.user)
		if ok != s.ok || wait != s.wait {
			t.Errorf("step %d: allow(%q) = %v, %v; want %v, %v", i, s.user, ok, wait, s.ok, s.wait)
		}
	}
	clk.Advance(10 * time.Minute)
	l.allow("c")
	if _, ok := l.asked["b"]; ok {
		t.Error("limiter still remembers a user idle for longer than the window")
	}
	if ok, _ := newLimiter(0, time.Minute, clk).allow("a"); !ok {
		t.Error("a limit of 0 refused a question")
	}
}

func TestMsgTooFast(t *testing.T) {
	tests := []struct {
		wait time.Duration
		want string
	}{
		{20 * time.Second, "You're asking too fast — try again in 20 s."},
		{19*time.Second + time.Millisecond, "You're asking too fast — try again in 20 s."},
		{0, "You're asking too fast — try again in 1 s."},
	}
	for _, tt := range tests {
		if got := msgTooFast(tt.wait); got != tt.want {
			t.Errorf("msgTooFast(%v) = %q, want %q", tt.wait, got, tt.want)
		}
	}
}

// stubAnswerer answers every question with the same reply.
type stubAnswerer struct{ r answer.Reply }

func (s stubAnswerer) Ask(context.Context, string) (answer.Reply, error) { return s.r, nil }
func (s stubAnswerer) AskFollowup(context.Context, []answer.Turn, string) (answer.Reply, error) {
	return s.r, nil
}

// newFakeClock is the clock of the tests: January 6, 2022, noon UTC,
// moving only when a test advances it.
func newFakeClock() *testkit.Clock {
	return testkit.NewClock(time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC))
}

func newTestBot(t *testing.T, clk Clock, opt Options) *Bot {
	t.Helper()
	opt.Token, opt.Clock = "test-token", clk
	opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	b, err := New(stubAnswerer{}, newStubCorpus(t), NewFeedbackLog(t.TempDir()+"/f.jsonl"), opt)
	if err != nil {
		t.Fatal(err)
	}
	b.work, b.stopWork = context.WithCancel(t.Context())
	return b
}

func TestShutdownWaitsForQuestionsInFlight(t *testing.T) {
	clk := newFakeClock()
	b := newTestBot(t, clk, Options{ShutdownGrace: 10 * time.Second})
	b.flight.start()
	done := make(chan struct{})
	go func() { b.shutdown(); close(done) }()
	<-clk.Added() // the grace timer
	if closing := b.flight.start(); !closing {
		t.Error("a handler started during shutdown was not told the bot is closing")
	}
	b.flight.done()
	b.flight.done() // the question in flight finishes
	<-done
	if b.work.Err() != nil {
		t.Error("shutdown cancelled the handlers' context although they finished in time")
	}
}

func TestShutdownGraceRunsOut(t *testing.T) {
	clk := newFakeClock()
	b := newTestBot(t, clk, Options{ShutdownGrace: 10 * time.Second})
	b.flight.start() // never finishes by itself
	done := make(chan struct{})
	go func() { b.shutdown(); close(done) }()
	<-clk.Added()
	clk.Advance(10 * time.Second)
	<-clk.Added() // the wait for cancelled handlers to tell their users
	if !errors.Is(b.work.Err(), context.Canceled) {
		t.Errorf("after the grace period the handlers' context is %v, want cancelled", b.work.Err())
	}
	b.flight.done()
	<-done
}

func TestAnswerWithinBudget(t *testing.T) {
	clk := newFakeClock()
	b := newTestBot(t, clk, Options{ReplyBudget: time.Second})
	lateCalls := 0
	// Fast: the answer is back before the budget; late is not called.
	_, err := b.answerWithin(t.Context(), func() { lateCalls++ }, func(context.Context) (answer.Reply, error) {
		return answer.Reply{Text: "fast"}, nil
	})
	<-clk.Added()
	if err != nil || lateCalls != 0 {
		t.Fatalf("fast answer: err %v, late called %d times; want nil, 0", err, lateCalls)
	}
	// Slow: the budget runs out while the answer is computed.
	lateCalled := make(chan struct{})
	r, err := b.answerWithin(t.Context(), func() { close(lateCalled) }, func(context.Context) (answer.Reply, error) {
		<-clk.Added()
		clk.Advance(time.Second)
		<-lateCalled
		return answer.Reply{Text: "slow"}, nil
	})
	if err != nil || r.Text != "slow" {
		t.Errorf("slow answer = %q, %v; want slow, nil", r.Text, err)
	}
}

func TestNewRejects(t *testing.T) {
	if _, err := New(stubAnswerer{}, newStubCorpus(t), NewFeedbackLog("x"), Options{}); err == nil {
		t.Error("New without a token succeeded")
	}
	if _, err := New(nil, newStubCorpus(t), NewFeedbackLog("x"), Options{Token: "t"}); err == nil {
		t.Error("New without an answerer succeeded")
	}
}

func TestRedact(t *testing.T) {
	b := newTestBot(t, newFakeClock(), Options{})
	err := b.redact(errors.New("dial with test-token failed"))
	if err.Error() != "dial with [redacted] failed" {
		t.Errorf("redact() = %q, want the token replaced", err)
	}
}
