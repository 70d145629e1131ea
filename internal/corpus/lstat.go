package corpus

import (
	"os"

	"github.com/almaty-news/newsbot/internal/shares"
)

// lstatAll returns the Lstat of every path, on every processor when there
// are many: at archive scale, a start that reads no article (Manifest)
// spends much of its time asking for the files' status.
func lstatAll(paths []string) ([]os.FileInfo, []error) {
	infos, errs := make([]os.FileInfo, len(paths)), make([]error, len(paths))
	shares.Run(len(paths), lstatShare, func(_, from, to int) {
		for i := from; i < to; i++ {
			infos[i], errs[i] = os.Lstat(paths[i])
		}
	})
	return infos, errs
}

// lstatShare is the fewest files a goroutine of lstatAll asks about.
const lstatShare = 512
