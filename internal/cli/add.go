package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/fetch"
	"github.com/almaty-news/newsbot/internal/metrics"
)

// webAdder adds articles from the web into the corpus, under the limits
// of the [feeds] table; m counts the fetches (nil counts nothing).
func webAdder(cfg config.Config, m *metrics.Metrics) *fetch.Adder {
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

func runAdd(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("add", `add [--json] [--corpus DIR] [--config FILE] URL

Fetches the article at URL and saves it in the corpus directory as a .md
file with front matter; a running bot serves it after its hot reload. An
article already in the corpus (same link, or the same text under another
outlet) is not added again. Limits and allowed networks: [feeds] in the config.`, env.Stderr)
	asJSON := fs.Bool("json", false, "print the added article as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("add: want exactly one URL")
	}
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return err
	}
	log := newLogger(env.Stderr, cfg.Log).With("component", "fetch")
	a := webAdder(cfg, nil)
	doc, err := a.Add(ctx, pos[0])
	if err != nil {
		if !errors.Is(err, fetch.ErrDuplicate) {
			log.Warn("article not added", "err", err)
		}
		return fmt.Errorf("add: %s", fetch.Explain(err))
	}
	n := a.Passages(doc)
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(map[string]any{
			"id": doc.ID, "title": doc.Title, "outlet": doc.Outlet, "date": doc.Date,
			"url": doc.URL, "added": doc.Added, "passages": n, "file": doc.Path,
		})
	}
	fmt.Fprintf(env.Stdout, "Added %s\nTitle:    %s\nOutlet:   %s\nDate:     %s\nURL:      %s\nPassages: %d\nFile:     %s\n",
		doc.ID, dash(doc.Title), dash(doc.Outlet), dash(doc.Date), doc.URL, n, doc.Path)
	return nil
}
