package news

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// speechVerbs introduce what someone said.
var speechVerbs = setOf(
	"said", "says", "say", "saying", "told", "tells", "added", "adds", "warned", "warns",
	"claimed", "claims", "announced", "announces", "stated", "wrote", "declared", "vowed",
	"urged", "urges", "called", "calls", "described", "insisted", "noted", "explained",
	"asked", "blaming", "blamed", "accused", "accusing", "promised", "pledged", "threatened",
	"demanded", "denied", "admitted", "tweeted", "posted", "stressed", "argued", "quoted",
)

// clauseWords start a clause: a subject never reaches back past them.
var clauseWords = setOf(
	"that", "which", "who", "whom", "what", "and", "while", "but", "as", "after", "when",
	"with", "if", "because", "where", "so", "though", "although", "before", "since", "until",
	"whereas", "whether", "however",
)

// adverbs may stand between a subject and its verb: "Pashinyan then said",
// "police on Thursday said", "the government late on Wednesday said".
var adverbs = setOf(
	"then", "later", "earlier", "also", "had", "has", "have", "was", "were", "is", "are",
	"reportedly", "previously", "again", "once", "further", "late", "early", "on", "in",
	"yesterday", "today", "tonight", "overnight", "morning", "afternoon", "evening", "night",
	"separately", "publicly", "repeatedly", "first", "last", "week", "this",
)

// attribution is what a sentence says about who said a quote.
type attribution struct {
	subject      string // as written: "City police spokeswoman Saltanat Azirbek", "she"
	appositive   string // "spokeswoman for the Kazakh police" in "X, spokeswoman for ..., told"
	to           string // audience of "told": "a local news channel"
	where, via   string // "in a statement posted by ...", "the Interfax ... news agencies"
	verbAt       int    // byte offset of the verb in the unit, -1 when none
	accordingTo  bool   // from "according to X"
	subjectFirst bool   // the subject stands before the quote
	// lead is the subject of the unit's first speech verb when it is not a
	// pronoun: "he" in "Tokayev said ... what he called" is Tokayev.
	lead string
}

// attribute reads who said the quote at unit[q.open:q.close+1] from the
// rest of the unit: a speaker after the quote ("…,” she said"), else the
// nearest speech verb before it with its subject, else "according to X".
func attribute(unit string, q quoteSpan) attribution {
	masked := maskQuotes(unit)
	a := attribution{verbAt: -1}
	ws := words(masked)
	_, n := utf8.DecodeRuneInString(unit[q.close:])
	closeEnd := q.close + n
	if v, ok := verbAfter(masked, ws, closeEnd); ok {
		a = attributionAt(masked, ws, v)
	}
	if a.subject == "" {
		for v := lastWordBefore(ws, q.open); v >= 0 && a.subject == ""; v-- {
			if speechVerbs[ws[v].lower()] {
				a = attributionAt(masked, ws, v)
				a.subjectFirst = true
			}
		}
	}
	if a.subject == "" {
		if m := reAccording.FindStringSubmatchIndex(masked); m != nil {
			a = attribution{subject: strings.TrimSpace(masked[m[2]:m[3]]), accordingTo: true, verbAt: -1}
		}
	}
	for v, w := range ws {
		if speechVerbs[w.lower()] && w.start < q.open {
			if subj, _ := subjectBefore(masked, ws, v); subj != "" && !pronouns[strings.ToLower(subj)] {
				a.lead = subj
				break
			}
		}
	}
	if m := strings.TrimSpace(reWhere.FindString(masked)); m != "" {
		a.where = strings.ToLower(m[:1]) + m[1:] // "In a statement on Facebook, X said"
	}
	if m := reVia.FindStringSubmatch(masked); m != nil {
		a.via = strings.TrimSpace(m[1])
	}
	return a
}

var (
	reAccording = regexp.MustCompile(`(?i)\baccording to ([^,.;:]{2,60})`)
	reWhere     = regexp.MustCompile(`(?i)\b(in a (?:written |joint )?statement(?: posted(?: online)?(?: by [^,.;:]+)?| on [A-Z]\w+)?|on (?:Facebook|Twitter|Telegram|Instagram|YouTube|social media|state (?:TV|television))|in an? (?:earlier |televised |video |televised )?address(?: to the nation)?|at a (?:news|press) conference|in an interview(?: with [^,.;:]+)?)`)
	reVia       = regexp.MustCompile(`(?i)\bquoted as saying by ([^,.;:]+(?:, [^,.;:]+)*?)(?:\.|;|$)`)
)

