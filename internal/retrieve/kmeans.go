package retrieve

import (
	"math"

	"github.com/almaty-news/newsbot/internal/shares"
)

// K-means parameters of the partitioning (see partition.go).
const (
	// kmeansSample is the most vectors the centroids are trained on:
	// every (n/kmeansSample)-th, by place.
	kmeansSample = 16_384
	// kmeansRounds is how many rounds of assignment and update train them.
	kmeansRounds = 8
	// assignShare is the fewest vectors a worker of nearestAll assigns.
	assignShare = 1024
)

// trainCentroids returns k unit centroids of the unit vectors by
// spherical k-means on a sample of them. It depends on nothing but the
// vectors and their order: the sample is every n/kmeansSample-th vector,
// the first centroids are evenly spaced sample vectors, and the sums are
// taken in sample order whatever the number of processors. A centroid
// that loses every vector keeps its place.
func trainCentroids(vectors [][]float32, k int) [][]float32 {
	n := len(vectors)
	m := min(n, kmeansSample)
	sample := make([][]float32, m)
	for i := range sample {
		sample[i] = vectors[int(int64(i)*int64(n)/int64(m))]
	}
	k = min(k, m)
	dim := len(sample[0])
	cents := make([][]float32, k)
	for c := range cents {
		cents[c] = append([]float32(nil), sample[c*m/k]...)
	}
	labels := make([]int32, m)
	sums := make([]float64, k*dim)
	counts := make([]int, k)
	for range kmeansRounds {
		nearestAll(cents, sample, labels)
		clear(sums)
		clear(counts)
		for i, v := range sample {
			c := int(labels[i])
			counts[c]++
			s := sums[c*dim : (c+1)*dim]
			for d, x := range v {
				s[d] += float64(x)
			}
		}
		for c := range cents {
			if counts[c] > 0 {
				setUnit(cents[c], sums[c*dim:(c+1)*dim])
			}
		}
	}
	return cents
}

// setUnit sets dst to s scaled to unit length; dst is left as it is
// when s is zero.
func setUnit(dst []float32, s []float64) {
	var sq float64
	for _, x := range s {
		sq += x * x
	}
	if sq == 0 || math.IsNaN(sq) || math.IsInf(sq, 0) {
		return
	}
	inv := 1 / math.Sqrt(sq)
	for d, x := range s {
		dst[d] = float32(x * inv)
	}
}

// nearestAll sets labels[i] to the centroid nearest to vectors[i], on
// every processor.
func nearestAll(cents, vectors [][]float32, labels []int32) {
	shares.Run(len(vectors), assignShare, func(_, from, to int) {
		for i := from; i < to; i++ {
			labels[i] = int32(nearest(cents, vectors[i]))
		}
	})
}

// nearest is the index of the centroid most similar to v, the first of
// equally similar ones.
func nearest(cents [][]float32, v []float32) int {
	best, bestSim := 0, float32(math.Inf(-1))
	for c, cv := range cents {
		if s := dot(cv, v); s > bestSim {
			best, bestSim = c, s
		}
	}
	return best
}

// dot is the dot product of two vectors of the same length, summed in
// four lanes in a fixed order.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}
