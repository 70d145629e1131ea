package retrieve

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// testPlan partitions the 4000 passages of the tests below into 16.
var testPlan = partitionPlan{min: 1000, size: 250}

func buildPlanned(t *testing.T, chunks []Chunk, opt Options) *Index {
	t.Helper()
	if opt.Embedder == nil {
		opt.Embedder = NewHashEmbedder(0)
	}
	opt.plan = testPlan
	ix, _, err := Build(context.Background(), chunks, opt)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// A partitioned index scans part of its vectors, and finds most of the
// neighbours an exhaustive scan finds: far more than probing partitions
// at random (about the probed share) would.
func TestPartitionedSearchFindsExhaustiveNeighbours(t *testing.T) {
	ix := buildPlanned(t, synthChunks(4000), Options{})
	if ix.parts == nil || len(ix.colls) != 16 || ix.parts.probes >= len(ix.colls) {
		t.Fatalf("index of 4000 passages: %d collections, partitioned %v; want 16, probing some", len(ix.colls), ix.parts != nil)
	}
	ex := reindexed(t, ix, nil)
	qs := synth.Questions(3, 60)
	_, top32, _ := partitionOverlap(t, ix, exhaustiveResults(t, ex, qs), qs)
	t.Logf("partitioned vector top 32 holds %.3f of the exhaustive one", top32)
	if floor := 0.75; top32 < floor {
		t.Errorf("partitioned vector top 32 holds %.3f of the exhaustive one, want >= %.2f (probing %d of %d)", top32, floor, ix.parts.probes, len(ix.colls))
	}
}

// Below the threshold an index is one collection, and its vector search
// returns exactly the nearest passages by cosine, ties by place.
func TestBelowThresholdSearchIsExhaustive(t *testing.T) {
	chunks := synthChunks(testPlan.min - 1)
	ix := buildPlanned(t, chunks, Options{})
	if ix.parts != nil || len(ix.colls) != 1 {
		t.Fatalf("index of %d passages: %d collections, partitioned %v; want 1, not partitioned", len(chunks), len(ix.colls), ix.parts != nil)
	}
	ctx := context.Background()
	for _, q := range synth.Questions(4, 20) {
		got, err := ix.vectorSearch(ctx, q, 32)
		if err != nil {
			t.Fatal(err)
		}
		qv, err := ix.embedQuery(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		sims := make([]float32, len(chunks))
		want := make([]int, len(chunks))
		for i, v := range ix.vectors {
			sims[i], want[i] = dot(qv[0], v), i
		}
		slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(sims[b], sims[a]) })
		if overlap(got, want[:32]) < 1 {
			t.Errorf("vectorSearch(%q) = %v, want the exhaustive %v", q, got, want[:32])
		}
		for r := 1; r < len(got); r++ {
			if sims[got[r]] > sims[got[r-1]]+1e-6 {
				t.Errorf("vectorSearch(%q) ranks %d (%.6f) after %d (%.6f)", q, got[r], sims[got[r]], got[r-1], sims[got[r-1]])
			}
		}
	}
}

// An edit keeps the centroids and the collections: new passages go to
// the partition of the nearest centroid, where a search finds them, and
// gone ones leave theirs.
func TestEditPlacesNewPassagesInPartitions(t *testing.T) {
	chunks := synthChunks(4000)
	first := buildPlanned(t, chunks, Options{})
	next := slices.Clone(chunks[:len(chunks)-3]) // three gone
	next[10].Text = "The harbour of Port Aldren froze solid and trawlers stayed ashore for weeks."
	added := Chunk{ID: "new#0", DocID: "new", Text: "Volunteers rebuilt the Merrow Valley bridge with timber from the old mill."}
	next = append(next, added)
	ix := buildPlanned(t, next, Options{Reuse: first})
	if !ix.parts.sameCentroids(first.parts) || ix.colls[0] != first.colls[0] {
		t.Fatal("an edit retrained the partitions or stored the vectors anew")
	}
	total := 0
	for _, c := range ix.colls {
		total += c.Count()
	}
	if total != len(next) {
		t.Errorf("collections hold %d passages, want %d", total, len(next))
	}
	ctx := context.Background()
	for _, i := range []int{10, len(next) - 1} {
		c := next[i]
		p := ix.parts.of[i]
		if want := nearest(ix.parts.centroids, ix.vectors[i]); int(p) != want {
			t.Errorf("passage %s in partition %d, want the nearest, %d", c.ID, p, want)
		}
		if _, err := ix.colls[p].GetByID(ctx, c.ID); err != nil {
			t.Errorf("partition %d lacks passage %s: %v", p, c.ID, err)
		}
		got, err := ix.vectorSearch(ctx, c.Text, 5)
		if err != nil || len(got) == 0 || got[0] != i {
			t.Errorf("vectorSearch(its own text) = %v, %v; want passage %d (%s) first", got, err, i, c.ID)
		}
	}
	for _, c := range chunks[len(chunks)-3:] {
		for p, coll := range ix.colls {
			if _, err := coll.GetByID(ctx, c.ID); err == nil {
				t.Errorf("gone passage %s still in partition %d", c.ID, p)
			}
		}
	}
}

func ids(ps []Passage) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprint(p.ID)
	}
	return out
}

// A corpus that grows by a quarter in edits each too small to train anew
// trains anew at last, so that its partitions stay near their size.
func TestPartitionsRetrainWhenTheCorpusDrifts(t *testing.T) {
	vectors := func(n int) [][]float32 {
		out := make([][]float32, n)
		for i := range out {
			v := make([]float32, 8)
			v[i%8], v[(i/8)%8] = 1, 0.5
			if err := Normalize(v); err != nil {
				t.Fatal(err)
			}
			out[i] = v
		}
		return out
	}
	trained := planPartitions(testPlan, &prior{}, make([]int32, 1000), vectors(1000))
	if trained == nil || len(trained.centroids) != 4 {
		t.Fatalf("1000 passages in partitions of 250: %v", trained)
	}
	grow := func(from *partitioning, n, fresh int) *partitioning {
		src := make([]int32, n)
		for i := range src {
			if i >= n-fresh {
				src[i] = -1
			} else {
				src[i] = int32(i % len(from.of))
			}
		}
		return planPartitions(testPlan, &prior{parts: from}, src, vectors(n))
	}
	near := grow(trained, 1200, 200) // a fifth more: the centroids stay
	if !near.sameCentroids(trained) {
		t.Errorf("1200 passages retrained the 4 partitions of 1000")
	}
	far := grow(near, 1300, 100) // each edit small, but 1.3 times the trained size
	if far.sameCentroids(trained) || len(far.centroids) != 5 {
		t.Errorf("1300 passages kept %d partitions trained for 1000, want 5 new ones", len(far.centroids))
	}
}
