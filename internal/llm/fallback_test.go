package llm

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
)

// TestComposeFailuresFallBack: whatever goes wrong with the model, the
// reply is the extractive answer, marked, with one log line naming the
// cause.
func TestComposeFailuresFallBack(t *testing.T) {
	for _, tc := range []struct {
		name   string
		script []step
		stream bool
		calls  int
		cause  string
	}{
		{"500 after retries", []step{status(500)}, false, 3, "cause=\"HTTP 500\""},
		{"503 streaming", []step{status(503)}, true, 3, "cause=\"HTTP 503\""},
		{"401 not retried", []step{status(401)}, false, 1, "check OPENAI_API_KEY"},
		{"hang", []step{hang}, false, 1, "cause=timeout"},
		{"hang streaming", []step{hang}, true, 1, "cause=timeout"},
		{"stalled stream", []step{sse(time.Hour, nil, "stop", true)}, true, 1, "cause=timeout"},
		{"malformed JSON", []step{malformed}, false, 1, "cause=\"malformed response\""},
		{"no choices", []step{func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
			writeJSON(w, map[string]any{"choices": []any{}})
		}}, false, 1, "cause=\"malformed response\""},
		{"cut off at max_tokens", []step{replyWith("Protests began [1] when", "length")}, false, 1, "cause=\"answer too long\""},
		{"stream without [DONE] or finish reason", []step{sse(0, []string{"Protests began ", "after gas prices [1]"}, "", false)}, true, 1, "cause=\"stream cut off\""},
		{"stream with malformed chunk", []step{func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			w.Write([]byte("data: {\"choices\": [{\"delta\": {\"content\": \"Pro\n\n"))
		}}, true, 1, "cause=\"malformed response\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.script...)
			lib := testLibrary(t)
			c, _, logs := composerFor(f, 300*time.Millisecond)
			svc := testService(lib, c)
			start := time.Now()
			var r answer.Reply
			var err error
			var draft strings.Builder
			if tc.stream {
				r, err = svc.AskStream(context.Background(), question, func(d string) { draft.WriteString(d) })
			} else {
				r, err = svc.Ask(context.Background(), question)
			}
			if err != nil {
				t.Fatal(err)
			}
			if elapsed := time.Since(start); elapsed > 10*time.Second {
				t.Errorf("answered after %v, want the fallback within the 300ms timeout", elapsed)
			}
			if r.Composer != answer.ComposerExtractive || r.Note != NoteUnavailable || r.Text == "" {
				t.Errorf("reply = composer %q note %q text %q; want the extractive answer noting %q", r.Composer, r.Note, r.Text, NoteUnavailable)
			}
			checkCitations(t, r, lib)
			if n := len(f.chats()); n != tc.calls {
				t.Errorf("%d chat requests, want %d", n, tc.calls)
			}
			lines := logs.lines("language model unavailable")
			if len(lines) != 1 || !strings.Contains(lines[0], tc.cause) {
				t.Errorf("log lines = %q, want one with %s", lines, tc.cause)
			}
			if c.Meter.Totals().Failures != 1 {
				t.Errorf("meter = %+v, want 1 failure", c.Meter.Totals())
			}
		})
	}
}

func TestComposeConnectionRefused(t *testing.T) {
	f := newFake(t)
	url := f.srv.URL
	f.srv.Close()
	lib := testLibrary(t)
	log, logs := newLog()
	c := &Composer{Chat: Chat{Client: NewClient(ClientOptions{BaseURL: url + "/v1"}), Model: "m", Timeout: 5 * time.Second, Logger: log}, Fallback: &extractive.Extractive{}}
	r, err := testService(lib, c).Ask(context.Background(), question)
	if err != nil {
		t.Fatal(err)
	}
	if r.Composer != answer.ComposerExtractive || r.Note != NoteUnavailable {
		t.Errorf("reply = composer %q note %q; want the extractive answer, marked", r.Composer, r.Note)
	}
	if l := logs.lines("language model unavailable"); len(l) != 1 || !strings.Contains(l[0], "connection refused") {
		t.Errorf("log lines = %q, want one saying connection refused", l)
	}
}

// TestComposeWithoutFallbackAbstains: a Composer given no fallback says
// the articles don't answer rather than show an unchecked answer.
func TestComposeWithoutFallbackAbstains(t *testing.T) {
	f := newFake(t)
	url := f.srv.URL
	f.srv.Close()
	lib := testLibrary(t)
	log, _ := newLog()
	c := &Composer{Chat: Chat{Client: NewClient(ClientOptions{BaseURL: url + "/v1"}), Model: "m", Timeout: 5 * time.Second, Logger: log}}
	r, err := testService(lib, c).Ask(context.Background(), question)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Abstained || r.Text != answer.AbstainText || len(r.Citations) != 0 || r.Note != NoteUnavailable {
		t.Errorf("reply = %+v; want a plain abstention noting the model was unavailable", r)
	}
}
