package cli

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/config"
)

// echoKeyServer is an OpenAI-compatible server that refuses every request
// with an error body quoting the key it was sent, as some proxies do.
func echoKeyServer(t *testing.T, status int) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(`{"error":{"message":"Incorrect API key provided: ` + key + `","type":"invalid_request_error","code":"invalid_api_key"}}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestSecretsRedactedFromEverythingPrinted(t *testing.T) {
	const key = "sk-echo-0123456789abcdef"
	for _, tc := range []struct {
		name   string
		status int
		args   []string
	}{
		{"401 answer", http.StatusUnauthorized, []string{"ask", "What sparked the protests?"}},
		{"400 json batch", http.StatusBadRequest, []string{"ask", "--json", "-"}},
		{"400 embeddings", http.StatusBadRequest, []string{"index"}},
	} {
		srv := echoKeyServer(t, tc.status)
		dir := t.TempDir()
		cfg := filepath.Join(dir, "config.toml")
		body := "[index]\ncache_dir = \"off\"\n[log]\nlevel = \"debug\"\nformat = \"text\"\n[llm]\nretries = 0\n"
		if tc.name == "400 embeddings" {
			body += "[embed]\nprovider = \"openai\"\nretries = 0\n"
		}
		if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		environ := map[string]string{config.EnvOpenAIAPIKey: key, config.EnvOpenAIBaseURL: srv.URL + "/v1"}
		var out, errs bytes.Buffer
		env := Env{Getenv: func(k string) string { return environ[k] }, Stdin: strings.NewReader("What sparked the protests?\n"), Stdout: &out, Stderr: &errs}
		Main(context.Background(), append(tc.args, "--config", cfg, "--corpus", "../../corpus"), env)
		all := out.String() + errs.String()
		if strings.Contains(all, key) || strings.Contains(all, "0123456789abcdef") {
			t.Errorf("%s: the API key is printed:\n%s", tc.name, all)
		}
		if !strings.Contains(all, "[redacted]") {
			t.Errorf("%s: the output never shows the echoed key redacted:\n%s", tc.name, all)
		}
	}
}

func TestRedactor(t *testing.T) {
	var b bytes.Buffer
	w := newRedactor(&b, config.Secrets(func(k string) string {
		return map[string]string{
			config.EnvDiscordToken:  "tok.en<&>1234",
			config.EnvOpenAIAPIKey:  "short",
			config.EnvOpenAIBaseURL: "http://user:p4ssw0rd-long@llm:8080/v1",
		}[k]
	}))
	for _, line := range []string{
		"token tok.en<&>1234 in text\n",
		`{"err":"token tok.en\u003c\u0026\u003e1234"}` + "\n",
		"url http://user:p4ssw0rd-long@llm:8080/v1 and short stays\n",
	} {
		if _, err := w.Write([]byte(line)); err != nil {
			t.Fatal(err)
		}
	}
	want := "token [redacted] in text\n" + `{"err":"token [redacted]"}` + "\nurl http://user:[redacted]@llm:8080/v1 and short stays\n"
	if b.String() != want {
		t.Errorf("redactor wrote %q, want %q", b.String(), want)
	}
}
