package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ErrClosed is returned by the Wait methods once the fake has shut down.
var ErrClosed = errors.New("fakediscord: server closed")

// Call is one REST request the fake received, with the response it sent.
type Call struct {
	Method string
	Path   string // full request path, e.g. "/api/v9/channels/5/messages"
	Query  url.Values
	Header http.Header
	Body   []byte
	At     time.Time

	Status   int    // status code the fake answered with
	Response []byte // body the fake answered with
}

// JSON returns the call's JSON payload: the body, or for a multipart request
// (a message with files) its payload_json part. It returns nil if there is none.
func (c Call) JSON() []byte {
	mediaType, params, err := mime.ParseMediaType(c.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") {
		return c.Body
	}
	r := multipart.NewReader(bytes.NewReader(c.Body), params["boundary"])
	for {
		p, err := r.NextPart()
		if err != nil {
			return nil
		}
		if p.FormName() == "payload_json" {
			b, _ := io.ReadAll(p)
			return b
		}
	}
}

// Decode unmarshals the call's JSON payload (see JSON) into v.
func (c Call) Decode(v any) error {
	if err := json.Unmarshal(c.JSON(), v); err != nil {
		return fmt.Errorf("decode %s %s: %w", c.Method, c.Path, err)
	}
	return nil
}

// String formats the call for failure messages.
func (c Call) String() string {
	return fmt.Sprintf("%s %s -> %d %s", c.Method, c.Path, c.Status, c.JSON())
}

// Match returns a matcher for WaitCall that accepts calls with this method (any
// method if empty) and exactly this path.
func Match(method, path string) func(Call) bool {
	return func(c Call) bool { return (method == "" || c.Method == method) && c.Path == path }
}

// MatchPrefix returns a matcher for WaitCall that accepts calls with this method
// (any method if empty) and a path starting with prefix.
func MatchPrefix(method, prefix string) func(Call) bool {
	return func(c Call) bool {
		return (method == "" || c.Method == method) && strings.HasPrefix(c.Path, prefix)
	}
}

// Calls returns a copy of every REST call recorded so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// WaitCall blocks until a call that match accepts has been recorded, counting
// calls recorded before WaitCall was called, and returns the first such call.
// It fails when ctx ends or the fake closes.
func (s *Server) WaitCall(ctx context.Context, match func(Call) bool) (Call, error) {
	calls, err := s.WaitCalls(ctx, 1, match)
	if err != nil {
		return Call{}, err
	}
	return calls[0], nil
}

// WaitCalls blocks until n calls that match accepts have been recorded and
// returns the first n of them, in order.
func (s *Server) WaitCalls(ctx context.Context, n int, match func(Call) bool) ([]Call, error) {
	var found []Call
	seen := 0
	for {
		s.mu.Lock()
		for ; seen < len(s.calls) && len(found) < n; seen++ {
			if match(s.calls[seen]) {
				found = append(found, s.calls[seen])
			}
		}
		changed, closed := s.changed, s.closed
		s.mu.Unlock()
		if len(found) >= n {
			return found, nil
		}
		if closed {
			return found, ErrClosed
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return found, fmt.Errorf("wait for %d calls, got %d: %w", n, len(found), ctx.Err())
		}
	}
}

// Fail makes the next times REST calls with this method (any if empty) and a
// path starting with pathPrefix get status and body instead of the normal
// answer. They are still recorded. A 429 also gets the rate-limit headers
// discordgo reads, derived from the body's retry_after. Rules apply in the order
// they were added. See the Body* constants for realistic bodies.
func (s *Server) Fail(method, pathPrefix string, status int, body string, times int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fails = append(s.fails, &failRule{method, pathPrefix, status, body, times})
}

// Error bodies Discord sends, for use with Fail.
const (
	// BodyRateLimited is a 429 body asking to retry after 10 ms.
	BodyRateLimited = `{"message":"You are being rate limited.","retry_after":0.01,"global":false}`
	// BodyUnknownInteraction is the 404 body for an expired or unknown interaction.
	BodyUnknownInteraction = `{"message":"Unknown interaction","code":10062}`
	// BodyServerError is a 500 body.
	BodyServerError = `{"message":"500: Internal Server Error","code":0}`
)

// failRule is one Fail registration.
type failRule struct {
	method, prefix string
	status         int
	body           string
	left           int
}

// takeFailLocked consumes and returns the first rule matching r; s.mu must be held.
func (s *Server) takeFailLocked(r *http.Request) *failRule {
	for i, f := range s.fails {
		if (f.method == "" || f.method == r.Method) && strings.HasPrefix(r.URL.Path, f.prefix) {
			f.left--
			if f.left <= 0 {
				s.fails = append(s.fails[:i:i], s.fails[i+1:]...)
			}
			return f
		}
	}
	return nil
}

// writeFail writes the injected response of f.
func writeFail(w http.ResponseWriter, f *failRule) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	if f.status == http.StatusTooManyRequests {
		var rl struct {
			RetryAfter float64 `json:"retry_after"`
			Global     bool    `json:"global"`
		}
		if json.Unmarshal([]byte(f.body), &rl) == nil {
			after := fmt.Sprintf("%.3f", rl.RetryAfter)
			h.Set("Retry-After", fmt.Sprintf("%d", int(rl.RetryAfter+0.999)))
			h.Set("X-RateLimit-Limit", "5")
			h.Set("X-RateLimit-Remaining", "0")
			h.Set("X-RateLimit-Reset-After", after)
			h.Set("X-RateLimit-Bucket", "fake")
			h.Set("X-RateLimit-Scope", "user")
			if rl.Global {
				h.Set("X-RateLimit-Global", "true")
				h.Set("X-RateLimit-Scope", "global")
			}
		}
	}
	w.WriteHeader(f.status)
	io.WriteString(w, f.body)
}
