package retrieve

import (
	"context"
	"errors"
	"testing"
)

func buildSample(t *testing.T, texts ...string) *Index {
	t.Helper()
	ix, _, err := Build(context.Background(), testChunks(texts...), Options{Embedder: NewHashEmbedder(0), BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestSearchRanksRelevantFirst(t *testing.T) {
	ix := buildSample(t, sample...)
	tests := []struct{ q, doc string }{
		{"How many people were hurt?", "doc2"},
		{"Could travellers still fly to Almaty?", "doc1"},
		{"Did the cabinet resign?", "doc3"},
	}
	for _, tt := range tests {
		ps, err := ix.Search(context.Background(), tt.q, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 2 || ps[0].DocID != tt.doc {
			t.Errorf("Search(%q)[0] = %+v, want %s", tt.q, ps, tt.doc)
			continue
		}
		if ps[0].Score != 1 || ps[1].Score > 1 || ps[1].Score <= 0 {
			t.Errorf("Search(%q) scores = %v, %v; want 1 then in (0, 1]", tt.q, ps[0].Score, ps[1].Score)
		}
	}
}

func TestSearchClampsK(t *testing.T) {
	ix := buildSample(t, sample...)
	ps, err := ix.Search(context.Background(), "Almaty", 50)
	if err != nil {
		t.Fatalf("Search with k > chunks: %v", err)
	}
	if len(ps) != len(sample) {
		t.Errorf("Search(k=50) = %d passages, want %d", len(ps), len(sample))
	}
	if ps, _ := ix.Search(context.Background(), "Almaty", 0); ps != nil {
		t.Errorf("Search(k=0) = %v, want nil", ps)
	}
	empty := buildSample(t)
	if ps, err := empty.Search(context.Background(), "Almaty", 5); err != nil || len(ps) != 0 {
		t.Errorf("Search on an empty index = %v, %v; want nothing", ps, err)
	}
}

func TestSearchKeepsOtherOutletsVisible(t *testing.T) {
	same := "At least 12 police officers were killed in Almaty, authorities said."
	ix := buildSample(t, same, same, same+" More followed.", same+" Later.", "Eight police and national guard troops were killed, the ministry said.")
	ps, err := ix.Search(context.Background(), "How many police officers were killed?", 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.DocID == "doc4" {
			return
		}
	}
	t.Errorf("top 3 = %v %v %v: near-duplicates crowded out the differing report", ps[0].DocID, ps[1].DocID, ps[2].DocID)
}

func TestSearchCancelled(t *testing.T) {
	ix := buildSample(t, sample...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, "Almaty", 3); !errors.Is(err, context.Canceled) {
		t.Errorf("Search(cancelled) error = %v, want context.Canceled", err)
	}
}

func TestAnalyze(t *testing.T) {
	ix := buildSample(t, append([]string{"Protests were sparked by a rise in fuel prices."}, sample...)...)
	q := ix.Analyze("Why were people hurt in Almaty by Putin?")
	byTerm := map[string]QueryTerm{}
	for _, qt := range q.Terms {
		byTerm[qt.Term] = qt
	}
	if qt := byTerm["almati"]; !qt.Known {
		t.Errorf("almati: Known = false, want true")
	}
	if qt := byTerm["putin"]; qt.Known || qt.IDF != ix.MaxIDF() {
		t.Errorf("putin: Known=%v IDF=%v, want false and MaxIDF %v", qt.Known, qt.IDF, ix.MaxIDF())
	}
	if qt := byTerm["hurt"]; qt.Known || !contains(qt.Related, "injur") {
		t.Errorf("hurt: Known=%v Related=%v, want unknown with related injur", qt.Known, qt.Related)
	}
	if _, ok := byTerm["whi"]; !ok {
		t.Errorf("Analyze dropped the why-intent term: %+v", q.Terms)
	}
}
