package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

type buildResult struct {
	Chunks int
	Build  time.Duration
}

type serveResult struct {
	Start, P50, P95 time.Duration
	Edit, Reload    time.Duration // until the new snapshot serves; until the cache is written too
	RSS, EditPeak   int64         // bytes
	// StartCPU, EditCPU and ReloadCPU are the processor time the process
	// spent (all threads): on a shared machine, what the phase costs.
	StartCPU, EditCPU, ReloadCPU time.Duration
}

type timelineResult struct {
	Timeline, Quotes time.Duration
}

func options(dir string) library.Options {
	return library.Options{
		Dir:       filepath.Join(dir, "articles"),
		Chunk:     chunk.DefaultOptions(),
		Embedder:  retrieve.NewHashEmbedder(0),
		CachePath: filepath.Join(dir, "cache", "index.gob"),
	}
}

func runPhase(ctx context.Context, phase, dir string, questions int, seed uint64, stdout io.Writer) error {
	var res any
	var err error
	switch phase {
	case "build":
		res, err = phaseBuild(ctx, dir)
	case "serve":
		res, err = phaseServe(ctx, dir, questions, seed)
	case "start":
		res, err = phaseStart(ctx, dir)
	case "timeline":
		res, err = phaseTimeline(dir)
	case "postgres":
		res, err = phasePostgres(ctx, dir, questions, seed)
	default:
		err = fmt.Errorf("unknown phase %q", phase)
	}
	if err != nil {
		return err
	}
	return json.NewEncoder(stdout).Encode(res)
}

// phaseBuild indexes the corpus with no cache, then writes the cache.
func phaseBuild(ctx context.Context, dir string) (buildResult, error) {
	opt := options(dir)
	if err := os.RemoveAll(filepath.Dir(opt.CachePath)); err != nil {
		return buildResult{}, err
	}
	start := time.Now()
	s, err := library.Open(ctx, opt)
	if err != nil {
		return buildResult{}, err
	}
	return buildResult{Chunks: s.Stats().Chunks, Build: time.Since(start)}, nil
}

// phaseStart opens the corpus from a warm cache and stops there: the
// second start alone, to profile.
func phaseStart(ctx context.Context, dir string) (serveResult, error) {
	var r serveResult
	start, cpu := time.Now(), cpuTime()
	snap, err := library.Open(ctx, options(dir))
	if err != nil {
		return r, err
	}
	r.Start, r.StartCPU = time.Since(start), cpuTime()-cpu
	if snap.Stats().Embedded != 0 {
		return r, fmt.Errorf("second start embedded %d passages, want 0", snap.Stats().Embedded)
	}
	return r, nil
}

// phaseServe opens the corpus from a warm cache as serve does, asks the
// questions (analysis and retrieval, as answer.Service does), then edits
// one article and reloads.
func phaseServe(ctx context.Context, dir string, questions int, seed uint64) (serveResult, error) {
	var r serveResult
	opt := options(dir)
	start, cpu := time.Now(), cpuTime()
	snap, err := library.Open(ctx, opt)
	if err != nil {
		return r, err
	}
	r.Start, r.StartCPU = time.Since(start), cpuTime()-cpu
	if snap.Stats().Embedded != 0 {
		return r, fmt.Errorf("second start embedded %d passages, want 0", snap.Stats().Embedded)
	}
	lib := library.New(library.ServeOptions{})
	lib.Start(snap, opt)
	snap = nil
	// The watcher's first poll: loads the directory once and learns its
	// listing, so that later edits are read file by file.
	if _, err := lib.Reload(ctx); err != nil {
		return r, err
	}
	if r.P50, r.P95, err = questionLatency(ctx, lib.Current, questions, seed); err != nil {
		return r, err
	}
	r.RSS = steadyRSS()
	resetPeak()
	name := filepath.Join(opt.Dir, synth.Name(0))
	orig, err := os.ReadFile(name)
	if err != nil {
		return r, err
	}
	if err := os.WriteFile(name, append(slices.Clip(orig), "\nA correction was published on Monday.\n"...), 0o644); err != nil {
		return r, err
	}
	swapped := lib.Swapped()
	t, cpu := time.Now(), cpuTime()
	servedAt, servedCPU := make(chan time.Time, 1), make(chan time.Duration, 1)
	go func() { <-swapped; servedAt <- time.Now(); servedCPU <- cpuTime() }()
	// As the watcher reloads after an event naming the file.
	res, err := lib.ReloadChanged(ctx, []string{synth.Name(0)})
	if err != nil || !res.Changed {
		return r, fmt.Errorf("reload after edit: %+v, %v", res, err)
	}
	r.Reload, r.ReloadCPU = time.Since(t), cpuTime()-cpu
	r.Edit, r.EditCPU = (<-servedAt).Sub(t), (<-servedCPU)-cpu
	r.EditPeak = procStatus("VmHWM")
	// Put the article back, and its vectors in the cache, for the next run.
	if err := os.WriteFile(name, orig, 0o644); err != nil {
		return r, err
	}
	if _, err := lib.ReloadChanged(ctx, []string{synth.Name(0)}); err != nil {
		return r, fmt.Errorf("reload after restoring the edit: %w", err)
	}
	return r, nil
}

// phaseTimeline builds the timeline and the quote index of the corpus.
func phaseTimeline(dir string) (timelineResult, error) {
	docs, _, err := corpus.Load(options(dir).Dir, corpus.Options{})
	if err != nil {
		return timelineResult{}, err
	}
	var r timelineResult
	t := time.Now()
	news.BuildTimeline(docs)
	r.Timeline = time.Since(t)
	t = time.Now()
	news.IndexQuotes(docs)
	r.Quotes = time.Since(t)
	return r, nil
}

// procStatus reads a size field of /proc/self/status in bytes; 0 when
// unavailable.
// questionLatency asks the synthetic questions as answer.Service does
// (analysis, then retrieval) of the snapshot current gives, and returns
// the p50 and p95 latency.
func questionLatency(ctx context.Context, current func() *library.Snapshot, questions int, seed uint64) (p50, p95 time.Duration, err error) {
	var lat []time.Duration
	for _, q := range synth.Questions(seed, questions) {
		t := time.Now()
		s := current()
		if _, err := s.SearchQuery(ctx, s.Analyze(q), 8); err != nil {
			return 0, 0, err
		}
		lat = append(lat, time.Since(t))
	}
	slices.Sort(lat)
	return lat[len(lat)/2], lat[len(lat)*95/100], nil
}

// steadyRSS is the process's resident memory once the collector has run
// and given back what it can.
func steadyRSS() int64 {
	runtime.GC()
	debug.FreeOSMemory()
	return procStatus("VmRSS")
}

func procStatus(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// resetPeak resets VmHWM to the current RSS (Linux: clear_refs 5).
func resetPeak() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o200) }

// cpuTime is the processor time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
