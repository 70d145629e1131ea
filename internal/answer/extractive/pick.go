package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Selection thresholds.
const (
	followRatio    = 0.7 // a further sentence scores at least this share of the best
	duplicateSim   = 0.5 // term overlap (Jaccard) above which two sentences say the same
	maxCorroborate = 4   // citations attached to one sentence
	closeRatio     = 0.9 // a sentence this close to the best is worth adding anyway
	sureVerified   = 0.5 // a lead with a sure answer covering this much of the question needs no further sentence
)

// group is one sentence of the answer with every passage that supports it:
// the sentence quoted and near-identical sentences of other articles.
type group struct {
	lead    *candidate
	support []*candidate // lead first
	intro   string       // words before the quoted sentence, e.g. LaterReport
	// joined says the sentence completes the claim of the group before it
	// (another part of the question, another report's version, a
	// contradiction) and is written in the same claim, cited with it.
	joined bool
}

// pick chooses the answer's sentences from the scored candidates (best
// first): the best one, then others that add something — a question term
// not yet covered, or, for a question about a figure or a time, another
// article's version of it — while near-duplicates from other articles
// become extra citations.
func (e *Extractive) pick(cands []*candidate, q retrieve.Query, a Analysis, catalog answer.Catalog) []*group {
	versions := a.Type == TypeQuantity || a.Type == TypeTime || a.Type == TypePerson || a.Type == TypePlace // other articles may give other values
	best := cands[0]
	groups := []*group{{lead: best, support: []*candidate{best}}}
	covered := make([]bool, len(q.Terms))
	markCovered(covered, best, q)
	markNamed(covered, best, q, a)
	docs := map[string]bool{best.passage.DocID: true}
	sure := sureType(a, best) && best.verified >= sureVerified
	counted := a.Type == TypeQuantity && countsAsked(a, best)
	for _, c := range cands[1:] {
		if c.score < followRatio*best.score {
			break
		}
		g := duplicateOf(groups, c)
		if g == nil {
			g = answeredBy(groups, a, c) // another report gives a chosen answer: it is cited with it
		}
		if g != nil {
			if !citesReport(sources(g.support), c, catalog) && len(g.support) < maxCorroborate {
				g.support = append(g.support, c)
			}
			continue
		}
		if len(groups) >= e.maxSentences() {
			continue
		}
		version := versions && c.fit > 0 && !docs[c.passage.DocID]
		if sure && !(version && c.fit >= strongType && otherVersion(best, c)) {
			continue // the lead answers; only another report's version adds to it
		}
		if counted && !countsAsked(a, c) {
			continue // the lead counts what was asked; a figure of something else adds nothing
		}
		if !addsTerm(covered, c, q) && !version && c.score < closeRatio*best.score {
			continue
		}
		groups = append(groups, &group{lead: c, support: []*candidate{c}, joined: version && c.fit >= strongType && otherAnswer(a, best, c)})
		markCovered(covered, c, q)
		docs[c.passage.DocID] = true
	}
	return versionsFirst(groups)
}

// versionsFirst moves the groups joined to the lead's claim (other
// reports' versions) right after it, the others after them.
func versionsFirst(groups []*group) []*group {
	out := make([]*group, 0, len(groups))
	out = append(out, groups[0])
	for _, g := range groups[1:] {
		if g.joined {
			out = append(out, g)
		}
	}
	for _, g := range groups[1:] {
		if !g.joined {
			out = append(out, g)
		}
	}
	return out
}

// addsTerm reports whether c contains a question term that no chosen
// sentence has.
func addsTerm(covered []bool, c *candidate, q retrieve.Query) bool {
	for i, t := range q.Terms {
		if !covered[i] && match(c.terms, t) > 0 {
			return true
		}
	}
	return false
}

// markNamed marks as covered the words of each name the lead meets in
// another form ("the trust" for "Lenholm Regional Health Trust"): a
// sentence that spells the name out adds nothing.
func markNamed(covered []bool, c *candidate, q retrieve.Query, a Analysis) {
	for _, k := range a.Constraints {
		if k.Kind != ConstraintName || !meets(k, c, "") {
			continue
		}
		for _, part := range k.Parts {
			for _, term := range retrieve.Terms(part) {
				for i, t := range q.Terms {
					if t.Term == term {
						covered[i] = true
					}
				}
			}
		}
	}
}

