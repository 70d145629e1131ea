package extractive

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/news"
)

// noteKind is the kind of remark the answer makes about its sources.
type noteKind int

const (
	noteDiffer   noteKind = iota // the reports give different figures for one thing
	noteDistinct                 // the figures count different things
	noteSpelling                 // the reports spell a name differently
	noteSpeaker                  // the same words are attributed to different speakers
)

// note is a remark about the sources: versions of something, each with
// the candidates that give it, before citations are numbered.
type note struct {
	kind     noteKind
	what     string
	measure  string
	versions []noteVersion
	covers   map[*candidate]bool // candidates whose content the note states
}

type noteVersion struct {
	value, text string
	srcs        []source
	reports     int
}

// maxVersionCites is how many citations one version of a note carries.
const maxVersionCites = 3

// figureNotes compares the figures that the relevant candidates give for
// what a question asking for a quantity asks about. It returns at most one note: the
// disagreement with the most claims, or, when none disagree and the
// figures count different things, what each counts.
func figureNotes(cands []*candidate, question string, docs answer.Catalog) []note {
	if askedType(question) != TypeQuantity {
		return nil // figures answer "how many"; asked "which" or "who", a note on them does not
	}
	focus := news.QuestionFocus(question)
	if focus.Empty() && len(cands) > 0 {
		for _, c := range cands[0].figures() {
			focus.Measures = append(focus.Measures, c.Measure)
		}
	}
	if focus.Empty() {
		return nil
	}
	var claims []news.Claim
	var owner []*candidate
	for _, c := range cands {
		for _, cl := range c.figures() {
			if focus.Matches(cl) {
				claims = append(claims, cl)
				owner = append(owner, c)
			}
		}
	}
	findings := news.Compare(claims)
	var best *news.Finding
	for i, f := range findings {
		if f.Disagrees() && (best == nil || claimCount(f) > claimCount(*best)) {
			best = &findings[i]
		}
	}
	if best != nil {
		n := note{kind: noteDiffer, what: best.What(), measure: best.Measure, covers: map[*candidate]bool{}}
		for _, v := range best.Versions {
			n.versions = append(n.versions, figureVersion(claims, owner, v.Claims, docs, n.covers))
		}
		return []note{n}
	}
	if len(findings) < 2 {
		return nil
	}
	n := note{kind: noteDistinct, what: "what the figures count", covers: map[*candidate]bool{}}
	for _, f := range findings {
		var all []int
		for _, v := range f.Versions {
			all = append(all, v.Claims...)
		}
		nv := figureVersion(claims, owner, all, docs, n.covers)
		nv.text += " " + f.Measure
		n.versions = append(n.versions, nv)
	}
	return []note{n}
}

// aboutFigures keeps the groups whose sentence gives a figure for what the
// question asks, so a note on figures is not followed by unrelated quotes.
func aboutFigures(groups []*group, question string) []*group {
	focus := news.QuestionFocus(question)
	var out []*group
	for _, g := range groups {
		for _, c := range g.lead.figures() {
			if focus.Matches(c) {
				out = append(out, g)
				break
			}
		}
	}
	return out
}

func claimCount(f news.Finding) int {
	n := 0
	for _, v := range f.Versions {
		n += len(v.Claims)
	}
	return n
}

// figureVersion is the version given by claims idx: the first claim's
// wording, and citations of different reports first.
func figureVersion(claims []news.Claim, owner []*candidate, idx []int, docs answer.Catalog, covers map[*candidate]bool) noteVersion {
	first := claims[idx[0]]
	v := noteVersion{value: figureValue(first), text: midSentence(defuseMarkers(strings.Join(strings.Fields(first.Phrase()), " ")))}
	reports := map[string]bool{}
	var cs []*candidate
	for _, i := range idx {
		covers[owner[i]] = true
		if !containsCand(cs, owner[i]) {
			cs = append(cs, owner[i])
		}
	}
	for _, c := range cs { // one sentence of each report first
		if key := reportKey(docs, c.passage.DocID); !reports[key] && len(v.srcs) < maxVersionCites {
			reports[key] = true
			v.srcs = append(v.srcs, c.source())
		}
	}
	for _, c := range cs { // then more of the same reports, room permitting
		if len(v.srcs) < maxVersionCites && !hasSource(v.srcs, c) {
			v.srcs = append(v.srcs, c.source())
		}
	}
	for _, c := range cs {
		reports[reportKey(docs, c.passage.DocID)] = true
	}
	v.reports = len(reports)
	return v
}

// figureValue is a claim's figure in short: "at least 12", "dozens".
func figureValue(c news.Claim) string {
	if c.Vague {
		return strings.ToLower(c.Text)
	}
	prefix := map[news.Bound]string{news.AtLeast: "at least ", news.MoreThan: "more than ", news.AtMost: "at most ", news.LessThan: "fewer than ", news.About: "about "}[c.Bound]
	return prefix + formatFigure(c.Value)
}

// midSentence lower-cases the first letter of a phrase quoted from the
// start of a sentence ("At least eight police …"), unless it is a name or
// an acronym.
func midSentence(s string) string {
	first, _, _ := strings.Cut(s, " ")
	lf := strings.ToLower(first)
	if lf != first && (news.IsAmountWord(lf) || leadingBound[lf]) {
		return lf + s[len(first):]
	}
	return s
}

// leadingBound are first words of bounds: "At least", "More than".
var leadingBound = map[string]bool{"at": true, "more": true, "some": true, "nearly": true, "about": true, "up": true, "over": true, "almost": true, "around": true, "fewer": true, "less": true, "no": true}

func containsCand(cs []*candidate, c *candidate) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func hasSource(srcs []source, c *candidate) bool {
	for _, s := range srcs {
		if s.docID == c.passage.DocID && s.start == c.start {
			return true
		}
	}
	return false
}
