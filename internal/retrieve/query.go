package retrieve

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// Weights of query terms and their expansions.
const (
	// prefixWeight is the relation weight of an indexed term that the
	// question's term is a prefix of, or the reverse ("russia", "russian").
	prefixWeight = text.DerivedWeight
	// strongWeight is the least relation weight listed in QueryTerm.Related.
	strongWeight = text.DerivedWeight
	// intentWeight is the weight of a question word such as "why" that
	// stands for the kind of fact asked for.
	intentWeight = 0.5
)

// Query is a question as the index understands it.
type Query struct {
	Text  string
	Terms []QueryTerm // distinct content terms, in question order
}

// QueryTerm is one content word of a question.
type QueryTerm struct {
	Surface string  // as written in the question
	Term    string  // lemmatised and stemmed
	Weight  float64 // 1 for every word the question used
	IDF     float64 // BM25 IDF in this index (highest when no chunk has it)
	Known   bool    // some chunk contains the term itself
	// Share is the share of chunks that contain the term, or a longer or
	// shorter form of it ("Kazakh", "Kazakhstan").
	Share float64
	// Related are the indexed terms that mean much the same (synonyms,
	// derivations, pertainyms, aliases: Expansions of weight ≥ 0.7).
	Related []string
	// Expansions are every indexed term the lexicon relates to this one,
	// with the relation's weight (the term itself would be 1).
	Expansions []Expansion
}

// Expansion is an indexed term related to a query term.
type Expansion struct {
	Term   string
	Weight float64 // relation weight (text.Link.Weight), below 1: BM25 counts it at that share of the word
}

// Analyze splits a question into weighted content terms with their
// statistics in this index and their lexicon relations that some chunk
// contains.
func (ix *Index) Analyze(q string) Query {
	out := Query{Text: q}
	toks := Tokenize(stripFillers(q))
	phrase := ix.phraseLinks(toks)
	seen := map[string]bool{}
	for i, t := range toks {
		if intent, ok := ix.intent(t); ok && !seen[t.Term] {
			seen[t.Term] = true
			out.Terms = append(out.Terms, intent)
			continue
		}
		if t.Stop || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		qt := QueryTerm{Surface: t.Surface, Term: t.Term, Weight: 1, IDF: ix.lex.idf(t.Term), Known: ix.lex.df(t.Term) > 0, Share: ix.share(t.Term)}
		links := append(ix.lexicon.Related(t.Surface), phrase[i]...)
		for _, l := range links {
			if !strings.Contains(l.Word, " ") {
				ix.expand(&qt, Term(l.Word), l.Weight)
			}
		}
		for _, p := range ix.lex.prefixRelated(t.Term) {
			ix.expand(&qt, p, prefixWeight)
			qt.Share = max(qt.Share, ix.share(p))
		}
		for _, e := range qt.Expansions {
			if e.Weight >= strongWeight {
				qt.Related = append(qt.Related, e.Term)
			}
		}
		out.Terms = append(out.Terms, qt)
	}
	return out
}

// expand adds term to qt's expansions when some chunk has it, keeping the
// strongest weight of a term reached twice.
func (ix *Index) expand(qt *QueryTerm, term string, w float64) {
	if term == qt.Term || ix.lex.df(term) == 0 {
		return
	}
	for i, e := range qt.Expansions {
		if e.Term == term {
			qt.Expansions[i].Weight = max(e.Weight, w)
			return
		}
	}
	qt.Expansions = append(qt.Expansions, Expansion{Term: term, Weight: w})
}

// phraseLinks returns, by token position, the relations of the multi-word
// expressions of the question ("set off" → "trigger"), given to the
// expression's first content word.
func (ix *Index) phraseLinks(toks []Token) map[int][]text.Link {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.Surface)
	}
	out := map[int][]text.Link{}
	for _, sp := range ix.lexicon.Phrases(words) {
		head := sp[0]
		for head < sp[1] && toks[head].Stop {
			head++
		}
		if head < sp[1] {
			out[head] = append(out[head], ix.lexicon.Related(strings.Join(words[sp[0]:sp[1]], " "))...)
		}
	}
	return out
}

// share is the share of chunks that contain term.
func (ix *Index) share(term string) float64 {
	return float64(ix.lex.df(term)) / float64(max(1, ix.lex.n()))
}

// MaxIDF is the IDF of a term no chunk contains.
func (ix *Index) MaxIDF() float64 { return ix.lex.idf("\x00") }

// intent turns a question word that asks for a kind of fact into a query
// term whose related terms are the words such facts are reported with:
// "why" looks for the general words of causes (text.CauseWords).
func (ix *Index) intent(t Token) (QueryTerm, bool) {
	if !strings.EqualFold(t.Surface, "why") {
		return QueryTerm{}, false
	}
	qt := QueryTerm{Surface: t.Surface, Term: t.Term, Weight: intentWeight}
	var sum float64
	for _, w := range text.CauseWords() {
		c := Term(w)
		if ix.lex.df(c) > 0 && !contains(qt.Related, c) {
			qt.Related = append(qt.Related, c)
			qt.Expansions = append(qt.Expansions, Expansion{Term: c, Weight: 1})
			sum += ix.lex.idf(c)
		}
	}
	if len(qt.Related) == 0 {
		return QueryTerm{}, false
	}
	qt.IDF = sum / float64(len(qt.Related))
	return qt, true
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
