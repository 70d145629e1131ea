package pgstore

import (
	"context"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// counts returns the number of stored documents, chunks and embeddings.
func counts(t *testing.T, s *Store) (docs, chunks, vectors int) {
	t.Helper()
	err := s.pool.QueryRow(context.Background(), `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM chunks), (SELECT count(*) FROM embeddings)`).Scan(&docs, &chunks, &vectors)
	if err != nil {
		t.Fatal(err)
	}
	return docs, chunks, vectors
}

func TestSyncIsIdempotentByContentHash(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	docs := articles(t)
	st, err := s.Sync(ctx, docs, syncOpt())
	if err != nil {
		t.Fatal(err)
	}
	nd, nc, nv := counts(t, s)
	if st.Added != 3 || nd != 3 || nc == 0 || nv != nc || st.Embedded != nc || st.Version != 1 {
		t.Fatalf("first Sync = %+v with %d docs, %d chunks, %d vectors; want 3 added, every chunk embedded, version 1", st, nd, nc, nv)
	}
	st, err = s.Sync(ctx, docs, syncOpt())
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed() || st.Unchanged != 3 || st.Version != 1 {
		t.Errorf("second Sync = %+v, want nothing changed, version still 1", st)
	}
	docs[1] = doc(t, "orchard.md", "Pear growers in the valley lost half the harvest to hail.")
	st, err = s.Sync(ctx, docs[:2], syncOpt())
	if err != nil {
		t.Fatal(err)
	}
	if st.Updated != 1 || st.Removed != 1 || st.Unchanged != 1 || st.Version != 2 {
		t.Errorf("Sync after an edit and a removal = %+v, want 1 updated, 1 removed, 1 unchanged, version 2", st)
	}
	got, _, v, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || v != 2 || got[1].Text != docs[1].Text || got[1].Hash != docs[1].Hash || got[1].BodyStart != docs[1].BodyStart {
		t.Errorf("Documents = %d docs at version %d, want the 2 synced at version 2 as parsed from disk", len(got), v)
	}
}

func TestSyncRemoveDeletesOnlyThose(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	docs := articles(t)
	if _, err := s.Sync(ctx, docs, syncOpt()); err != nil {
		t.Fatal(err)
	}
	opt := syncOpt()
	opt.Prune, opt.Remove = false, []string{docs[0].ID, "never-stored"}
	st, err := s.Sync(ctx, docs[2:], opt)
	if err != nil {
		t.Fatal(err)
	}
	got, _, _, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Removed != 1 || len(got) != 2 || got[0].ID == docs[0].ID {
		t.Errorf("Sync removing %s = %+v, leaving %d articles; want only it removed", docs[0].ID, st, len(got))
	}
}

func TestSyncConcurrentProcessesIngestOnce(t *testing.T) {
	a, b := open(t), open(t)
	ctx := context.Background()
	docs := articles(t)
	var wg sync.WaitGroup
	stats := make([]SyncStats, 2)
	errs := make([]error, 2)
	for i, s := range []*Store{a, b} {
		wg.Go(func() { stats[i], errs[i] = s.Sync(ctx, docs, syncOpt()) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if stats[0].Added+stats[1].Added != 3 || stats[0].Version+stats[1].Version != 1+1 {
		t.Errorf("concurrent Syncs = %+v and %+v, want the 3 articles added once, one version", stats[0], stats[1])
	}
	nd, nc, nv := counts(t, a)
	if nd != 3 || nv != nc {
		t.Errorf("after concurrent Syncs: %d docs, %d chunks, %d vectors; want 3 docs and a vector per chunk", nd, nc, nv)
	}
}

func TestSyncKeepsVectorsPerEmbedder(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	docs := articles(t)
	if _, err := s.Sync(ctx, docs, syncOpt()); err != nil {
		t.Fatal(err)
	}
	other := SyncOptions{Split: split, Embedder: retrieve.NewHashEmbedder(32)}
	st, err := s.Sync(ctx, docs, other)
	if err != nil {
		t.Fatal(err)
	}
	_, nc, nv := counts(t, s)
	if st.Embedded != nc || nv != 2*nc {
		t.Errorf("Sync with a second embedder embedded %d, stored %d vectors for %d chunks; want every chunk once per embedder", st.Embedded, nv, nc)
	}
	var ids []string
	rows, err := s.pool.Query(ctx, `SELECT identity || '/' || dimension FROM embedders ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	want := syncOpt().Embedder.Identity() + "/64," + other.Embedder.Identity() + "/32"
	if strings.Join(ids, ",") != want {
		t.Errorf("embedders = %v, want %s", ids, want)
	}
}

func TestSyncFailureLeavesStoreUnchanged(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	bad := SyncOptions{Split: split, Embedder: failing{}}
	if _, err := s.Sync(ctx, articles(t), bad); err == nil {
		t.Fatal("Sync with a failing embedder succeeded")
	}
	if nd, nc, _ := counts(t, s); nd != 0 || nc != 0 {
		t.Errorf("after a failed Sync: %d docs, %d chunks stored, want none", nd, nc)
	}
	if v, err := s.Version(ctx); err != nil || v != 0 {
		t.Errorf("Version after a failed Sync = %d, %v; want 0", v, err)
	}
}

// failing is an embedder whose every call fails.
type failing struct{}

func (failing) Embed(context.Context, []string) ([][]float32, error) {
	return nil, errEmbed
}
func (failing) Identity() string { return "test/failing" }

var errEmbed = errors.New("embedder down")

func TestSyncStoresUnitVectors(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if _, err := s.Sync(ctx, articles(t), SyncOptions{Split: split, Embedder: scaled{}}); err != nil {
		t.Fatal(err)
	}
	var worst float64
	if err := s.pool.QueryRow(ctx, `SELECT max(abs(vector_norm(embedding) - 1)) FROM embeddings`).Scan(&worst); err != nil {
		t.Fatal(err)
	}
	if worst > 1e-5 {
		t.Errorf("a stored vector's length is off 1 by %g: the re-rank takes dot products for cosines", worst)
	}
	bad := SyncOptions{Split: split, Embedder: scaled{nan: true}}
	if _, err := open(t).Sync(ctx, articles(t), bad); !errors.Is(err, retrieve.ErrBadVector) {
		t.Errorf("Sync with non-finite vectors = %v, want retrieve.ErrBadVector", err)
	}
}

// scaled is an embedder whose vectors are not of unit length, or not
// finite.
type scaled struct{ nan bool }

func (e scaled) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		v := []float32{3, float32(len(t)), 4}
		if e.nan {
			v[0] = float32(math.NaN())
		}
		out[i] = v
	}
	return out, nil
}
func (scaled) Identity() string { return "test/scaled" }
