package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/fetch"
)

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
	a := app.WebAdder(cfg, nil)
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
