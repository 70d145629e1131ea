package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// trimAbove is the length in words above which a quoted sentence loses
// the trailing clauses that neither the question nor its answer needs.
const trimAbove = 24

// trimJoinedAbove is the same length for a sentence written in a joined
// claim (another report's version, another part, the other side): the
// claim holds several, so each says only what answers.
const trimJoinedAbove = 12

// News convention: a wire dateline opens a report ("LONDON, March 4
// (Reuters) - ") and says nothing a question asks about.
var reDateline = regexp.MustCompile(`^[A-Z][A-Za-z.'’ -]*(?:, [A-Z][A-Za-z.'’ -]*)*,? (?:[A-Z][a-z]{2,8}\.? \d{1,2} )?\([A-Za-z.&' ]{2,30}\) ?[-–—]+ ?`)

// reClause finds where a sentence's trailing clause may begin: a comma
// before a word that opens a subordinate or added clause, a semicolon, or
// a spaced dash. A contrast ("but", "while", "although") is never cut: it
// may take back what the sentence claims.
var reClause = regexp.MustCompile(`(?:, (?:which|who|whom|whose|where|as|after|before|since|until|including|prompting|saying|adding|according|and|with|amid|when)\b|, [a-z]+ing\b|; | [–—-] )`)

// trimLead narrows the quoted sentence of each group to what answers: it
// drops a wire dateline and, from a long sentence, the trailing clauses
// that hold none of the question's terms nor an answer of the asked type.
// The quote stays verbatim: only its bounds move.
func trimLeads(groups []*group, q retrieve.Query, a Analysis) {
	for i, g := range groups {
		if g.lead.narrowed {
			continue
		}
		c := g.lead
		widen(c, a)
		var from, to int
		if g.joined || i+1 < len(groups) && groups[i+1].joined {
			from, to = trimJoined(c.text, q, a)
		} else {
			from, to = trimBounds(c.text, q, a, trimAbove)
		}
		c.narrowed, c.cut = true, to < len(c.text)
		c.start, c.end = c.start+from, c.start+to
		c.text = c.text[from:to]
	}
}

// trimBounds returns the bounds of the part of sentence s worth quoting.
func trimBounds(s string, q retrieve.Query, a Analysis, above int) (int, int) {
	from, to := 0, len(s)
	if m := reDateline.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= minFragmentWords {
		from = m[1]
	}
	if len(strings.Fields(s[from:])) <= above {
		return from, to
	}
	// The clauses after the last one that holds a question term or an
	// answer of the asked type go; a question that asks for a description
	// keeps one more, where what was said or done usually stands.
	bounds := []int{from}
	for _, m := range reClause.FindAllStringIndex(s[from:], -1) {
		bounds = append(bounds, from+m[0])
	}
	bounds = append(bounds, to)
	last := 0
	for i := len(bounds) - 2; i > 0; i-- {
		if needed(s[bounds[i]:bounds[i+1]], q, a) {
			last = i
			break
		}
	}
	if a.Type == TypeDescription || a.Type == TypeYesNo || a.Type == TypeCause {
		last++
	}
	if last+1 < len(bounds)-1 && len(strings.Fields(s[from:bounds[last+1]])) >= minFragmentWords {
		to = bounds[last+1]
	}
	return from, to
}

// reJoinedCut finds where a piece of a joined claim may end: any clause
// boundary, a comma, a snippet's " · " or "..." separator.
var reJoinedCut = regexp.MustCompile(`(?:` + reClause.String() + `|, | · | ?(?:\.\.\.|…) )`)

// trimJoined returns the bounds of a sentence written in a joined claim
// (another report's version, another part, the other side): the claim
// holds several, so each ends with the clause that completes what it
// adds, its answer and the question's words it has. A later clause that
// only repeats them goes.
func trimJoined(s string, q retrieve.Query, a Analysis) (int, int) {
	from, to := trimBounds(s, q, a, trimJoinedAbove)
	if len(strings.Fields(s[from:to])) <= trimJoinedAbove {
		return from, to
	}
	whole := adds(s[from:to], q, a)
	for _, m := range reJoinedCut.FindAllStringIndex(s[from:to], -1) {
		end := from + m[0]
		if len(strings.Fields(s[from:end])) < minFragmentWords || splitsDate(s[end:]) {
			continue
		}
		if holdsAll(adds(s[from:end], q, a), whole) {
			return from, end
		}
	}
	return from, to
}

// adds returns what a stretch of a sentence holds of what the question
// asks: its checkable terms and its answers of the asked type (each name
// beside the question's words for "who", each figure for "how many",
// each time for "when"; "" for an answer of another type).
func adds(stretch string, q retrieve.Query, a Analysis) map[string]bool {
	got := map[string]bool{}
	terms := termSet(stretch)
	for _, t := range q.Terms {
		if checkable(t) && terms[t.Term] {
			got[t.Term] = true
		}
	}
	switch a.Type {
	case TypeDescription, TypeYesNo, TypeCause:
	case TypePerson:
		asked, toks := news.Names(a.Text), retrieve.Tokenize(stretch)
		for _, n := range news.Names(stretch) {
			if !sameAsAny(n, asked) && besideQuestion(a, toks, n) {
				got["name:"+strings.ToLower(n)] = true
			}
		}
	case TypeTime, TypeQuantity:
		for _, t := range retrieve.Tokenize(stretch) {
			if a.Type == TypeTime && isTimePoint(t.Surface) || a.Type == TypeQuantity && numericValue(t.Surface) != "" {
				got["value:"+valueKey(t.Surface)] = true
			}
		}
	default:
		if typedAnswer(a, q, stretch) > 0 {
			got[""] = true
		}
	}
	return got
}

// holdsAll reports whether got has every key of want.
func holdsAll(got, want map[string]bool) bool {
	for k := range want {
		if !got[k] {
			return false
		}
	}
	return true
}

// splitsDate reports whether a cut before rest would split a date or a
// figure: ", 2015" after "April 29".
func splitsDate(rest string) bool {
	rest = strings.TrimPrefix(rest, ",")
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && unicode.IsDigit(rune(rest[0]))
}

// needed reports whether a clause holds a word of the question (a
// lexicon relation is too weak a reason to quote a clause) or, for a
// question that asks for a person, a place, a time or a figure, an answer
// of that type.
func needed(clause string, q retrieve.Query, a Analysis) bool {
	terms := termSet(clause)
	for _, t := range q.Terms {
		if checkable(t) && terms[t.Term] {
			return true
		}
	}
	switch a.Type {
	case TypeDescription, TypeYesNo, TypeCause:
		return false
	}
	return typedAnswer(a, q, clause) > 0
}

// widen quotes the sentence before a lead that opens with a pronoun when
// only that one names the person a "who" question asks for: "He appointed
// Ralph earl" says who only after "Edward returned in 1041."
func widen(c *candidate, a Analysis) {
	if a.Type != TypePerson || !c.continued || personNamed(c.text, a) || !personNamed(c.windowText, a) {
		return
	}
	from, to := c.windowStart-c.passage.Start, c.end-c.passage.Start
	if from < 0 || to > len(c.passage.Text) || from >= to {
		return
	}
	c.start, c.text = c.windowStart, c.passage.Text[from:to]
	c.tokens = nil
}