// verbAfter finds a speech verb in the clause that follows the quote
// ("…,” she said", "…” the CSTO secretariat said in a statement").
func verbAfter(s string, ws []word, from int) (int, bool) {
	for i, w := range ws {
		if w.start < from {
			continue
		}
		if i-firstAfter(ws, from) > 8 || i > firstAfter(ws, from) && gapBreaks(s[ws[i-1].end:w.start]) {
			return 0, false
		}
		if clauseWords[w.lower()] && i > firstAfter(ws, from) {
			return 0, false
		}
		if speechVerbs[w.lower()] {
			return i, true
		}
	}
	return 0, false
}

func firstAfter(ws []word, from int) int {
	for i, w := range ws {
		if w.start >= from {
			return i
		}
	}
	return len(ws)
}

func lastWordBefore(ws []word, at int) int {
	i := -1
	for k, w := range ws {
		if w.end <= at {
			i = k
		}
	}
	return i
}

// attributionAt reads the subject of the speech verb at word v (or, for
// "said X", the speaker after it) and what follows the verb.
func attributionAt(s string, ws []word, v int) attribution {
	a := attribution{verbAt: ws[v].start}
	a.subject, a.appositive = subjectBefore(s, ws, v)
	if a.subject == "" && v+1 < len(ws) && ws[v].lower() == "said" && !gapBreaks(s[ws[v].end:ws[v+1].start]) {
		a.subject = phraseFrom(s, ws, v+1) // inverted: "…,” said Tokayev
	}
	if ws[v].lower() == "told" && v+1 < len(ws) {
		a.to = phraseFrom(s, ws, v+1)
	}
	return a
}

// subjectBefore walks back from the verb at v over adverbs to the words of
// its subject, stopping at a clause word or a comma. "X, title, said"
// gives the subject X and the appositive title.
func subjectBefore(s string, ws []word, v int) (string, string) {
	j := v - 1
	for j >= 0 && adverbs[ws[j].lower()] || j >= 0 && isWeekday(ws[j].lower()) {
		j--
	}
	end := j
	if end < 0 || clauseWords[ws[end].lower()] {
		return "", "" // "... and said": the subject is an earlier verb's
	}
	if gapBreaks(s[ws[end].end:ws[min(end+1, v)].start]) {
		if strings.HasSuffix(ws[v].lower(), "ing") {
			return "", "" // ", blaming ...": the subject is the main clause's
		}
		app := clauseBack(s, ws, end)
		if app > end {
			return "", ""
		}
		head := clauseBack(s, ws, app-1)
		appositive := s[ws[app].start:ws[end].end]
		if app-1 >= 0 && head <= app-1 && strings.Contains(s[ws[app-1].end:ws[app].start], ",") {
			return s[ws[head].start:ws[app-1].end], appositive
		}
		return appositive, ""
	}
	start := clauseBack(s, ws, end)
	if start > end {
		return "", ""
	}
	return s[ws[start].start:ws[end].end], ""
}

// clauseBack returns the first word of the phrase ending at word end:
// back to a clause word, a clause break or ten words.
func clauseBack(s string, ws []word, end int) int {
	i := end
	for i >= 0 && end-i < 10 {
		if clauseWords[ws[i].lower()] && !ws[i].capitalized() && !(ws[i].lower() == "and" && i > 0 && i < end && ws[i-1].capitalized() && (ws[i+1].capitalized() || ws[i+1].lower() == "the")) {
			return i + 1 // "The EU and the UN" stays one subject
		}
		if i > 0 && (gapBreaks(s[ws[i-1].end:ws[i].start]) || strings.ContainsAny(s[ws[i-1].end:ws[i].start], `"“”`)) {
			return i
		}
		i--
	}
	return i + 1
}

// phraseFrom reads a short phrase from word i to a clause word or break:
// the speaker after "said", the audience after "told".
func phraseFrom(s string, ws []word, i int) string {
	j := i
	for j < len(ws) && j-i < 6 {
		lw := ws[j].lower()
		if j > i && (gapBreaks(s[ws[j-1].end:ws[j].start]) || clauseWords[lw] || lw == "on" || lw == "in" || isWeekday(lw)) || lw == "that" {
			break
		}
		j++
	}
	if j == i {
		return ""
	}
	return s[ws[i].start:ws[j-1].end]
}

// maskQuotes blanks out the quoted words of s, keeping offsets, so that
// words inside a quote are never read as its attribution.
func maskQuotes(s string) string {
	b := []byte(s)
	for _, q := range quoteSpans(s, 0, len(s)) {
		for i := q.start; i < q.end; i++ {
			b[i] = '_'
		}
	}
	return string(b)
}
