package pgstore

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestSearchFindsThePassage(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if _, err := s.Sync(ctx, articles(t), syncOpt()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		searcher *Searcher
	}{
		{"hybrid", s.Searcher(syncOpt().Embedder)},
		// An embedder with no stored vectors: the full-text ranking alone.
		{"full text", s.Searcher(retrieve.NewHashEmbedder(16))},
	} {
		for q, want := range map[string]string{
			"How long will the harbour repairs take?": "harbour",
			"Who catalogued the books?":               "library",
			"What helped the orchards?":               "orchard",
		} {
			got, err := c.searcher.Search(ctx, q, 2)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].DocID != want || got[0].Score != 1 {
				t.Errorf("%s: Search(%q) = %v, want a passage of %s first with score 1", c.name, q, got, want)
			}
			if len(got) > 2 {
				t.Errorf("%s: Search(%q, 2) = %d passages", c.name, q, len(got))
			}
		}
	}
}

func TestSearchPassageMatchesDocumentOffsets(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	docs := articles(t)
	if _, err := s.Sync(ctx, docs, syncOpt()); err != nil {
		t.Fatal(err)
	}
	got, err := s.Searcher(syncOpt().Embedder).Search(ctx, "record harvest", 1)
	if err != nil || len(got) != 1 {
		t.Fatalf("Search = %v, %v; want one passage", got, err)
	}
	p := got[0]
	if d := docs[1]; p.DocID != d.ID || d.Text[p.Start:p.End] != p.Text {
		t.Errorf("passage %s [%d:%d] = %q, not that range of its article", p.ID, p.Start, p.End, p.Text)
	}
}

func TestFuseRanksBothSides(t *testing.T) {
	h := func(id string, vector bool, v float64) hit {
		return hit{chunk: retrieve.Chunk{ID: id}, vector: vector, value: v}
	}
	// b is second in both rankings, a first in one only: b wins.
	got := fuse([]hit{h("a", false, -0.9), h("b", false, -0.5), h("c", true, 0.1), h("b", true, 0.2)}, 3)
	if len(got) != 3 || got[0].ID != "b" || got[0].Score != 1 || got[1].ID != "a" || got[2].ID != "c" {
		t.Errorf("fuse = %v, want b (1), a, c", got)
	}
}
