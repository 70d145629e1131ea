package extractive

import (
	"regexp"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// reWhoSaid matches questions about who said some words: "Who said …?",
// "Who called the demonstrators …?".
var reWhoSaid = regexp.MustCompile(`(?i)^\s*who\s+(?:first\s+|publicly\s+|had\s+)?(said|says|called|described|warned|told|claimed|vowed|urged|announced|declared|stated|wrote|insisted|promised)\b`)

// sameWordsShare is the word overlap above which two statements of
// different speakers are taken for the same words attributed differently.
const sameWordsShare = 0.4

// quoteIndex is the snapshot's quote index, built once per corpus
// version; without one (a composer used on its own), the quotes of the
// retrieved articles.
func quoteIndex(in answer.Input) *news.QuoteIndex {
	if in.Quotes != nil {
		if qi, err := in.Quotes(); err == nil && qi != nil {
			return qi
		}
	}
	return news.IndexQuotes(passageDocs(in))
}

// whoSaid answers a "who said …" question from the quote index: the
// speaker, their title, the quote verbatim and to whom or where, cited
// with the sentences of the retrieved passages that carry it. ok is false
// when the question is no such question or no quote of the passages fits.
func (e *Extractive) whoSaid(in answer.Input) (answer.Reply, bool) {
	if !reWhoSaid.MatchString(in.Question) {
		return answer.Reply{}, false
	}
	found := quoteIndex(in).Find(reWhoSaid.ReplaceAllString(in.Question, "$1"))
	if len(found) == 0 {
		return answer.Reply{}, false
	}
	top := found[0]
	srcs, quotes := quoteSources(top, in)
	if len(srcs) == 0 {
		return answer.Reply{}, false
	}
	w := newWriter(in.Docs)
	marks, _ := w.marks(srcs)
	q := quotes[0]
	words := strings.TrimRight(defuseMarkers(q.Text), ".,;: ")
	verb := " said “"
	if len(strings.Fields(words)) < 4 {
		verb = " used the words “" // a phrase, not a sentence: "terrorist gangs"
	}
	text := capitalize(speakerName(top, quotes)) + titleClause(q.Title) + verb + words + "”" + placeClause(q)
	if n := reportsOf(quotes, in.Docs); n > 1 {
		text += ", according to " + ofReports(n, reportCount(in.Docs))
	}
	w.sentence(text + " " + marks + ".")
	r := answer.Reply{Composer: answer.ComposerExtractive}
	for _, n := range speakerNotes(top, quotes, found[1:], in) {
		if d, ok := w.note(n); ok {
			r.Disagreements = append(r.Disagreements, d)
		}
	}
	r.Text, r.Citations = w.b.String(), w.cites
	return r, true
}

// speakerNotes notes the spellings of the speaker's name in the cited
// quotes, and other speakers the same words are attributed to.
func speakerNotes(top news.Statement, quotes []news.Quote, others []news.Statement, in answer.Input) []note {
	var out []note
	spell := note{kind: noteSpelling, what: "the spelling of a name"}
	at := map[string]int{}
	for _, q := range quotes {
		k, ok := at[q.Speaker]
		if !ok {
			k = len(spell.versions)
			at[q.Speaker] = k
			spell.versions = append(spell.versions, noteVersion{value: q.Speaker, text: q.Speaker})
		}
		spell.versions[k].srcs = append(spell.versions[k].srcs, quoteSource(q, in))
		spell.versions[k].reports++
	}
	if top.Person && len(spell.versions) > 1 {
		out = append(out, spell)
	}
	who := note{kind: noteSpeaker, what: "who said it", versions: []noteVersion{{value: top.Speaker, text: top.Speaker}}}
	who.versions[0].srcs, _ = quoteSources(top, in)
	topTerms := retrieve.Terms(quotes[0].Text)
	for _, o := range others {
		srcs, qs := quoteSources(o, in)
		if o.Speaker == top.Speaker || len(srcs) == 0 || jaccardTerms(topTerms, retrieve.Terms(qs[0].Text)) < sameWordsShare {
			continue
		}
		who.versions = append(who.versions, noteVersion{value: o.Speaker, text: o.Speaker, srcs: srcs})
	}
	if len(who.versions) > 1 {
		out = append(out, who)
	}
	return out
}

// quoteSources returns the sentences of the statement's quotes that lie
// in retrieved passages (at most one per report, up to maxVersionCites),
// with those quotes.
func quoteSources(st news.Statement, in answer.Input) ([]source, []news.Quote) {
	var srcs []source
	var qs []news.Quote
	seen := map[string]bool{}
	for _, q := range st.Quotes {
		s := quoteSource(q, in)
		key := reportKey(in.Docs, q.DocID)
		if s.chunkID == "" || seen[key] || len(srcs) >= maxVersionCites {
			continue
		}
		seen[key] = true
		srcs, qs = append(srcs, s), append(qs, q)
	}
	return srcs, qs
}

// quoteSource is the sentence carrying a quote, in the retrieved passage
// that holds it (chunkID "" when none does).
func quoteSource(q news.Quote, in answer.Input) source {
	for _, p := range in.Passages {
		if p.DocID == q.DocID && p.Start <= q.SentStart && q.SentEnd <= p.End {
			return source{docID: q.DocID, chunkID: p.ID, start: q.SentStart, end: q.SentEnd,
				text: p.Text[q.SentStart-p.Start : q.SentEnd-p.Start]}
		}
	}
	return source{docID: q.DocID}
}

// passageDocs returns the articles of the retrieved passages.
func passageDocs(in answer.Input) []corpus.Document {
	var out []corpus.Document
	seen := map[string]bool{}
	for _, p := range in.Passages {
		if seen[p.DocID] || in.Docs == nil {
			continue
		}
		seen[p.DocID] = true
		if d, ok := in.Docs.Document(p.DocID); ok {
			out = append(out, d)
		}
	}
	return out
}

func reportsOf(qs []news.Quote, docs answer.Catalog) int {
	seen := map[string]bool{}
	for _, q := range qs {
		seen[reportKey(docs, q.DocID)] = true
	}
	return len(seen)
}

// speakerName is the speaker as the first cited report writes the name,
// with the other spellings the corpus uses when the cited reports do not
// show them: "Saltanet Azirbek (also spelled Saltanat Azirbek)".
func speakerName(st news.Statement, quotes []news.Quote) string {
	if !st.Person {
		return st.Speaker
	}
	name := quotes[0].Speaker
	var other []string
	for _, v := range append([]string{st.Speaker}, st.Variants...) {
		shown := false
		for _, q := range quotes {
			shown = shown || q.Speaker == v
		}
		if !shown && !contains(other, v) {
			other = append(other, v)
		}
	}
	if len(other) > 0 {
		name += " (also spelled " + strings.Join(other, ", ") + ")"
	}
	return name
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func titleClause(title string) string {
	if title == "" {
		return ""
	}
	return ", " + title + ","
}

// placeClause says to whom, where and through whom the words were said.
func placeClause(q news.Quote) string {
	var b strings.Builder
	if q.To != "" {
		b.WriteString(" to " + q.To)
	}
	if q.Where != "" {
		b.WriteString(" " + strings.ToLower(q.Where[:1]) + q.Where[1:])
	}
	if q.Via != "" {
		b.WriteString(", as quoted by " + q.Via)
	}
	return b.String()
}

func jaccardTerms(a, b []string) float64 {
	sa := map[string]bool{}
	for _, t := range a {
		sa[t] = true
	}
	sb := map[string]bool{}
	for _, t := range b {
		sb[t] = true
	}
	return news.Jaccard(sa, sb)
}
