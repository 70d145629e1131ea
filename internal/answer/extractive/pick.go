package extractive

import (
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
)

// group is one sentence of the answer with every passage that supports it:
// the sentence quoted and near-identical sentences of other articles.
type group struct {
	lead    *candidate
	support []*candidate // lead first
	intro   string       // words before the quoted sentence, e.g. LaterReport
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
	docs := map[string]bool{best.passage.DocID: true}
	for _, c := range cands[1:] {
		if c.score < followRatio*best.score {
			break
		}
		if g := duplicateOf(groups, c); g != nil {
			if !citesReport(sources(g.support), c, catalog) && len(g.support) < maxCorroborate {
				g.support = append(g.support, c)
			}
			continue
		}
		if len(groups) >= e.maxSentences() {
			continue
		}
		if !addsTerm(covered, c, q) && !(versions && c.fit > 0 && !docs[c.passage.DocID]) && c.score < closeRatio*best.score {
			continue
		}
		groups = append(groups, &group{lead: c, support: []*candidate{c}})
		markCovered(covered, c, q)
		docs[c.passage.DocID] = true
	}
	return groups
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
