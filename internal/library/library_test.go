package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/testkit"
)

// Articles of the test corpus (testkit's, shared with the other packages' tests).
var (
	fuelArticle    = testkit.FuelArticle
	troopsArticle  = testkit.TroopsArticle
	cabinetArticle = testkit.CabinetArticle
)

// fixture is a corpus directory and a Library serving it, for the tests
// of reload and watch.
type fixture struct {
	dir  string
	lib  *Library
	logs *testkit.LogSink
}

func (f *fixture) log() string { return f.logs.String() }

func newFixture(t testing.TB, files map[string]string) *fixture {
	t.Helper()
	log, sink := testkit.NewLogger()
	f := &fixture{dir: t.TempDir(), logs: sink}
	for name, text := range files {
		f.write(t, name, text)
	}
	src := Options{
		Dir:      f.dir,
		Chunk:    chunk.Options{Size: 200, Overlap: 0},
		Embedder: retrieve.NewHashEmbedder(0),
		Logger:   log,
	}
	first, err := Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	f.lib = New(ServeOptions{Logger: src.Logger, Metrics: metrics.New("test")})
	f.lib.Start(first, src)
	return f
}

func (f *fixture) write(t testing.TB, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(f.dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) remove(t *testing.T, name string) {
	t.Helper()
	if err := os.Remove(filepath.Join(f.dir, name)); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) reload(t *testing.T) Result {
	t.Helper()
	res, err := f.lib.Reload(context.Background())
	if err != nil {
		t.Fatalf("Reload() = %v", err)
	}
	return res
}

func ids(s *Snapshot) string {
	var out []string
	for _, d := range s.Documents() {
		out = append(out, d.ID)
	}
	return strings.Join(out, " ")
}

func details(l *Library) string { return strings.Join(l.Details(), "\n") }
