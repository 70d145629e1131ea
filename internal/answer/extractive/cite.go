package extractive

import (
	"strconv"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
)

// source is a span of an article the answer can cite.
type source struct {
	docID, chunkID string
	start, end     int // byte offsets in the document
	text           string
}

func (c *candidate) source() source {
	return source{docID: c.passage.DocID, chunkID: c.passage.ID, start: c.start, end: c.end, text: c.text}
}

// writer builds an answer text and numbers its citations in order of
// first appearance; a source cited twice keeps its number.
type writer struct {
	b     strings.Builder
	cites []answer.Citation
	num   map[string]int // docID@start → n
	docs  answer.Catalog
}

func newWriter(docs answer.Catalog) *writer { return &writer{num: map[string]int{}, docs: docs} }

// marks returns "[1][2]" for the sources, numbering new ones.
func (w *writer) marks(srcs []source) (string, []int) {
	var b strings.Builder
	var ns []int
	for _, s := range srcs {
		key := s.docID + "@" + strconv.Itoa(s.start)
		n, ok := w.num[key]
		if !ok {
			n = len(w.cites) + 1
			w.num[key] = n
			w.cites = append(w.cites, w.citation(n, s))
		}
		if !containsInt(ns, n) {
			ns = append(ns, n)
			b.WriteString("[" + strconv.Itoa(n) + "]")
		}
	}
	return b.String(), ns
}

// sentence appends one sentence to the answer.
func (w *writer) sentence(s string) {
	if w.b.Len() > 0 {
		w.b.WriteByte(' ')
	}
	w.b.WriteString(s)
}

func (w *writer) citation(n int, s source) answer.Citation {
	cit := answer.Citation{N: n, DocID: s.docID, ChunkID: s.chunkID, Text: s.text, Start: s.start, End: s.end}
	if w.docs != nil {
		if d, ok := w.docs.Document(s.docID); ok {
			cit.Title, cit.Outlet, cit.Date, cit.URL = d.Title, d.Outlet, d.Date, d.URL
		}
	}
	return cit
}

// reportKey names the report a document is: its outlet when the article
// states one, else the document itself. Two articles of one outlet are
// one report when counting corroboration.
func reportKey(docs answer.Catalog, docID string) string {
	if docs != nil {
		if d, ok := docs.Document(docID); ok && d.Outlet != "" {
			return "outlet:" + strings.ToLower(d.Outlet)
		}
	}
	return "doc:" + docID
}

// lister is a Catalog that can also list its articles (library.Snapshot).
type lister interface {
	Documents() []corpus.Document
}

// reportCount is the number of reports in the corpus, 0 when unknown.
func reportCount(docs answer.Catalog) int {
	l, ok := docs.(lister)
	if !ok {
		return 0
	}
	seen := map[string]bool{}
	for _, d := range l.Documents() {
		seen[reportKey(docs, d.ID)] = true
	}
	return len(seen)
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
