package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/pgstore"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// pgResult is the Postgres column: ingesting the corpus into the store
// (0 when it already held it), a start that reads the articles back from
// the store as bot serve does, the RSS while serving, and the question
// latency.
type pgResult struct {
	Chunks        int
	Embedded      int
	Ingest, Start time.Duration
	P50, P95      time.Duration
	RSS           int64 // bytes
}

// phasePostgres syncs the corpus in dir into the store at DATABASE_URL,
// opens it as bot serve does with store.kind = "postgres", and asks the
// questions.
func phasePostgres(ctx context.Context, dir string, questions int, seed uint64) (pgResult, error) {
	var r pgResult
	url := os.Getenv(pgstore.EnvURL)
	store, err := pgstore.Open(ctx, url, pgstore.Options{})
	if err != nil {
		return r, err
	}
	defer store.Close()
	opt := options(dir)
	opt.CachePath = filepath.Join(dir, "cache", "pg.idx")
	docs, _, err := corpus.Load(opt.Dir, corpus.Options{})
	if err != nil {
		return r, err
	}
	t := time.Now()
	st, err := store.Sync(ctx, docs, pgstore.SyncOptions{
		Split:    func(d corpus.Document) []retrieve.Chunk { return library.Split(d, opt.Chunk) },
		Embedder: opt.Embedder, Prune: true,
	})
	if err != nil {
		return r, err
	}
	r.Ingest, r.Embedded = time.Since(t), st.Embedded
	docs = nil
	runtime.GC()
	t = time.Now()
	opt.Load = func(ctx context.Context) ([]corpus.Document, []corpus.Problem, error) {
		docs, problems, _, err := store.Documents(ctx)
		return docs, problems, err
	}
	opt.Vectors = store.Vectors(opt.Embedder)
	snap, err := library.Open(ctx, opt)
	if err != nil {
		return r, err
	}
	r.Start, r.Chunks = time.Since(t), snap.Stats().Chunks
	if r.P50, r.P95, err = questionLatency(ctx, func() *library.Snapshot { return snap }, questions, seed); err != nil {
		return r, err
	}
	r.RSS = steadyRSS()
	runtime.KeepAlive(snap)
	return r, nil
}

// printPostgres prints the Postgres table's row for one corpus.
func printPostgres(r pgResult) string {
	return fmt.Sprintf("| %d | %s (%d embedded) | %s | %d MB | %.1f / %.1f ms |",
		r.Chunks, secs(r.Ingest), r.Embedded, secs(r.Start), r.RSS>>20, ms(r.P50), ms(r.P95))
}

// runPostgres prints the Postgres table: each corpus synced into the
// store at DATABASE_URL (one corpus at a time: a sync prunes the others)
// and served from it, in a fresh process.
func runPostgres(ctx context.Context, stdout io.Writer, sizes, work string, questions int, seed uint64) error {
	if os.Getenv(pgstore.EnvURL) == "" {
		return fmt.Errorf("-postgres: set %s", pgstore.EnvURL)
	}
	fmt.Fprintln(stdout, "| chunks | ingest | start | serve RSS | question p50 / p95 |")
	fmt.Fprintln(stdout, "|---|---|---|---|---|")
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("-chunks %q: %w", s, err)
		}
		dir := filepath.Join(work, strconv.Itoa(n))
		if err := ensureCorpus(dir, n, seed); err != nil {
			return err
		}
		var r pgResult
		if err := subprocess(ctx, dir, "postgres", questions, seed, &r); err != nil {
			return err
		}
		fmt.Fprintln(stdout, printPostgres(r))
	}
	return nil
}
