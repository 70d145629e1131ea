package text

import (
	_ "embed"
	"strconv"
	"sync"
)

// The WordNet 3.0 tables compiled by internal/gen (see wordnet/LICENSE).
var (
	//go:embed wordnet/words.txt
	wordsTxt string
	//go:embed wordnet/synsets.txt
	synsetsTxt string
	//go:embed wordnet/exc.txt
	excTxt string
	//go:embed wordnet/words.offs
	wordsIdx string
	//go:embed wordnet/synsets.offs
	synsetsIdx string
	//go:embed wordnet/exc.offs
	excIdx string
)

// wordnet is the loaded database: three tables over the embedded text.
type wordnet struct {
	words   table // sorted: word, tagged senses, synsets, derived, pertainyms
	synsets table // by id: members, hypernyms, hyponyms
	exc     table // sorted: form, bases prefixed by part of speech
}

var (
	wnOnce sync.Once
	wn     *wordnet
)

// db returns the WordNet tables, loading them on first use.
func db() *wordnet {
	wnOnce.Do(func() {
		wn = load()
	})
	return wn
}

func load() *wordnet {
	return &wordnet{
		words:   newTable(wordsTxt, wordsIdx),
		synsets: newTable(synsetsTxt, synsetsIdx),
		exc:     newTable(excTxt, excIdx),
	}
}

// entry is one lemma of the lexicon.
type entry struct {
	tagged     int      // senses tagged in WordNet's semantic concordance: how common the word is
	synsets    []int    // kept senses, most frequent first
	derived    []string // derivationally related forms
	pertainyms []string // pertainyms, both directions
}

func (w *wordnet) entry(lemma string) (entry, bool) {
	f, ok := w.words.lookup(lemma)
	if !ok || len(f) < 4 {
		return entry{}, false
	}
	e := entry{derived: list(f[2]), pertainyms: list(f[3])}
	e.tagged, _ = strconv.Atoi(f[0])
	for _, s := range list(f[1]) {
		id, _ := strconv.Atoi(s)
		e.synsets = append(e.synsets, id)
	}
	return e, true
}

// synset is one WordNet synset: its members and neighbours.
type synset struct {
	members []string
	hyper   []int
	hypo    []int
	entail  []int // causes and entailments, both directions (kill, die)
}

func (w *wordnet) synset(id int) synset {
	l := w.synsets.line(id)
	var f [4]string
	for i := range f {
		j := 0
		for j < len(l) && l[j] != '\t' {
			j++
		}
		f[i] = l[:j]
		if j < len(l) {
			l = l[j+1:]
		} else {
			l = ""
		}
	}
	return synset{members: list(f[0]), hyper: ids(f[1]), hypo: ids(f[2]), entail: ids(f[3])}
}

func ids(f string) []int {
	var out []int
	for _, s := range list(f) {
		id, _ := strconv.Atoi(s)
		out = append(out, id)
	}
	return out
}

// has reports whether w is a lemma (word or multi-word expression) of the
// lexicon.
func (w *wordnet) has(lemma string) bool {
	_, ok := w.words.lookup(lemma)
	return ok
}

// Concepts returns the WordNet senses (synset ids) of the lower-case word
// w, any inflection, most frequent first: words that share an id share a
// meaning. Nil for a word WordNet does not know.
func Concepts(w string) []int {
	e, ok := db().entry(Lemma(w))
	if !ok {
		return nil
	}
	return e.synsets
}
