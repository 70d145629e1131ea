package extractive

import (
	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/news"
)

// relevantShare is the share of the best score a candidate needs to count
// as evidence for notes and corroboration; maxRelevant caps how many.
const (
	relevantShare = 0.6
	maxRelevant   = 12
)

// relevantCands returns the candidates (sorted best first) close enough to
// the best to be evidence about the question.
func relevantCands(cands []*candidate) []*candidate {
	if len(cands) == 0 {
		return nil
	}
	var out []*candidate
	for _, c := range cands {
		if c.score < relevantShare*cands[0].score || len(out) == maxRelevant {
			break
		}
		out = append(out, c)
	}
	return out
}

// corroborate adds to each group the sentences of other reports that give
// the same figure for the same thing as its lead, worded differently
// ("at least a dozen police officers died" / "at least 12 police officers
// killed"): corroboration of the fact, not only of the wording.
// A group whose lead another group now cites is folded into it.
func corroborate(groups []*group, cands []*candidate, docs answer.Catalog) []*group {
	for _, g := range groups {
		claims := g.lead.figures()
		if len(claims) == 0 {
			continue
		}
		for _, c := range cands {
			if len(g.support) >= maxCorroborate {
				break
			}
			if containsCand(g.support, c) || citesReport(sources(g.support), c, docs) {
				continue
			}
			if sameFigure(claims, c.figures()) {
				g.support = append(g.support, c)
			}
		}
	}
	var out []*group
	for i, g := range groups {
		folded := false
		for _, h := range groups[:i] {
			folded = folded || containsCand(h.support, g.lead)
		}
		if !folded {
			out = append(out, g)
		}
	}
	return out
}

// sameFigure reports whether two sentences give an agreeing figure for
// the same measured thing.
func sameFigure(a, b []news.Claim) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Measure != y.Measure || x.Vague || y.Vague || !x.Agrees(y.Quantity) {
				continue
			}
			if fs := news.Compare([]news.Claim{x, y}); len(fs) == 1 {
				return true
			}
		}
	}
	return false
}

func leads(groups []*group) []*candidate {
	out := make([]*candidate, len(groups))
	for i, g := range groups {
		out[i] = g.lead
	}
	return out
}
