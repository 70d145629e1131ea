package cli

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
	"github.com/almaty-news/newsbot/internal/version"
)

// asker is a command's way to ask: through answer.Asker, so a question
// is logged (at debug level: the command prints the outcome itself) and
// counted like any other, against a library that is not watched.
// frontend is metrics.FrontendCLI or metrics.FrontendEval.
func (a *app) asker(frontend string) *answer.Asker {
	l := library.New(library.ServeOptions{Logger: a.log})
	l.Start(a.lib, a.libOpts)
	ask := answer.NewAsker(l, a.service, frontend, answer.AskerOptions{Logger: a.log, LogQuestions: a.cfg.Log.Questions})
	ask.Level, ask.ErrorLevel = slog.LevelDebug, slog.LevelDebug
	return ask
}

// daemon is the long-running part of the bot that `bot serve` builds on:
// the operator HTTP server (when http.listen is set), the metrics, and
// the live corpus, reloaded when its files change (when reload.watch).
//
// bot serve starts it, registers its own readiness check and asks through
// it:
//
//	d, err := startDaemon(ctx, c, env, nil)
//	if err != nil { return err }
//	defer d.Close()
//	d.ops.AddCheck("discord", gateway.Ready)
//	asker := d.asker(metrics.FrontendDiscord) // Ask, AskFollowup
//	// d.metrics: ObserveFeedback, SetGatewayState, ObserveRateLimited
//	// d.lib.Current(): Documents, Document, ChunkCount for /sources
type daemon struct {
	cfg     config.Config
	log     *slog.Logger
	metrics *metrics.Metrics
	ops     *ops.Server
	lib     *library.Library
	service *answer.Service // the template every asker answers with

	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	errs   []error // from the background goroutines
}

// startDaemon loads the configuration, starts the operator HTTP server
// first (so /healthz answers and /readyz says "loading" while the index
// is built), opens the corpus, and starts watching it. Close stops it.
//
// adjust, when not nil, may change the app (its answer service) before the
// first snapshot is built from it.
func startDaemon(ctx context.Context, c *common, env Env, adjust func(*app)) (*daemon, error) {
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return nil, err
	}
	log := newLogger(env.Stderr, cfg.Log)
	d := &daemon{cfg: cfg, log: log, metrics: metrics.New(version.Version)}
	d.lib = library.New(library.ServeOptions{Logger: log, Metrics: d.metrics})
	d.ops = ops.New(version.Version, d.metrics.Handler(), log)
	d.ops.AddCheck("index", d.lib.Ready)
	d.ops.AddDetail("corpus", d.lib.Details)
	ctx, d.cancel = context.WithCancel(ctx)
	log.Info("starting", "version", version.Version, "corpus", cfg.Corpus.Dir, "http", cfg.HTTP.Listen)

	if cfg.HTTP.Listen != "" {
		ln, err := ops.Listen(cfg.HTTP.Listen)
		if err != nil {
			d.cancel()
			return nil, err
		}
		d.goRun(func() error { return d.ops.Serve(ctx, ln) })
	}
	a, err := openAppWith(ctx, cfg, log, nil) // the config is loaded once, above
	if err != nil {
		return nil, errors.Join(err, d.Close())
	}
	a.meter.OnChat = d.metrics.AddTokens
	if adjust != nil {
		adjust(a)
	}
	d.service = a.service
	d.lib.Start(a.lib, a.libOpts)
	if cfg.Reload.Watch {
		opt := library.WatchOptions{Debounce: cfg.Reload.Debounce.D(), Poll: cfg.Reload.Poll.D()}
		d.goRun(func() error { return d.lib.Watch(ctx, opt) })
	}
	return d, nil
}

// asker returns the asker of a front end (metrics.FrontendDiscord):
// every question logged once and counted in the daemon's metrics.
func (d *daemon) asker(frontend string) *answer.Asker {
	return answer.NewAsker(d.lib, d.service, frontend, answer.AskerOptions{
		Logger: d.log, Metrics: d.metrics, LogQuestions: d.cfg.Log.Questions,
	})
}

// goRun runs f in the background until Close; its error is logged and
// returned by Close.
func (d *daemon) goRun(f func() error) {
	d.wg.Go(func() {
		if err := f(); err != nil {
			d.log.Error("background task stopped", "err", err)
			d.mu.Lock()
			d.errs = append(d.errs, err)
			d.mu.Unlock()
		}
	})
}

// Close stops the HTTP server and the watcher and waits for them.
func (d *daemon) Close() error {
	d.cancel()
	d.wg.Wait()
	d.mu.Lock()
	defer d.mu.Unlock()
	return errors.Join(d.errs...)
}
