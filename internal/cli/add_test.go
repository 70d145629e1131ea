package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// floodStory is an article page written for these tests, in the shape a
// news site serves: Open Graph, JSON-LD, a byline, a cookie banner and a
// related-articles box.
const floodStory = `<!doctype html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="Valley Courier">
<link rel="canonical" href="/news/river-wend-floods">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"River Wend floods Marlow Vale","datePublished":"2024-05-03T07:00:00Z"}</script>
<title>River Wend floods Marlow Vale | Valley Courier</title></head><body>
<div class="cookie-banner">We use cookies. Accept?</div>
<article><h1>River Wend floods Marlow Vale</h1><p class="byline">By Ada Brennan</p>
<p>The River Wend burst its banks in Marlow Vale early on Friday after two days of heavy rain, flooding 230 homes and closing the main road into the town, the county council said.</p>
<p>Emergency crews used boats to reach residents trapped on upper floors, and a school gymnasium was opened as a shelter for about ninety people.</p>
<p>"The water rose faster than anyone here has seen in forty years," said Mayor Colin Harte, who toured the flooded streets on Friday morning.</p>
<aside class="related"><a href="/x">Related: storm season arrives early</a></aside></article></body></html>`

// valleySite serves floodStory, the same story by a tracking link, and an
// RSS feed listing it.
func valleySite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/river-wend-floods", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, floodStory)
	})
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>
<item><title>River Wend floods Marlow Vale</title><link>http://%s/news/river-wend-floods?utm_source=rss</link></item></channel></rss>`, r.Host)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// runIn runs the command line with a config over corpus; extra is more TOML.
func runIn(t *testing.T, corpus, extra string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cfg := filepath.Join(t.TempDir(), "config.toml")
	body := fmt.Sprintf("[corpus]\ndir = %q\n[index]\ncache_dir = \"off\"\n[log]\nformat = \"json\"\n%s", corpus, extra)
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut}
	code = Main(context.Background(), append(args, "--config", cfg), env)
	return code, out.String(), errOut.String()
}

// allowTestServer lets the bot fetch from the httptest server on 127.0.0.1.
const allowTestServer = "[feeds]\nallow_networks = [\"127.0.0.1/32\"]\nhost_interval = \"0s\"\n"

func TestAddCommand(t *testing.T) {
	srv := valleySite(t)
	dir := t.TempDir()
	code, out, errs := runIn(t, dir, allowTestServer, "add", srv.URL+"/news/river-wend-floods?utm_source=newsletter")
	if code != 0 {
		t.Fatalf("bot add = %d: %s", code, errs)
	}
	for _, want := range []string{"Title:    River Wend floods Marlow Vale", "Outlet:   Valley Courier", "Date:     2024-05-03", "URL:      " + srv.URL + "/news/river-wend-floods", "Passages: 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("bot add output lacks %q:\n%s", want, out)
		}
	}
	id := strings.TrimPrefix(strings.SplitN(out, "\n", 2)[0], "Added ")

	// The same story again, by another link: refused, naming the article.
	code, _, errs = runIn(t, dir, allowTestServer, "add", srv.URL+"/news/river-wend-floods/#comments")
	if code != 1 || !strings.Contains(errs, "Already in the articles as "+id) {
		t.Errorf("second bot add = %d, %q; want 1 and the existing article's ID %s", code, errs, id)
	}

	// Provenance: bot source shows the link and when it was added.
	code, out, _ = runIn(t, dir, "", "source", id)
	if code != 0 || !strings.Contains(out, "URL:      "+srv.URL+"/news/river-wend-floods") || !strings.Contains(out, "Added:    20") {
		t.Errorf("bot source %s = %d:\n%s\nwant its URL and Added lines", id, code, out)
	}
}

// Without allow_networks the same local server is refused: the guard is on by default.
func TestAddCommandRefusesLocalAddresses(t *testing.T) {
	srv := valleySite(t)
	code, _, errs := runIn(t, t.TempDir(), "", "add", srv.URL+"/news/river-wend-floods")
	if code != 1 || !strings.Contains(errs, "private or local address") {
		t.Errorf("bot add of a loopback link = %d, %q; want 1 and a refusal", code, errs)
	}
	code, _, errs = runIn(t, t.TempDir(), "", "add", "file:///etc/passwd")
	if code != 1 || !strings.Contains(errs, "Only http and https") {
		t.Errorf("bot add file:// = %d, %q; want 1 and a refusal", code, errs)
	}
}

func TestFeedsCommand(t *testing.T) {
	srv := valleySite(t)
	dir := t.TempDir()
	cfg := allowTestServer + fmt.Sprintf("urls = [%q, %q]\n", srv.URL+"/rss.xml", srv.URL+"/gone.xml")
	code, out, _ := runIn(t, dir, cfg, "feeds")
	if code != 0 || strings.Count(out, "never") != 2 {
		t.Errorf("bot feeds before any poll = %d:\n%s\nwant both feeds never fetched", code, out)
	}
	code, out, errs := runIn(t, dir, cfg, "feeds", "--poll")
	if code != 0 {
		t.Fatalf("bot feeds --poll = %d: %s", code, errs)
	}
	lines := strings.Split(out, "\n")
	if len(lines) < 3 || !strings.Contains(lines[1], "/rss.xml") || !strings.Contains(lines[1], " 1 ") || !strings.Contains(lines[2], "404") {
		t.Errorf("bot feeds --poll output:\n%s\nwant the RSS feed with 1 item added and the other's 404", out)
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(entries) != 1 {
		t.Errorf("corpus holds %v after the poll, want the one story", entries)
	}
}