func markCovered(covered []bool, c *candidate, q retrieve.Query) {
	for i, t := range q.Terms {
		if match(c.terms, t) > 0 {
			covered[i] = true
		}
	}
}

func duplicateOf(groups []*group, c *candidate) *group {
	for _, g := range groups {
		if news.Jaccard(g.lead.terms, c.terms) >= duplicateSim && !otherVersion(g.lead, c) {
			return g
		}
	}
	return nil
}

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
	switch a.Type {
	case TypeTime:
		return ownValue(lead, c, func(t retrieve.Token) bool { return isTimePoint(t.Surface) })
	case TypeQuantity:
		return ownValue(lead, c, func(t retrieve.Token) bool { return numericValue(t.Surface) != "" })
	case TypePerson:
	default:
		return otherVersion(lead, c)
	}
	answer := answerName(a, lead)
	if answer != "" && sameAsAny(answer, news.Names(c.text)) {
		return false // it names the lead's person too, beside others
	}
	asked := news.Names(a.Text)
	for _, n := range news.Names(c.text) {
		if !sameAsAny(n, asked) && !sameAsAny(n, news.Names(lead.text)) && besideQuestion(a, c, n) {
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
func besideQuestion(a Analysis, c *candidate, name string) bool {
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
	toks := c.toks()
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
		return answer != "" && sameAsAny(answer, news.Names(c.text))
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

// ownValue reports whether c has a value (a token that value accepts)
// that lead does not: "May 5" beside "5 January", not "September 20"
// beside "September 20, 2019".
func ownValue(lead, c *candidate, value func(retrieve.Token) bool) bool {
	has := map[string]bool{} // every word of the lead: "20" answers for "20th"
	for _, t := range lead.toks() {
		has[valueKey(t.Surface)] = true
	}
	for _, t := range c.toks() {
		if value(t) && !has[valueKey(t.Surface)] {
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

func sources(cs []*candidate) []source {
	out := make([]source, len(cs))
	for i, c := range cs {
		out[i] = c.source()
	}
	return out
}

// sureType reports whether the lead surely holds the answer of the
// asked type: a time, or a figure of what the question counts ("six
// countries" does not answer "how many troops"). Names and capitals are
// weaker evidence: "Fécamp Abbey" looks like a person's name.
func sureType(a Analysis, c *candidate) bool {
	if c.fit < strongType {
		return false
	}
	switch a.Type {
	case TypeTime:
		return true
	case TypeQuantity:
		return countsAsked(a, c)
	case TypeEntity, TypePlace, TypePerson:
		return true
	}
	return false
}

// countedReach is how many words other than the question's own may stand
// between a figure and the noun it counts: "12 police officers", "1,000
// wounded people"; asked about "former Soviet countries", "six former
// Soviet countries".
const countedReach = 1

// countsAsked reports whether the sentence has a figure standing just
// before the noun a "how many" question counts.
func countsAsked(a Analysis, c *candidate) bool {
	run := countedRun(a)
	if len(run) == 0 {
		return false
	}
	head := run[len(run)-1]
	own := map[string]bool{}
	for _, t := range run {
		own[t] = true
	}
	toks := c.toks()
	for i, t := range toks {
		if t.Term != head {
			continue
		}
		other := 0
		for j := i - 1; j >= 0 && other <= countedReach; j-- {
			if s := toks[j].Surface; s != "" && (unicode.IsDigit(rune(s[0])) || numericValue(s) != "") {
				return true
			}
			if !own[toks[j].Term] {
				other++
			}
		}
	}
	return false
}

// countedRun returns the stems of what a "how many X" question counts:
// the run of words after "many" or "much", the counted noun last.
func countedRun(a Analysis) []string {
	for i, t := range a.tokens {
		if t.Term != "mani" && t.Term != "many" && t.Term != "much" || i == 0 {
			continue
		}
		var run []string
		for _, u := range a.tokens[i+1:] {
			if u.Stop {
				break
			}
			run = append(run, u.Term)
		}
		return run
	}
	return nil
}
