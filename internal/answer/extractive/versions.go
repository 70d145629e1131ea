package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Versions: whether a further sentence gives another answer to the
// question (a version to state beside the lead's) or the same one (a
// report to cite with it).

// otherVersion reports whether two sentences that say nearly the same
// differ in a name or a figure: "Murray won the final" and "Thiem won the
// final" are two versions to state, not one report to cite twice.
func otherVersion(a, b *candidate) bool {
	return hasOwnNameOrFigure(a, b) || hasOwnNameOrFigure(b, a)
}

// versionShare is how much of the question, as a share of the lead's
// coverage, another report's version must cover.
const versionShare = 0.6

// otherAnswer reports whether c gives another answer than lead to the
// same question: a figure of what a "how many" question counts, for a
// "who" question another person, not the same one spelled otherwise.
func otherAnswer(a Analysis, lead, c *candidate) bool {
	if c.verified < versionShare*lead.verified {
		return false // it answers a neighbouring question, if any
	}
	if a.Type == TypeQuantity && len(countedRun(a)) > 0 && countsAsked(a, lead) && !countsAsked(a, c) {
		return false
	}
	if len(a.Focus) > 0 && hasFocus(a, lead.toks()) && !hasFocus(a, c.toks()) {
		return false // "what deadline": a time that is no deadline is no other version
	}
	switch a.Type {
	case TypeTime:
		return ownValue(lead, c, func(toks []retrieve.Token, i int) bool { return isTimePoint(toks[i].Surface) })
	case TypeQuantity:
		if v := leadFigure(a, lead); v != "" && hasValue(c, v) {
			return false // it gives the lead's figure too, beside others ("nine times the $1.65 billion")
		}
		return ownValue(lead, c, isFigure) // "February 7, 2007" gives no other amount
	case TypePerson:
		return otherPerson(a, lead, c)
	}
	return otherVersion(lead, c)
}

// otherPerson reports whether c names, in the role asked about, a person
// that neither the question nor lead names, and not lead's person.
func otherPerson(a Analysis, lead, c *candidate) bool {
	names := news.Names(c.text)
	if answer := answerName(a, lead); answer != "" && namesPerson(c, answer, names) {
		return false // it names the lead's person too, beside others
	}
	asked, led := news.Names(a.Text), news.Names(lead.text)
	for _, n := range names {
		if !sameAsAny(n, asked) && !sameAsAny(n, led) && besideQuestion(a, c.toks(), n) {
			return true
		}
	}
	return false
}

// roleReach is how many words from a word of the question another
// version's name may stand: about a clause.
const roleReach = 12

// besideQuestion reports whether the name stands within roleReach words
// of a word of the question in c: another person in the same role ("Andy
// Murray won"), not one the sentence names for something else.
func besideQuestion(a Analysis, toks []retrieve.Token, name string) bool {
	own := map[string]bool{}
	for _, t := range retrieve.Tokenize(name) {
		own[t.Term] = true
	}
	asked := map[string]bool{}
	for _, t := range a.tokens {
		if !t.Stop && !own[t.Term] {
			asked[t.Term] = true
		}
	}
	for i, t := range toks {
		if !own[t.Term] || t.Stop {
			continue
		}
		for j := max(0, i-roleReach); j < min(len(toks), i+roleReach+1); j++ {
			if asked[toks[j].Term] {
				return true
			}
		}
	}
	return false
}

// namesPerson reports whether c, whose names are names, names the person
// written name: in full or in another spelling, or by the surname alone,
// as a report does once it has named someone ("Murray became the
// first…").
func namesPerson(c *candidate, name string, names []string) bool {
	if sameAsAny(name, names) {
		return true
	}
	parts := strings.Fields(name)
	surname := strings.Trim(parts[len(parts)-1], ".,;:'’")
	for _, t := range c.toks() {
		if t.Surface == surname && len(parts) > 1 {
			return true
		}
	}
	return false
}

// answerName returns the first person the sentence names that the
// question does not: the lead's answer to "who".
func answerName(a Analysis, c *candidate) string {
	asked := news.Names(a.Text)
	for _, n := range news.Names(c.text) {
		if !sameAsAny(n, asked) {
			return n
		}
	}
	return ""
}

// answeredBy returns the group whose sentence gives c's answer, from
// another article, or nil.
func answeredBy(groups []*group, a Analysis, c *candidate) *group {
	for _, g := range groups {
		if g.lead.passage.DocID != c.passage.DocID && sameAnswer(a, g.lead, c) {
			return g
		}
	}
	return nil
}

