package news

import (
	"math"
	"slices"
	"strings"
)

// eventIndex finds the entry of the timeline being built that tells the
// same event as a new sentence without comparing it with every entry: the
// entries are filed by day (date, undated wording, weekday), and each
// keeps its term set and its lead sentence's terms.
type eventIndex struct {
	entries   []Entry
	terms     []map[string]bool // per entry: every term of its sentences
	lead      []map[string]bool // per entry: the terms of its first sentence
	byDate    map[string]*day   // entries by Date, once dated
	byWhen    map[string][]int  // entries created undated, by lower-case When
	undatedWd map[string][]int  // entries created undated, by Weekday
	datedWd   map[string][]int  // entries by Weekday, once dated
}

func newEventIndex() *eventIndex {
	return &eventIndex{byDate: map[string]*day{}, byWhen: map[string][]int{}, undatedWd: map[string][]int{}, datedWd: map[string][]int{}}
}

// add files a sentence dated w: merged into the entry telling the same
// event (see sameEvent), else a new entry.
func (x *eventIndex) add(w When, src Source, t []string) {
	ts := set(t)
	if k := x.sameEvent(w, src.DocID, ts); k >= 0 {
		dated := x.entries[k].Date != ""
		x.entries[k].merge(w, src)
		for term := range ts {
			if !x.terms[k][term] {
				x.terms[k][term] = true
				if dated {
					x.byDate[x.entries[k].Date].file(k, term)
				}
			}
		}
		if !dated && x.entries[k].Date != "" {
			x.fileDated(k)
		}
		return
	}
	x.entries = append(x.entries, Entry{Date: w.Date, When: w.Text, Weekday: w.Weekday, Part: w.Part, Sources: []Source{src}})
	x.terms = append(x.terms, set(t))
	x.lead = append(x.lead, ts)
	k := len(x.entries) - 1
	if w.Date != "" {
		x.fileDated(k)
		return
	}
	when := strings.ToLower(w.Text)
	x.byWhen[when] = append(x.byWhen[when], k)
	if w.Weekday != "" {
		x.undatedWd[w.Weekday] = append(x.undatedWd[w.Weekday], k)
	}
}

// fileDated files entry k, which has a date now, under its date and weekday.
func (x *eventIndex) fileDated(k int) {
	e := x.entries[k]
	d := x.byDate[e.Date]
	if d == nil {
		d = &day{terms: map[string][]int{}}
		x.byDate[e.Date] = d
	}
	d.entries = append(d.entries, k)
	for term := range x.terms[k] {
		d.file(k, term)
	}
	if e.Weekday != "" {
		x.datedWd[e.Weekday] = append(x.datedWd[e.Weekday], k)
	}
}

// sameEvent returns the first entry telling the same event as a sentence
// of doc dated w with terms t, or -1: a similar sentence of another report
// on the same day (sameDay). A report without a date matches on the
// weekday it writes. Only the entries filed under w's day are compared
// (lists may hold entries dated since, which sameDay leaves out).
func (x *eventIndex) sameEvent(w When, doc string, t map[string]bool) int {
	best := -1
	try := func(ks []int) {
		for _, k := range ks {
			if (best < 0 || k < best) && x.matches(k, w, doc, t) {
				best = k
			}
		}
	}
	if w.Date != "" {
		try(x.byDate[w.Date].candidates(t))
		try(x.undatedWd[w.Weekday])
	} else {
		try(x.byWhen[strings.ToLower(w.Text)])
		try(x.datedWd[w.Weekday])
	}
	return best
}

// matches reports whether entry k tells the event of a sentence of doc
// dated w with terms t.
func (x *eventIndex) matches(k int, w When, doc string, t map[string]bool) bool {
	e := x.entries[k]
	if !sameDay(e, w) {
		return false
	}
	same := len(x.lead[k]) == len(t) && Jaccard(x.lead[k], t) == 1
	if e.cites(doc) && !same {
		return false
	}
	return same || mayOverlap(x.terms[k], t, sameEventShare) && Jaccard(x.terms[k], t) >= sameEventShare
}

// mayOverlap reports whether two sets' sizes allow an overlap (Jaccard)
// of share: it is at most the smaller size over the larger.
func mayOverlap(a, b map[string]bool, share float64) bool {
	lo, hi := min(len(a), len(b)), max(len(a), len(b))
	return hi == 0 || float64(lo) >= share*float64(hi)
}

// Jaccard is the overlap of two term sets: shared terms over all terms,
// 0 for two empty sets.
func Jaccard(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// day holds the dated entries of one date with an inverted index of their
// terms.
type day struct {
	entries []int
	terms   map[string][]int // term → entries of the day having it
}

func (d *day) file(k int, term string) { d.terms[term] = append(d.terms[term], k) }

// candidates returns the entries of the day that can tell the event of a
// sentence with terms t, in order: those with the sentence's own terms
// (sameEvent's "same"), or an overlap of sameEventShare. An overlap of
// share s needs at least m = ⌊s·|t|⌋ of t's terms in the entry, so the
// entry has one of any |t|−m+1 of them: the day's rarest are looked up.
func (d *day) candidates(t map[string]bool) []int {
	if d == nil || len(t) == 0 {
		return nil
	}
	terms := make([]string, 0, len(t))
	for term := range t {
		terms = append(terms, term)
	}
	slices.SortFunc(terms, func(a, b string) int { return len(d.terms[a]) - len(d.terms[b]) })
	m := max(1, int(math.Floor(sameEventShare*float64(len(t)))))
	var out []int
	for _, term := range terms[:len(terms)-m+1] {
		out = append(out, d.terms[term]...)
	}
	if len(out) >= len(d.entries) {
		return d.entries
	}
	slices.Sort(out)
	return slices.Compact(out)
}
