package cli

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/almaty-news/newsbot/internal/ops"
	"github.com/almaty-news/newsbot/internal/testkit"
)

// freeAddr returns a loopback address with a port that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestDaemon(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeFile(t, filepath.Join(corpus, "fuel.txt"), "Protests began in Zhanaozen after the price of liquefied gas doubled on New Year's Day.\nThe demonstrations spread to Almaty within days.\n")
	addr := freeAddr(t)
	env := map[string]string{
		"BOT_HTTP_LISTEN":     addr,
		"BOT_INDEX_CACHE_DIR": filepath.Join(dir, "cache"),
		"BOT_LOG_FORMAT":      "json",
	}
	logs := &testkit.LogSink{}
	config := writeFile(t, filepath.Join(dir, "config.toml"), "[reload]\ndebounce = \"10ms\"\n")
	d, err := startDaemon(context.Background(), &common{corpus: corpus, config: config}, Env{
		Getenv: func(k string) string { return env[k] },
		Stdout: io.Discard,
		Stderr: logs,
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			d.Close()
		}
	}()
	base := "http://" + addr

	if code, _ := httpGet(t, base+"/healthz"); code != 200 {
		t.Errorf("/healthz = %d, want 200", code)
	}
	code, body := httpGet(t, base+"/readyz")
	if code != 200 || !strings.Contains(body, "serving 1 articles") {
		t.Errorf("/readyz = %d %s, want 200 and the corpus detail", code, body)
	}
	if code, _, _ := runWithEnv(t, env, "healthcheck"); code != 0 {
		t.Errorf("bot healthcheck = exit %d, want 0", code)
	}

	// The Discord adapter asks through the daemon and registers its check.
	r, err := d.Asker(metrics.FrontendDiscord).Ask(context.Background(), "Where did the protests begin?")
	if err != nil || r.Abstained {
		t.Fatalf("Ask() = %v, abstained %v", err, r.Abstained)
	}
	d.Ops.AddCheck("discord", func() error { return errors.New("gateway not connected") })
	code, body = httpGet(t, base+"/readyz")
	var rep ops.Report
	if err := json.Unmarshal([]byte(body), &rep); err != nil {
		t.Fatal(err)
	}
	if code != 503 || rep.Ready || len(rep.Checks) != 2 || rep.Checks[1].Error != "gateway not connected" {
		t.Errorf("/readyz with the gateway down = %d %+v", code, rep)
	}
	_, body = httpGet(t, base+"/metrics")
	for _, want := range []string{
		`newsbot_questions_total{composer="extractive",frontend="discord",outcome="answered"} 1`,
		"newsbot_corpus_documents 1",
		`newsbot_build_info{goversion="`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	// A bad new file is reported and a good one served, without a restart.
	swapped := d.Library.Swapped()
	writeFile(t, filepath.Join(corpus, "broken.txt"), "")
	writeFile(t, filepath.Join(corpus, "troops.txt"), "Troops from a Russia-led alliance landed at the airport on Thursday.\n")
	select {
	case <-swapped:
	case <-time.After(10 * time.Second):
		t.Fatal("the daemon did not reload the corpus within 10s")
	}
	// Both files may or may not have been seen by that reload.
	deadline := time.After(10 * time.Second)
	for {
		next := d.Library.Swapped() // before looking, so no swap is missed
		if cur := d.Library.Current(); len(cur.Documents()) == 2 && len(cur.Problems()) == 1 {
			break
		}
		select {
		case <-next:
		case <-deadline:
			t.Fatalf("after adding two files: %d articles, problems %v", len(d.Library.Current().Documents()), d.Library.Current().Problems())
		}
	}
	if _, body := httpGet(t, base+"/readyz"); !strings.Contains(body, "broken.txt: empty") {
		t.Errorf("/readyz lacks the broken file:\n%s", body)
	}
	if !strings.Contains(logs.String(), `"msg":"corpus file problem"`) {
		t.Errorf("the broken file was not logged:\n%s", logs.String())
	}

	closed = true
	if err := d.Close(); err != nil {
		t.Errorf("Close() = %v", err)
	}
	if code, _, _ := runWithEnv(t, env, "healthcheck", "--timeout", "1s"); code != 1 {
		t.Errorf("bot healthcheck after Close = exit %d, want 1", code)
	}
	if strings.Contains(logs.String(), "DISCORD_TOKEN") {
		t.Error("the log mentions a secret")
	}
}

func TestHealthcheckWithoutHTTP(t *testing.T) {
	code, _, errOut := runWithEnv(t, nil, "healthcheck")
	if code != 1 || !strings.Contains(errOut, "BOT_HTTP_LISTEN") {
		t.Errorf("bot healthcheck with no http.listen = exit %d, %q; want 1 and a hint", code, errOut)
	}
}

func TestDaemonPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env := map[string]string{"BOT_HTTP_LISTEN": ln.Addr().String()}
	_, err = startDaemon(context.Background(), &common{}, Env{Getenv: func(k string) string { return env[k] }, Stderr: io.Discard}, nil)
	if err == nil || !strings.Contains(err.Error(), "http.listen") {
		t.Errorf("startDaemon() on a busy port = %v, want an error naming http.listen", err)
	}
}
