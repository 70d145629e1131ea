package library

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/almaty-news/newsbot/internal/metrics"
)

// ServeOptions configure a Library.
type ServeOptions struct {
	Logger  *slog.Logger     // nil discards
	Metrics *metrics.Metrics // nil records nothing
}

// Library is the corpus being served: the current Snapshot, replaced
// atomically by Reload and Watch. Create it with New, then Start it with
// the first snapshot; it is safe for concurrent use.
type Library struct {
	opt ServeOptions
	log *slog.Logger // component=corpus
	cur atomic.Pointer[Snapshot]

	mu  sync.Mutex // serialises Start and Reload, guards src
	src Options

	scanned atomic.Pointer[string] // the directory listing of the last load; see scan

	swapMu  sync.Mutex    // guards swapped
	swapped chan struct{} // closed at the next swap

	errMu   sync.Mutex // guards lastErr and errAt; never held for long
	lastErr error      // the last reload's failure; nil after a success
	errAt   time.Time  // when it failed
	watch   watchState // guarded by errMu
}

// New returns a Library with no snapshot yet: Ready reports an error
// until Start.
func New(opt ServeOptions) *Library {
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Library{
		opt:     opt,
		log:     log.With("component", "corpus"),
		swapped: make(chan struct{}),
	}
}

// Start serves first, which was opened with src; reloads use src (its
// Reuse and Progress fields are ignored).
func (l *Library) Start(first *Snapshot, src Options) {
	l.mu.Lock()
	defer l.mu.Unlock()
	src.Reuse, src.Progress = nil, nil
	l.src = src
	l.setScanned("") // unknown: the first poll reloads to be sure
	l.swap(first, nil)
}

// swap makes s the current snapshot. s is not published yet; l.mu is
// held.
func (l *Library) swap(s *Snapshot, retained map[string]bool) {
	s.generation = 1
	if prev := l.cur.Load(); prev != nil {
		s.generation = prev.generation + 1
	}
	s.loaded, s.retained = time.Now(), retained
	l.cur.Store(s)
	l.opt.Metrics.SetCorpus(len(s.Documents()), s.Stats().Chunks, len(s.Problems()))
	l.swapMu.Lock()
	close(l.swapped)
	l.swapped = make(chan struct{})
	l.swapMu.Unlock()
}

// Swapped returns a channel that is closed when the next snapshot is
// swapped in, for consumers that cache something derived from the corpus
// (an autocomplete list) and for tests.
func (l *Library) Swapped() <-chan struct{} {
	l.swapMu.Lock()
	defer l.swapMu.Unlock()
	return l.swapped
}

// Current returns the snapshot being served, nil before Start.
func (l *Library) Current() *Snapshot { return l.cur.Load() }

// ErrNotLoaded is returned for questions asked before the first snapshot.
var ErrNotLoaded = errors.New("the index is still loading")

// Ready is the readiness check: nil once a snapshot is served. A failed
// reload does not make the bot unready, since the previous snapshot keeps
// serving; Details reports it.
func (l *Library) Ready() error {
	s := l.Current()
	if s == nil {
		return ErrNotLoaded
	}
	if len(s.Documents()) == 0 {
		return errors.New("the corpus has no articles")
	}
	return nil
}

// Details lists, for /readyz, every corpus file that was skipped or
// loaded with a warning, whether the directory is not being watched, and
// the last reload's failure.
func (l *Library) Details() []string {
	var lines []string
	if s := l.Current(); s != nil {
		lines = append(lines, fmt.Sprintf("serving %d articles, %d passages (generation %d, loaded %s)",
			len(s.Documents()), s.Stats().Chunks, s.Generation(), s.Loaded().UTC().Format(time.RFC3339)))
		for _, p := range s.Problems() {
			line := p.Error()
			if s.Retained(p.Path) {
				line += "; its previous version is still served"
			}
			lines = append(lines, line)
		}
	}
	l.errMu.Lock()
	defer l.errMu.Unlock()
	if w := l.watchDetail(); w != "" {
		lines = append(lines, w)
	}
	if l.lastErr != nil {
		lines = append(lines, fmt.Sprintf("last reload failed at %s, still serving the previous index: %v",
			l.errAt.UTC().Format(time.RFC3339), l.lastErr))
	}
	return lines
}

// Failed reports whether the last reload failed (the previous snapshot
// still serving): a caller that knows the cause is gone may reload again.
func (l *Library) Failed() bool {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	return l.lastErr != nil
}

func (l *Library) setScanned(s string) { l.scanned.Store(&s) }

// lastScanned is the directory listing the current snapshot was loaded
// from, "" when unknown.
func (l *Library) lastScanned() string {
	if p := l.scanned.Load(); p != nil {
		return *p
	}
	return ""
}
