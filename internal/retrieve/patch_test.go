package retrieve

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// TestPatchedLexicalIsFresh edits, removes and adds passages of a larger
// index, one reload after another: each reload patches the previous
// index (slots kept, untouched lists shared), which then analyses and
// scores questions as an index built from nothing.
func TestPatchedLexicalIsFresh(t *testing.T) {
	ctx := context.Background()
	chunks := synthChunks(60)
	opt := Options{Embedder: NewHashEmbedder(64)}
	ix, _, err := Build(ctx, chunks, opt)
	if err != nil {
		t.Fatal(err)
	}
	edits := []func([]Chunk) []Chunk{
		func(cs []Chunk) []Chunk { // a passage rewritten with a word no other has
			cs[3].Text += " Zyxwvut quietly resigned."
			return cs
		},
		func(cs []Chunk) []Chunk { return slices.Delete(cs, 0, 1) }, // every place shifts
		func(cs []Chunk) []Chunk { // a new passage in the middle
			return slices.Insert(cs, 20, Chunk{ID: "new#0", DocID: "new", Text: "The governor resigned after the protests in the capital."})
		},
		func(cs []Chunk) []Chunk { // a new passage repeating another's text
			return append(cs, Chunk{ID: "copy#0", DocID: "copy", Text: cs[5].Text})
		},
		func(cs []Chunk) []Chunk { // the new word gone again
			cs[2].Text = "Nothing else happened."
			return cs
		},
	}
	for step, edit := range edits {
		chunks = edit(slices.Clone(chunks))
		opt.Reuse = ix
		next, _, err := Build(ctx, chunks, opt)
		if err != nil {
			t.Fatal(err)
		}
		if next.lex.pos == nil {
			t.Fatalf("step %d: the lexical index was derived anew, want patched", step)
		}
		fresh, _, err := Build(ctx, chunks, Options{Embedder: NewHashEmbedder(64)})
		if err != nil {
			t.Fatal(err)
		}
		if g, w := canonical(next.lex), canonical(fresh.lex); !reflect.DeepEqual(g, w) {
			t.Errorf("step %d: patched lexical index = %+v\nwant %+v", step, g, w)
		}
		cache := filepath.Join(t.TempDir(), "index.cache")
		if err := next.SaveCache(cache); err != nil {
			t.Fatal(err)
		}
		if p, _, err := loadCache(cache, next.emb.Identity()); err != nil || !reflect.DeepEqual(canonical(p.lex), canonical(fresh.lex)) {
			t.Errorf("step %d: the patched index's cache reads back as another index (%v)", step, err)
		}
		// BM25 only: the built-in embedder sums a text's features in map
		// order, so a text embedded twice (the fresh build's repeated
		// passage) may differ in its last bits from the reused vector.
		for _, q := range append(synth.Questions(1, 8), "Who resigned?", "zyxwvut", "governor protests") {
			got, want := next.Analyze(q), fresh.Analyze(q)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("step %d: Analyze(%q) = %+v, want %+v", step, q, got, want)
			}
			if g, w := next.lex.search(got, 30), fresh.lex.search(want, 30); !reflect.DeepEqual(g, w) {
				t.Errorf("step %d: BM25 search %q = %v, want %v", step, q, g, w)
			}
		}
		ix = next
	}
}

// A patch shares the posting lists the edit did not touch.
func TestPatchSharesUntouchedLists(t *testing.T) {
	ctx := context.Background()
	chunks := synthChunks(60)
	first, _, err := Build(ctx, chunks, Options{Embedder: NewHashEmbedder(64)})
	if err != nil {
		t.Fatal(err)
	}
	chunks = slices.Delete(slices.Clone(chunks), 0, 1)
	next, _, err := Build(ctx, chunks, Options{Embedder: NewHashEmbedder(64), Reuse: first})
	if err != nil {
		t.Fatal(err)
	}
	touched := map[string]bool{}
	for _, c := range analyzeChunk(first.chunks[0].Text).counts {
		touched[c.term] = true
	}
	shared := 0
	for id, t := range first.lex.terms {
		ps, qs := first.lex.postings[id], next.lex.list(t)
		if !touched[t] && len(ps) > 0 && len(qs) > 0 && &ps[0] == &qs[0] {
			shared++
		}
	}
	if want := len(first.lex.terms) - len(touched); shared != want {
		t.Errorf("patch shares %d posting lists, want the %d the removed passage did not have", shared, want)
	}
}
