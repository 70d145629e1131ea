package library

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// TestReloadSavesTheCache edits an article of a corpus served with a
// cache file: the reload writes the cache once the new snapshot serves,
// so the next start embeds nothing.
func TestReloadSavesTheCache(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
	src := Options{Dir: f.dir, Chunk: chunk.Options{Size: 200, Overlap: 0}, Embedder: retrieve.NewHashEmbedder(0),
		CachePath: filepath.Join(t.TempDir(), "index.idx2")}
	first, err := Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	f.lib.Start(first, src)
	f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday morning", "Thursday night", 1))
	if res := f.reload(t); !res.Changed || res.Stats.Embedded != 1 {
		t.Fatalf("Reload() after an edit = %+v, want 1 passage embedded", res)
	}
	next, err := Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if st := next.Stats(); st.Embedded != 0 || st.Reused != st.Chunks {
		t.Errorf("start after the reload = %+v, want every passage from the cache", st)
	}
	// The cuts file records the edited article as it is now.
	c, err := readCuts(src.cutsPath(), cutsIdentity(src.Chunk))
	d, _ := next.Document("troops")
	if err != nil || c.find(d) < 0 {
		t.Errorf("cuts file after the reload = %+v, %v; want troops at its new hash %s", c, err, d.Hash)
	}
	// The unchanged article's passages were kept, the edited one's cut
	// again: the same passages as a fresh load.
	if got, want := f.lib.Current().Index().Chunks(), next.Index().Chunks(); !reflect.DeepEqual(got, want) {
		t.Errorf("passages after the reload = %+v\nwant %+v", got, want)
	}
}
