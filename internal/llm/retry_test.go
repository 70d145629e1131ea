package llm

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		header, value string
		want          time.Duration
		ok            bool
	}{
		{"Retry-After", "3", 3 * time.Second, true},
		{"Retry-After", "0.5", 500 * time.Millisecond, true},
		{"Retry-After", now.Add(7 * time.Second).Format(http.TimeFormat), 7 * time.Second, true},
		{"Retry-After", now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
		{"Retry-After-Ms", "250", 250 * time.Millisecond, true},
		{"Retry-After", "soon", 0, false},
		{"Retry-After", "-1", 0, false},
		{"X-Other", "3", 0, false},
	} {
		h := http.Header{}
		h.Set(tc.header, tc.value)
		got, ok := retryAfter(h, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %s → %v, %v; want %v, %v", tc.header, tc.value, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBackoffGrowsWithJitterUpToTheCap(t *testing.T) {
	for _, r := range []float64{0, 0.999} {
		p := Retry{BaseDelay: time.Second, MaxDelay: 5 * time.Second, Rand: func() float64 { return r }}
		for n, full := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second} {
			got := p.backoff(n + 1)
			if got < full/2 || got > full {
				t.Errorf("jitter %g: backoff(%d) = %v, want between %v and %v", r, n+1, got, full/2, full)
			}
		}
	}
}

// TestRetryGivesUpWhenRetryAfterIsTooLong: a server asking for a wait
// past the deadline gets no retry; the caller sees its 429 at once.
func TestRetryGivesUpWhenRetryAfterIsTooLong(t *testing.T) {
	f := newFake(t, status(429, "Retry-After", "120"), reply("never [1]."))
	sl := &noSleep{}
	log, logs := newLog()
	client := f.client(Retry{Retries: 3, Sleep: sl.sleep}, log)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: "m"})
	var apiErr *openai.APIError
	if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 429 {
		t.Fatalf("err = %v, want the 429", err)
	}
	if len(f.chats()) != 1 || len(sl.got()) != 0 {
		t.Errorf("%d requests, %d waits; want 1 and none", len(f.chats()), len(sl.got()))
	}
	if l := logs.lines("no time left"); len(l) != 1 {
		t.Errorf("log lines = %q, want one saying there was no time to retry", l)
	}
}

func TestRetryStopsAtMaxElapsed(t *testing.T) {
	f := newFake(t, status(500))
	now := time.Unix(0, 0)
	sl := &noSleep{}
	p := Retry{Retries: 10, BaseDelay: time.Second, MaxDelay: time.Second, MaxElapsed: 3500 * time.Millisecond,
		Rand: func() float64 { return 0.999 }, Now: func() time.Time { return now },
		Sleep: func(ctx context.Context, d time.Duration) error { now = now.Add(d); return sl.sleep(ctx, d) }}
	_, err := f.client(p, nil).CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: "m"})
	if err == nil {
		t.Fatal("err = nil, want the 500")
	}
	if n := len(f.chats()); n != 4 {
		t.Errorf("%d attempts in a 3.5s budget of 1s waits, want 4 (waits %v)", n, sl.got())
	}
}

func TestRetryNotOnClientErrors(t *testing.T) {
	for _, code := range []int{400, 401, 404, 501} {
		f := newFake(t, status(code), reply("x"))
		_, err := f.client(Retry{Retries: 3, Sleep: (&noSleep{}).sleep}, nil).CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: "m"})
		if err == nil || len(f.chats()) != 1 {
			t.Errorf("HTTP %d: err %v after %d requests; want the error after 1", code, err, len(f.chats()))
		}
	}
}

func TestRetryHonoursCancellation(t *testing.T) {
	f := newFake(t, status(503))
	ctx, cancel := context.WithCancel(context.Background())
	sleep := func(ctx context.Context, d time.Duration) error { cancel(); <-ctx.Done(); return ctx.Err() }
	_, err := f.client(Retry{Retries: 5, Sleep: sleep}, nil).CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: "m"})
	if !errors.Is(err, context.Canceled) || len(f.chats()) != 1 {
		t.Errorf("err %v after %d requests; want context.Canceled after 1", err, len(f.chats()))
	}
}

func TestCause(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{context.DeadlineExceeded, "timeout"},
		{&openai.APIError{HTTPStatusCode: 401}, "HTTP 401 (check OPENAI_API_KEY)"},
		{&openai.RequestError{HTTPStatusCode: 502}, "HTTP 502"},
		{ErrCutOff, "stream cut off"},
		{errors.New("odd"), "error"},
	} {
		if got := cause(tc.err); !strings.HasPrefix(got, tc.want) {
			t.Errorf("cause(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}
