package library

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// fakeSearcher returns one passage per question and counts the calls.
type fakeSearcher struct{ calls int }

func (f *fakeSearcher) Search(_ context.Context, q string, _ int) ([]retrieve.Passage, error) {
	f.calls++
	return []retrieve.Passage{{Chunk: retrieve.Chunk{ID: "from-store#0", Text: q}, Score: 1}}, nil
}

func TestOptionsLoadAndSearchReplaceTheDirectory(t *testing.T) {
	ctx := context.Background()
	text := "The ferry to the island resumed service after the storm."
	loads := 0
	load := func(context.Context) ([]corpus.Document, []corpus.Problem, error) {
		loads++
		d, err := corpus.Parse("ferry.md", []byte(text))
		return []corpus.Document{d}, nil, err
	}
	search := &fakeSearcher{}
	opt := Options{Dir: t.TempDir(), Embedder: retrieve.NewHashEmbedder(32), Load: load, Search: search}
	snap, err := Open(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	if docs := snap.Documents(); len(docs) != 1 || docs[0].ID != "ferry" {
		t.Fatalf("Documents() = %v, want the loaded article (the directory is empty)", docs)
	}
	got, err := snap.Search(ctx, "ferry", 3)
	if err != nil || len(got) != 1 || got[0].ID != "from-store#0" || search.calls != 1 {
		t.Errorf("Search = %v, %v after %d searcher calls; want the searcher's passage", got, err, search.calls)
	}
	lib := New(ServeOptions{})
	lib.Start(snap, opt)
	text = "The ferry to the island was cancelled again on Friday."
	res, err := lib.Reload(ctx)
	if err != nil || !res.Changed || loads != 2 || len(res.Updated) != 1 {
		t.Errorf("Reload = %+v, %v after %d loads; want the article updated through Load", res, err, loads)
	}
}
