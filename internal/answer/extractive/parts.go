package extractive

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// NotSaidPrefix opens the sentence that names a part of a question the
// articles do not answer.
const NotSaidPrefix = "The articles don't say"

// partQuery is the part of q whose words stand in part, with the names of
// the whole question kept, since a later part often refers back to them
// ("…, and what did he say…").
func partQuery(q retrieve.Query, part string) retrieve.Query {
	in := map[string]bool{}
	for _, t := range retrieve.Tokenize(part) {
		in[t.Term] = true
	}
	out := retrieve.Query{Text: part}
	for _, t := range q.Terms {
		if in[t.Term] {
			out.Terms = append(out.Terms, t)
		}
	}
	return out
}

// partAnswer is the best sentence for one part of a question, or nil.
type partAnswer struct {
	part  string
	best  *candidate
	query retrieve.Query
	an    Analysis
}

// partFollow is how close to a part's best sentence another must score to
// stand in for it when the best already answers an earlier part.
const partFollow = 0.8

// answerParts answers each part of a multi-part question on its own: the
// best verified sentence of each, or nil where the articles do not say.
func (e *Extractive) answerParts(in answer.Input, a Analysis) []partAnswer {
	out := make([]partAnswer, 0, len(a.Parts))
	used := map[string]bool{} // sentences already answering a part, by position
	read := readPassages(in.Passages)
	for _, part := range a.Parts {
		pq := partQuery(in.Query, part)
		pa := partAnswer{part: part, query: pq, an: Analyze(part, pq)}
		if len(pq.Terms) > 0 && e.abstainReason(answer.Input{Question: part, Query: pq, Passages: in.Passages}, read) == "" {
			cands := candidates(in.Passages, read)
			an := pa.an
			score(cands, pq, an)
			v := verified(cands, an, pq, in.Docs, e.minVerified())
			for _, c := range v {
				if c.score < partFollow*v[0].score {
					break
				}
				if !used[c.key()] {
					pa.best = c
					break
				}
			}
			if pa.best == nil && len(v) > 0 {
				pa.best = v[0] // one sentence answers both parts
			}
			if pa.best != nil {
				used[pa.best.key()] = true
			}
		}
		out = append(out, pa)
	}
	return out
}

// composeParts writes the answer to a multi-part question: one sentence
// per part that the articles answer, then which parts they do not. ok is
// false when they answer none.
func (e *Extractive) composeParts(in answer.Input, a Analysis) (answer.Reply, bool) {
	parts := e.answerParts(in, a)
	var groups []*group
	var missing []string
	seen := map[string]bool{}
	for _, p := range parts {
		if p.best == nil {
			missing = append(missing, strings.TrimRight(p.part, "? "))
			continue
		}
		if seen[p.best.key()] {
			continue
		}
		seen[p.best.key()] = true
		g := &group{lead: p.best, support: supportOf(p.best, in.Docs), joined: len(groups) > 0}
		trimLeads([]*group{g}, p.query, p.an) // each part's sentence cut to what answers that part
		groups = append(groups, g)
	}
	if len(groups) == 0 {
		return answer.Reply{}, false
	}
	r := answer.Reply{Composer: answer.ComposerExtractive}
	r.Text, r.Citations, r.Disagreements = render(groups, nil, in.Docs)
	for _, m := range missing {
		r.Text += " " + NotSaidPrefix + ": " + lowerFirst(m) + "."
	}
	return r, true
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
