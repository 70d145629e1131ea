package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
)

// fakeChat is an OpenAI-compatible chat endpoint that cites passage 1.
func fakeChat(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer sk-cli" {
			http.Error(w, "unexpected "+r.URL.Path, http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"model":"fake-chat","choices":[{"index":0,"finish_reason":"stop",
			"message":{"role":"assistant","content":"A rise in fuel prices sparked them [1]."}}],
			"usage":{"prompt_tokens":10,"completion_tokens":5}}`))
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

// askJSON runs "bot ask --json" on the seed corpus with the given
// environment and returns the decoded answer.
func askJSON(t *testing.T, environ map[string]string) map[string]any {
	t.Helper()
	cfg := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(cfg, []byte("[index]\ncache_dir = \"off\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	env := Env{Getenv: func(k string) string { return environ[k] }, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errs}
	code := Main(context.Background(), []string{"ask", "--json", "--config", cfg, "--corpus", "../../corpus", "What sparked the protests?"}, env)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if strings.Contains(errs.String(), "sk-cli") {
		t.Errorf("the API key was logged: %s", errs.String())
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	return got
}

func TestAskJSONNamesTheComposer(t *testing.T) {
	got := askJSON(t, nil)
	if got["composer"] != "extractive" || got["model"] != "" || got["note"] != "" {
		t.Errorf("offline: composer %v model %q note %q; want extractive, empty, empty", got["composer"], got["model"], got["note"])
	}

	srv, calls := fakeChat(t)
	got = askJSON(t, map[string]string{"OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_API_KEY": "sk-cli"})
	if got["composer"] != "llm" || got["model"] != "fake-chat" || calls.Load() != 1 {
		t.Errorf("with OPENAI_BASE_URL: composer %v model %v after %d calls; want llm, fake-chat, 1", got["composer"], got["model"], calls.Load())
	}
	if got["answer"] != "A rise in fuel prices sparked them [1]." || len(got["citations"].([]any)) != 1 {
		t.Errorf("answer %q with %d citations, want the model's with 1", got["answer"], len(got["citations"].([]any)))
	}

	srv.Close() // the model is gone: the extractive answer, marked
	got = askJSON(t, map[string]string{"OPENAI_BASE_URL": srv.URL + "/v1"})
	if got["composer"] != "extractive" || got["note"] != "the language model was unavailable" {
		t.Errorf("model down: composer %v note %q; want extractive, marked unavailable", got["composer"], got["note"])
	}
}

func TestTerminalStreamRest(t *testing.T) {
	r := answer.Reply{Text: "Fuel prices rose [1].", Citations: []answer.Citation{{N: 1, DocID: "d", Text: "Fuel prices rose."}}}
	for _, tc := range []struct {
		draft, want string
	}{
		{"", textReply(r)},
		{"Fuel prices rose [1].", strings.TrimPrefix(textReply(r), r.Text)},
		{"Fuel prices", "\n\n" + textReply(r)},
	} {
		var out bytes.Buffer
		s := &terminalStream{w: &out}
		if tc.draft != "" {
			s.delta(tc.draft)
		}
		if got := out.String() + s.rest(r); got != tc.draft+tc.want {
			t.Errorf("draft %q: printed %q, want %q", tc.draft, got, tc.draft+tc.want)
		}
	}
}
