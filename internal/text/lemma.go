package text

import (
	"strings"
	"sync"
	"sync/atomic"
)

// detach are WordNet's morphological detachment rules (morphy), by part of
// speech: an ending and what replaces it.
var detach = []struct {
	pos       byte
	suf, repl string
}{
	{'n', "s", ""}, {'n', "ses", "s"}, {'n', "xes", "x"}, {'n', "zes", "z"},
	{'n', "ches", "ch"}, {'n', "shes", "sh"}, {'n', "men", "man"}, {'n', "ies", "y"},
	{'v', "s", ""}, {'v', "ies", "y"}, {'v', "es", "e"}, {'v', "es", ""},
	{'v', "ed", "e"}, {'v', "ed", ""}, {'v', "ing", "e"}, {'v', "ing", ""},
	{'a', "er", ""}, {'a', "est", ""}, {'a', "er", "e"}, {'a', "est", "e"},
}

// commonerBase is how many times more tagged senses an irregular form's
// base must have than the form has as a word of its own for Lemma to
// prefer the base ("saw" → "see", but "wound" stays "wound", not "wind").
const commonerBase = 2

// Lemma returns the base form of the lower-case word w as WordNet's morphy
// finds it: an irregular form through WordNet's exception lists ("went" →
// "go", "mice" → "mouse"), a regular one by detaching its ending when what
// remains is a WordNet lemma ("evacuated" → "evacuate"). A word that is a
// lemma itself stays as it is unless it is far more common as an irregular
// form of another word; a word WordNet does not know comes back unchanged.
func Lemma(w string) string {
	if w == "" || IsNumber(w) {
		return w
	}
	if v, ok := lemmas.m.Load(w); ok {
		return v.(string)
	}
	l := morphy(w)
	if lemmas.n.Load() < maxCachedLemmas {
		if _, loaded := lemmas.m.LoadOrStore(w, l); !loaded {
			lemmas.n.Add(1)
		}
	}
	return l
}

// maxCachedLemmas bounds the lemma cache; past it, words are looked up afresh.
const maxCachedLemmas = 200_000

var lemmas struct {
	m sync.Map // word → lemma
	n atomic.Int64
}

// morphy finds the lemma of w in the tables.
func morphy(w string) string {
	d := db()
	own, isLemma := d.entry(w)
	if f, ok := d.exc.lookup(w); ok {
		for _, b := range list(f[0]) {
			base := b[1:]
			if !isLemma {
				return base
			}
			if e, ok := d.entry(base); ok && e.tagged > commonerBase*own.tagged {
				return base
			}
		}
	}
	if isLemma {
		return w
	}
	for _, r := range detach {
		if strings.HasSuffix(w, r.suf) && len(w) > len(r.suf) {
			if base := w[:len(w)-len(r.suf)] + r.repl; d.has(base) {
				return base
			}
		}
	}
	return w
}
