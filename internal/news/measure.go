package news

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// Measures: what happened to the things a figure counts.
const (
	Killed    = "killed"
	Injured   = "injured"
	Detained  = "detained"
	Seized    = "seized"
	Sent      = "sent"
	Evacuated = "evacuated"
	Missing   = "missing"
)

// measureCores are the general English words of each measure. Other words
// get a measure through the lexicon (see lexiconMeasure): "perished" is
// "die", "slaughtered" a kind of "kill", "injuries" derived from "injure".
var measureCores = []struct{ lemma, measure string }{
	{"kill", Killed}, {"die", Killed}, {"dead", Killed}, {"death", Killed},
	{"injure", Injured}, {"wound", Injured}, {"hurt", Injured},
	{"detain", Detained}, {"arrest", Detained},
	{"seize", Seized}, {"capture", Seized},
	{"send", Sent}, {"deploy", Sent},
	{"evacuate", Evacuated},
	{"missing", Missing},
}

var measures memo[string]

// measureOf returns the measure a lower-case word reports, or "".
func measureOf(w string) string {
	w = strings.Trim(w, "'’")
	if len(w) < 3 || text.IsStop(w) || isDigitWord(w) {
		return ""
	}
	return measures.get(w, lexiconMeasure)
}

// lexiconMeasure finds the measure of a word: a core word in any
// inflection, or a word whose first sense is a core word's; else a word derived from a core word ("injuries",
// "evacuation"), unless it names the doer ("killer"); else a word whose
// first sense is a kind of a core word's first sense ("slaughtered",
// "jailed"). Nearer relations win over farther ones.
func lexiconMeasure(w string) string {
	lemma := text.Lemma(w)
	for _, c := range measureCores {
		if lemma == c.lemma || text.IsKind(w, c.lemma, 0) {
			return c.measure
		}
	}
	if !isAgentNoun(lemma) {
		for _, c := range measureCores {
			for _, l := range text.Related(c.lemma) {
				if l.Rel == text.Derived && l.Word == lemma {
					return c.measure
				}
			}
		}
	}
	for _, c := range measureCores {
		if text.IsKind(w, c.lemma, 1) {
			return c.measure
		}
	}
	return ""
}

// isAgentNoun reports whether a noun names the doer of an act: "killer",
// "sender", "investor".
func isAgentNoun(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")
}

// lifeVerbs with "lives" say that people died: "lost their lives",
// "claimed the lives of", "took the lives of", "cost ... lives".
var lifeVerbs = setOf("lose", "loses", "losing", "lost", "claim", "claims", "claimed", "claiming",
	"take", "takes", "taking", "took", "taken", "cost", "costs", "costing")

// measureAt returns the measure that word j reports, alone or as part of
// an idiom for dying ("lost their lives").
func measureAt(ws []word, j int) string {
	w := ws[j].lower()
	if w == "lives" || w == "life" {
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if lifeVerbs[ws[k].lower()] {
				return Killed
			}
		}
		return ""
	}
	if lifeVerbs[w] {
		for k := j + 1; k < len(ws) && k <= j+3; k++ {
			if lw := ws[k].lower(); lw == "lives" || lw == "life" {
				return Killed
			}
		}
	}
	return measureOf(w)
}

// measureWindow is how many words before or after an amount its measure
// may stand ("killed along with at least 12 police officers").
const measureWindow = 6

// measureNear finds the measure of the amount spanning words [from, to):
// first after it, then before it, within the clause.
func measureNear(s string, ws []word, from, to int) string {
	for j := to; j < len(ws) && j < to+measureWindow; j++ {
		if j > 0 && gapBreaks(s[ws[j-1].end:ws[j].start]) {
			break
		}
		if m := measureAt(ws, j); m != "" {
			return m
		}
	}
	for j := from - 1; j >= 0 && j >= from-measureWindow; j-- {
		if gapBreaks(s[ws[j].end:ws[j+1].start]) {
			break
		}
		if m := measureAt(ws, j); m != "" {
			return m
		}
	}
	return ""
}
