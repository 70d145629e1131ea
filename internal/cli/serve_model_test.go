package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
)

// fakeModel is an OpenAI-compatible chat server that streams what the
// test tells it to, when it tells it: each piece is written and flushed
// on its own, so the test controls the timing of every token.
type fakeModel struct {
	srv       *httptest.Server
	requested chan map[string]any // each chat request's body, once its headers are sent
	pieces    chan modelPiece
	quit      chan struct{}
}

// modelPiece is the next thing a stream sends: a piece of text, or its end.
type modelPiece struct {
	text string
	end  string // "stop": finish reason, usage and [DONE]; "cut": the connection ends there
	wait time.Duration
}

// newFakeModel starts a fake model; the test ends its streams.
func newFakeModel(t testing.TB) *fakeModel {
	m := &fakeModel{requested: make(chan map[string]any, 4), pieces: make(chan modelPiece, 64), quit: make(chan struct{})}
	m.srv = httptest.NewServer(http.HandlerFunc(m.serve))
	t.Cleanup(func() { close(m.quit); m.srv.Close() })
	return m
}

// URL is the base URL of the API, for OPENAI_BASE_URL.
func (m *fakeModel) URL() string { return m.srv.URL + "/v1" }

// say queues pieces of text for the stream; end ends it.
func (m *fakeModel) say(pieces ...string) {
	for _, p := range pieces {
		m.pieces <- modelPiece{text: p}
	}
}

func (m *fakeModel) end(how string) { m.pieces <- modelPiece{end: how} }

func (m *fakeModel) serve(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if r.URL.Path != "/v1/chat/completions" || json.NewDecoder(r.Body).Decode(&body) != nil || body["stream"] != true {
		http.Error(w, "the fake model only streams chat completions", http.StatusTeapot)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	fl := w.(http.Flusher)
	fl.Flush()
	m.requested <- body
	event := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		fl.Flush()
	}
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "fake-model",
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}}
	}
	event(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
	for {
		var p modelPiece
		select {
		case p = <-m.pieces:
		case <-r.Context().Done():
			return
		case <-m.quit:
			return
		}
		if p.wait > 0 {
			time.Sleep(p.wait) // the scripted model delay of the benchmark only
		}
		switch p.end {
		case "cut":
			return
		case "stop":
			event(chunk(map[string]any{}, "stop"))
			event(map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "fake-model", "choices": []any{},
				"usage": map[string]any{"prompt_tokens": 300, "completion_tokens": 40, "total_tokens": 340}})
			fmt.Fprint(w, "data: [DONE]\n\n")
			return
		}
		event(chunk(map[string]any{"content": p.text}, nil))
	}
}

// streamGate is the gate around a composer that streams: it keeps the
// composer's streaming, so the bot streams as it would with the model.
type streamGate struct{ *gate }

func (g streamGate) ComposeStream(ctx context.Context, in answer.Input, onDelta func(string)) (answer.Reply, error) {
	return g.inner.(answer.StreamComposer).ComposeStream(ctx, in, onDelta)
}
