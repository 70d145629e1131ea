package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/almaty-news/newsbot/internal/corpus"
)

func runSources(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("sources", "sources [--json] [--corpus DIR] [--config FILE]", env.Stderr)
	asJSON := fs.Bool("json", false, "print the list as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("sources: unexpected argument %q (to print one article: bot source ID)", pos[0])
	}
	a, err := openApp(ctx, c, env, nil)
	if err != nil {
		return err
	}
	type row struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Outlet string `json:"outlet"`
		Date   string `json:"date"`
		Chunks int    `json:"chunks"`
	}
	rows := []row{}
	for _, d := range a.Corpus.Documents() {
		rows = append(rows, row{d.ID, d.Title, d.Outlet, d.Date, a.Corpus.ChunkCount(d.ID)})
	}
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(rows)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tOUTLET\tCHUNKS\tTITLE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", r.ID, dash(r.Date), dash(r.Outlet), r.Chunks, r.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n := corpus.Files(a.Corpus.Problems()); n > 0 {
		fmt.Fprintf(env.Stdout, "\n%d file(s) had problems; see the log above.\n", n)
	}
	return nil
}

func runSource(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("source", "source [--corpus DIR] [--config FILE] ID", env.Stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("source: want exactly one article ID (see: bot sources)")
	}
	a, err := openApp(ctx, c, env, nil)
	if err != nil {
		return err
	}
	d, ok := a.Corpus.Document(pos[0])
	if !ok {
		return usagef("source: no article with ID %q (see: bot sources)", pos[0])
	}
	fmt.Fprintf(env.Stdout, "ID:       %s\nTitle:    %s\nOutlet:   %s\nDate:     %s\n", d.ID, dash(d.Title), dash(d.Outlet), dash(d.Date))
	if d.URL != "" {
		fmt.Fprintf(env.Stdout, "URL:      %s\n", d.URL)
	}
	if d.Added != "" {
		fmt.Fprintf(env.Stdout, "Added:    %s\n", d.Added)
	}
	fmt.Fprintf(env.Stdout, "File:     %s\nPassages: %d\n\n%s\n", d.Path, a.Corpus.ChunkCount(d.ID), d.Body())
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
