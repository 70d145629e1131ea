package discord

import (
	"sync"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
)

// newsViews are the timeline and the quote index of one catalog read,
// each built on first use and then kept until the next Refresh, so a
// reloaded corpus shows in /timeline and /quote and an unchanged one costs
// nothing more.
type newsViews struct {
	docs     []corpus.Document
	timeline TimelineFunc
	quotes   QuoteIndexFunc

	tlOnce  sync.Once
	entries []news.Entry
	qOnce   sync.Once
	index   QuoteFinder
}

// Timeline returns the chronology of the articles, building it once.
func (v *newsViews) Timeline() []news.Entry {
	v.tlOnce.Do(func() { v.entries = v.timeline(v.docs) })
	return v.entries
}

// FindQuotes returns the statements matching words, indexing once.
func (v *newsViews) FindQuotes(words string) []news.Statement {
	v.qOnce.Do(func() { v.index = v.quotes(v.docs) })
	if v.index == nil {
		return nil
	}
	return v.index.Find(words)
}

var (
	_ TimelineFunc = news.BuildTimeline
	_ QuoteFinder  = (*news.QuoteIndex)(nil)
)

// defaultQuotes indexes quotes with news.IndexQuotes.
func defaultQuotes(docs []corpus.Document) QuoteFinder { return news.IndexQuotes(docs) }
