package retrieve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
)

// fakeVectors is a shared vector store holding the vectors of a full
// index: an exact scan, nearest first, ties by chunk order. It also
// returns a chunk the index does not know (a newer corpus in the store).
type fakeVectors struct {
	ix    *Index
	calls int
	with  []string
}

func (f *fakeVectors) Nearest(_ context.Context, q []float32, n int, with []string) ([]string, map[string][]float32, error) {
	f.calls++
	f.with = with
	order := make([]int, len(f.ix.chunks))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return cosine(q, f.ix.vectors[order[a]]) > cosine(q, f.ix.vectors[order[b]])
	})
	vectors := map[string][]float32{"gone#0": q}
	ids := []string{"gone#0"}
	for _, i := range order[:min(n, len(order))] {
		ids = append(ids, f.ix.chunks[i].ID)
		vectors[f.ix.chunks[i].ID] = f.ix.vectors[i]
	}
	for _, id := range with {
		if i, ok := f.ix.byID[id]; ok {
			vectors[id] = f.ix.vectors[i]
		}
	}
	return ids, vectors, nil
}

// ranked renders passages as IDs with scores.
func ranked(ps []Passage) string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s %.6f", p.ID, p.Score))
	}
	return fmt.Sprint(out)
}

// TestSearchVectorsMatchesSearchQuery: an index without vectors, searched
// with a store holding the same vectors, ranks as the full index does,
// near-duplicates re-ranked by the store's vectors included.
func TestSearchVectorsMatchesSearchQuery(t *testing.T) {
	wire := "The harbour bridge was closed on Friday after a ship struck one of its pillars."
	texts := append(slices.Clone(sample), wire, wire, wire,
		"Ferries ran all night while the bridge stayed shut.",
		"The ship's captain said the fog hid the bridge pillars until too late.")
	ctx := context.Background()
	full := buildSample(t, texts...)
	bare, _, err := Build(ctx, testChunks(texts...), Options{Embedder: NewHashEmbedder(0), NoVectors: true})
	if err != nil {
		t.Fatal(err)
	}
	store := &fakeVectors{ix: full}
	for _, q := range []string{"Why was the bridge closed?", "How many people were hurt?", "Did the cabinet resign?", "ship pillars fog"} {
		want, err := full.SearchQuery(ctx, full.Analyze(q), 5)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bare.SearchVectors(ctx, bare.Analyze(q), 5, store)
		if err != nil {
			t.Fatal(err)
		}
		if ranked(got) != ranked(want) {
			t.Errorf("SearchVectors(%q) = %s, want %s as SearchQuery on the full index", q, ranked(got), ranked(want))
		}
	}
	if store.calls != 4 || len(store.with) == 0 {
		t.Errorf("store asked %d times, last with %d lexical candidates; want 4 times, with the candidates", store.calls, len(store.with))
	}
}

// TestNoVectorsEmbedsNothing: an index built with NoVectors embeds no
// passage and touches no cache; it still answers by BM25 alone, and with
// a store it embeds only the question.
func TestNoVectorsEmbedsNothing(t *testing.T) {
	ctx := context.Background()
	emb := newCounting("counting")
	cache := filepath.Join(t.TempDir(), "index.idx")
	ix, st, err := Build(ctx, testChunks(sample...), Options{Embedder: emb, CachePath: cache, NoVectors: true})
	if err != nil {
		t.Fatal(err)
	}
	if emb.count() != 0 || st.Embedded != 0 || st.Chunks != len(sample) {
		t.Errorf("Build with NoVectors embedded %d texts (%+v), want none of %d chunks", emb.count(), st, len(sample))
	}
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Errorf("Build with NoVectors wrote the cache file (stat: %v)", err)
	}
	if err := ix.SaveCache(cache); err == nil {
		t.Error("SaveCache of an index without vectors succeeded, want an error")
	}
	got, err := ix.Search(ctx, "How many people were hurt?", 3)
	if err != nil || len(got) == 0 || got[0].DocID != "doc2" {
		t.Errorf("Search without vectors = %s, %v; want doc2 first by BM25", ranked(got), err)
	}
	full := buildSample(t, sample...)
	if _, err := ix.SearchVectors(ctx, ix.Analyze("Did the cabinet resign?"), 3, &fakeVectors{ix: full}); err != nil {
		t.Fatal(err)
	}
	if emb.count() != 1 {
		t.Errorf("SearchVectors embedded %d texts, want the question alone", emb.count())
	}
}
