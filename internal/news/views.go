package news

// TimelineView is a stretch of the timeline as one value: its entries,
// each with the numbers of the report sentences telling it, and those
// sentences numbered once, in the order the entries cite them. Front ends
// render it; none numbers citations of its own.
type TimelineView struct {
	Entries []CitedEntry
	Sources []Cite
}

// CitedEntry is a timeline entry with its citations: Cites[i] is the
// number of Entry.Sources[i].
type CitedEntry struct {
	Entry
	Cites []int
}

// NewTimelineView numbers the report sentences of entries.
func NewTimelineView(entries []Entry) TimelineView {
	var c Citations
	v := TimelineView{}
	for _, e := range entries {
		ce := CitedEntry{Entry: e}
		for _, s := range e.Sources {
			ce.Cites = append(ce.Cites, c.Sentence(s.DocID, s.Start, s.End))
		}
		v.Entries = append(v.Entries, ce)
	}
	v.Sources = c.List()
	return v
}

// QuoteView is a set of statements as one value: each wording of each
// statement with the quotes carrying it, each quote citing its sentence,
// and those sentences numbered once, in the order the quotes cite them.
type QuoteView struct {
	Statements []CitedStatement
	Sources    []Cite
}

// CitedStatement is a statement with its quotes grouped by wording (see
// Wordings), each quote numbered.
type CitedStatement struct {
	Statement
	Wordings [][]CitedQuote
}

// CitedQuote is a quote and the number of the sentence carrying it.
type CitedQuote struct {
	Quote
	N int
}

// NewQuoteView numbers the sentences quoting sts.
func NewQuoteView(sts []Statement) QuoteView {
	var c Citations
	v := QuoteView{}
	for _, st := range sts {
		cs := CitedStatement{Statement: st}
		for _, w := range Wordings(st.Quotes) {
			var cw []CitedQuote
			for _, q := range w {
				cw = append(cw, CitedQuote{Quote: q, N: c.Sentence(q.DocID, q.SentStart, q.SentEnd)})
			}
			cs.Wordings = append(cs.Wordings, cw)
		}
		v.Statements = append(v.Statements, cs)
	}
	v.Sources = c.List()
	return v
}
