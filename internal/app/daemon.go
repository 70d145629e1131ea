package app

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/almaty-news/newsbot/internal/ops"
	"github.com/almaty-news/newsbot/internal/pgstore"
	"github.com/almaty-news/newsbot/internal/version"
)

// Daemon is the long-running part of the bot that `bot serve` builds on:
// the operator HTTP server (when http.listen is set), the metrics, and
// the served corpus, reloaded when its files change (when reload.watch).
//
// Serve starts it, registers its own readiness check and asks through it:
//
//	d, err := StartDaemon(ctx, cfg, log, os.Getenv("DATABASE_URL"), nil)
//	if err != nil { return err }
//	defer d.Close()
//	d.Ops.AddCheck("discord", gateway.Ready)
//	asker := d.Asker(metrics.FrontendDiscord) // Ask, AskFollowup
//	// d.Metrics: ObserveFeedback, SetGatewayState, ObserveRateLimited
//	// d.Library.Current(): Documents, Document, ChunkCount for /sources
type Daemon struct {
	Config  config.Config
	Log     *slog.Logger
	Metrics *metrics.Metrics
	Ops     *ops.Server
	Library *library.Library
	Store   *pgstore.Store  // the shared store; nil unless store.kind is "postgres"
	service *answer.Service // the template every asker answers with

	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	errs   []error // from the background goroutines
}

// StartDaemon starts the operator HTTP server first (so /healthz answers
// and /readyz says "loading" while the index is built), opens the corpus
// of cfg, and starts watching it. Close stops it. With store.kind
// "postgres" the corpus is kept in the database at dbURL (DATABASE_URL),
// which must be reachable at start; the daemon then also reloads when
// another process changed it, and /readyz fails while it is unreachable.
//
// adjust, when not nil, may change the App (its answer service) before
// the first snapshot is served.
func StartDaemon(ctx context.Context, cfg config.Config, log *slog.Logger, dbURL string, adjust func(*App)) (*Daemon, error) {
	d := &Daemon{Config: cfg, Log: log, Metrics: metrics.New(version.Version)}
	d.Library = library.New(library.ServeOptions{Logger: log, Metrics: d.Metrics})
	d.Ops = ops.New(version.Version, d.Metrics.Handler(), log)
	d.Ops.AddCheck("index", d.Library.Ready)
	d.Ops.AddDetail("corpus", d.Library.Details)
	ctx, d.cancel = context.WithCancel(ctx)
	log.Info("starting", "version", version.Version, "corpus", cfg.Corpus.Dir, "http", cfg.HTTP.Listen)

	if cfg.HTTP.Listen != "" {
		ln, err := ops.Listen(cfg.HTTP.Listen)
		if err != nil {
			d.cancel()
			return nil, err
		}
		d.goRun(func() error { return d.Ops.Serve(ctx, ln) })
	}
	store, err := openStore(ctx, cfg, dbURL, log)
	if err != nil {
		return nil, errors.Join(err, d.Close())
	}
	d.Store = store
	a, err := open(ctx, cfg, log, nil, store)
	if err != nil {
		return nil, errors.Join(err, d.Close())
	}
	a.Meter.OnChat = d.Metrics.AddTokens
	if adjust != nil {
		adjust(a)
	}
	d.service = a.Service
	d.Library.Start(a.Corpus, a.Source)
	if cfg.Reload.Watch {
		opt := library.WatchOptions{Debounce: cfg.Reload.Debounce.D(), Poll: cfg.Reload.Poll.D()}
		d.goRun(func() error { return d.Library.Watch(ctx, opt) })
	}
	if store != nil {
		d.watchStore(ctx, store)
	}
	return d, nil
}

// Asker returns the asker of a front end (metrics.FrontendDiscord):
// every question logged once and counted in the daemon's metrics.
func (d *Daemon) Asker(frontend string) *answer.Asker {
	return answer.NewAsker(d.Library, d.service, frontend, answer.AskerOptions{
		Logger: d.Log, Metrics: d.Metrics, LogQuestions: d.Config.Log.Questions,
	})
}

// goRun runs f in the background until Close; its error is logged and
// returned by Close.
func (d *Daemon) goRun(f func() error) {
	d.wg.Go(func() {
		if err := f(); err != nil {
			d.Log.Error("background task stopped", "err", err)
			d.mu.Lock()
			d.errs = append(d.errs, err)
			d.mu.Unlock()
		}
	})
}

// Close stops the HTTP server and the watchers, waits for them and
// closes the store.
func (d *Daemon) Close() error {
	d.cancel()
	d.wg.Wait()
	if d.Store != nil {
		d.Store.Close()
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return errors.Join(d.errs...)
}
