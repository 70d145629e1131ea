package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// fakeAPI is an OpenAI-compatible server on the loopback interface: the
// real go-openai client talks to it over HTTP. Chat requests are answered
// by a script of steps, one per request, the last repeating; embeddings by
// deterministic vectors derived from each text.
type fakeAPI struct {
	t       testing.TB
	srv     *httptest.Server
	release chan struct{} // closed at cleanup: hanging steps return

	mu     sync.Mutex
	calls  []fakeCall
	script []step
	embeds []step        // embeddings steps before the default vectors
	dim    int           // embedding size
	delay  time.Duration // added to every embeddings request, as network latency
}

// fakeCall is one request the fake received.
type fakeCall struct {
	Path string
	Auth string
	Raw  []byte
	Body map[string]any
}

// step answers one request.
type step func(f *fakeAPI, w http.ResponseWriter, r *http.Request)

const testKey = "sk-test-123"

func newFake(t testing.TB, script ...step) *fakeAPI {
	f := &fakeAPI{t: t, script: script, release: make(chan struct{}), dim: 8}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() {
		close(f.release)
		f.srv.Close()
	})
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	c := fakeCall{Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Raw: raw}
	_ = json.Unmarshal(raw, &c.Body)
	f.mu.Lock()
	f.calls = append(f.calls, c)
	var s step
	switch r.URL.Path {
	case "/v1/chat/completions":
		s = next(&f.script)
	case "/v1/embeddings":
		if s = next(&f.embeds); s == nil {
			s = embedOK
		}
	}
	f.mu.Unlock()
	if s == nil {
		http.Error(w, "no step scripted for "+r.URL.Path, http.StatusTeapot)
		return
	}
	s(f, w, r)
}

func next(script *[]step) step {
	if len(*script) == 0 {
		return nil
	}
	s := (*script)[0]
	if len(*script) > 1 {
		*script = (*script)[1:]
	}
	return s
}

// client returns a go-openai client for the fake with the test key and
// the given retry policy.
func (f *fakeAPI) client(retry Retry, log *slog.Logger) *openai.Client {
	return NewClient(ClientOptions{BaseURL: f.srv.URL + "/v1", APIKey: testKey, Retry: retry, Logger: log})
}

// requests returns the calls made to one path.
func (f *fakeAPI) requests(path string) []fakeCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fakeCall
	for _, c := range f.calls {
		if c.Path == path {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeAPI) chats() []fakeCall { return f.requests("/v1/chat/completions") }

// reply answers with a whole chat completion.
func reply(text string) step { return replyWith(text, "stop") }

func replyWith(text, finish string) step {
	return func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "model": "fake-model-0613",
			"choices": []any{map[string]any{"index": 0, "finish_reason": finish,
				"message": map[string]any{"role": "assistant", "content": text}}},
			"usage": map[string]any{"prompt_tokens": 321, "completion_tokens": 42, "total_tokens": 363},
		})
	}
}

// sse streams the deltas as server-sent events after delay, then a chunk
// with the finish reason (unless finish is ""), usage and [DONE] (unless
// done is false). Each delta is flushed on its own.
func sse(delay time.Duration, deltas []string, finish string, done bool) step {
	return func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.WriteHeader(http.StatusOK)
		fl := w.(http.Flusher)
		fl.Flush()
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		event := func(v any) {
			b, _ := json.Marshal(v)
			fmt.Fprintf(w, "data: %s\n\n", b)
			fl.Flush()
		}
		chunk := func(delta map[string]any, finish any) map[string]any {
			return map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "fake-model-0613",
				"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}}
		}
		event(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
		for _, d := range deltas {
			event(chunk(map[string]any{"content": d}, nil))
		}
		if finish != "" {
			event(chunk(map[string]any{}, finish))
			event(map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "fake-model-0613", "choices": []any{},
				"usage": map[string]any{"prompt_tokens": 321, "completion_tokens": 42, "total_tokens": 363}})
		}
		if done {
			fmt.Fprint(w, "data: [DONE]\n\n")
		}
	}
}

// status answers with an HTTP error and an OpenAI-style error body.
func status(code int, headers ...string) step {
	return func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		fmt.Fprintf(w, `{"error":{"message":"fake error %d","type":"fake","code":null}}`, code)
	}
}

// hang never answers until the client gives up or the test ends.
func hang(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-f.release:
	}
}

// malformed answers 200 with a body that is not JSON.
func malformed(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprint(w, `{"id": "chatcmpl-1", "choices": [{"message": {"content": "Fuel [1`)
}

// embedOK answers an embeddings request with one vector per input, in
// reverse order of index (the API does not promise any order).
func embedOK(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
	var req struct {
		Input []string `json:"input"`
	}
	f.mu.Lock()
	raw := f.calls[len(f.calls)-1].Raw
	dim, delay := f.dim, f.delay
	f.mu.Unlock()
	time.Sleep(delay)
	if err := json.Unmarshal(raw, &req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	data := make([]any, 0, len(req.Input))
	for i := len(req.Input) - 1; i >= 0; i-- {
		data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": fakeVector(req.Input[i], dim)})
	}
	writeJSON(w, map[string]any{"object": "list", "model": "fake-embed", "data": data,
		"usage": map[string]any{"prompt_tokens": 5 * len(req.Input), "total_tokens": 5 * len(req.Input)}})
}

// fakeVector is a deterministic, not normalised vector for text: texts
// sharing words get similar vectors.
func fakeVector(text string, dim int) []float32 {
	v := make([]float32, dim)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		h := fnv.New32a()
		h.Write([]byte(strings.Trim(w, ".,?!\"'")))
		v[h.Sum32()%uint32(dim)] += 3
	}
	v[0] += 0.5 // never zero
	return v
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// noSleep is a Retry.Sleep that records the waits and returns at once.
type noSleep struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *noSleep) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *noSleep) got() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}
