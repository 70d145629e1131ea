package retrieve

import (
	"slices"

	"github.com/philippgille/chromem-go"
)

// Partitioned vector search. chromem-go scans every vector of a
// collection for each question; at archive scale (BenchmarkSearchAtScale)
// that scan is most of a question's time. From partitionMin passages on,
// the vectors are split by nearest centroid (k-means, kmeans.go) into
// collections of about partitionPassages each, and a question scans the
// probes collections whose centroids are nearest to it (IVF search).
// Below partitionMin an index has one collection, searched exhaustively.
const (
	// partitionMin is the passage count from which an index is partitioned.
	partitionMin = 50_000
	// partitionPassages is the average number of passages per partition.
	partitionPassages = 1_500
	// A question scans probeShare/probeOf of the partitions, rounded up
	// (BenchmarkPartitionRecall at 100k, 66 partitions: 38 scanned 0.58
	// of the passages and found 0.970 of the exhaustive SearchQuery top
	// 8; 33 scanned 0.51 and found 0.951; 42, 0.64 and 0.975).
	probeShare, probeOf = 9, 16
	// repartitionShare: an index whose passages are more than one in
	// repartitionShare new to the partitioning it would inherit trains
	// new centroids instead.
	repartitionShare = 4
)

// partitionPlan sets from how many passages (min) and into partitions
// of how many passages on average (size) an index is partitioned; zero
// fields take the defaults, partitionMin and partitionPassages.
type partitionPlan struct{ min, size int }

func (pl partitionPlan) orDefault() partitionPlan {
	if pl.min <= 0 {
		pl.min = partitionMin
	}
	if pl.size <= 0 {
		pl.size = partitionPassages
	}
	return pl
}

// partitioning is how the vectors of an index are split among its
// chromem-go collections.
type partitioning struct {
	centroids [][]float32 // one unit vector per partition
	of        []int32     // the partition of each chunk, by place
	probes    int         // how many partitions a question scans
}

// newPartitioning returns the partitioning by centroids with the chunks
// in the partitions of.
func newPartitioning(centroids [][]float32, of []int32) *partitioning {
	k := len(centroids)
	return &partitioning{centroids: centroids, of: of, probes: (k*probeShare + probeOf - 1) / probeOf}
}

// nearestPartitions returns the partitions whose centroids are most
// similar to q, most similar first, the first of equally similar ones
// first.
func (pt *partitioning) nearestPartitions(q []float32, k int) []int {
	sims := make([]float32, len(pt.centroids))
	order := make([]int, len(pt.centroids))
	for c, cv := range pt.centroids {
		sims[c], order[c] = dot(cv, q), c
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case sims[a] > sims[b]:
			return -1
		case sims[a] < sims[b]:
			return 1
		}
		return 0
	})
	return order[:min(k, len(order))]
}

// sameCentroids reports whether a and b partition by the same centroids
// (one inherited them from the other), or are both unpartitioned.
func (pt *partitioning) sameCentroids(b *partitioning) bool {
	if pt == nil || b == nil {
		return pt == b
	}
	return len(pt.centroids) > 0 && len(b.centroids) > 0 && &pt.centroids[0] == &b.centroids[0]
}

// partitionOf is the partition of chunk i; 0 when unpartitioned.
func (pt *partitioning) partitionOf(i int) int {
	if pt == nil {
		return 0
	}
	return int(pt.of[i])
}

// count is the number of partitions; 1 when unpartitioned.
func (pt *partitioning) count() int {
	if pt == nil {
		return 1
	}
	return len(pt.centroids)
}

// planPartitions returns the partitioning of vectors by pl: none below
// pl.min passages; p's centroids when it has some for vectors of this
// dimension and most of the chunks come from it (src maps each chunk to
// its place in p, -1 for a new text), the new chunks going to the
// nearest centroid; else centroids trained anew.
func planPartitions(pl partitionPlan, p *prior, src []int32, vectors [][]float32) *partitioning {
	pl = pl.orDefault()
	n := len(vectors)
	if n < pl.min || n < 2*pl.size {
		return nil
	}
	of := make([]int32, n)
	fresh := 0
	for _, j := range src {
		if j < 0 {
			fresh++
		}
	}
	if old := p.parts; old != nil && fresh*repartitionShare <= n && len(old.centroids[0]) == len(vectors[0]) && !drifted(pl, len(old.centroids), n) {
		for i, j := range src {
			if j >= 0 {
				of[i] = old.of[j]
			} else {
				of[i] = int32(nearest(old.centroids, vectors[i]))
			}
		}
		return newPartitioning(old.centroids, of)
	}
	cents := trainCentroids(vectors, n/pl.size)
	nearestAll(cents, vectors, of)
	return newPartitioning(cents, of)
}

// drifted reports whether n passages are too many or too few for the k
// partitions trained for about k×size of them: a corpus that grew or
// shrank by a quarter in small edits, each too small to train anew,
// trains anew, so that partitions stay near their size.
func drifted(pl partitionPlan, k, n int) bool {
	trained := k * pl.size
	return n*repartitionShare > trained*(repartitionShare+1) || n*repartitionShare < trained*(repartitionShare-1)
}

// probed returns the collections a question of unit vector q scans,
// nearest first.
func (ix *Index) probed(q []float32) []*chromem.Collection {
	if ix.parts == nil {
		return ix.colls
	}
	var out []*chromem.Collection
	for _, c := range ix.parts.nearestPartitions(q, ix.parts.probes) {
		out = append(out, ix.colls[c])
	}
	return out
}
