package news

import (
	"strconv"
	"strings"
	"time"
)

// isoDay is the layout of resolved dates and of corpus.Document.Date.
const isoDay = "2006-01-02"

// Role says what a date is to the sentence's event.
type Role int

// Roles of a date in a sentence.
const (
	At    Role = iota // when it happened: "on Thursday", "in 1991"
	Until             // an end: "until January 19"
	Since             // a start: "since January 1"
)

// When is a date or time written in a sentence, resolved to a calendar
// date when the sentence says enough or the article's own date anchors it.
type When struct {
	Text       string // as written: "early Thursday", "late on Wednesday", "yesterday"
	Start, End int    // byte offsets of Text in the sentence
	Date       string // "2022-01-06", "1991", or "" when it cannot be resolved
	Part       string // part of the day: early, morning, afternoon, evening, late, night, overnight
	Weekday    string // the weekday written or resolved, "" when not known
	Relative   bool   // written relative to the report ("Wednesday", "yesterday")
	Role       Role
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

func isWeekday(w string) bool { _, ok := weekdays[w]; return ok }

// dayParts are words that place an event within its day.
var dayParts = setOf("early", "late", "morning", "afternoon", "evening", "night", "overnight")

// Dates returns the dates and times written in sentence, resolved against
// articleDate ("2006-01-02", or "" when the article has none). A weekday
// is the latest such day on or before the article's date; "yesterday" is
// the day before it. Without an article date, relative dates stay
// unresolved (Date ""), keeping their wording; nothing is invented.
func Dates(sentence, articleDate string) []When {
	anchor, anchored := parseDay(articleDate)
	ws := words(sentence)
	var out []When
	for i := 0; i < len(ws); i++ {
		w, n := dateAt(sentence, ws, i, anchor, anchored)
		if n == 0 {
			continue
		}
		w.Role = roleBefore(ws, i)
		if t, ok := parseDay(w.Date); ok && w.Weekday == "" {
			w.Weekday = t.Weekday().String()
		}
		out = append(out, w)
		i += n - 1
	}
	return out
}

func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse(isoDay, s)
	return t, err == nil
}

// dateAt reads a date starting at word i and returns it with the number
// of words it takes (0 when none starts there).
func dateAt(s string, ws []word, i int, anchor time.Time, anchored bool) (When, int) {
	from, part := i, ""
	if lw := ws[i].lower(); lw == "early" || lw == "late" {
		part = lw
		i++
		if i < len(ws) && ws[i].lower() == "on" {
			i++
		}
	}
	if i >= len(ws) {
		return When{}, 0
	}
	var w When
	var n int
	switch lw := ws[i].lower(); {
	case isWeekday(lw):
		w, n = weekdayAt(ws, i, anchor, anchored)
	case lw == "overnight" && i > 0 && setOf("a", "an", "the")[ws[i-1].lower()]:
		return When{}, 0 // "an overnight curfew"
	case lw == "yesterday" || lw == "today" || lw == "tonight" || lw == "overnight":
		w, n = dayWordAt(ws, i, anchor, anchored)
	case lw == "last" && i+1 < len(ws) && ws[i+1].lower() == "night":
		w, n = When{Relative: true, Part: "night"}, 2
		w.Date, w.Weekday = shift(anchor, anchored, -1)
	case months[lw] != 0 && ws[i].capitalized():
		w, n = monthAt(ws, i, anchor, anchored)
	case isYear(lw) && i > 0 && setOf("in", "since", "until", "of", "from", "by")[ws[i-1].lower()]:
		w, n = When{Date: lw}, 1
	case lw == "a" || lw == "the":
		w, n = dayAfterAt(ws, i, anchor, anchored)
	}
	if n == 0 {
		return When{}, 0
	}
	if part != "" {
		w.Part = part
	}
	end := ws[i+n-1].end
	w.Start, w.End, w.Text = ws[from].start, end, s[ws[from].start:end]
	return w, i + n - from
}

