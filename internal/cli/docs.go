package cli

import (
	"fmt"

	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
)

// catalog is the corpus loaded without an index: what the timeline and
// quote commands need.
type catalog struct {
	docs []corpus.Document
	byID map[string]corpus.Document
}

// loadDocs loads the configured corpus, logging files with problems.
func loadDocs(c *common, env Env) (*catalog, error) {
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return nil, err
	}
	log := newLogger(env.Stderr, cfg.Log)
	docs, problems, err := corpus.Load(cfg.Corpus.Dir, corpus.Options{MaxBytes: cfg.Corpus.MaxFileBytes})
	if err != nil {
		return nil, app.CorpusError(err, cfg.Corpus.Dir)
	}
	app.LogProblems(log, problems)
	cat := &catalog{docs: docs, byID: map[string]corpus.Document{}}
	for _, d := range docs {
		cat.byID[d.ID] = d
	}
	return cat, nil
}

// sourceJSON is one cited sentence in the timeline and quote JSON.
type sourceJSON struct {
	Doc    string `json:"doc"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

func (c *catalog) sourceJSON(doc string, start, end int) sourceJSON {
	d := c.byID[doc]
	return sourceJSON{Doc: doc, Title: d.Title, Outlet: d.Outlet, Date: d.Date, Text: d.Text[start:end], Start: start, End: end}
}

// sources writes the numbered list of the sentences a view cites; those
// in shown are printed in full already, so the list names their article
// only.
func (c *catalog) sources(cites []news.Cite, shown map[int]bool) string {
	if len(cites) == 0 {
		return ""
	}
	out := "\nSources:\n"
	for _, k := range cites {
		d := c.byID[k.DocID]
		out += fmt.Sprintf("  [%d] %s\n", k.N, sourceLine(d.Title, d.Outlet, d.Date, d.ID))
		if !shown[k.N] {
			out += fmt.Sprintf("      “%s”\n", oneLine(d.Text[k.Start:k.End]))
		}
	}
	return out
}
