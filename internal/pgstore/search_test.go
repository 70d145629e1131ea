package pgstore

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// chunksOf cuts articles as Sync does.
func chunksOf(docs []corpus.Document) []retrieve.Chunk {
	var out []retrieve.Chunk
	for _, d := range docs {
		out = append(out, split(d)...)
	}
	return out
}

func TestNearestReturnsNearestAndAskedVectors(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	docs := articles(t)
	if _, err := s.Sync(ctx, docs, syncOpt()); err != nil {
		t.Fatal(err)
	}
	emb := syncOpt().Embedder
	chunks := chunksOf(docs)
	texts := []string{chunks[0].Text, chunks[len(chunks)-1].Text}
	vs, err := emb.Embed(ctx, texts)
	if err != nil {
		t.Fatal(err)
	}
	ids, vectors, err := s.Vectors(emb).Nearest(ctx, vs[0], 1, []string{chunks[len(chunks)-1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 1 || ids[0] != chunks[0].ID {
		t.Errorf("Nearest(the vector of %s, 1) = %v, want that passage", chunks[0].ID, ids)
	}
	if len(vectors) != 2 || !near(vectors[chunks[len(chunks)-1].ID], vs[1]) || !near(vectors[chunks[0].ID], vs[0]) {
		t.Errorf("Nearest returned vectors for %d passages, want the nearest's and the asked one's, as embedded", len(vectors))
	}
}

func TestNearestWithoutStoredVectors(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if _, err := s.Sync(ctx, articles(t), syncOpt()); err != nil {
		t.Fatal(err)
	}
	ids, vectors, err := s.Vectors(retrieve.NewHashEmbedder(16)).Nearest(ctx, make([]float32, 16), 4, nil)
	if err != nil || len(ids) != 0 || len(vectors) != 0 {
		t.Errorf("Nearest for an embedder with no stored vectors = %v, %d vectors, %v; want none, no error", ids, len(vectors), err)
	}
	_, _, err = s.Vectors(syncOpt().Embedder).Nearest(ctx, make([]float32, 16), 4, nil)
	if !errors.Is(err, retrieve.ErrBadVector) {
		t.Errorf("Nearest with a query of the wrong dimension: %v, want ErrBadVector", err)
	}
}

// TestSearchThroughStoreRanksAsInProcess: an index holding no vectors,
// searched with the store's, ranks as the in-process index holding them.
func TestSearchThroughStoreRanksAsInProcess(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	docs := append(articles(t), syntheticArticles(t, 20, 2)...)
	opt := syncOpt()
	if _, err := s.Sync(ctx, docs, opt); err != nil {
		t.Fatal(err)
	}
	full, _, err := retrieve.Build(ctx, chunksOf(docs), retrieve.Options{Embedder: opt.Embedder})
	if err != nil {
		t.Fatal(err)
	}
	bare, _, err := retrieve.Build(ctx, chunksOf(docs), retrieve.Options{Embedder: opt.Embedder, NoVectors: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"How long will the harbour repairs take?", "Who catalogued the books?",
		"Why did the workers strike at the factory?", "When did the flood hit the farmers' harvest?"} {
		want, err := full.Search(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bare.SearchVectors(ctx, bare.Analyze(q), 5, s.Vectors(opt.Embedder))
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(ids(got)) != fmt.Sprint(ids(want)) {
			t.Errorf("search %q through the store = %v, want %v as in process", q, ids(got), ids(want))
		}
	}
}

func ids(ps []retrieve.Passage) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

// near reports whether two vectors are equal up to the store's text
// rendering of floats.
func near(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(float64(a[i]-b[i])) > 1e-6 {
			return false
		}
	}
	return true
}

// TestNearestSeesVectorsStoredLater: a process that started before any
// vector was stored (its Vectors made then) finds them once synced.
func TestNearestSeesVectorsStoredLater(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	emb := syncOpt().Embedder
	v := s.Vectors(emb)
	q, err := emb.Embed(ctx, []string{"harbour repairs"})
	if err != nil {
		t.Fatal(err)
	}
	if ids, _, err := v.Nearest(ctx, q[0], 2, nil); err != nil || len(ids) != 0 {
		t.Fatalf("Nearest on an empty store = %v, %v; want none", ids, err)
	}
	if _, err := s.Sync(ctx, articles(t), syncOpt()); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if ids, _, err := v.Nearest(ctx, q[0], 2, nil); err != nil || len(ids) != 2 {
			t.Errorf("Nearest after a Sync = %v, %v; want 2 passages", ids, err)
		}
	}
}
