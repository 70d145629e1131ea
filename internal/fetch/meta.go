package fetch

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself outside the article text.
type pageMeta struct {
	canonical string // <link rel=canonical>, else og:url
	siteName  string // og:site_name, else the JSON-LD publisher's name
	title     string // og:title, else the JSON-LD headline
	published string // article:published_time, JSON-LD datePublished, else the first <time datetime>
	paywalled bool   // JSON-LD isAccessibleForFree is false
}

// readMeta walks the document once for links, meta tags, JSON-LD and <time>.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ogURL, timeAttr string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(firstAttr(n, "property", "name", "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:url":
					ogURL = val
				case "og:site_name":
					setOnce(&m.siteName, val)
				case "og:title":
					setOnce(&m.title, val)
				case "article:published_time", "datepublished", "date", "pubdate":
					setOnce(&m.published, val)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.jsonLD(n.FirstChild.Data)
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	setOnce(&m.canonical, ogURL)
	setOnce(&m.published, timeAttr)
	return m
}

// jsonLD reads a NewsArticle-like object (or a list or @graph of them).
func (m *pageMeta) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}

	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			if _, ok := x["datePublished"]; !ok {
				if _, ok := x["headline"]; !ok {
					return
				}
			}
			setOnce(&m.published, str(x["datePublished"]))
			setOnce(&m.title, str(x["headline"]))
			if p, ok := x["publisher"].(map[string]any); ok {
				setOnce(&m.siteName, str(p["name"]))
			}
			switch f := x["isAccessibleForFree"].(type) {
			case bool:
				m.paywalled = m.paywalled || !f
			case string:
				m.paywalled = m.paywalled || strings.EqualFold(f, "false")
			}
		}
	}
	visit(v)
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := attr(n, k); v != "" {
			return v
		}
	}
	return ""
}
