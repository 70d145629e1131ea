package extractive

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/text"
)

// render writes the answer: the notes about figures first (they answer
// "how many" better than any one sentence), then one quoted sentence per
// group not already stated by a note, then a note on spellings. Citations
// are numbered in order of appearance.
func render(groups []*group, notes []note, docs answer.Catalog) (string, []answer.Citation, []answer.Disagreement) {
	w := newWriter(docs)
	total := reportCount(docs)
	var ds []answer.Disagreement
	covered := map[*candidate]bool{}
	for _, n := range notes {
		if n.kind == noteSpelling {
			continue
		}
		if d, ok := w.note(n); ok {
			ds = append(ds, d)
		}
		for c := range n.covers {
			covered[c] = true
		}
	}
	var run []*group // groups written as one claim
	for _, g := range groups {
		if covered[g.lead] {
			continue
		}
		if len(run) > 0 && !g.joined {
			w.claim(run, docs, total)
			run = nil
		}
		run = append(run, g)
	}
	if len(run) > 0 {
		w.claim(run, docs, total)
	}
	for _, n := range notes {
		if n.kind == noteSpelling {
			if d, ok := w.note(n); ok {
				ds = append(ds, d)
			}
		}
	}
	return w.b.String(), w.cites, ds
}

// claim writes one group, or several joined groups as one claim: their
// sentences joined by semicolons, cited together at the end, so that the
// first claim of a two-part or contested answer holds all of it.
func (w *writer) claim(run []*group, docs answer.Catalog, total int) {
	if len(run) == 1 {
		w.group(run[0], docs, total)
		return
	}
	var srcs []source
	pieces := make([]string, len(run))
	for i, g := range run {
		srcs = append(srcs, sources(g.support)...)
		p := quoted(g)
		if f := strings.Fields(p); i > 0 && text.IsStop(strings.ToLower(f[0])) {
			p = lowerFirst(p) // "; the trust said", but "; Andy Murray won"
		}
		if i < len(run)-1 && !strings.HasSuffix(p, "..") {
			p = strings.TrimRight(strings.TrimSuffix(p, "."), ";, ")
		}
		pieces[i] = p
	}
	marks, _ := w.marks(srcs)
	w.sentence(withMarks(strings.Join(pieces, "; "), marks))
}

// quoted is the group's sentence as the answer writes it.
func quoted(g *group) string {
	s := g.intro + strings.Join(strings.Fields(defuseMarkers(g.lead.text)), " ")
	if g.lead.cut {
		s += " …"
	}
	return s
}

// group writes a quoted sentence with its citations and, when several
// reports carry it, how many: "… (three of five reports) [1][2][4]."
func (w *writer) group(g *group, docs answer.Catalog, total int) {
	srcs := make([]source, len(g.support))
	reps := map[string]bool{}
	for i, s := range g.support {
		srcs[i] = s.source()
		reps[reportKey(docs, s.passage.DocID)] = true
	}
	marks, _ := w.marks(srcs)
	sentence := quoted(g)
	if len(reps) < 2 {
		w.sentence(withMarks(sentence, marks))
		return
	}
	w.sentence(withMarks(sentence, "("+ofReports(len(reps), total)+") "+marks))
}

// note writes a note about the sources and returns it as a Disagreement
// (ok false for figures that merely count different things).
func (w *writer) note(n note) (answer.Disagreement, bool) {
	d := answer.Disagreement{What: n.what}
	var parts []string
	for i, v := range n.versions {
		marks, ns := w.marks(v.srcs)
		d.Versions = append(d.Versions, answer.Version{Value: v.value, Text: v.text, Citations: ns})
		switch n.kind {
		case noteSpelling:
			parts = append(parts, "“"+v.text+"” in "+countWord(v.reports, i == 0, "")+" "+marks)
		case noteSpeaker:
			parts = append(parts, "to "+v.text+" "+marks)
		default:
			parts = append(parts, countWord(v.reports, i == 0, "give")+" "+v.text+" "+marks)
		}
	}
	switch n.kind {
	case noteDiffer:
		w.sentence("Reports differ on " + n.what + ": " + joinVersions(parts) + ".")
	case noteDistinct:
		w.sentence("The figures count different things: " + joinVersions(parts) + ".")
	case noteSpelling:
		w.sentence("The reports spell the name differently: " + strings.Join(parts, " and ") + ".")
	case noteSpeaker:
		w.sentence("The words are attributed differently: " + strings.Join(parts, " and ") + ".")
	}
	return d, n.kind != noteDistinct
}

// countWord writes "three reports give" for the first version and "two
// give" / "one gives" after it; with no verb, "three reports" / "two".
func countWord(n int, first bool, verb string) string {
	s := spell(n)
	if first {
		s = reports(n)
	}
	if verb == "" {
		return s
	}
	if n == 1 {
		return s + " " + verb + "s"
	}
	return s + " " + verb
}

// withMarks puts citation markers at the end of a sentence, before its
// final full stop when it has a plain one: "… died [1][2]."
func withMarks(sentence, marks string) string {
	sentence = strings.Join(strings.Fields(sentence), " ")
	if strings.HasSuffix(sentence, ".") && !strings.HasSuffix(sentence, "..") {
		return strings.TrimSuffix(sentence, ".") + " " + marks + "."
	}
	return sentence + " " + marks
}

// defuseMarkers turns square brackets quoted from an article into round
// ones, so that text such as "[9]" can never pass for a citation.
func defuseMarkers(s string) string {
	return strings.NewReplacer("[", "(", "]", ")").Replace(s)
}
