package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// TestSharedStoreSkipsTheDirectoryPaths: with Options.Load and Vectors,
// SearchQuery asks the store, and every reload asks Load (the directory
// listing says nothing about the store's articles).
func TestSharedStoreSkipsTheDirectoryPaths(t *testing.T) {
	ctx := context.Background()
	loads := 0
	load := func(context.Context) ([]corpus.Document, []corpus.Problem, error) {
		loads++
		d, err := corpus.Parse("ferry.md", []byte("The ferry to the island resumed service after the storm."))
		return []corpus.Document{d}, nil, err
	}
	store := &fakeVectors{ids: []string{"ferry#0"}}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".keep"), nil, 0o644); err != nil { // a listing that never changes
		t.Fatal(err)
	}
	opt := Options{Dir: dir, Embedder: retrieve.NewHashEmbedder(32), Load: load, Vectors: store}
	snap, err := Open(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	got, err := snap.SearchQuery(ctx, snap.Analyze("ferry"), 3)
	if err != nil || len(got) != 1 || got[0].ID != "ferry#0" || store.calls != 1 {
		t.Errorf("SearchQuery = %v, %v after %d store calls; want the article's passage, the store asked once", got, err, store.calls)
	}
	lib := New(ServeOptions{})
	lib.Start(snap, opt)
	for range 2 {
		if _, err := lib.Reload(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if loads != 3 {
		t.Errorf("Load called %d times for an open and two reloads, want 3", loads)
	}
}
