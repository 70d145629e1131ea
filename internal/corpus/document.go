package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
)

// Document is one article.
type Document struct {
	ID     string // file name without extension, e.g. "000_b395c66eadaac4a8"; stable
	Path   string // path as found on disk
	Title  string // from front matter, else derived from the body's first sentence
	Outlet string // "" when the text does not state it; never invented
	Date   string // "2006-01-02" when known, else ""
	URL    string // from front matter, else ""
	Added  string // RFC 3339 time the article was added from URL (front matter "added"), else ""
	Text   string // the whole file content exactly as on disk (valid UTF-8)

	// BodyStart and BodyEnd are byte offsets into Text of the article body:
	// after front matter and a leading date marker, before a trailing
	// "Source: ..." line, with surrounding whitespace trimmed off.
	BodyStart, BodyEnd int

	Hash string // hex sha256 of the file bytes
}

// Body returns the article body, Text[BodyStart:BodyEnd].
func (d Document) Body() string {
	return d.Text[d.BodyStart:d.BodyEnd]
}

// Parse builds a Document from one file's bytes. path is used for the ID
// and the Path field; nothing is read from disk. When the file cannot be
// loaded the error is a Problem whose Reason says why (not valid UTF-8,
// empty, binary, malformed front matter, ...). Warnings are dropped; use
// ParseWithWarnings to get them.
func Parse(path string, data []byte) (Document, error) {
	doc, _, err := ParseWithWarnings(path, data)
	return doc, err
}

// ParseWithWarnings is Parse that also returns the warnings for a file that
// did load, such as an unknown front matter key or an unparseable date, as
// Problems with Skipped false.
func ParseWithWarnings(path string, data []byte) (Document, []Problem, error) {
	if reason := checkContent(data); reason != "" {
		return Document{}, nil, skip(path, reason)
	}
	text := string(data)
	sum := sha256.Sum256(data)
	doc := Document{ID: idOf(path), Path: path, Text: text, Hash: hex.EncodeToString(sum[:])}

	fm, err := readFrontMatter(text)
	if err != nil {
		return Document{}, nil, skip(path, "malformed front matter: "+err.Error())
	}
	var warnings []Problem
	for _, w := range fm.warnings {
		warnings = append(warnings, warn(path, w))
	}

	lay := findBody(text, fm.end)
	if lay.start == lay.end {
		reason := "empty body"
		if fm.found {
			reason = "empty body after front matter"
		}
		return Document{}, nil, skip(path, reason)
	}
	if lay.warning != "" {
		warnings = append(warnings, warn(path, lay.warning))
	}
	doc.BodyStart, doc.BodyEnd = lay.start, lay.end
	doc.Date = firstNonEmpty(fm.date, lay.date)
	doc.Outlet = firstNonEmpty(fm.outlet, lay.outlet)
	doc.URL = fm.url
	doc.Added = fm.added
	doc.Title = fm.title
	if doc.Title == "" {
		doc.Title = deriveTitle(doc.Body())
	}
	return doc, warnings, nil
}

// idOf returns the file name without its extension.
func idOf(path string) string {
	base := filepath.Base(path)
	if path == "" {
		return ""
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