// weekdayAt reads "Thursday", "Wednesday night", "Tuesday and Wednesday".
func weekdayAt(ws []word, i int, anchor time.Time, anchored bool) (When, int) {
	w := When{Relative: true, Weekday: title(ws[i].lower())}
	if anchored {
		back := (int(anchor.Weekday()) - int(weekdays[ws[i].lower()]) + 7) % 7
		w.Date = anchor.AddDate(0, 0, -back).Format(isoDay)
	}
	n := 1
	if i+1 < len(ws) && dayParts[ws[i+1].lower()] {
		w.Part = ws[i+1].lower()
		n = 2
	} else if i+2 < len(ws) && setOf("and", "to")[ws[i+1].lower()] && isWeekday(ws[i+2].lower()) {
		n = 3 // "Tuesday and Wednesday": dated by the first day
	}
	return w, n
}

// dayWordAt reads "yesterday", "yesterday morning", "today", "overnight".
func dayWordAt(ws []word, i int, anchor time.Time, anchored bool) (When, int) {
	lw := ws[i].lower()
	w := When{Relative: true}
	days := 0
	switch lw {
	case "yesterday":
		days = -1
	case "tonight", "overnight":
		w.Part = lw
	}
	w.Date, w.Weekday = shift(anchor, anchored, days)
	n := 1
	if i+1 < len(ws) && dayParts[ws[i+1].lower()] && lw != "overnight" {
		w.Part = ws[i+1].lower()
		n = 2
	}
	return w, n
}

// monthAt reads "January 6", "January 5, 2022", "January 2022".
func monthAt(ws []word, i int, anchor time.Time, anchored bool) (When, int) {
	m := months[ws[i].lower()]
	if i+1 >= len(ws) {
		return When{}, 0
	}
	if isYear(ws[i+1].text) {
		return When{Date: ws[i+1].text + "-" + pad(int(m))}, 2
	}
	day, err := strconv.Atoi(ws[i+1].text)
	if err != nil || day < 1 || day > 31 {
		return When{}, 0
	}
	if i+2 < len(ws) && isYear(ws[i+2].text) {
		y, _ := strconv.Atoi(ws[i+2].text)
		return When{Date: time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Format(isoDay)}, 3
	}
	w := When{}
	if anchored {
		t := time.Date(anchor.Year(), m, day, 0, 0, 0, 0, time.UTC)
		if t.Sub(anchor) > 183*24*time.Hour { // "December 30" in a January report
			t = t.AddDate(-1, 0, 0)
		}
		w.Date = t.Format(isoDay)
	}
	return w, 2
}

// dayAfterAt reads "a day after" / "the day before": the event that
// follows happened a day before (after) the report's day.
func dayAfterAt(ws []word, i int, anchor time.Time, anchored bool) (When, int) {
	if i+2 >= len(ws) || ws[i+1].lower() != "day" {
		return When{}, 0
	}
	days := map[string]int{"after": -1, "before": 1}[ws[i+2].lower()]
	if days == 0 {
		return When{}, 0
	}
	w := When{Relative: true}
	w.Date, w.Weekday = shift(anchor, anchored, days)
	return w, 3
}

// shift returns the anchor moved by days, as a date and a weekday, or
// nothing when there is no anchor.
func shift(anchor time.Time, anchored bool, days int) (string, string) {
	if !anchored {
		return "", ""
	}
	t := anchor.AddDate(0, 0, days)
	return t.Format(isoDay), t.Weekday().String()
}

// roleBefore reads the preposition before word i.
func roleBefore(ws []word, i int) Role {
	if i == 0 {
		return At
	}
	switch ws[i-1].lower() {
	case "until", "till", "through":
		return Until
	case "since":
		return Since
	}
	return At
}

func isYear(s string) bool {
	if len(s) != 4 || !(strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil
}

func pad(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
