package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/feed"
)

func runFeeds(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("feeds", `feeds [--poll] [--json] [--corpus DIR] [--config FILE]

Shows each configured feed ([feeds] urls) with its last fetch, the items
added from it and its last error. --poll polls every feed once first.`, env.Stderr)
	poll := fs.Bool("poll", false, "poll every feed once now, adding new items")
	asJSON := fs.Bool("json", false, "print the states as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("feeds: unexpected argument %q", pos[0])
	}
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return err
	}
	if *poll {
		log := newLogger(env.Stderr, cfg.Log)
		if err := app.NewPoller(cfg, app.WebAdder(cfg, nil), nil, log).PollOnce(ctx); err != nil {
			return err
		}
	}
	states, err := feed.LoadStates(feed.StatePath(cfg.Corpus.Dir))
	if err != nil {
		return err
	}
	rows := []feed.State{}
	for _, u := range cfg.Feeds.URLs {
		s := feed.State{URL: u}
		if st, ok := states[u]; ok {
			s = *st
		}
		s.Seen = nil
		rows = append(rows, s)
	}
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(env.Stdout, "No feeds configured: add their links to [feeds] urls in the config.")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tLAST FETCH\tADDED\tLAST ERROR")
	for _, s := range rows {
		last := "never"
		if !s.LastFetch.IsZero() {
			last = s.LastFetch.UTC().Format(time.DateTime) + " UTC"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", s.URL, last, s.ItemsAdded, dash(s.LastError))
	}
	return tw.Flush()
}
