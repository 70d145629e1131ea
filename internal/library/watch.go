package library

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// WatchOptions configure Watch.
type WatchOptions struct {
	// Debounce is the quiet time after the last change before a reload,
	// so that a burst of writes (an editor's save, a copied folder) costs
	// one reload. A change at least every Debounce still reloads after
	// maxWaitFactor times Debounce.
	Debounce time.Duration
	// Poll also rescans the directory this often (0 = never), for file
	// systems whose changes raise no events, such as some bind mounts.
	Poll time.Duration
	// Retry is how often a directory that cannot be watched (removed,
	// moved away) is tried again; 0 means a second.
	Retry time.Duration
}

// maxWaitFactor bounds how long a stream of changes can defer a reload.
const maxWaitFactor = 10

// Watch reloads the corpus when files in its directory change, until ctx
// is done (then it returns nil). Hidden files are ignored, as the loader
// ignores them. Reload failures are logged and reported by Details; they
// do not stop the watch. When the directory is removed, moved away or
// replaced, or cannot be watched, Details says so and Watch tries again
// every opt.Retry; once the directory is back it is watched again and
// reloaded if it changed meanwhile.
func (l *Library) Watch(ctx context.Context, opt WatchOptions) error {
	l.mu.Lock()
	dir := l.src.Dir
	l.mu.Unlock()
	retry := opt.Retry
	if retry <= 0 {
		retry = time.Second
	}
	l.log.Info("watching the corpus for changes", "dir", dir, "debounce", opt.Debounce, "poll", opt.Poll)
	for again := false; ; again = true {
		err := l.watchOnce(ctx, dir, opt, again)
		if ctx.Err() != nil {
			return nil
		}
		if l.setUnwatched(err) {
			l.log.Error("the corpus is not watched for changes; retrying until the directory is back", "dir", dir, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(retry):
		}
	}
}

// errDirGone is why a watch ended while its context had not.
var errDirGone = errors.New("the corpus directory was removed, moved away or replaced")

// watchOnce watches dir until ctx is done or the directory goes away,
// and says why it stopped. resync reloads first if the directory changed
// while it was not watched.
func (l *Library) watchOnce(ctx context.Context, dir string, opt WatchOptions, resync bool) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch corpus: %w", err)
	}
	defer w.Close()
	if err := w.Add(dir); err != nil {
		return fmt.Errorf("watch corpus %s: %w", dir, err)
	}
	if l.setWatched() {
		l.log.Info("watching the corpus directory again", "dir", dir)
	}
	if resync && scan(dir) != l.lastScanned() {
		l.reloadNow(ctx, nil)
	}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	changes := make(chan string)
	gone := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		if l.forward(wctx, w, dir, changes) {
			close(gone)
			stop()
		}
	}()
	err = l.watchLoop(wctx, dir, changes, opt, time.After)
	stop()
	<-done // forward returns once wctx is done, as watchLoop does
	select {
	case <-gone:
		return errDirGone
	default:
		return err
	}
}

// forward turns fsnotify's events into changed paths, and its errors
// (an overflowing event queue) into a change of the whole directory. It
// returns true when the watched directory itself went away.
func (l *Library) forward(ctx context.Context, w *fsnotify.Watcher, dir string, out chan<- string) bool {
	for {
		var path string
		select {
		case <-ctx.Done():
			return false
		case ev, ok := <-w.Events:
			if !ok {
				return true
			}
			if ev.Name == dir && ev.Has(fsnotify.Remove|fsnotify.Rename) {
				return true
			}
			if strings.HasPrefix(filepath.Base(ev.Name), ".") {
				continue
			}
			path = ev.Name
		case err, ok := <-w.Errors:
			if !ok {
				return true
			}
			l.log.Warn("corpus watch error; rescanning", "err", err)
			path = dir
		}
		select {
		case out <- path:
		case <-ctx.Done():
			return false
		}
	}
}

// watchLoop debounces changes and reloads. after is time.After, or a fake
// clock in tests.
func (l *Library) watchLoop(ctx context.Context, dir string, changes <-chan string, opt WatchOptions, after func(time.Duration) <-chan time.Time) error {
	var quiet, deadline <-chan time.Time // nil while nothing is pending
	var pending changedNames
	var poll <-chan time.Time
	if opt.Poll > 0 {
		poll = after(opt.Poll)
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case path := <-changes:
			l.log.Debug("corpus change", "path", path)
			pending.add(dir, path)
			quiet = after(opt.Debounce)
			if deadline == nil {
				deadline = after(maxWaitFactor * opt.Debounce)
			}
			continue
		case <-poll:
			poll = after(opt.Poll)
			if now := scan(dir); now != l.lastScanned() && ctx.Err() == nil {
				_, _ = l.reload(ctx, nil, now) // the listing just taken, not taken again
			}
			continue
		case <-quiet:
		case <-deadline:
		}
		quiet, deadline = nil, nil
		l.reloadNow(ctx, pending.take())
	}
}

// reloadNow reloads after a change to the named files, or to anything
// when names is nil; failures are logged by Reload and shown by Details.
func (l *Library) reloadNow(ctx context.Context, names []string) {
	if ctx.Err() != nil {
		return
	}
	if names == nil {
		_, _ = l.Reload(ctx)
		return
	}
	_, _ = l.ReloadChanged(ctx, names)
}

// changedNames collects the files named by the events of one debounced
// burst; the directory itself (an overflowing event queue) means any.
type changedNames struct {
	names map[string]bool
	all   bool
}

func (c *changedNames) add(dir, path string) {
	if path == dir || filepath.Dir(path) != filepath.Clean(dir) {
		c.all = true
		return
	}
	if c.names == nil {
		c.names = map[string]bool{}
	}
	c.names[filepath.Base(path)] = true
}

// take returns the names collected, nil for any change, and starts anew.
func (c *changedNames) take() []string {
	var out []string
	if !c.all {
		out = make([]string, 0, len(c.names))
		for name := range c.names {
			out = append(out, name)
		}
	}
	*c = changedNames{}
	return out
}
