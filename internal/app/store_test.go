package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/pgstore"
	"github.com/almaty-news/newsbot/internal/pgstore/pglitetest"
	"github.com/almaty-news/newsbot/internal/testkit"
)

func TestMain(m *testing.M) { os.Exit(pglitetest.Main(m)) }

// writeArticles writes name -> text files into a new directory.
func writeArticles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var storeArticles = map[string]string{
	"harbour.md": "The city council voted to rebuild the old harbour wall after the winter storms damaged it.\n\nEngineers said the repairs would take two years and cost twelve million euros.",
	"orchard.md": "Apple growers in the valley reported a record harvest this autumn.\n\nA warm spring and late rains helped the orchards, the growers association said.",
}

// startStoreDaemon starts a daemon serving dir from the store at dbURL.
func startStoreDaemon(t *testing.T, dir, dbURL string) *Daemon {
	t.Helper()
	cfg := config.Default()
	cfg.Corpus.Dir, cfg.Index.CacheDir = dir, "off"
	cfg.Store.Kind, cfg.Reload.Watch = config.StorePostgres, false
	cfg.Store.Poll = config.Duration(50 * time.Millisecond) // PGlite delivers no NOTIFY to other connections
	log, _ := testkit.NewLogger()
	d, err := StartDaemon(context.Background(), cfg, log, dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// cites reports whether d answers q citing the article id.
func cites(t *testing.T, d *Daemon, q, id string) bool {
	t.Helper()
	r, err := d.Asker("test").Ask(context.Background(), q)
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	for _, c := range r.Citations {
		if c.DocID == id {
			return true
		}
	}
	return false
}

func TestTwoDaemonsShareOneStore(t *testing.T) {
	dbURL := pglitetest.URL(t)
	// Each process has a directory of its own: only the store connects them.
	a := startStoreDaemon(t, writeArticles(t, storeArticles), dbURL)
	dirB := writeArticles(t, storeArticles)
	b := startStoreDaemon(t, dirB, dbURL)
	if !cites(t, b, "How long will the harbour repairs take?", "harbour") {
		t.Fatal("the second daemon does not answer from the shared store")
	}
	// The vectors are the store's: neither process embeds the passages
	// itself (no cache here, so holding vectors would mean embedding).
	for _, d := range []*Daemon{a, b} {
		if st := d.Library.Current().Stats(); st.Embedded != 0 || st.Chunks == 0 {
			t.Errorf("a daemon on the store embedded %d of its %d passages in process, want none", st.Embedded, st.Chunks)
		}
	}
	ferry := "The ferry to the island resumed service on Tuesday after a month of repairs to its engine."
	if err := os.WriteFile(filepath.Join(a.Config.Corpus.Dir, "ferry.md"), []byte(ferry), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Library.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, ok := b.Library.Current().Document("ferry"); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the article added through the first daemon never reached the second")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !cites(t, b, "When did the ferry resume service?", "ferry") {
		t.Error("the second daemon does not cite the article added through the first")
	}
	if _, err := os.Stat(filepath.Join(dirB, "ferry.md")); err == nil {
		t.Fatal("test broken: the article reached the second daemon's directory")
	}
}

func TestStoreKeepsLastGoodVersion(t *testing.T) {
	d := startStoreDaemon(t, writeArticles(t, storeArticles), pglitetest.URL(t))
	path := filepath.Join(d.Config.Corpus.Dir, "harbour.md")
	if err := os.WriteFile(path, []byte("\xff\xfe not text"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Library.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	docs, _, _, err := d.Store.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || !cites(t, d, "How long will the harbour repairs take?", "harbour") {
		t.Errorf("after harbour.md turned bad the store holds %d articles, want its last good version kept", len(docs))
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Library.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	if docs, _, _, err = d.Store.Documents(context.Background()); err != nil || len(docs) != 1 {
		t.Errorf("after harbour.md was deleted the store holds %d articles (%v), want 1", len(docs), err)
	}
}

func TestStoreDownWhileServing(t *testing.T) {
	p, dbURL := pglitetest.NewProxy(t, pglitetest.URL(t))
	d := startStoreDaemon(t, writeArticles(t, storeArticles), dbURL)
	if rep := d.Ops.Check(); !rep.Ready {
		t.Fatalf("readiness with the store up = %+v, want ready", rep)
	}
	p.Cut()
	_, err := d.Asker("test").Ask(context.Background(), "How long will the harbour repairs take?")
	if !errors.Is(err, pgstore.ErrUnavailable) {
		t.Errorf("Ask with the store down = %v, want pgstore.ErrUnavailable", err)
	}
	rep := d.Ops.Check()
	if rep.Ready {
		t.Errorf("readiness with the store down = ready, want not ready")
	}
	for _, c := range rep.Checks {
		if c.Name == "store" && (c.OK || !strings.Contains(c.Error, "DATABASE_URL")) {
			t.Errorf("store check = %+v, want failing, naming DATABASE_URL", c)
		}
	}
	// A file added while the store is down is synced once it is back.
	ferry := "The ferry to the island resumed service on Tuesday after a month of repairs to its engine."
	if err := os.WriteFile(filepath.Join(d.Config.Corpus.Dir, "ferry.md"), []byte(ferry), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Library.Reload(context.Background()); !errors.Is(err, pgstore.ErrUnavailable) {
		t.Errorf("Reload with the store down = %v, want pgstore.ErrUnavailable", err)
	}
	p.Restore()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, ok := d.Library.Current().Document("ferry"); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the article added while the store was down was never synced")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for !cites(t, d, "How long will the harbour repairs take?", "harbour") {
		if time.Now().After(deadline) {
			t.Fatal("the daemon did not answer again once the store was back")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestStartDaemonStoreUnreachable(t *testing.T) {
	cfg := config.Default()
	cfg.Corpus.Dir, cfg.Index.CacheDir, cfg.Store.Kind = writeArticles(t, storeArticles), "off", config.StorePostgres
	log, _ := testkit.NewLogger()
	_, err := StartDaemon(context.Background(), cfg, log, "postgres://bot:s3cr3t@127.0.0.1:1/news", nil)
	if err == nil || !strings.Contains(err.Error(), "DATABASE_URL") || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("StartDaemon with the database down = %v, want an error naming DATABASE_URL without the password", err)
	}
}
