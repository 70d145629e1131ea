package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
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

// askFixture is a corpus directory, a Library serving it and the
// template service askers answer with.
type askFixture struct {
	dir     string
	lib     *library.Library
	svc     *answer.Service
	opt     answer.AskerOptions
	metrics *metrics.Metrics
	logs    *testkit.LogSink
}

func newFixture(t testing.TB, files map[string]string, composer answer.Composer) *askFixture {
	t.Helper()
	log, sink := testkit.NewLogger()
	f := &askFixture{dir: t.TempDir(), logs: sink, metrics: metrics.New("test")}
	for name, text := range files {
		f.write(t, name, text)
	}
	src := library.Options{Dir: f.dir, Chunk: chunk.Options{Size: 200}, Embedder: retrieve.NewHashEmbedder(0), Logger: log}
	first, err := library.Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if composer == nil {
		composer = &extractive.Extractive{}
	}
	f.lib = library.New(library.ServeOptions{Logger: log, Metrics: f.metrics})
	f.lib.Start(first, src)
	f.svc = &answer.Service{Composer: composer}
	f.opt = answer.AskerOptions{Logger: log, Metrics: f.metrics}
	return f
}

func (f *askFixture) asker(frontend string) *answer.Asker {
	return answer.NewAsker(f.lib, f.svc, frontend, f.opt)
}

func (f *askFixture) log() string { return f.logs.String() }

func (f *askFixture) write(t testing.TB, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(f.dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (f *askFixture) remove(t *testing.T, name string) {
	t.Helper()
	if err := os.Remove(filepath.Join(f.dir, name)); err != nil {
		t.Fatal(err)
	}
}

func (f *askFixture) reload(t *testing.T) library.Result {
	t.Helper()
	res, err := f.lib.Reload(context.Background())
	if err != nil {
		t.Fatalf("Reload() = %v", err)
	}
	return res
}
