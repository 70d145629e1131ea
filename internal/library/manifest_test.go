package library_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
)

// A start with a cache keeps the corpus manifest beside it, and the next
// start serves the same articles from it.
func TestOpenKeepsACorpusManifestBesideTheCache(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "index.idx2")
	first := openSeed(t, cache)
	m, err := corpus.ReadManifest(cache + ".corpus")
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != len(first.Documents()) {
		t.Errorf("manifest knows %d files, want the %d articles", m.Len(), len(first.Documents()))
	}
	second := openSeed(t, cache)
	if !reflect.DeepEqual(second.Documents(), first.Documents()) || !reflect.DeepEqual(second.Problems(), first.Problems()) {
		t.Errorf("second start with the manifest = %d articles, problems %v; want those of the first", len(second.Documents()), second.Problems())
	}
	// A start maps the manifest rather than reading it (corpus.MapManifest).
	if maps, err := os.ReadFile("/proc/self/maps"); err == nil && !strings.Contains(string(maps), cache+".corpus") {
		t.Errorf("second start read %s.corpus; want it mapped", filepath.Base(cache))
	}
}
