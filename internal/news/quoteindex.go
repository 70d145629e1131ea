package news

import (
	"sort"
	"strings"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Quote index thresholds.
const (
	sameWordsShare = 0.6 // word overlap (Jaccard) above which two quotes are one statement
	minFindScore   = 0.6 // share of the searched words a statement must have
	contextCredit  = 0.5 // a searched word found in the quote's sentence, not the quote
)

// Statement is what one speaker said, as one or more articles quote it:
// near-identical quotes of the same speaker are one statement.
type Statement struct {
	Speaker  string   // the name most articles use, or the description
	Variants []string // other spellings of the speaker's name in the articles
	Titles   []string // the titles the articles give the speaker
	Person   bool
	Quotes   []Quote // each article's quote, verbatim, in corpus order
}

// Docs returns the IDs of the articles quoting the statement, in order.
func (s Statement) Docs() []string {
	var out []string
	for _, q := range s.Quotes {
		if !contains(out, q.DocID) {
			out = append(out, q.DocID)
		}
	}
	return out
}

// QuoteIndex holds every attributed quote of a corpus, grouped into
// statements, with the spellings of each speaker's name unified.
type QuoteIndex struct {
	statements []Statement
	terms      [][]string // per statement: terms of its quotes
	context    [][]string // per statement: terms of the quotes' sentences

	// Used while building only.
	bySpeaker map[string][]int    // statements by speaker, in order
	quoteSets [][]map[string]bool // per statement: each quote's term set
}

// IndexQuotes reads the quotes of every document. Quotes the articles do
// not attribute are left out.
func IndexQuotes(docs []corpus.Document) *QuoteIndex {
	var all []Quote
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.ID] = d.Text
		for _, q := range Quotes(d) {
			if q.Speaker != "" {
				all = append(all, q)
			}
		}
	}
	names, variants := unifySpeakers(all)
	shown := map[string]string{} // key → the speaker as first written
	for _, q := range all {
		if _, ok := shown[speakerKey(q)]; !ok {
			shown[speakerKey(q)] = q.Speaker
		}
	}
	ix := &QuoteIndex{bySpeaker: map[string][]int{}}
	for _, q := range all {
		key := shown[names[speakerKey(q)]]
		t := retrieve.Terms(q.Text)
		ts := set(t)
		k := ix.statementFor(key, ts)
		if k < 0 {
			ix.statements = append(ix.statements, Statement{Speaker: key, Variants: variants[names[speakerKey(q)]], Person: q.Person})
			ix.terms = append(ix.terms, nil)
			ix.context = append(ix.context, nil)
			ix.quoteSets = append(ix.quoteSets, nil)
			k = len(ix.statements) - 1
			ix.bySpeaker[key] = append(ix.bySpeaker[key], k)
		}
		st := &ix.statements[k]
		if repeats(st.Quotes, q, texts[q.DocID]) {
			continue // an article repeating its own sentence (a lead printed twice)
		}
		st.Quotes = append(st.Quotes, q)
		if q.Title != "" && !contains(st.Titles, q.Title) {
			st.Titles = append(st.Titles, q.Title)
		}
		ix.quoteSets[k] = append(ix.quoteSets[k], ts)
		ix.terms[k] = append(ix.terms[k], t...)
		ix.context[k] = append(ix.context[k], retrieve.Terms(texts[q.DocID][q.SentStart:q.SentEnd])...)
	}
	ix.bySpeaker, ix.quoteSets = nil, nil
	return ix
}

// statementFor returns the first statement of the speaker with a quote
// saying the same words as a quote with terms t, or -1.
func (ix *QuoteIndex) statementFor(speaker string, t map[string]bool) int {
	for _, k := range ix.bySpeaker[speaker] {
		for _, o := range ix.quoteSets[k] {
			if Jaccard(t, o) >= sameWordsShare {
				return k
			}
		}
	}
	return -1
}

// repeats reports whether an earlier quote of the same article has the
// same words in the same sentence.
func repeats(qs []Quote, q Quote, text string) bool {
	for _, o := range qs {
		if o.DocID == q.DocID && o.Text == q.Text && text[o.SentStart:o.SentEnd] == text[q.SentStart:q.SentEnd] {
			return true
		}
	}
	return false
}

// Statements returns every statement, in the order of its first quote.
func (ix *QuoteIndex) Statements() []Statement { return ix.statements }

// Find returns the statements that contain the words, best first: a
// searched word counts fully in the quote and half in its sentence (so
// "who called the demonstrators terrorist gangs" finds "terrorist gangs").
func (ix *QuoteIndex) Find(words string) []Statement {
	q := retrieve.Terms(words)
	if len(q) == 0 {
		return nil
	}
	type hit struct {
		k     int
		score float64
	}
	var hits []hit
	for k := range ix.statements {
		in, ctx := set(ix.terms[k]), set(ix.context[k])
		var got, inQuote float64
		for _, t := range q {
			switch {
			case in[t]:
				got++
				inQuote++
			case ctx[t]:
				got += contextCredit
			}
		}
		if score := got / float64(len(q)); inQuote > 0 && score >= minFindScore {
			hits = append(hits, hit{k, score})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	out := make([]Statement, len(hits))
	for i, h := range hits {
		out[i] = ix.statements[h.k]
	}
	return out
}

// speakerKey is how a quote's speaker is compared before unification:
// names as written, descriptions lower-cased without "the".
func speakerKey(q Quote) string {
	if q.Person {
		return q.Speaker
	}
	return strings.TrimPrefix(strings.ToLower(q.Speaker), "the ")
}

// unifySpeakers maps every speaker key to one name: spellings of a
// person's name that SameName matches become the most used spelling
// (the first on a tie). It also returns each name's other spellings.
func unifySpeakers(qs []Quote) (map[string]string, map[string][]string) {
	count := map[string]int{}
	var order []string
	for _, q := range qs {
		k := speakerKey(q)
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	names := map[string]string{}
	variants := map[string][]string{}
	person := map[string]bool{}
	for _, q := range qs {
		person[speakerKey(q)] = q.Person
	}
	for i, k := range order {
		if _, done := names[k]; done {
			continue
		}
		group := []string{k}
		for _, o := range order[i+1:] {
			if _, done := names[o]; !done && person[k] && person[o] && SameName(k, o) {
				group = append(group, o)
			}
		}
		best := group[0]
		for _, g := range group {
			if count[g] > count[best] {
				best = g
			}
		}
		for _, g := range group {
			names[g] = best
			if g != best && len(nameParts(g)) == len(nameParts(best)) {
				variants[best] = append(variants[best], g)
			}
		}
	}
	return names, variants
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func jaccard(a, b []string) float64 {
	sa, sb := set(a), set(b)
	inter := 0
	for t := range sa {
		if sb[t] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
