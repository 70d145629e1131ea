package discord

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/bwmarrin/discordgo"
)

// maxRefLen is the longest article ID used as is in custom IDs and
// autocomplete values; longer ones are replaced by a hash.
const maxRefLen = 50

// docIndex is the Catalog indexed for lookups by ID and by reference.
type docIndex struct {
	docs   []corpus.Document
	byID   map[string]int
	byRef  map[string]int
	chunks func(id string) int
	news   NewsViews // of the same snapshot; nil before the corpus is loaded
}

func newDocIndex(c Catalog) *docIndex {
	x := &docIndex{docs: c.Documents(), byID: map[string]int{}, byRef: map[string]int{}, chunks: c.ChunkCount}
	for i, d := range x.docs {
		x.byID[d.ID] = i
		x.byRef[docRef(d.ID)] = i
		x.byRef[hashRef(d.ID)] = i
	}
	return x
}

// docRef is how a custom ID or an autocomplete value names an article: its
// ID, or for a long ID its hashRef.
func docRef(id string) string {
	if len(id) <= maxRefLen && !strings.HasPrefix(id, "~") {
		return id
	}
	return hashRef(id)
}

// hashRef names an article in 17 characters: "~" and 16 hex digits of the
// SHA-256 of its ID.
func hashRef(id string) string {
	sum := sha256.Sum256([]byte(id))
	return "~" + hex.EncodeToString(sum[:8])
}

// lookup finds an article by reference or ID.
func (x *docIndex) lookup(ref string) (corpus.Document, bool) {
	if i, ok := x.byRef[ref]; ok {
		return x.docs[i], true
	}
	if i, ok := x.byID[ref]; ok {
		return x.docs[i], true
	}
	return corpus.Document{}, false
}

// find resolves what a user typed for /source: a reference, an ID, or
// text that matches exactly one article's title.
func (x *docIndex) find(typed string) (corpus.Document, bool) {
	typed = strings.TrimSpace(typed)
	if d, ok := x.lookup(typed); ok {
		return d, true
	}
	m := x.match(typed, 2)
	if len(m) == 1 {
		return m[0], true
	}
	return corpus.Document{}, false
}

// match returns up to limit articles whose ID or title contains typed
// (case-insensitively): ID prefixes first, then title prefixes, then the
// rest, each in corpus order. Empty typed matches every article.
func (x *docIndex) match(typed string, limit int) []corpus.Document {
	q := strings.ToLower(strings.TrimSpace(typed))
	type hit struct{ rank, i int }
	var hits []hit
	for i, d := range x.docs {
		id, title := strings.ToLower(d.ID), strings.ToLower(d.Title)
		switch {
		case strings.HasPrefix(id, q):
			hits = append(hits, hit{0, i})
		case strings.HasPrefix(title, q):
			hits = append(hits, hit{1, i})
		case strings.Contains(id, q) || strings.Contains(title, q):
			hits = append(hits, hit{2, i})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].rank < hits[b].rank })
	var out []corpus.Document
	for _, h := range hits {
		if len(out) == limit {
			break
		}
		out = append(out, x.docs[h.i])
	}
	return out
}

// articleField names article id as source n, as an answer's sources are
// named: title, then outlet, date, ID and URL as far as they are known.
func articleField(x *docIndex, n int, id string) *discordgo.MessageEmbedField {
	d := corpus.Document{ID: id}
	if i, ok := x.byID[id]; ok {
		d = x.docs[i]
	}
	return sourceField(answer.Citation{N: n, DocID: id, Title: d.Title, Outlet: d.Outlet, Date: d.Date, URL: d.URL})
}
