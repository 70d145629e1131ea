package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
)

// newsSite serves the test pages the way a news site does, with a
// syndicated copy of one story on a second "outlet" path.
func newsSite(t testing.TB) *httptest.Server {
	t.Helper()
	page := func(name string, edit ...string) http.HandlerFunc {
		body := string(readPage(t, name))
		body = strings.NewReplacer(edit...).Replace(body)
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(body))
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/world/2024/05/03/river-bursts-banks", page("jsonld.html"))
	mux.Handle("/amp/world/2024/05/03/river-bursts-banks", page("jsonld.html"))
	mux.Handle("/wire/flood-marlow", page("jsonld.html",
		"The Daily Ledger", "Wire Service", "River bursts its banks in Marlow Vale", "Floods hit Marlow Vale",
		"/world/2024/05/03/river-bursts-banks", "/wire/flood-marlow"))
	mux.Handle("/news/new-bridge", page("opengraph.html", "https://www.valleycourier.example/news/new-bridge?utm_source=og", "/news/new-bridge"))
	mux.Handle("/premium", page("paywall.html"))
	mux.Handle("/2024/volunteers", page("timeonly.html"))
	mux.HandleFunc("/latin1-as-utf8", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8") // a lie: the bytes are Latin-1
		body := strings.ReplaceAll(string(readPage(t, "timeonly.html")), "shovelling", "shov\xe9lling")
		w.Write([]byte(strings.ReplaceAll(body, "Volunteers clear", "Helpers clear")))
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7 ..."))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func testAdder(t *testing.T) (*Adder, map[string]int) {
	counts := map[string]int{}
	a := &Adder{
		Client:  testClient(Options{}),
		Store:   Store{Dir: t.TempDir()},
		Now:     func() time.Time { return time.Date(2024, 5, 3, 9, 30, 0, 0, time.UTC) },
		Observe: func(source, outcome string) { counts[source+"/"+outcome]++ },
	}
	return a, counts
}

func TestAddSavesArticle(t *testing.T) {
	srv := newsSite(t)
	a, counts := testAdder(t)
	doc, err := a.Add(context.Background(), srv.URL+"/world/2024/05/03/river-bursts-banks?utm_source=tw")
	if err != nil {
		t.Fatalf("Add() error = %v", err)
	}
	docs, problems, err := corpus.Load(a.Store.Dir, corpus.Options{})
	if err != nil || len(docs) != 1 || len(problems) != 0 {
		t.Fatalf("corpus.Load() = %d docs, problems %v, err %v; want the one article, no problems", len(docs), problems, err)
	}
	got := docs[0]
	if got.ID != doc.ID || got.Title != "River bursts its banks in Marlow Vale" || got.Outlet != "The Daily Ledger" ||
		got.Date != "2024-05-03" || got.URL != srv.URL+"/world/2024/05/03/river-bursts-banks" || got.Added != "2024-05-03T09:30:00Z" {
		t.Errorf("saved article = %+v", got)
	}
	if !strings.Contains(got.Body(), "flooding more than two hundred homes") || strings.Contains(got.Body(), "cookies") {
		t.Errorf("saved body = %q", got.Body())
	}
	if filepath.Ext(got.Path) != ".md" {
		t.Errorf("saved as %s, want a .md file", got.Path)
	}
	entries, _ := os.ReadDir(a.Store.Dir)
	if len(entries) != 1 {
		t.Errorf("corpus dir holds %d entries, want only the article (no temporary file left)", len(entries))
	}
	if counts["link/added"] != 1 {
		t.Errorf("observed %v, want link/added once", counts)
	}
}

// The same story by another link, as an AMP page, or as wire copy under
// another outlet is not added again, and the error names the article.
func TestAddRecognisesDuplicates(t *testing.T) {
	srv := newsSite(t)
	a, counts := testAdder(t)
	first, err := a.Add(context.Background(), srv.URL+"/world/2024/05/03/river-bursts-banks")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		"/world/2024/05/03/river-bursts-banks/?utm_campaign=x&fbclid=y#top", // same link (no fetch)
		"/amp/world/2024/05/03/river-bursts-banks",                          // AMP page, canonical link inside
		"/wire/flood-marlow", // wire copy under another outlet
	} {
		_, err := a.Add(context.Background(), srv.URL+path)
		var dup *DuplicateError
		if !errors.As(err, &dup) || dup.Existing.ID != first.ID || !strings.Contains(err.Error(), first.ID) {
			t.Errorf("Add(%s) error = %v, want a DuplicateError naming %s", path, err, first.ID)
		}
	}
	if entries, _ := os.ReadDir(a.Store.Dir); len(entries) != 1 {
		t.Errorf("corpus dir holds %d entries, want 1", len(entries))
	}
	if counts["link/duplicate"] != 3 {
		t.Errorf("observed %v, want link/duplicate 3 times", counts)
	}
	// A different story of the same site is added.
	if _, err := a.Add(context.Background(), srv.URL+"/news/new-bridge"); err != nil {
		t.Errorf("Add(other story) error = %v", err)
	}
}