// sameAnswer reports whether c gives the answer the lead gives, in other
// words: the same time or figure and no other, or the same person.
func sameAnswer(a Analysis, lead, c *candidate) bool {
	if c.fit < strongType || lead.fit < strongType {
		return false
	}
	switch a.Type {
	case TypeTime:
		return sharesValue(lead, c, func(t retrieve.Token) bool { return isTimePoint(t.Surface) }) && !otherAnswer(a, lead, c)
	case TypeQuantity:
		return sharesValue(lead, c, func(t retrieve.Token) bool { return numericValue(t.Surface) != "" && !isYear(t.Surface) }) && !otherAnswer(a, lead, c)
	case TypePerson:
		answer := answerName(a, lead)
		return answer != "" && namesPerson(c, answer, news.Names(c.text))
	case TypeCause:
		lc, cc := causeOf(a, lead), causeOf(a, c)
		return len(lc) > 0 && len(cc) > 0 && news.Jaccard(lc, cc) >= duplicateSim
	}
	return false
}

// causeReach is how many content words after a word of cause ("sparked
// by", "because") make the cause a sentence gives.
const causeReach = 4

// causeOf returns the stems of the cause a sentence gives: the content
// words after the question's own word of cause ("what sparked…":
// "sparked by a fuel price rise" → fuel, price, rise), else after the
// sentence's first.
func causeOf(a Analysis, c *candidate) map[string]bool {
	asked := map[string]bool{}
	for _, t := range a.tokens {
		if isCauseWord(t.Surface) {
			asked[t.Term] = true
		}
	}
	toks := c.toks()
	at := -1
	for i, t := range toks {
		if asked[t.Term] || len(asked) == 0 && isCauseWord(t.Surface) {
			at = i
			break
		}
	}
	out := map[string]bool{}
	if at < 0 {
		return out
	}
	for _, u := range toks[at+1:] {
		if len(out) == causeReach {
			break
		}
		if !u.Stop && !isCauseWord(u.Surface) {
			out[u.Term] = true
		}
	}
	return out
}

// isFigure reports whether toks[i] is a figure: a number that is neither
// a year nor a date's day.
func isFigure(toks []retrieve.Token, i int) bool {
	return numericValue(toks[i].Surface) != "" && !isYear(toks[i].Surface) && !dayOfDate(toks, i)
}

// leadFigure returns the lead's answer to "how many" or "how much": its
// first figure that is no year and not one of the question's, or "".
func leadFigure(a Analysis, lead *candidate) string {
	asked := map[string]bool{}
	for _, t := range a.tokens {
		asked[valueKey(t.Surface)] = true
	}
	for _, t := range lead.toks() {
		if k := valueKey(t.Surface); numericValue(t.Surface) != "" && !isYear(t.Surface) && !asked[k] {
			return k
		}
	}
	return ""
}

// hasValue reports whether c writes the value key v ("1.65", "20").
func hasValue(c *candidate, v string) bool {
	for _, t := range c.toks() {
		if valueKey(t.Surface) == v {
			return true
		}
	}
	return false
}

// sharesValue reports whether c has a value (a token that value accepts)
// that lead has too.
func sharesValue(lead, c *candidate, value func(retrieve.Token) bool) bool {
	has := map[string]bool{}
	for _, t := range lead.toks() {
		if value(t) {
			has[valueKey(t.Surface)] = true
		}
	}
	for _, t := range c.toks() {
		if value(t) && has[valueKey(t.Surface)] {
			return true
		}
	}
	return false
}

// ownValue reports whether c has a value (a token that value accepts,
// seen in its sentence) that lead does not: "May 5" beside "5 January",
// not "September 20" beside "September 20, 2019".
func ownValue(lead, c *candidate, value func(toks []retrieve.Token, i int) bool) bool {
	has := map[string]bool{} // every word of the lead: "20" answers for "20th"
	for _, t := range lead.toks() {
		has[valueKey(t.Surface)] = true
	}
	toks := c.toks()
	for i, t := range toks {
		if value(toks, i) && !has[valueKey(t.Surface)] {
			return true
		}
	}
	return false
}

var reOrdinalSuffix = regexp.MustCompile(`^(\d+)(?:st|nd|rd|th)$`)

// valueKey writes a value so that "20th" and "20", "Five" and "five"
// compare equal.
func valueKey(s string) string {
	s = strings.ToLower(s)
	if m := reOrdinalSuffix.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if v := numericValue(s); v != "" {
		return v
	}
	return s
}

// hasOwnNameOrFigure reports whether a has a capitalised word (not its
// first) or a figure whose term b lacks.
func hasOwnNameOrFigure(a, b *candidate) bool {
	for i, t := range a.toks() {
		if t.Stop || b.terms[t.Term] || t.Surface == "" {
			continue
		}
		if i > 0 && capital(t.Surface) || unicode.IsDigit(rune(t.Surface[0])) || numericValue(t.Surface) != "" {
			return true
		}
	}
	return false
}
