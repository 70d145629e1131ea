package extractive

import (
	"regexp"
	"strings"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// trimAbove is the length in words above which a quoted sentence loses
// the trailing clauses that neither the question nor its answer needs.
const trimAbove = 24

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
	for _, g := range groups {
		if g.lead.narrowed {
			continue
		}
		c := g.lead
		widen(c, a)
		from, to := trimBounds(c.text, q, a)
		c.narrowed, c.cut = true, to < len(c.text)
		c.start, c.end = c.start+from, c.start+to
		c.text = c.text[from:to]
	}
}

// trimBounds returns the bounds of the part of sentence s worth quoting.
func trimBounds(s string, q retrieve.Query, a Analysis) (int, int) {
	from, to := 0, len(s)
	if m := reDateline.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= minFragmentWords {
		from = m[1]
	}
	if len(strings.Fields(s[from:])) <= trimAbove {
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
