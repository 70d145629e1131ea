package corpus

import (
	"github.com/almaty-news/newsbot/internal/shares"
)

// status is what Load needs of a directory entry's Lstat: the key a
// Manifest compares, and whether it is a regular file (not a link).
type status struct {
	key     statKey
	regular bool
}

// lstatAll returns the status of every named entry of dir, on every
// processor when there are many: at archive scale, a start that reads no
// article (Manifest) spends much of its time asking for the files'
// status. Where the system allows, each is asked relative to dir, opened
// once (statusDir), rather than by its whole path.
func lstatAll(dir string, names []string) ([]status, []error) {
	sts, errs := make([]status, len(names)), make([]error, len(names))
	d, err := openStatusDir(dir)
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
		return sts, errs
	}
	defer d.close()
	shares.Run(len(names), lstatShare, func(_, from, to int) {
		for i := from; i < to; i++ {
			sts[i], errs[i] = d.lstat(names[i])
		}
	})
	return sts, errs
}

// lstatShare is the fewest files a goroutine of lstatAll asks about.
const lstatShare = 512
