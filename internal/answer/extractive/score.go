package extractive

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Scoring weights of the extractive composer.
const (
	relatedCredit = 0.6  // a thesaurus match counts this much of an exact one
	contextCredit = 0.5  // a term found only elsewhere in the passage
	fitWeight     = 0.25 // bonus for having the kind of answer asked for
	rankWeight    = 0.10 // bonus for the passage's retrieval score
	typeWeight    = 0.3  // bonus, among verified sentences, for how surely one holds an answer of the asked type
	unknownShare  = 0.5  // weight of an unknown common word, relative to the mean IDF
	unknownFloor  = 0.35 // and at least this share of its own (maximal) IDF
)

// weights returns the weight of each query term: its IDF, except that a
// lower-case word the corpus never uses (likely the asker's own phrasing)
// weighs half the mean IDF of the known terms instead of the maximum, but
// never less than a fixed share of the maximum, so that a question whose
// only known word is everywhere ("population of Kazakhstan") is not
// taken as covered.
func weights(q retrieve.Query) []float64 {
	var sum float64
	var known int
	for _, t := range q.Terms {
		if t.Known || len(t.Related) > 0 {
			sum += t.IDF
			known++
		}
	}
	mean := 1.0
	if known > 0 {
		mean = sum / float64(known)
	}
	w := make([]float64, len(q.Terms))
	kindOf := reKindOf.FindStringSubmatch(q.Text)
	for i, t := range q.Terms {
		switch {
		case kindOf != nil && strings.EqualFold(t.Surface, kindOf[1]):
			w[i] = 0 // "what kind of needlework" asks for needlework
		case t.Known || len(t.Related) > 0:
			w[i] = t.IDF
		case salient(t, q.Text):
			w[i] = t.IDF
		default:
			w[i] = max(unknownShare*mean, unknownFloor*t.IDF)
		}
	}
	return w
}

// reKindOf finds the word of a question that asks for a kind of
// something: "what kind of", "which type of".
var reKindOf = regexp.MustCompile(`(?i)\b(?:what|which)\s+(kinds?|types?|sorts?|forms?|varieties|variety)\s+of\b`)

// match says how strongly a set of terms contains query term t: 1 for the
// term itself, relatedCredit for a thesaurus neighbour, else 0.
func match(terms map[string]bool, t retrieve.QueryTerm) float64 {
	if terms[t.Term] {
		return 1
	}
	var best float64
	for _, r := range t.Related {
		if terms[r] {
			best = relatedCredit
			break
		}
	}
	for _, l := range lexLinks(strings.ToLower(t.Surface)) {
		if l.credit > best && terms[l.stem] {
			best = l.credit
		}
	}
	return best
}

// score fills coverage, fit and score of every candidate and sorts them,
// best first.
func score(cands []*candidate, q retrieve.Query, a Analysis) {
	w := weights(q)
	var total float64
	for _, x := range w {
		total += x
	}
	var focal float64 // the weight of the terms that are not the corpus's topic
	for i, t := range q.Terms {
		if checkable(t) {
			focal += w[i]
		}
	}
	for _, c := range cands {
		var got, win float64
		for i, t := range q.Terms {
			got += w[i] * max(match(c.terms, t), contextCredit*match(c.context, t))
			if checkable(t) {
				win += w[i] * max(match(c.window, t), contextCredit*match(c.context, t))
			}
		}
		if total > 0 {
			c.coverage = got / total
		}
		c.verified = 1
		if focal > 0 {
			c.verified = win / focal
		}
		c.fit = typedTokens(a, q, c.text, c.toks())
		c.score = c.coverage + fitWeight*c.fit + rankWeight*c.passage.Score
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
}

// checkable reports whether a sentence's coverage of the question counts
// term t: not a word of the corpus's topic, which every passage implies,
// nor a word no passage has, which the passage coverage already weighs.
func checkable(t retrieve.QueryTerm) bool {
	return t.Share < topicShare && (t.Known || len(t.Related) > 0)
}

// passageCoverage is the weighted share of the question's terms that the
// best passage contains: the evidence strength the abstention rule uses.
func passageCoverage(read []passageRead, q retrieve.Query) float64 {
	w := weights(q)
	var total, best float64
	for _, x := range w {
		total += x
	}
	if total == 0 {
		return 0
	}
	for _, r := range read {
		terms := r.all
		var got float64
		for i, t := range q.Terms {
			got += w[i] * match(terms, t)
		}
		best = max(best, got/total)
	}
	return best
}

// salient reports whether a query term names something specific: a
// proper noun (capitalised where it stands in the question, not as its
// first word), an acronym or a number. The corpus not knowing such a term
// means the question is about something it does not cover.
func salient(t retrieve.QueryTerm, question string) bool {
	s := t.Surface
	if s == "" {
		return false
	}
	r := []rune(s)
	if unicode.IsDigit(r[0]) {
		return true
	}
	if !unicode.IsUpper(r[0]) {
		return false
	}
	first := strings.Fields(question)
	return len(first) == 0 || strings.Trim(first[0], `"'“‘(`) != s
}
