package cli

import (
	"fmt"

	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/corpus"
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

// citer numbers the cited sentences of a text output in order of first
// appearance and lists them at the end.
type citer struct {
	cat   *catalog
	keys  []citeKey
	num   map[citeKey]int
	shown map[citeKey]bool // printed in full already: the list names the article only
}

type citeKey struct {
	doc        string
	start, end int
}

func newCiter(cat *catalog) *citer {
	return &citer{cat: cat, num: map[citeKey]int{}, shown: map[citeKey]bool{}}
}

// markShown is mark for a sentence the output prints in full.
func (c *citer) markShown(doc string, start, end int) string {
	c.shown[citeKey{doc, start, end}] = true
	return c.mark(doc, start, end)
}

// mark returns "[n]" for a sentence of a document.
func (c *citer) mark(doc string, start, end int) string {
	k := citeKey{doc, start, end}
	n, ok := c.num[k]
	if !ok {
		c.keys = append(c.keys, k)
		n = len(c.keys)
		c.num[k] = n
	}
	return fmt.Sprintf("[%d]", n)
}

// sources writes the numbered list of cited sentences.
func (c *citer) sources() string {
	if len(c.keys) == 0 {
		return ""
	}
	out := "\nSources:\n"
	for i, k := range c.keys {
		d := c.cat.byID[k.doc]
		out += fmt.Sprintf("  [%d] %s\n", i+1, sourceLine(d.Title, d.Outlet, d.Date, d.ID))
		if !c.shown[k] {
			out += fmt.Sprintf("      “%s”\n", oneLine(d.Text[k.start:k.end]))
		}
	}
	return out
}