func TestAddRefusesBadPages(t *testing.T) {
	srv := newsSite(t)
	a, counts := testAdder(t)
	for path, want := range map[string]error{"/premium": ErrPaywall, "/report.pdf": ErrNotHTML, "/missing": ErrStatus} {
		if _, err := a.Add(context.Background(), srv.URL+path); !errors.Is(err, want) {
			t.Errorf("Add(%s) error = %v, want %v", path, err, want)
		}
	}
	if entries, _ := os.ReadDir(a.Store.Dir); len(entries) != 0 {
		t.Errorf("corpus dir holds %d entries after failures, want 0", len(entries))
	}
	if counts["link/paywall"] != 1 || counts["link/not_html"] != 1 || counts["link/http_status"] != 1 {
		t.Errorf("observed %v", counts)
	}
}

func TestAddErrorHidesQuery(t *testing.T) {
	a, _ := testAdder(t)
	_, err := a.Add(context.Background(), "ftp://user:secret@example.org/a?token=hunter2")
	if err == nil || strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "secret") {
		t.Errorf("Add() error = %v, want one without the link's credentials or query", err)
	}
}

// The saved link keeps the page's address but not its tracking parameters
// or fragment; a page in another charset than it declares is still saved
// as valid UTF-8.
func TestAddSavesCleanLinkAndValidText(t *testing.T) {
	srv := newsSite(t)
	a, _ := testAdder(t)
	doc, err := a.Add(context.Background(), srv.URL+"/2024/volunteers?page=2&utm_source=x&fbclid=y#comments")
	if err != nil {
		t.Fatalf("Add() error = %v", err)
	}
	if doc.URL != srv.URL+"/2024/volunteers?page=2" {
		t.Errorf("saved url = %q, want the link without tracking parameters or fragment", doc.URL)
	}
	b := Store{Dir: t.TempDir()}
	a.Store = b
	doc, err = a.Add(context.Background(), srv.URL+"/latin1-as-utf8")
	if err != nil {
		t.Fatalf("Add(mis-declared charset) error = %v", err)
	}
	if !strings.Contains(doc.Text, "shov\uFFFDlling") {
		t.Errorf("saved text = %q, want the undecodable byte replaced", doc.Body())
	}
}

// An article bigger than the corpus takes is refused, not saved to be skipped.
func TestAddRefusesArticleOverCorpusLimit(t *testing.T) {
	srv := newsSite(t)
	a, _ := testAdder(t)
	a.Store.MaxBytes = 500
	if _, err := a.Add(context.Background(), srv.URL+"/news/new-bridge"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Add() error = %v, want ErrTooLarge", err)
	}
	if entries, _ := os.ReadDir(a.Store.Dir); len(entries) != 0 {
		t.Errorf("corpus dir holds %d entries, want 0", len(entries))
	}
}
