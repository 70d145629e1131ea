package app

import (
	"context"
	"log/slog"
	"maps"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/discord"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/pgstore"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// storePingTimeout bounds the store's readiness check.
const storePingTimeout = 2 * time.Second

// openStore opens the shared store when store.kind is "postgres" (nil
// otherwise). An unreachable database is an error naming DATABASE_URL,
// its password redacted.
func openStore(ctx context.Context, cfg config.Config, dbURL string, log *slog.Logger) (*pgstore.Store, error) {
	if cfg.Store.Kind != config.StorePostgres {
		return nil, nil
	}
	return pgstore.Open(ctx, dbURL, pgstore.Options{Logger: log})
}

// useStore has src read its articles from store and take the passages'
// vectors from there (the process holds no vector of its own). A
// load syncs corpus.dir into the store when the directory changed since
// this process last synced it (at start: always, the directory then being
// the truth), then reads back what the store holds, so every process
// serves the same articles whichever of them saw a file change. Syncs are
// idempotent by content hash and run one process at a time. A failed sync
// fails the load: the previous snapshot keeps serving and the files are
// synced at the next load.
func useStore(src *library.Options, store *pgstore.Store, log *slog.Logger) {
	dir, maxBytes, chunk, emb := src.Dir, src.MaxBytes, src.Chunk, src.Embedder
	var synced map[string]string // ID -> hash of what this process last synced; nil before the first
	idAt := map[string]string{}  // path -> ID of the articles synced
	src.Vectors = store.Vectors(emb)
	src.Load = func(ctx context.Context) ([]corpus.Document, []corpus.Problem, error) {
		docs, problems, err := corpus.Load(dir, corpus.Options{MaxBytes: maxBytes})
		if err != nil {
			return nil, nil, err
		}
		onDisk := map[string]string{}
		for _, d := range docs {
			onDisk[d.ID] = d.Hash
			idAt[d.Path] = d.ID
		}
		// A file that no longer loads keeps its last good version, in the
		// store as in the snapshot (see library.keepLastGood).
		for _, p := range problems {
			if id, ok := idAt[p.Path]; ok && p.Skipped && !p.Duplicate {
				if _, loaded := onDisk[id]; !loaded {
					onDisk[id] = synced[id]
				}
			}
		}
		if synced == nil || !maps.Equal(synced, onDisk) {
			opt := pgstore.SyncOptions{Split: func(d corpus.Document) []retrieve.Chunk { return library.Split(d, chunk) }, Embedder: emb, Prune: synced == nil}
			for id := range synced {
				if _, ok := onDisk[id]; !ok {
					opt.Remove = append(opt.Remove, id)
				}
			}
			st, err := store.Sync(ctx, docs, opt)
			if err != nil {
				return nil, nil, err
			}
			synced = onDisk
			if st.Changed() {
				log.Info("corpus synced to the store", "version", st.Version, "added", st.Added,
					"updated", st.Updated, "removed", st.Removed, "embedded", st.Embedded)
			}
		}
		stored, bad, _, err := store.Documents(ctx)
		if err != nil {
			return nil, nil, err
		}
		return stored, append(problems, bad...), nil
	}
}

// watchStore reloads lib whenever another process changed the store's
// corpus, and once the store is reachable again after an outage (a file
// changed meanwhile could not be synced), until ctx ends; and it adds the
// store to the readiness checks.
func (d *Daemon) watchStore(ctx context.Context, store *pgstore.Store) {
	d.Ops.AddCheck("store", func() error {
		pctx, cancel := context.WithTimeout(ctx, storePingTimeout)
		defer cancel()
		return store.Ping(pctx)
	})
	reload := func(why string) {
		if _, err := d.Library.Reload(ctx); err != nil {
			d.Log.Warn("corpus reload from the store failed", "why", why, "err", err)
		}
	}
	d.goRun(func() error { return d.retryFailedReload(ctx, store) })
	d.goRun(func() error {
		err := store.Watch(ctx, 0, pgstore.WatchOptions{Poll: d.Config.Store.Poll.D(), Down: func(err error) {
			if err == nil {
				d.Log.Info("store reachable again")
				reload("store back")
			}
		}}, func(int64) { reload("store changed") })
		if ctx.Err() != nil {
			return nil
		}
		return err
	})
}

// retryFailedReload reloads again, every store poll, after a reload that
// failed while the store was unreachable once the store answers: a change
// made during an outage is synced even when the watcher never saw the
// outage (it may be shorter than its poll).
func (d *Daemon) retryFailedReload(ctx context.Context, store *pgstore.Store) error {
	every := d.Config.Store.Poll.D()
	if every <= 0 {
		every = 10 * time.Second
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(every):
		}
		if !d.Library.Failed() {
			continue
		}
		pctx, cancel := context.WithTimeout(ctx, storePingTimeout)
		err := store.Ping(pctx)
		cancel()
		if err != nil {
			continue
		}
		if _, err := d.Library.Reload(ctx); err != nil {
			d.Log.Warn("corpus reload after a failed one failed again", "err", err)
		}
	}
}

// storeFeedback records votes in the shared store.
type storeFeedback struct{ store *pgstore.Store }

// Record stores one vote.
func (f storeFeedback) Record(ctx context.Context, v discord.Feedback) error {
	return f.store.RecordFeedback(ctx, v.Time, v)
}

var (
	_ discord.FeedbackStore = storeFeedback{}
	_ discord.RateLimiter   = (*pgstore.RateLimiter)(nil)
	_ retrieve.Vectors      = (*pgstore.Vectors)(nil)
)
