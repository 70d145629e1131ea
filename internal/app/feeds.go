package app

import (
	"context"
	"log/slog"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/feed"
	"github.com/almaty-news/newsbot/internal/fetch"
	"github.com/almaty-news/newsbot/internal/metrics"
)

// WebAdder adds articles from the web into the corpus, under the limits
// of the [feeds] table; m counts the fetches (nil counts nothing).
func WebAdder(cfg config.Config, m *metrics.Metrics) *fetch.Adder {
	f := cfg.Feeds
	client := fetch.NewClient(fetch.Options{
		MaxBytes: f.MaxBytes, Timeout: f.Timeout.D(), MaxRedirects: f.MaxRedirects,
		HostInterval: f.HostInterval.D(), AllowNetworks: f.Networks(),
	})
	return &fetch.Adder{
		Client:  client,
		Store:   fetch.Store{Dir: cfg.Corpus.Dir, MaxBytes: cfg.Corpus.MaxFileBytes},
		Observe: m.ObserveFetch,
		Chunk:   chunk.Options{Size: cfg.Chunk.Size, Overlap: cfg.Chunk.Overlap},
	}
}

// NewPoller follows the feeds of cfg, adding their items with a.
func NewPoller(cfg config.Config, a *fetch.Adder, m *metrics.Metrics, log *slog.Logger) *feed.Poller {
	return &feed.Poller{
		Feeds: cfg.Feeds.URLs, Keywords: cfg.Feeds.Keywords, StatePath: feed.StatePath(cfg.Corpus.Dir),
		Get: a.Client, Add: a, Log: log.With("component", "feeds"), Observe: m.ObserveFetch,
	}
}

// startFeeds polls the configured feeds in the background until the
// returned stop is called; it does nothing without feeds.
func startFeeds(ctx context.Context, cfg config.Config, a *fetch.Adder, m *metrics.Metrics, log *slog.Logger) (stop func()) {
	if len(cfg.Feeds.URLs) == 0 {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	p := NewPoller(cfg, a, m, log)
	go func() {
		defer close(done)
		p.Run(ctx, cfg.Feeds.Interval.D())
	}()
	log.Info("following feeds", "feeds", len(cfg.Feeds.URLs), "interval", cfg.Feeds.Interval.D().String())
	return func() { cancel(); <-done }
}
