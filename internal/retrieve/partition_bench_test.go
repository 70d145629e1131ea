package retrieve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// BenchmarkPartitionRecall measures, on the synthetic corpus of 100k
// passages of BenchmarkSearchAtScale and its questions, how much of the
// exhaustive search the partitioned one finds: the overlap of the vector
// top 5 and top 32 and of SearchQuery's top 8, with the build's
// partitioning and probes and with others (partitions/probes). Run it
// alone:
//
//	go test ./internal/retrieve -run XXX -bench PartitionRecall -benchtime 1x
func BenchmarkPartitionRecall(b *testing.B) {
	ctx := context.Background()
	n := 100_000
	cache := filepath.Join(os.TempDir(), fmt.Sprintf("newsbot-bench-%d.idx%s", n, CacheVersion))
	ix, _, err := Build(ctx, synthChunks(n), Options{Embedder: NewHashEmbedder(0), CachePath: cache})
	if err != nil {
		b.Fatal(err)
	}
	if ix.parts == nil {
		b.Fatalf("an index of %d passages is not partitioned", n)
	}
	qs := synth.Questions(2, 100)
	want := exhaustiveResults(b, reindexed(b, ix, nil), qs)
	// parts 0: the build's partitioning, probing as many as probes.
	configs := []struct{ parts, probes int }{{0, ix.parts.probes}, {0, 33}, {16, 4}}
	for _, c := range configs {
		px := ix
		if c.parts == 0 {
			c.parts = len(ix.parts.centroids)
		} else {
			start := time.Now()
			cents := trainCentroids(ix.vectors, c.parts)
			of := make([]int32, len(ix.vectors))
			nearestAll(cents, ix.vectors, of)
			b.Logf("%d partitions trained and assigned in %v", c.parts, time.Since(start))
			px = reindexed(b, ix, newPartitioning(cents, of))
		}
		px.parts.probes = c.probes
		b.Run(fmt.Sprintf("partitions=%d/probes=%d", c.parts, c.probes), func(b *testing.B) {
			var o5, o32, o8 float64
			for b.Loop() {
				o5, o32, o8 = partitionOverlap(b, px, want, qs)
			}
			b.ReportMetric(o5, "vec-top5")
			b.ReportMetric(o32, "vec-top32")
			b.ReportMetric(o8, "fused-top8")
			b.ReportMetric(scannedShare(b, px, qs), "scanned")
		})
	}
}

// reindexed returns ix with its vectors stored anew, partitioned by parts
// (nil for one exhaustive collection).
func reindexed(tb testing.TB, ix *Index, parts *partitioning) *Index {
	out := &Index{chunks: ix.chunks, vectors: ix.vectors, keys: ix.keys, byID: ix.byID, lex: ix.lex, emb: ix.emb, lexicon: ix.lexicon, parts: parts}
	var err error
	if out.colls, err = out.store(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return out
}

// results are the vector top 32 and the SearchQuery top 8 of a question.
type results struct{ vec, fused []int }

// exhaustiveResults returns the results of ex (partitioned or not) for
// each question.
func exhaustiveResults(tb testing.TB, ex *Index, qs []string) []results {
	ctx := context.Background()
	out := make([]results, len(qs))
	for i, q := range qs {
		var err error
		if out[i].vec, err = ex.vectorSearch(ctx, q, 32); err != nil {
			tb.Fatal(err)
		}
		ps, err := ex.SearchQuery(ctx, ex.Analyze(q), 8)
		if err != nil {
			tb.Fatal(err)
		}
		out[i].fused = places(ex, ps)
	}
	return out
}

// partitionOverlap returns the mean share of the exhaustive results'
// vector top 5 and top 32 and SearchQuery top 8 that px finds too.
func partitionOverlap(tb testing.TB, px *Index, want []results, qs []string) (top5, top32, fused8 float64) {
	got := exhaustiveResults(tb, px, qs)
	for i := range qs {
		g, w := got[i].vec, want[i].vec
		top5 += overlap(g[:min(5, len(g))], w[:min(5, len(w))])
		top32 += overlap(g, w)
		fused8 += overlap(got[i].fused, want[i].fused)
	}
	k := float64(len(qs))
	return top5 / k, top32 / k, fused8 / k
}

// scannedShare is the mean share of the passages a question of qs scans.
func scannedShare(tb testing.TB, ix *Index, qs []string) float64 {
	sum := 0
	for _, q := range qs {
		qv, err := ix.embedQuery(context.Background(), q)
		if err != nil {
			tb.Fatal(err)
		}
		for _, c := range ix.probed(qv[0]) {
			sum += c.Count()
		}
	}
	return float64(sum) / float64(len(qs)*ix.Len())
}

// overlap is the share of want that got holds too.
func overlap(got, want []int) float64 {
	if len(want) == 0 {
		return 1
	}
	in := map[int]bool{}
	for _, i := range got {
		in[i] = true
	}
	n := 0
	for _, i := range want {
		if in[i] {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

// places is the place of each passage in ix.
func places(ix *Index, ps []Passage) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = ix.byID[p.ID]
	}
	return out
}
