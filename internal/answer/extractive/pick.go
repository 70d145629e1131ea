package extractive

import (
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
	groups := []*group{{lead: best, support: supportOf(best, catalog)}}
	covered := make([]bool, len(q.Terms))
	markCovered(covered, best, q)
	markNamed(covered, best, q, a)
	docs := map[string]bool{best.passage.DocID: true}
	sure := sureType(a, best) && best.verified >= sureVerified
	counted := a.Type == TypeQuantity && countsAsked(a, best)
	factoid := versions || a.Type == TypeEntity
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
		if sure && !(version && c.fit >= strongType && otherAnswer(a, best, c)) {
			continue // the lead answers; only another report's version adds to it
		}
		if factoid && best.fit >= strongType && c.fit < strongType && !version {
			continue // the lead answers; a sentence with no answer of its own adds only words
		}
		if counted && !countsAsked(a, c) {
			continue // the lead counts what was asked; a figure of something else adds nothing
		}
		if !addsTerm(covered, c, q) && !version && c.score < closeRatio*best.score {
			continue
		}
		groups = append(groups, &group{lead: c, support: supportOf(c, catalog), joined: version && c.fit >= strongType && otherAnswer(a, best, c)})
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

// supportOf is the sentence with the same sentence in other articles
// (its twins), one of each report, as many as a sentence may cite.
func supportOf(c *candidate, docs answer.Catalog) []*candidate {
	out := []*candidate{c}
	for _, t := range c.twins {
		if len(out) < maxCorroborate && !citesReport(sources(out), t, docs) {
			out = append(out, t)
		}
	}
	return out
}

func sources(cs []*candidate) []source {
	out := make([]source, len(cs))
	for i, c := range cs {
		out[i] = c.source()
	}
	return out
}
