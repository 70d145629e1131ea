package text

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Rel is how a related word relates to a word.
type Rel uint8

// The relations of the lexicon, from the word itself outwards.
const (
	Same      Rel = iota // the same lemma or stem
	Synonym              // shares a sense (synset)
	Derived              // derivationally related form: evacuate / evacuation
	Pertainym            // pertains to: European / Europe
	Hypernym             // more general: one or two levels up
	Hyponym              // more specific: one or two levels down
	Phrase               // a member word of a multi-word expression
	Alias                // equivalent by the operator's aliases file
	Entails              // a cause or entailment of a verb, either way: kill / die
)

var relNames = [...]string{"same", "synonym", "derived", "pertainym", "hypernym", "hyponym", "phrase", "alias", "entails"}

// String names the relation.
func (r Rel) String() string {
	if int(r) < len(relNames) {
		return relNames[r]
	}
	return "rel?"
}

// Weights of relations: evidence for a word, where the word itself is 1.
// A relation is weaker evidence than the word, a far one far weaker.
const (
	SynonymWeight = 0.8
	DerivedWeight = 0.7 // also pertainyms
	NearWeight    = 0.4 // hypernym or hyponym, one level
	FarWeight     = 0.25
	PhraseWeight  = 0.3
	AliasWeight   = 0.9
	EntailWeight  = 0.5
)

// Link is a word related to another, with the relation and its weight.
type Link struct {
	Word   string // a lemma, lower case; multi-word expressions hold spaces
	Rel    Rel
	Weight float64
}

// Fan-out limits: a general word ("vehicle") has hundreds of hyponyms.
const (
	maxHyponyms    = 24 // first-level hyponym synsets read per sense
	maxFarHyponyms = 8  // senses with at most this many hyponyms also give the next level
	maxLinks       = 96
	// maxGeneral is the most direct hyponyms a hypernym may have and
	// still count: a synset with more is too general to be evidence.
	maxGeneral     = 60
	maxCachedLinks = 100_000
)

var linkCache struct {
	m sync.Map // lemma → []Link
	n atomic.Int64
}

// Related returns the words the built-in lexicon relates to w (any
// inflection, any case), strongest first, then by word. Nil for a word
// WordNet does not know.
func Related(w string) []Link {
	return clone(related(Lemma(strings.ToLower(w))))
}

func clone(ls []Link) []Link {
	if ls == nil {
		return nil
	}
	return append([]Link(nil), ls...)
}

// related returns the shared, memoised links of a lemma.
func related(lemma string) []Link {
	if v, ok := linkCache.m.Load(lemma); ok {
		return v.([]Link)
	}
	ls := db().links(lemma)
	if linkCache.n.Load() < maxCachedLinks {
		if _, loaded := linkCache.m.LoadOrStore(lemma, ls); !loaded {
			linkCache.n.Add(1)
		}
	}
	return ls
}

// links computes the relations of a lemma from the tables.
func (d *wordnet) links(lemma string) []Link {
	e, ok := d.entry(lemma)
	if !ok {
		return nil
	}
	best := map[string]Link{}
	add := func(words []string, rel Rel, wt float64) {
		for _, w := range words {
			if cur, ok := best[w]; w != lemma && (!ok || wt > cur.Weight) {
				best[w] = Link{Word: w, Rel: rel, Weight: wt}
			}
		}
	}
	for _, id := range e.synsets {
		s := d.synset(id)
		add(s.members, Synonym, SynonymWeight)
		for _, c := range s.entail {
			add(d.synset(c).members, Entails, EntailWeight)
		}
		for _, h := range s.hyper {
			hs := d.synset(h)
			if len(hs.hypo) > maxGeneral {
				continue // "person", "act": too general to be evidence
			}
			add(hs.members, Hypernym, NearWeight)
			for _, h2 := range hs.hyper {
				if h2s := d.synset(h2); len(h2s.hypo) <= maxGeneral {
					add(h2s.members, Hypernym, FarWeight)
				}
			}
		}
		for i, h := range s.hypo {
			if i == maxHyponyms {
				break
			}
			hs := d.synset(h)
			add(hs.members, Hyponym, NearWeight)
			if len(s.hypo) <= maxFarHyponyms {
				for _, h2 := range hs.hypo[:min(len(hs.hypo), maxFarHyponyms)] {
					add(d.synset(h2).members, Hyponym, FarWeight)
				}
			}
		}
	}
	add(e.pertainyms, Pertainym, DerivedWeight) // first: the more specific name at equal weight
	add(e.derived, Derived, DerivedWeight)
	// A derived form with the same stem is the same word ("fly",
	// "flying"): its derivations, and the synonyms of its first sense,
	// are derivations of the word ("flight").
	stem := Stem(lemma)
	for _, w := range e.derived {
		if Stem(w) != stem {
			continue
		}
		if de, ok := d.entry(w); ok {
			add(de.pertainyms, Pertainym, DerivedWeight)
			add(de.derived, Derived, DerivedWeight)
			if len(de.synsets) > 0 {
				add(d.synset(de.synsets[0]).members, Derived, DerivedWeight)
			}
		}
	}
	if strings.Contains(lemma, " ") {
		var parts []string
		for _, p := range strings.Fields(lemma) {
			if !IsStop(p) {
				parts = append(parts, p)
			}
		}
		add(parts, Phrase, PhraseWeight)
	}
	return sortLinks(best)
}

func sortLinks(best map[string]Link) []Link {
	out := make([]Link, 0, len(best))
	for _, l := range best {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > maxLinks {
		out = out[:maxLinks]
	}
	return out
}

// Relatedness is how strongly a and b (words or multi-word expressions,
// any inflection) are related in the built-in lexicon: 1 for the same
// lemma or stem, else the weight of the strongest link between them in
// either direction, else 0.
func Relatedness(a, b string) float64 { return builtin.Relatedness(a, b) }
