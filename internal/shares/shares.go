// Package shares runs work over a range of items on every processor, one
// contiguous share per worker: the start-up's file status, passage
// cutting, hashing and vector checks at archive scale.
package shares

import (
	"runtime"
	"sync"
)

// Run runs work over [0, n) on every processor, one contiguous share per
// worker, w numbering the workers from 0; with fewer than 2×least items,
// in one share on the calling goroutine. It returns the number of
// workers.
func Run(n, least int, work func(w, from, to int)) int {
	workers := max(1, min(runtime.GOMAXPROCS(0), n/max(1, least)))
	if workers == 1 {
		work(0, 0, n)
		return 1
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { work(w, w*n/workers, (w+1)*n/workers) })
	}
	wg.Wait()
	return workers
}
