package retrieve

import (
	"fmt"
	"math"
)

// The partitioning of an index's vectors (partition.go) follows the
// vectors in the cache file, inside the checksum, so that a start does
// not train the centroids again:
//
//	P | P×dim×float32 centroids | n×partition
//
// with P = 0, and nothing after it, for an index that is not partitioned.

// partitions writes pt, the partitioning of n vectors of dimension dim.
func (e *encoder) partitions(pt *partitioning, n, dim int) {
	if pt == nil {
		e.u32(0)
		return
	}
	e.u32(uint32(len(pt.centroids)))
	for _, c := range pt.centroids {
		e.u32s(dim, func(d int) uint32 { return math.Float32bits(c[d]) })
	}
	e.u32s(n, func(i int) uint32 { return uint32(pt.of[i]) })
}

// partitions reads the partitioning of n vectors of dimension dim; nil
// for none.
func (d *decoder) partitions(n, dim int) *partitioning {
	k := d.count()
	if k == 0 || d.Err != nil {
		return nil
	}
	if k > n || dim == 0 {
		d.Err = fmt.Errorf("%d partitions of %d vectors", k, n)
		return nil
	}
	pt := newPartitioning(make([][]float32, k), make([]int32, n))
	for c := range pt.centroids {
		pt.centroids[c] = make([]float32, dim) // copied: the mapping keeps only the vectors
		for x := range pt.centroids[c] {
			pt.centroids[c][x] = math.Float32frombits(d.U32())
		}
	}
	for i := range pt.of {
		if p := d.U32(); p < uint32(k) {
			pt.of[i] = int32(p)
		} else if d.Err == nil {
			d.Err = fmt.Errorf("chunk %d in partition %d of %d", i, p, k)
		}
	}
	if d.Err != nil {
		return nil
	}
	return pt
}
