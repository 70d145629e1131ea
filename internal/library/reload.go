package library

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Result says what one Reload did.
type Result struct {
	Changed  bool     // a new snapshot is served
	Added    []string // document IDs
	Updated  []string
	Removed  []string
	Retained []string // paths of bad files whose previous version is still served
	Stats    retrieve.BuildStats
	Took     time.Duration
}

// Reload reads the corpus directory again and, when anything changed,
// builds a new snapshot and swaps it in. Questions already running finish
// on the snapshot they started with. On error the previous snapshot keeps
// serving and Details reports the failure.
func (l *Library) Reload(ctx context.Context) (Result, error) {
	return l.reload(ctx, nil, "")
}

// ReloadChanged is Reload after a change to the named files of the corpus
// directory (base names, as a watcher's events give them): only those
// files are looked at again, the others are taken to be as they were
// (Watch's polling and Reload look at every file). At archive scale this
// spares a reload after one edit from stat'ing every file.
func (l *Library) ReloadChanged(ctx context.Context, names []string) (Result, error) {
	if names == nil {
		names = []string{}
	}
	return l.reload(ctx, names, "")
}

// reload is Reload, or ReloadChanged when names is not nil; listing is
// the directory's listing when the caller has just taken it, else "".
func (l *Library) reload(ctx context.Context, names []string, listing string) (Result, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	start := time.Now()
	prev := l.cur.Load()
	if prev == nil {
		return Result{}, errors.New("reload corpus: not started")
	}
	res, err := l.rebuild(ctx, prev, names, listing)
	res.Took = time.Since(start)
	if err != nil {
		l.setErr(err)
		l.opt.Metrics.ObserveReload(metrics.ReloadFailed, 0, 0)
		l.log.Error("corpus reload failed; still serving the previous index", "err", err, "generation", prev.Generation())
		return res, err
	}
	l.setErr(nil)
	if !res.Changed {
		l.opt.Metrics.ObserveReload(metrics.ReloadUnchanged, 0, 0)
		l.log.Debug("corpus unchanged", "took", res.Took)
		return res, nil
	}
	l.opt.Metrics.ObserveReload(metrics.ReloadOK, res.Stats.Embedded, res.Stats.Reused)
	cur := l.cur.Load()
	l.log.Info("corpus reloaded",
		"generation", cur.Generation(), "articles", len(cur.Documents()), "passages", res.Stats.Chunks,
		"embedded", res.Stats.Embedded, "reused", res.Stats.Reused,
		"added", res.Added, "updated", res.Updated, "removed", res.Removed, "took", res.Took)
	return res, nil
}

// rebuild loads the corpus and swaps in a new snapshot when it differs
// from prev. l.mu is held.
func (l *Library) rebuild(ctx context.Context, prev *Snapshot, names []string, listing string) (Result, error) {
	was := l.lastScanned()
	switch {
	case listing != "":
	case names != nil:
		listing = rescan(l.src.Dir, was, names)
	default:
		listing = scan(l.src.Dir)
	}
	l.setScanned("") // until this load succeeds
	var docs []corpus.Document
	var problems []corpus.Problem
	ok := false
	if l.src.Load == nil { // a directory: read only the files that changed
		docs, ok = incremental(l.src.Dir, l.src.MaxBytes, prev, was, listing)
	}
	if !ok {
		if names != nil { // the whole directory is read: list it all
			listing = scan(l.src.Dir)
		}
		var err error
		if docs, problems, err = l.src.load(ctx); err != nil {
			return Result{}, fmt.Errorf("reload corpus: %w", err)
		}
	}

	docs, retained := keepLastGood(prev.Documents(), docs, problems)
	res := diff(prev.Documents(), docs)
	res.Retained = retained
	lex, raw, aliasProblems := aliases(l.src.Dir) // read once: compared, then built with
	if len(res.Added)+len(res.Updated)+len(res.Removed) == 0 && slices.Equal(prev.Problems(), append(problems, aliasProblems...)) && raw == prev.aliases {
		l.setScanned(listing)
		return res, nil
	}
	opts := l.src
	opts.Reuse, opts.deferCacheSave = prev, true
	snap, err := build(ctx, docs, problems, opts, lex, raw, aliasProblems)
	if err != nil {
		return Result{}, fmt.Errorf("reload corpus: %w", err)
	}
	l.logNewProblems(prev, problems, retained)
	keep := map[string]bool{}
	for _, p := range retained {
		keep[p] = true
	}
	l.swap(snap, keep)
	l.setScanned(listing)
	res.Changed, res.Stats = true, snap.Stats()
	if opts.CachePath != "" && opts.Vectors == nil { // once the new snapshot serves
		if err := snap.Index().SaveCache(opts.CachePath); err != nil {
			l.log.Warn("index cache not saved; the next start re-embeds what changed", "cache", opts.CachePath, "err", err)
		}
	}
	snap.saveCutsLogged(opts)
	return res, nil
}

// keepLastGood adds to docs the previous version of every article whose
// file is still there but no longer loads (an editor's half-written save,
// a bad encoding), so a broken edit does not take an article away. A file
// skipped as a duplicate is not kept: that is the operator's choice.
func keepLastGood(prev, docs []corpus.Document, problems []corpus.Problem) ([]corpus.Document, []string) {
	if !slices.ContainsFunc(problems, func(p corpus.Problem) bool { return p.Skipped && !p.Duplicate }) {
		return docs, nil
	}
	byPath := map[string]corpus.Document{}
	for _, d := range prev {
		byPath[d.Path] = d
	}
	loaded := map[string]bool{}
	for _, d := range docs {
		loaded[d.ID] = true
	}
	var retained []string
	for _, p := range problems {
		old, ok := byPath[p.Path]
		if !ok || !p.Skipped || loaded[old.ID] || p.Duplicate {
			continue
		}
		docs = append(docs, old)
		loaded[old.ID] = true
		retained = append(retained, p.Path)
	}
	if len(retained) > 0 {
		slices.SortFunc(docs, func(a, b corpus.Document) int { return strings.Compare(a.ID, b.ID) })
	}
	return docs, retained
}

// diff compares two document sets, each sorted by ID, by ID and content
// hash: one walk of both.
func diff(prev, next []corpus.Document) Result {
	var r Result
	i, j := 0, 0
	for i < len(prev) || j < len(next) {
		switch {
		case j == len(next) || i < len(prev) && prev[i].ID < next[j].ID:
			r.Removed = append(r.Removed, prev[i].ID)
			i++
		case i == len(prev) || next[j].ID < prev[i].ID:
			r.Added = append(r.Added, next[j].ID)
			j++
		default:
			if prev[i].Hash != next[j].Hash {
				r.Updated = append(r.Updated, next[j].ID)
			}
			i, j = i+1, j+1
		}
	}
	return r
}

// logNewProblems logs each problem that the previous snapshot did not
// have, so every bad file is reported once, when it appears.
func (l *Library) logNewProblems(prev *Snapshot, problems []corpus.Problem, retained []string) {
	seen := map[corpus.Problem]bool{}
	for _, p := range prev.Problems() {
		seen[p] = true
	}
	for _, p := range problems {
		if seen[p] {
			continue
		}
		attrs := []any{"file", filepath.Base(p.Path), "path", p.Path, "reason", p.Reason, "skipped", p.Skipped}
		if slices.Contains(retained, p.Path) {
			attrs = append(attrs, "serving", "previous version")
		}
		l.log.Warn("corpus file problem", attrs...)
	}
}

func (l *Library) setErr(err error) {
	l.errMu.Lock()
	defer l.errMu.Unlock()
	l.lastErr, l.errAt = err, time.Now()
}
