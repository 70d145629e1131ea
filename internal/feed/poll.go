package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/fetch"
	"github.com/mmcdole/gofeed"
)

// Adder adds one article by its link; *fetch.Adder is one.
type Adder interface {
	AddFrom(ctx context.Context, link, source string) (corpus.Document, error)
}

// Getter fetches a feed document; *fetch.Client is one.
type Getter interface {
	Get(ctx context.Context, rawURL string, cond fetch.Conditional) (fetch.Response, error)
}

var (
	_ Adder  = (*fetch.Adder)(nil)
	_ Getter = (*fetch.Client)(nil)
)

// Poller polls feeds and adds their new items.
type Poller struct {
	Feeds     []string
	Keywords  []string // keep only items whose title, summary or categories name one; all when empty
	StatePath string
	Get       Getter
	Add       Adder
	Log       *slog.Logger
	Now       func() time.Time             // time.Now when nil
	Observe   func(source, outcome string) // counts feed fetches; optional
}

// Run polls every feed now and then every interval until ctx ends.
func (p *Poller) Run(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := p.PollOnce(ctx); err != nil {
			p.logger().Warn("poll feeds", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// PollOnce polls each feed once and saves the state. A feed that fails
// records its error and does not stop the others.
func (p *Poller) PollOnce(ctx context.Context) error {
	states, err := LoadStates(p.StatePath)
	if err != nil {
		return err
	}
	for _, u := range p.Feeds {
		if ctx.Err() != nil {
			break
		}
		s := states[u]
		if s == nil {
			s = &State{URL: u}
			states[u] = s
		}
		p.pollFeed(ctx, s)
		if err := SaveStates(p.StatePath, states); err != nil {
			return err
		}
	}
	return nil
}

func (p *Poller) logger() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// pollFeed fetches one feed and adds its new items, recording the outcome in s.
func (p *Poller) pollFeed(ctx context.Context, s *State) {
	s.LastFetch = p.now().UTC()
	resp, err := p.Get.Get(ctx, s.URL, fetch.Conditional{ETag: s.ETag, LastModified: s.LastModified})
	outcome := fetch.Outcome(err)
	defer func() {
		if p.Observe != nil {
			p.Observe(fetch.SourceFeed, outcome)
		}
	}()
	if err != nil {
		s.LastError = err.Error()
		p.logger().Warn("fetch feed", "feed", s.URL, "err", err)
		return
	}
	if resp.Status == http.StatusNotModified {
		outcome, s.LastError = "unchanged", ""
		return
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		outcome, s.LastError = "not_feed", fmt.Sprintf("parse feed: %v", err)
		p.logger().Warn("parse feed", "feed", s.URL, "err", err)
		return
	}
	outcome = "fetched"
	s.ETag, s.LastModified, s.LastError = resp.ETag, resp.LastModified, ""
	for _, it := range oldestFirst(parsed.Items) {
		p.addItem(ctx, s, it)
	}
}

// addItem adds one item's article unless it was handled before or does
// not match the keywords.
func (p *Poller) addItem(ctx context.Context, s *State, it *gofeed.Item) {
	link := strings.TrimSpace(it.Link)
	if link == "" || s.seen(fetch.CanonicalURL(link)) {
		return
	}
	if !p.matches(it) {
		s.remember(fetch.CanonicalURL(link))
		return
	}
	doc, err := p.Add.AddFrom(ctx, link, fetch.SourceItem)
	switch {
	case err == nil:
		s.ItemsAdded++
		p.logger().Info("feed item added", "feed", s.URL, "id", doc.ID, "title", doc.Title)
	case errors.Is(err, fetch.ErrTimeout), errors.Is(err, context.Canceled), errors.Is(err, fetch.ErrStatus):
		p.logger().Warn("feed item not added, will retry", "feed", s.URL, "err", err)
		return // try again next poll
	case errors.Is(err, fetch.ErrDuplicate):
		p.logger().Debug("feed item already in the corpus", "feed", s.URL, "err", err)
	default:
		p.logger().Warn("feed item not added", "feed", s.URL, "err", err)
	}
	s.remember(fetch.CanonicalURL(link))
}

// matches reports whether the item names one of the keywords.
func (p *Poller) matches(it *gofeed.Item) bool {
	if len(p.Keywords) == 0 {
		return true
	}
	text := words(it.Title + " " + it.Description + " " + strings.Join(it.Categories, " "))
	for _, k := range p.Keywords {
		if k = words(k); k != "  " && strings.Contains(text, k) {
			return true
		}
	}
	return false
}

// words is s lower-cased with every run of other characters than letters
// and digits made one space, padded with spaces, so that Contains
// matches whole words and phrases only ("war" is not in "award").
func words(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return " " + strings.Join(f, " ") + " "
}

// oldestFirst orders items by publication time, undated ones last, so
// articles are added in the order they appeared.
func oldestFirst(items []*gofeed.Item) []*gofeed.Item {
	out := append([]*gofeed.Item(nil), items...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].PublishedParsed, out[j].PublishedParsed
		if a == nil || b == nil {
			return a != nil
		}
		return a.Before(*b)
	})
	return out
}
