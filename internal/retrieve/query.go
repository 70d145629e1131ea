package retrieve

import "strings"

// relatedWeight scales the contribution of thesaurus terms relative to the
// words the question actually used.
const relatedWeight = 0.5

// intentWeight is the weight of a question word such as "why" that stands
// for the kind of fact asked for.
const intentWeight = 0.5

// Query is a question as the index understands it.
type Query struct {
	Text  string
	Terms []QueryTerm // distinct content terms, in question order
}

// QueryTerm is one content word of a question.
type QueryTerm struct {
	Surface string   // as written in the question
	Term    string   // stemmed
	Weight  float64  // 1 for every word the question used
	IDF     float64  // BM25 IDF in this index (highest when no chunk has it)
	Known   bool     // some chunk contains the term itself
	Share   float64  // the share of chunks that contain the term, or a longer or shorter form of it ("Kazakh", "Kazakhstan")
	Related []string // thesaurus stems that some chunk contains
}

// Analyze splits a question into weighted content terms with their
// statistics in this index.
func (ix *Index) Analyze(text string) Query {
	q := Query{Text: text}
	seen := map[string]bool{}
	for _, t := range Tokenize(stripFillers(text)) {
		if intent, ok := ix.intent(t); ok && !seen[t.Term] {
			seen[t.Term] = true
			q.Terms = append(q.Terms, intent)
			continue
		}
		if t.Stop || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		qt := QueryTerm{
			Surface: t.Surface,
			Term:    t.Term,
			Weight:  1,
			IDF:     ix.lex.idf(t.Term),
			Known:   ix.lex.df(t.Term) > 0,
			Share:   float64(ix.lex.df(t.Term)) / float64(max(1, len(ix.lex.lengths))),
		}
		for _, r := range related(t.Term) {
			if ix.lex.df(r) > 0 {
				qt.Related = append(qt.Related, r)
			}
		}
		for _, r := range ix.lex.prefixRelated(t.Term) {
			qt.Related = append(qt.Related, r)
			qt.Share = max(qt.Share, float64(ix.lex.df(r))/float64(max(1, len(ix.lex.lengths))))
		}
		q.Terms = append(q.Terms, qt)
	}
	return q
}

// MaxIDF is the IDF of a term no chunk contains.
func (ix *Index) MaxIDF() float64 { return ix.lex.idf("\x00") }

// causeWords are what a "why" question is looking for.
var causeWords = []string{"sparked", "triggered", "caused", "because", "reason", "over", "response", "outrage", "anger"}

// intent turns a question word that asks for a kind of fact into a query
// term whose related terms are the words such facts are reported with:
// "why" looks for "sparked", "triggered", "because"...
func (ix *Index) intent(t Token) (QueryTerm, bool) {
	if !strings.EqualFold(t.Surface, "why") {
		return QueryTerm{}, false
	}
	qt := QueryTerm{Surface: t.Surface, Term: t.Term, Weight: intentWeight}
	var sum float64
	for _, w := range causeWords {
		for _, c := range Tokenize(w) {
			if ix.lex.df(c.Term) > 0 && !contains(qt.Related, c.Term) {
				qt.Related = append(qt.Related, c.Term)
				sum += ix.lex.idf(c.Term)
			}
		}
	}
	if len(qt.Related) == 0 {
		return QueryTerm{}, false
	}
	qt.IDF = sum / float64(len(qt.Related))
	return qt, true
}
