package live

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/metrics"
)

// ServiceFunc builds the answer service over one library.
type ServiceFunc func(*library.Library) *answer.Service

// Rebind returns a ServiceFunc that copies tmpl (its composer, limits and
// condenser) and points the copy's Retriever and Docs at the library.
func Rebind(tmpl *answer.Service) ServiceFunc {
	return func(lib *library.Library) *answer.Service {
		s := *tmpl
		s.Retriever, s.Docs = lib, lib
		return &s
	}
}

// Snapshot is one immutable version of the served corpus.
type Snapshot struct {
	Library    *library.Library
	Service    *answer.Service // answers from Library only
	Generation int             // 1 for the first snapshot, then one more per swap
	Loaded     time.Time
	Problems   []corpus.Problem // files skipped or loaded with a warning
	Retained   map[string]bool  // paths of bad files whose previous version is still served
}

// Options configure a Library.
type Options struct {
	Logger       *slog.Logger     // nil discards
	Metrics      *metrics.Metrics // nil records nothing
	LogQuestions bool             // put the question text in the log line of each question
}

// Library is the live, reloadable corpus. Create it with New, then Start
// it with the first library; it is safe for concurrent use.
type Library struct {
	opt  Options
	log  *slog.Logger // component=corpus
	qlog *slog.Logger // component=questions
	cur  atomic.Pointer[Snapshot]

	mu      sync.Mutex // serialises Start and Reload, guards src and service
	src     library.Options
	service ServiceFunc

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
func New(opt Options) *Library {
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Library{
		opt:     opt,
		log:     log.With("component", "corpus"),
		qlog:    log.With("component", "questions"),
		swapped: make(chan struct{}),
	}
}

// Start serves first, which was opened with src; reloads use src (its
// Reuse and Progress fields are ignored) and service.
func (l *Library) Start(first *library.Library, src library.Options, service ServiceFunc) {
	l.mu.Lock()
	defer l.mu.Unlock()
	src.Reuse, src.Progress = nil, nil
	l.src, l.service = src, service
	l.setScanned("") // unknown: the first poll reloads to be sure
	l.swap(first, nil)
}

// swap makes lib the current snapshot. l.mu is held.
func (l *Library) swap(lib *library.Library, retained map[string]bool) *Snapshot {
	gen := 1
	if prev := l.cur.Load(); prev != nil {
		gen = prev.Generation + 1
	}
	s := &Snapshot{
		Library:    lib,
		Service:    l.service(lib),
		Generation: gen,
		Loaded:     time.Now(),
		Problems:   lib.Problems(),
		Retained:   retained,
	}
	l.cur.Store(s)
	l.opt.Metrics.SetCorpus(len(lib.Documents()), lib.Stats().Chunks, len(s.Problems))
	l.swapMu.Lock()
	close(l.swapped)
	l.swapped = make(chan struct{})
	l.swapMu.Unlock()
	return s
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
	if len(s.Library.Documents()) == 0 {
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
			len(s.Library.Documents()), s.Library.Stats().Chunks, s.Generation, s.Loaded.UTC().Format(time.RFC3339)))
		for _, p := range s.Problems {
			line := p.Error()
			if s.Retained[p.Path] {
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

func (l *Library) setScanned(s string) { l.scanned.Store(&s) }

// lastScanned is the directory listing the current snapshot was loaded
// from, "" when unknown.
func (l *Library) lastScanned() string {
	if p := l.scanned.Load(); p != nil {
		return *p
	}
	return ""
}
