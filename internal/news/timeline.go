package news

import (
	"sort"
	"strings"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// sameEventShare is the word overlap (Jaccard) above which two dated
// sentences of different reports tell the same event.
const sameEventShare = 0.35

// Entry is one event of the timeline: when it happened and every report's
// sentence telling it, the first one leading.
type Entry struct {
	Date    string // "2022-01-05", "2022-01", "1991"; "" when no report dates it
	When    string // the lead report's wording: "late on Wednesday", "yesterday"
	Weekday string // "Wednesday" when written or resolved
	Part    string // part of the day: early, morning, ..., night
	Sources []Source
}

// Source is one report's sentence for a timeline entry: a verbatim span
// of the document.
type Source struct {
	DocID      string
	Start, End int    // Text is Document.Text[Start:End]
	Text       string // the sentence
	When       string // the date as this report writes it
}

// BuildTimeline dates every sentence of the documents that says when
// something happened, resolving relative dates against each article's
// date, and merges the sentences of different reports that tell the same
// event on the same day. Dated entries come first, in order; entries no
// report dates follow in corpus order, keeping their relative wording.
func BuildTimeline(docs []corpus.Document) []Entry {
	x := newEventIndex()
	for _, d := range docs {
		body := d.Body()
		for _, sp := range chunk.Sentences(body) {
			text := body[sp.Start:sp.End]
			w, ok := eventDate(text, d.Date)
			if !ok {
				continue
			}
			x.add(w, Source{DocID: d.ID, Start: d.BodyStart + sp.Start, End: d.BodyStart + sp.End, Text: text, When: w.Text}, retrieve.Terms(text))
		}
	}
	entries := x.entries
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].before(entries[j]) })
	return entries
}

// Between returns the dated entries from..to (inclusive, "2006-01-02" or a
// prefix such as "2022-01"; "" for no limit). With a limit, undated
// entries are left out: they cannot be placed.
func Between(entries []Entry, from, to string) []Entry {
	if from == "" && to == "" {
		return entries
	}
	var out []Entry
	for _, e := range entries {
		if e.Date == "" || from != "" && e.Date < from && !strings.HasPrefix(from, e.Date) {
			continue
		}
		if to != "" && e.Date > to && !strings.HasPrefix(e.Date, to) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// eventDate returns the date a sentence puts its event at: the first date
// that is not an end or a start ("until January 19"). Questions and
// one-word captions are no events.
func eventDate(text, articleDate string) (When, bool) {
	if strings.HasSuffix(strings.TrimSpace(text), "?") || len(strings.Fields(text)) < 4 {
		return When{}, false
	}
	for _, w := range Dates(text, articleDate) {
		if w.Role == At {
			return w, true
		}
	}
	return When{}, false
}

func sameDay(e Entry, w When) bool {
	switch {
	case e.Date != "" && w.Date != "":
		return e.Date == w.Date
	case e.Date == "" && w.Date == "":
		return strings.EqualFold(e.When, w.Text)
	default:
		return e.Weekday != "" && e.Weekday == w.Weekday
	}
}

// merge adds a report's sentence; a dated report dates an undated entry.
func (e *Entry) merge(w When, src Source) {
	for _, s := range e.Sources {
		if s.DocID == src.DocID && s.Text == src.Text {
			return // the same sentence repeated in one article
		}
	}
	e.Sources = append(e.Sources, src)
	if e.Date == "" && w.Date != "" {
		e.Date, e.Weekday = w.Date, w.Weekday
		if e.Part == "" {
			e.Part = w.Part
		}
	}
}

func (e Entry) cites(doc string) bool {
	for _, s := range e.Sources {
		if s.DocID == doc {
			return true
		}
	}
	return false
}

// partRank orders the parts of a day.
var partRank = map[string]int{"overnight": 0, "early": 1, "morning": 2, "": 3, "afternoon": 4, "evening": 5, "late": 6, "night": 7, "tonight": 7}

func (e Entry) before(o Entry) bool {
	if e.Date == "" || o.Date == "" {
		return e.Date != "" && o.Date == "" // undated entries keep corpus order
	}
	if e.Date != o.Date {
		return e.Date < o.Date
	}
	return partRank[e.Part] < partRank[o.Part]
}
