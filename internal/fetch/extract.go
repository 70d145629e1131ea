package fetch

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// minArticleChars is the least text an extracted article must have.
const minArticleChars = 300

// stubChars is the length under which a page that says it is paywalled,
// or asks the reader to subscribe, is taken for a stub.
const stubChars = 1500

// Article is one page's article: text and metadata.
type Article struct {
	Title     string
	Outlet    string // og:site_name, the JSON-LD publisher, else the host
	Date      string // 2006-01-02, "" when the page does not say
	Byline    string
	Canonical string // the page's canonical URL, resolved; "" when none
	Text      string // paragraphs separated by blank lines
}

// Extract finds the article in an HTML page fetched from pageURL.
func Extract(page []byte, pageURL *url.URL) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Article{}, fmt.Errorf("parse html: %w", err)
	}
	meta := readMeta(doc) // before readability, which rewrites the tree
	p := readability.NewParser()
	ra, err := p.ParseDocument(doc, pageURL)
	if err != nil {
		return Article{}, fmt.Errorf("extract article: %w", err)
	}
	var text string
	if ra.Node != nil {
		text = paragraphs(ra.Node)
	}
	a := Article{
		Title:  firstOf(meta.title, ra.Title()),
		Outlet: firstOf(ra.SiteName(), meta.siteName, hostName(pageURL)),
		Date:   dateOf(ra, meta.published),
		Byline: strings.TrimSpace(ra.Byline()),
		Text:   text,
	}
	if meta.canonical != "" {
		if c, err := pageURL.Parse(meta.canonical); err == nil && (c.Scheme == "http" || c.Scheme == "https") {
			a.Canonical = c.String()
		}
	}
	n := len([]rune(a.Text))
	if n < stubChars && (meta.paywalled || asksToSubscribe(a.Text)) {
		return a, fmt.Errorf("%d characters of text: %w", n, ErrPaywall)
	}
	if n < minArticleChars {
		return a, fmt.Errorf("%d characters of text: %w", n, ErrNoText)
	}
	return a, nil
}

// paragraphs renders the article's block elements as paragraphs
// separated by blank lines, with runs of space collapsed.
func paragraphs(n *html.Node) string {
	var out []string
	for _, line := range strings.Split(render.InnerText(n), "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n\n")
}

// asksToSubscribe reports a paywall's usual wording.
func asksToSubscribe(text string) bool {
	t := strings.ToLower(text)
	if !strings.Contains(t, "subscri") {
		return false
	}
	for _, w := range []string{"continue reading", "to read the full", "to read this", "subscribers only", "for subscribers", "already a subscriber", "to keep reading"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// dateOf is the publication day readability found, else the page's own.
func dateOf(ra readability.Article, fallback string) string {
	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		return t.Format(time.DateOnly)
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04", time.DateOnly, time.RFC1123Z, time.RFC1123} {
		s := fallback
		if layout == time.DateOnly && len(s) > 10 {
			s = s[:10]
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

func hostName(u *url.URL) string {
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			return v
		}
	}
	return ""
}
