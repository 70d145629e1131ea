package text

import (
	"strings"
	"sync"
)

// IsKind reports whether the lower-case word w (any inflection) names kind
// or a kind of it: whether the first, most frequent, sense of w is one of
// kind's own senses (its first sense of each part of speech, and those that
// WordNet names by it first), or lies at most depth hypernym levels below
// one. "Perished" is "die" (depth 0); "slaughtered" and "commandeered" are
// kinds of "kill" and "seize" at depth 1; "passengers" is a kind of
// "person".
//
// Only w's first sense counts, so a word whose usual meaning is another
// ("go", which may mean to die) is not taken for a rare one. The first
// sense is the noun's when w has one ("ships"), the verb's when w is
// written as a verb ("shipped", "shipping", "sent").
func IsKind(w, kind string, depth int) bool {
	d := db()
	want := d.ownSenses(Lemma(strings.ToLower(kind)))
	if len(want) == 0 {
		return false
	}
	frontier := d.primarySenses(strings.ToLower(w))
	seen := map[int]bool{}
	for level := 0; level <= depth && len(frontier) > 0; level++ {
		var next []int
		for _, id := range frontier {
			if want[id] {
				return true
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			next = append(next, d.synset(id).hyper...)
		}
		frontier = next
	}
	return false
}

// ownSenses returns the senses of a lemma that are its own: its first
// sense of each part of speech and the senses whose synset it heads.
func (d *wordnet) ownSenses(lemma string) map[int]bool {
	e, ok := d.entry(lemma)
	if !ok {
		return nil
	}
	out := map[int]bool{}
	for _, id := range d.firstSenses(e.synsets) {
		out[id] = true
	}
	for _, id := range e.synsets {
		if m := d.synset(id).members; len(m) > 0 && m[0] == lemma {
			out[id] = true
		}
	}
	return out
}

// primarySenses returns the first sense of w's lemma or, when w is
// written as a verb, the first verb sense of each verb it may inflect
// ("wounded": the verb "wound").
func (d *wordnet) primarySenses(w string) []int {
	var out []int
	lemma := Lemma(w)
	if !d.asVerb(w, lemma) {
		if e, ok := d.entry(lemma); ok && len(e.synsets) > 0 {
			out = append(out, e.synsets[0])
		}
		return out
	}
	for _, b := range d.verbBases(w, lemma) {
		if e, ok := d.entry(b); ok {
			for _, id := range e.synsets {
				if d.partOf(id) == partVerb {
					out = append(out, id)
					break
				}
			}
		}
	}
	return out
}

// asVerb reports whether w is written as a verb: a participle ("-ed",
// "-ing") or an irregular verb form its lemma comes from ("sent", "slew").
func (d *wordnet) asVerb(w, lemma string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true
	}
	if lemma == w {
		return false
	}
	f, ok := d.exc.lookup(w)
	return ok && strings.Contains(","+f[0], ",v"+lemma)
}

// verbBases returns the lemma and every verb w may be a participle of.
func (d *wordnet) verbBases(w, lemma string) []string {
	out := []string{lemma}
	for _, r := range detach {
		if r.pos == 'v' && strings.HasSuffix(w, r.suf) && len(w) > len(r.suf) {
			if b := w[:len(w)-len(r.suf)] + r.repl; b != lemma && d.has(b) {
				out = append(out, b)
			}
		}
	}
	return out
}

// firstSenses keeps the first of a lemma's senses in each part of speech.
// The generator lists a lemma's senses by part of speech (nouns, verbs,
// adjectives, adverbs), each most frequent first.
func (d *wordnet) firstSenses(ids []int) []int {
	var out []int
	last := -1
	for _, id := range ids {
		if p := d.partOf(id); p != last {
			out = append(out, id)
			last = p
		}
	}
	return out
}

// Parts of speech of synsets.
const (
	partNoun = iota
	partVerb
	partAdj
)

var partStarts struct {
	once sync.Once
	verb int
	adj  int
}

// partOf returns the part of speech of a synset. The generator numbers
// synsets in the order of WordNet's data files (nouns, verbs, adjectives,
// adverbs), and each data file opens with the same synset in every
// WordNet release: "breathe" for verbs, "able" for adjectives. Adverbs
// count as adjectives here.
func (d *wordnet) partOf(id int) int {
	partStarts.once.Do(func() {
		partStarts.verb, partStarts.adj = d.firstID("breathe"), d.firstID("able")
	})
	switch {
	case id >= partStarts.adj:
		return partAdj
	case id >= partStarts.verb:
		return partVerb
	}
	return partNoun
}

// firstID returns the smallest synset id of a lemma's senses.
func (d *wordnet) firstID(lemma string) int {
	e, _ := d.entry(lemma)
	m := -1
	for _, id := range e.synsets {
		if m < 0 || id < m {
			m = id
		}
	}
	return m
}

// placeKinds are what a place name names; placeDepth how far below them.
var placeKinds = []string{"location", "country", "continent"}

const placeDepth = 8

// IsPlaceAdjective reports whether w is the adjective of a place, and so
// also of its people or language: WordNet gives it as pertaining to a word
// one of whose senses is a location, a country or a continent ("Armenian"
// → Armenia, "Japanese" → Japan, "European" → Europe).
func IsPlaceAdjective(w string) bool {
	d := db()
	for _, l := range related(Lemma(strings.ToLower(w))) {
		if l.Rel != Pertainym {
			continue
		}
		e, ok := d.entry(l.Word)
		if !ok {
			continue
		}
		for _, id := range e.synsets {
			if d.under(id, placeKinds, placeDepth) {
				return true
			}
		}
	}
	return false
}

// under reports whether synset id is, or lies at most depth hypernym
// levels below, the first sense of one of kinds.
func (d *wordnet) under(id int, kinds []string, depth int) bool {
	want := map[int]bool{}
	for _, k := range kinds {
		if e, ok := d.entry(k); ok && len(e.synsets) > 0 {
			want[e.synsets[0]] = true
		}
	}
	frontier := []int{id}
	for level := 0; level <= depth && len(frontier) > 0; level++ {
		var next []int
		for _, s := range frontier {
			if want[s] {
				return true
			}
			next = append(next, d.synset(s).hyper...)
		}
		frontier = next
	}
	return false
}

// CanBeVerb reports whether WordNet knows the lower-case word w, or the
// lemma it inflects, as a verb: "runs", "traced"; not "outlets".
func CanBeVerb(w string) bool {
	d := db()
	e, ok := d.entry(Lemma(w))
	if !ok {
		return false
	}
	for _, id := range e.synsets {
		if d.partOf(id) == partVerb {
			return true
		}
	}
	return false
}

// IsIrregularVerbForm reports whether WordNet lists the lower-case word w
// as an irregular form of a verb: "won" (win), "sent" (send), "led"
// (lead); not "men" (a noun's) or "win" itself.
func IsIrregularVerbForm(w string) bool {
	f, ok := db().exc.lookup(w)
	if !ok {
		return false
	}
	for _, b := range list(f[0]) {
		if strings.HasPrefix(b, "v") {
			return true
		}
	}
	return false
}
