package ops

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/almaty-news/newsbot/internal/metrics"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestHealthz(t *testing.T) {
	ts := httptest.NewServer(New("v1", nil, nil).Handler())
	defer ts.Close()
	if code, body := get(t, ts.URL+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("GET /healthz = %d %q, want 200 \"ok\\n\"", code, body)
	}
	if code, _ := get(t, ts.URL+"/metrics"); code != 404 {
		t.Errorf("GET /metrics without metrics = %d, want 404", code)
	}
}

func TestReadyz(t *testing.T) {
	s := New("v1.2.3", nil, nil)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

	readyz := func() (int, Report) {
		t.Helper()
		code, body := get(t, ts.URL+"/readyz")
		var rep Report
		if err := json.Unmarshal([]byte(body), &rep); err != nil {
			t.Fatalf("GET /readyz body %q: %v", body, err)
		}
		return code, rep
	}

	if code, rep := readyz(); code != 503 || rep.Ready {
		t.Errorf("/readyz with no checks = %d %+v, want 503 not ready", code, rep)
	}

	s.AddCheck("index", func() error { return nil })
	var connected atomic.Bool
	s.AddCheck("discord", func() error {
		if !connected.Load() {
			return errors.New("gateway not connected")
		}
		return nil
	})
	s.AddDetail("corpus", func() []string { return []string{"corpus/bad.txt: not valid UTF-8 (skipped)"} })
	s.AddDetail("quiet", func() []string { return nil })

	code, rep := readyz()
	if code != 503 || rep.Ready {
		t.Errorf("/readyz with the gateway down = %d ready=%v, want 503 false", code, rep.Ready)
	}
	want := []CheckResult{{Name: "index", OK: true}, {Name: "discord", OK: false, Error: "gateway not connected"}}
	if len(rep.Checks) != 2 || rep.Checks[0] != want[0] || rep.Checks[1] != want[1] {
		t.Errorf("/readyz checks = %+v, want %+v", rep.Checks, want)
	}
	if got := rep.Details["corpus"]; len(got) != 1 || !strings.Contains(got[0], "bad.txt") {
		t.Errorf("/readyz details = %v, want the corpus problem", rep.Details)
	}
	if _, ok := rep.Details["quiet"]; ok {
		t.Errorf("/readyz details = %v, want no entry for a detail with no lines", rep.Details)
	}
	if rep.Version != "v1.2.3" {
		t.Errorf("/readyz version = %q, want v1.2.3", rep.Version)
	}

	connected.Store(true)
	if code, rep := readyz(); code != 200 || !rep.Ready {
		t.Errorf("/readyz with every check passing = %d %+v, want 200 ready", code, rep)
	}

	// Re-registering a name replaces the check instead of adding one.
	s.AddCheck("discord", func() error { return errors.New("resuming") })
	if _, rep := readyz(); len(rep.Checks) != 2 || rep.Checks[1].Error != "resuming" {
		t.Errorf("/readyz after replacing a check = %+v", rep.Checks)
	}
}

func TestMetricsEndpoint(t *testing.T) {
	m := metrics.New("v1")
	m.SetCorpus(5, 40, 0)
	ts := httptest.NewServer(New("v1", m.Handler(), nil).Handler())
	defer ts.Close()
	code, body := get(t, ts.URL+"/metrics")
	if code != 200 || !strings.Contains(body, "newsbot_corpus_documents 5") {
		t.Errorf("GET /metrics = %d, body lacks newsbot_corpus_documents 5:\n%.500s", code, body)
	}
}

func TestServeAndHealthcheck(t *testing.T) {
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New("v1", nil, nil).Serve(ctx, ln) }()

	url, err := HealthURL(ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if err := Healthcheck(context.Background(), http.DefaultClient, url); err != nil {
		t.Errorf("Healthcheck(%s) = %v, want nil", url, err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve() after cancel = %v, want nil", err)
	}
	if err := Healthcheck(context.Background(), http.DefaultClient, url); err == nil {
		t.Errorf("Healthcheck(%s) after shutdown = nil, want an error", url)
	}
}

func TestHealthcheckStatus(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(500) }))
	defer ts.Close()
	err := Healthcheck(context.Background(), ts.Client(), ts.URL+"/healthz")
	if err == nil || !strings.Contains(err.Error(), "500") {
		t.Errorf("Healthcheck() against a 500 = %v, want an error naming the status", err)
	}
}

func TestHealthURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{":8080", "http://127.0.0.1:8080/healthz"},
		{"0.0.0.0:8080", "http://127.0.0.1:8080/healthz"},
		{"[::]:8080", "http://[::1]:8080/healthz"},
		{"10.0.0.5:9", "http://10.0.0.5:9/healthz"},
		{"localhost:8080", "http://localhost:8080/healthz"},
	}
	for _, tt := range tests {
		if got, err := HealthURL(tt.addr); err != nil || got != tt.want {
			t.Errorf("HealthURL(%q) = %q, %v; want %q", tt.addr, got, err, tt.want)
		}
	}
	if _, err := HealthURL("nonsense"); err == nil {
		t.Error("HealthURL(\"nonsense\") = nil error, want one")
	}
}
