package fetch

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
)

// Sources of a fetch, as the metrics label them.
const (
	SourceLink = "link" // bot add, /add
	SourceFeed = "feed" // a feed document
	SourceItem = "item" // a feed item's article
)

// DuplicateError says the article is already in the corpus, as Existing.
type DuplicateError struct {
	Existing corpus.Document
	Why      string // "same link" or "same text"
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("%s as %s (%s)", ErrDuplicate, e.Existing.ID, e.Why)
}

// Unwrap makes errors.Is(err, ErrDuplicate) true.
func (e *DuplicateError) Unwrap() error { return ErrDuplicate }

// Adder fetches articles and saves the new ones into a Store.
type Adder struct {
	Client  *Client
	Store   Store
	Now     func() time.Time             // time.Now when nil
	Observe func(source, outcome string) // counts every fetch; optional
	Chunk   chunk.Options                // how the index splits articles, for Passages
	mu      sync.Mutex                   // one save at a time, so two adds of one story cannot both pass the duplicate check
}

// Passages is the number of passages the index will make of d.
func (a *Adder) Passages(d corpus.Document) int { return len(chunk.Split(d.Body(), a.Chunk)) }

// Add fetches link and saves its article; see AddFrom.
func (a *Adder) Add(ctx context.Context, link string) (corpus.Document, error) {
	return a.AddFrom(ctx, link, SourceLink)
}

// AddFrom fetches link, extracts the article and saves it unless the
// corpus holds it already (a *DuplicateError naming it). source labels
// the fetch in the metrics.
func (a *Adder) AddFrom(ctx context.Context, link, source string) (corpus.Document, error) {
	doc, err := a.add(ctx, link)
	if a.Observe != nil {
		a.Observe(source, Outcome(err))
	}
	if err != nil {
		return doc, fmt.Errorf("add %s: %w", redactURL(link), err)
	}
	return doc, nil
}

func (a *Adder) add(ctx context.Context, link string) (corpus.Document, error) {
	docs, err := a.Store.documents()
	if err != nil {
		return corpus.Document{}, err
	}
	if d, ok := sameLink(docs, link); ok {
		return d, &DuplicateError{Existing: d, Why: "same link"}
	}
	resp, err := a.Client.Get(ctx, link, Conditional{})
	if err != nil {
		return corpus.Document{}, err
	}
	if !isHTML(resp) {
		return corpus.Document{}, fmt.Errorf("%s: %w", orUnknown(resp.ContentType), ErrNotHTML)
	}
	art, err := Extract(resp.Body, resp.URL)
	if err != nil {
		return corpus.Document{}, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if docs, err = a.Store.documents(); err != nil {
		return corpus.Document{}, err
	}
	if d, ok := sameLink(docs, resp.URL.String(), art.Canonical); ok {
		return d, &DuplicateError{Existing: d, Why: "same link"}
	}
	if d, ok := sameText(docs, art.Text); ok {
		return d, &DuplicateError{Existing: d, Why: "same text"}
	}
	saved := art.Canonical
	if saved == "" {
		saved = resp.URL.String()
	}
	saved = CleanURL(saved)
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	return a.Store.Save(art, saved, now())
}

// isHTML reports an HTML response, sniffing when the type is not declared.
func isHTML(r Response) bool {
	ct := r.ContentType
	if ct == "" {
		ct = strings.ToLower(http.DetectContentType(r.Body))
	}
	return strings.Contains(ct, "text/html") || strings.Contains(ct, "xhtml")
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown type"
	}
	return s
}

// redactURL drops the user info and query of a link for logs and errors:
// a query can carry a token.
func redactURL(link string) string {
	s, _, _ := strings.Cut(link, "?")
	if at := strings.Index(s, "@"); at >= 0 {
		if scheme := strings.Index(s, "://"); scheme >= 0 && scheme < at {
			s = s[:scheme+3] + s[at+1:]
		}
	}
	return s
}
