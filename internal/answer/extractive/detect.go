package extractive

import "github.com/almaty-news/newsbot/internal/answer"

// DetectDisagreements finds what the retrieved passages of in give
// different versions of for the question — the same detection the
// extractive composer states in its answers — so that a language-model
// composer can be told about them. Version citations are 1-based indices
// into in.Passages: the numbers a prompt listing the passages as [1]..[k]
// uses.
func DetectDisagreements(in answer.Input) []answer.Disagreement {
	cands := candidates(in.Passages, readPassages(in.Passages))
	if len(cands) == 0 {
		return nil
	}
	score(cands, in.Query, Analyze(in.Question, in.Query))
	relevant := relevantCands(cands)
	notes := figureNotes(relevant, in.Question, in.Docs)
	notes = append(notes, spellingNotes(relevant[:1], relevant, in.Question, in.Docs)...)
	var out []answer.Disagreement
	for _, n := range notes {
		if n.kind == noteDistinct {
			continue
		}
		d := answer.Disagreement{What: n.what}
		for _, v := range n.versions {
			d.Versions = append(d.Versions, answer.Version{Value: v.value, Text: v.text, Citations: passageNumbers(v.srcs, in)})
		}
		out = append(out, d)
	}
	return out
}

// passageNumbers returns the 1-based indices of the passages holding the
// sources.
func passageNumbers(srcs []source, in answer.Input) []int {
	var out []int
	for _, s := range srcs {
		for i, p := range in.Passages {
			if p.DocID == s.docID && p.Start <= s.start && s.end <= p.End && !containsInt(out, i+1) {
				out = append(out, i+1)
				break
			}
		}
	}
	return out
}
