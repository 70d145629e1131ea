package shares

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestRunCoversEveryItemOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000, 1001} {
		seen := make([]int32, n)
		workers := Run(n, 10, func(_, from, to int) {
			for i := from; i < to; i++ {
				atomic.AddInt32(&seen[i], 1)
			}
		})
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: item %d done %d times", n, i, c)
			}
		}
		if workers < 1 || workers > max(1, runtime.GOMAXPROCS(0)) {
			t.Errorf("n=%d: %d workers", n, workers)
		}
	}
	if w := Run(15, 10, func(int, int, int) {}); w != 1 {
		t.Errorf("Run(15, least 10) used %d workers, want 1: too few items to share", w)
	}
}
