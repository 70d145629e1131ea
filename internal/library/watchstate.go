package library

import (
	"fmt"
	"time"
)

// watchState is whether the corpus directory is being watched, for
// Details: a reload that never comes should not go unexplained.
type watchState struct {
	lost  bool
	since time.Time
	why   error
}

// setUnwatched records that no watch is active because of err, and
// reports whether that is news (the watch was active before).
func (l *Library) setUnwatched(err error) bool {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	news := !l.watch.lost
	if news {
		l.watch.since = time.Now()
	}
	l.watch.lost, l.watch.why = true, err
	return news
}

// setWatched records that a watch is active, and reports whether one was
// lost before.
func (l *Library) setWatched() bool {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	was := l.watch.lost
	l.watch = watchState{}
	return was
}

// watchDetail is the line Details shows while no watch is active, or "".
// l.errMu is held.
func (l *Library) watchDetail() string {
	if !l.watch.lost {
		return ""
	}
	return fmt.Sprintf("corpus changes are not being picked up: no watch on the directory since %s (%v); retrying",
		l.watch.since.UTC().Format(time.RFC3339), l.watch.why)
}
