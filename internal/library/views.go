package library

import (
	"fmt"
	"sync"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
)

// views are the values derived from a snapshot's documents, each built on
// first use and then shared by every question on the snapshot. A view
// whose build fails (a panic in the news package on some article) is an
// error for every request on the snapshot: it never passes for a view
// that matches nothing.
type views struct {
	buildTimeline func([]corpus.Document) []news.Entry
	buildQuotes   func([]corpus.Document) *news.QuoteIndex

	timelineOnce sync.Once
	timeline     []news.Entry
	timelineErr  error
	quotesOnce   sync.Once
	quotes       *news.QuoteIndex
	quotesErr    error
}

func newViews() views {
	return views{buildTimeline: news.BuildTimeline, buildQuotes: news.IndexQuotes}
}

// Timeline returns the chronology of the snapshot's articles (see
// news.BuildTimeline), built once.
func (s *Snapshot) Timeline() ([]news.Entry, error) {
	v := &s.views
	v.timelineOnce.Do(func() {
		v.timelineErr = s.build("timeline", func() { v.timeline = v.buildTimeline(s.docs) })
	})
	return v.timeline, v.timelineErr
}

// Quotes returns the index of the attributed quotes of the snapshot's
// articles (see news.IndexQuotes), built once.
func (s *Snapshot) Quotes() (*news.QuoteIndex, error) {
	v := &s.views
	v.quotesOnce.Do(func() {
		v.quotesErr = s.build("quote index", func() { v.quotes = v.buildQuotes(s.docs) })
	})
	return v.quotes, v.quotesErr
}

// build runs f, turning a panic into an error.
func (s *Snapshot) build(view string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("build the %s of %d articles: %v", view, len(s.docs), r)
		}
	}()
	f()
	return nil
}
