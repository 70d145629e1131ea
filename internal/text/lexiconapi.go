package text

import "strings"

// Lexicon is the built-in WordNet lexicon with an operator's aliases
// layered on it. The zero value and nil are the built-in lexicon alone.
// A Lexicon is safe for concurrent use.
type Lexicon struct {
	aliases Aliases
}

var builtin = &Lexicon{}

// NewLexicon returns the built-in lexicon with aliases layered on it.
func NewLexicon(a Aliases) *Lexicon { return &Lexicon{aliases: a} }

// Related returns what the lexicon relates to w, strongest first, then by
// word: the built-in relations and, at AliasWeight, the other terms of
// every alias group w belongs to.
func (l *Lexicon) Related(w string) []Link {
	key := normTerm(w)
	lemma := lemmaOf(key)
	base := related(lemma)
	if l == nil || len(l.aliases.groups) == 0 {
		return clone(base)
	}
	best := make(map[string]Link, len(base))
	for _, b := range base {
		best[b.Word] = b
	}
	for _, t := range l.aliases.terms(key, lemma) {
		if cur, ok := best[t]; t != key && t != lemma && (!ok || cur.Weight < AliasWeight) {
			best[t] = Link{Word: t, Rel: Alias, Weight: AliasWeight}
		}
	}
	return sortLinks(best)
}

// Relatedness is Related as a number: 1 for the same lemma or stem, else
// the weight of the strongest link between a and b in either direction,
// else 0.
func (l *Lexicon) Relatedness(a, b string) float64 {
	ka, kb := normTerm(a), normTerm(b)
	if ka == "" || kb == "" {
		return 0
	}
	la, lb := lemmaOf(ka), lemmaOf(kb)
	if ka == kb || la == lb || stemOf(ka) == stemOf(kb) {
		return 1
	}
	var best float64
	for _, p := range [2][2]string{{ka, lb}, {kb, la}} {
		for _, lk := range l.Related(p[0]) {
			if lk.Word == p[1] {
				best = max(best, lk.Weight)
				break
			}
		}
	}
	return best
}

// normTerm lower-cases a word or phrase and joins its words by one space.
func normTerm(s string) string { return strings.Join(Words(s), " ") }

// lemmaOf lemmatises a word, or a phrase by its first word ("sets off" →
// "set off") when the phrase itself is not a lemma.
func lemmaOf(t string) string {
	first, rest, ok := strings.Cut(t, " ")
	if !ok {
		return Lemma(t)
	}
	if db().has(t) {
		return t
	}
	if p := Lemma(first) + " " + rest; db().has(p) {
		return p
	}
	return t
}

// stemOf stems every word of a phrase.
func stemOf(t string) string {
	ws := strings.Fields(t)
	for i, w := range ws {
		ws[i] = Stem(w)
	}
	return strings.Join(ws, " ")
}
