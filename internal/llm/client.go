package llm

import (
	"log/slog"
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// ClientOptions configure NewClient.
type ClientOptions struct {
	BaseURL string // "" = OpenAI's API; otherwise ending in /v1, e.g. http://localhost:11434/v1
	APIKey  string // may be empty for local servers; sent only as a Bearer token
	Retry   Retry
	Logger  *slog.Logger // nil discards logs

	// Transport is the HTTP transport under the retries;
	// http.DefaultTransport when nil.
	Transport http.RoundTripper
}

// NewClient returns a go-openai client for an OpenAI-compatible server
// whose HTTP requests are retried after a 429 or 5xx as o.Retry says. It
// sets no timeout of its own: every call is bounded by its context.
func NewClient(o ClientOptions) *openai.Client {
	cfg := openai.DefaultConfig(o.APIKey)
	if o.BaseURL != "" {
		cfg.BaseURL = o.BaseURL
	}
	base := o.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	cfg.HTTPClient = &http.Client{Transport: &retryTransport{
		base:   base,
		policy: o.Retry,
		log:    orDiscard(o.Logger),
	}}
	return openai.NewClientWithConfig(cfg)
}

func orDiscard(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}

// since is time.Since in milliseconds, for log lines.
func since(start time.Time) float64 {
	return float64(time.Since(start).Microseconds()) / 1000
}
