package discord

import (
	"fmt"
	"log/slog"
	"sync"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
)

// newsViews are the timeline and the quote index of one catalog read,
// each built on first use and then kept until the next Refresh, so a
// reloaded corpus shows in /timeline and /quote and an unchanged one costs
// nothing more. A view whose build fails (a panic in the news package on
// some article) is logged once and reported to every request until the
// next Refresh: it never passes for a view that matches nothing.
type newsViews struct {
	docs     []corpus.Document
	timeline TimelineFunc
	quotes   QuoteIndexFunc
	log      *slog.Logger // nil: failures are not logged

	tlOnce  sync.Once
	entries []news.Entry
	tlErr   error
	qOnce   sync.Once
	index   QuoteFinder
	qErr    error
}

// Timeline returns the chronology of the articles, building it once.
func (v *newsViews) Timeline() ([]news.Entry, error) {
	v.tlOnce.Do(func() { v.tlErr = v.build("timeline", func() { v.entries = v.timeline(v.docs) }) })
	return v.entries, v.tlErr
}

// FindQuotes returns the statements matching words, indexing once.
func (v *newsViews) FindQuotes(words string) ([]news.Statement, error) {
	v.qOnce.Do(func() { v.qErr = v.build("quote index", func() { v.index = v.quotes(v.docs) }) })
	if v.qErr != nil || v.index == nil {
		return nil, v.qErr
	}
	return v.index.Find(words), nil
}

// build runs f, turning a panic into an error that is logged once.
func (v *newsViews) build(view string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("build the %s of %d articles: %v", view, len(v.docs), r)
			if v.log != nil {
				v.log.Error("news view failed; its command reports an error until the next reload", "err", err)
			}
		}
	}()
	f()
	return nil
}

var (
	_ TimelineFunc = news.BuildTimeline
	_ QuoteFinder  = (*news.QuoteIndex)(nil)
)

// defaultQuotes indexes quotes with news.IndexQuotes.
func defaultQuotes(docs []corpus.Document) QuoteFinder { return news.IndexQuotes(docs) }
