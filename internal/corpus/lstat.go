package corpus

import (
	"os"
	"runtime"
	"sync"
)

// lstatAll returns the Lstat of every path, on every processor when there
// are many: at archive scale, a start that reads no article (Manifest)
// spends much of its time asking for the files' status.
func lstatAll(paths []string) ([]os.FileInfo, []error) {
	infos, errs := make([]os.FileInfo, len(paths)), make([]error, len(paths))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(paths)/lstatShare))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * len(paths) / workers; i < (w+1)*len(paths)/workers; i++ {
				infos[i], errs[i] = os.Lstat(paths[i])
			}
		})
	}
	wg.Wait()
	return infos, errs
}

// lstatShare is the fewest files a goroutine of lstatAll asks about.
const lstatShare = 512
