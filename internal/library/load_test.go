package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// fakeVectors is a shared vector store that holds one vector for every
// passage ID in ids, and counts the calls.
type fakeVectors struct {
	ids   []string
	calls int
}

func (f *fakeVectors) Nearest(_ context.Context, q []float32, n int, _ []string) ([]string, map[string][]float32, error) {
	f.calls++
	vs := map[string][]float32{}
	for _, id := range f.ids[:min(n, len(f.ids))] {
		vs[id] = q
	}
	return f.ids[:min(n, len(f.ids))], vs, nil
}

func TestOptionsLoadAndVectorsReplaceTheDirectory(t *testing.T) {
	ctx := context.Background()
	text := "The ferry to the island resumed service after the storm."
	loads := 0
	load := func(context.Context) ([]corpus.Document, []corpus.Problem, error) {
		loads++
		d, err := corpus.Parse("ferry.md", []byte(text))
		return []corpus.Document{d}, nil, err
	}
	store := &fakeVectors{ids: []string{"ferry#0"}}
	cache := filepath.Join(t.TempDir(), "index.idx")
	opt := Options{Dir: t.TempDir(), Embedder: retrieve.NewHashEmbedder(32), Load: load, Vectors: store, CachePath: cache}
	snap, err := Open(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	if st := snap.Stats(); st.Embedded != 0 || st.Chunks != 1 {
		t.Errorf("Stats() = %+v, want 1 passage and none embedded: the store holds the vectors", st)
	}
	if docs := snap.Documents(); len(docs) != 1 || docs[0].ID != "ferry" {
		t.Fatalf("Documents() = %v, want the loaded article (the directory is empty)", docs)
	}
	got, err := snap.Search(ctx, "When did the ferry resume?", 3)
	if err != nil || len(got) != 1 || got[0].ID != "ferry#0" || store.calls != 1 {
		t.Errorf("Search = %v, %v after %d store calls; want the article's passage, the store asked once", got, err, store.calls)
	}
	lib := New(ServeOptions{})
	lib.Start(snap, opt)
	text = "The ferry to the island was cancelled again on Friday."
	res, err := lib.Reload(ctx)
	if err != nil || !res.Changed || loads != 2 || len(res.Updated) != 1 {
		t.Errorf("Reload = %+v, %v after %d loads; want the article updated through Load", res, err, loads)
	}
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Errorf("a snapshot over a shared store wrote the cache file (stat: %v)", err)
	}
}
