package llm

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// Retry defaults.
const (
	DefaultBaseDelay = 500 * time.Millisecond
	DefaultMaxDelay  = 8 * time.Second
)

// Retry says how a request that got a 429 or a 5xx is tried again:
// exponential backoff with jitter, at least as long as the server's
// Retry-After, never past the context's deadline or MaxElapsed. go-openai
// itself never retries.
type Retry struct {
	Retries    int           // extra attempts after the first; 0 = none
	BaseDelay  time.Duration // first backoff; DefaultBaseDelay when 0
	MaxDelay   time.Duration // longest backoff; DefaultMaxDelay when 0 (Retry-After may ask for more)
	MaxElapsed time.Duration // all attempts together; 0 = only the context's deadline

	// Sleep waits d or until ctx is done; a timer when nil. Tests inject
	// one that returns at once and records d.
	Sleep func(ctx context.Context, d time.Duration) error
	Now   func() time.Time // time.Now when nil
	Rand  func() float64   // jitter in [0, 1); math/rand/v2 when nil
}

// retryTransport retries requests below go-openai, where the status and
// the Retry-After header are still visible.
type retryTransport struct {
	base   http.RoundTripper
	policy Retry
	log    *slog.Logger
}

// RoundTrip sends req, and sends it again after a retryable status while
// attempts and time remain. Network errors are returned at once: a server
// that refuses connections or a cancelled context will not get better.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	p := t.policy
	start := p.now()
	ctx := req.Context()
	for retry := 1; ; retry++ {
		resp, err := t.base.RoundTrip(req)
		if err != nil || !retryable(resp.StatusCode) || retry > p.Retries || (req.Body != nil && req.GetBody == nil) {
			return resp, err
		}
		wait := p.backoff(retry)
		if ra, ok := retryAfter(resp.Header, p.now()); ok && ra > wait {
			wait = ra
		}
		if !p.fits(ctx, start, wait) {
			t.log.Debug("model API busy; no time left to retry", "path", req.URL.Path, "status", resp.StatusCode, "retry_after", resp.Header.Get("Retry-After"))
			return resp, nil
		}
		drain(resp)
		t.log.Info("model API busy; retrying", "path", req.URL.Path, "status", resp.StatusCode, "retry", retry, "of", p.Retries, "wait", wait)
		if err := p.sleep(ctx, wait); err != nil {
			return nil, err
		}
		if req, err = rewind(req); err != nil {
			return nil, err
		}
	}
}

// retryable reports whether a response status is worth another attempt:
// rate limiting and server errors, except "not implemented".
func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status >= 500 && status != http.StatusNotImplemented && status != http.StatusHTTPVersionNotSupported
}

// backoff is the wait before retry n (1-based): BaseDelay doubled per
// retry, capped at MaxDelay, with "equal jitter" (between half and all of it).
func (p Retry) backoff(n int) time.Duration {
	base, ceil := p.BaseDelay, p.MaxDelay
	if base <= 0 {
		base = DefaultBaseDelay
	}
	if ceil <= 0 {
		ceil = DefaultMaxDelay
	}
	d := base
	for i := 1; i < n && d < ceil; i++ {
		d *= 2
	}
	d = min(d, ceil)
	r := p.Rand
	if r == nil {
		r = rand.Float64
	}
	return d/2 + time.Duration(r()*float64(d/2))
}

// fits reports whether waiting d and trying again still ends before the
// context's deadline and within MaxElapsed.
func (p Retry) fits(ctx context.Context, start time.Time, d time.Duration) bool {
	at := p.now().Add(d)
	if dl, ok := ctx.Deadline(); ok && !at.Before(dl) {
		return false
	}
	return p.MaxElapsed <= 0 || at.Sub(start) < p.MaxElapsed
}

func (p Retry) now() time.Time {
	if p.Now == nil {
		return time.Now()
	}
	return p.Now()
}

func (p Retry) sleep(ctx context.Context, d time.Duration) error {
	if p.Sleep != nil {
		return p.Sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// retryAfter reads how long the server asks us to wait: Retry-After in
// seconds or as an HTTP date, or the retry-after-ms some servers send.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if ms, err := strconv.ParseFloat(h.Get("Retry-After-Ms"), 64); err == nil && ms >= 0 {
		return time.Duration(ms * float64(time.Millisecond)), true
	}
	v := h.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(at.Sub(now), 0), true
	}
	return 0, false
}

// drain reads a little of a discarded response so its connection can be
// reused, and closes it.
func drain(resp *http.Response) {
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
}

// rewind returns a copy of req with a fresh body for another attempt.
func rewind(req *http.Request) (*http.Request, error) {
	r := req.Clone(req.Context())
	if req.GetBody != nil {
		body, err := req.GetBody()
		if err != nil {
			return nil, err
		}
		r.Body = body
	}
	return r, nil
}
