package news

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
)

// Quote is one quotation in an article and what the article says about
// who said it.
type Quote struct {
	DocID      string
	Text       string // the quoted words, verbatim, without the quote marks
	Start, End int    // Text is Document.Text[Start:End]
	// SentStart and SentEnd span the sentence(s) holding the quote and its
	// attribution: the passage to cite.
	SentStart, SentEnd int
	Speaker            string // who said it: a name ("Saltanat Azirbek") or as described ("the CSTO secretariat"); "" when the article does not say
	AsWritten          string // the speaker as this sentence writes it: "she", "Mr Tokayev", "police spokesman Saltanat Azirbek"
	Title              string // "City police spokeswoman", "spokeswoman for the Kazakh police"
	Person             bool   // Speaker is a person's name
	To                 string // whom it was said to: "a local news channel"
	Where              string // "on Facebook", "in a statement posted by ..."
	Via                string // who relayed it: "the Interfax-Kazakhstan, TASS and Ria Novosti news agencies"
	Continued          bool   // a paragraph of quote only, continuing the speaker's previous quote
}

// pronouns stand for the previous speaker.
var pronouns = setOf("he", "she", "they", "it", "the statement", "the spokesman", "the spokeswoman", "the spokesperson")

// Quotes returns the quotations in a document's body with their speakers,
// in order. "She said" and "he warned" take the last person quoted or
// named before; a paragraph that is nothing but a quote, right after a
// quote, continues its speaker.
func Quotes(d corpus.Document) []Quote {
	body := d.Body()
	sents := chunk.Sentences(body)
	people, mentions := docPeople(body, sents)
	var out []Quote
	var last, lastPerson *Quote
	prevPara := -1 // end offset of the paragraph holding the last quote
	spans := quoteSpans(body, 0, len(body))
	for _, qs := range spans {
		us, ue := unitOf(sents, qs)
		us, ue = window(body, us, ue, qs, spans)
		unit := body[us:ue]
		local := quoteSpan{open: qs.open - us, close: qs.close - us, start: qs.start - us, end: qs.end - us}
		a := attribute(unit, local)
		qs.end = trimComma(body, qs.start, qs.end)
		q := Quote{
			DocID: d.ID, Text: body[qs.start:qs.end],
			Start: d.BodyStart + qs.start, End: d.BodyStart + qs.end,
			SentStart: d.BodyStart + us, SentEnd: d.BodyStart + ue,
			AsWritten: a.subject, To: a.to, Where: a.where, Via: a.via,
		}
		resolveSpeaker(&q, a, people, last, referent(lastPerson, mentions, people, us, d.BodyStart))
		if q.Speaker == "" && last != nil && aloneInParagraph(body, qs) && prevPara >= 0 && onlySpaceBetween(body, prevPara, qs.open) {
			q.Speaker, q.Title, q.Person, q.Continued = last.Speaker, last.Title, last.Person, true
		}
		out = append(out, q)
		if q.Speaker != "" {
			last = &out[len(out)-1]
			if q.Person {
				lastPerson = last
			}
		}
		prevPara = paragraphEnd(body, qs.close)
	}
	return out
}

// unitOf returns the span of the sentences the quote touches.
func unitOf(sents []chunk.Span, q quoteSpan) (int, int) {
	start, end := q.open, q.close+1
	for _, s := range sents {
		if s.End > q.open && s.Start <= q.open {
			start = s.Start
		}
		if s.Start <= q.close && s.End > q.close {
			end = s.End
		}
	}
	return start, end
}

// maxUnit is the most bytes around a quote that its attribution is read
// from. Real sentences are far shorter; a text without sentence
// punctuation is one "sentence", and reading all of it for each of its
// quotes would take time quadratic in its length.
const maxUnit = 2000

// window narrows the unit [us, ue) of quote q to maxUnit bytes around the
// quote when it is longer, starting and ending between words and outside
// every other quote.
func window(text string, us, ue int, q quoteSpan, spans []quoteSpan) (int, int) {
	if ue-us <= maxUnit {
		return us, ue
	}
	s, e := max(us, q.open-maxUnit/2), min(ue, q.close+1+maxUnit/2)
	for _, sp := range spans {
		if sp.open < s && s <= sp.close {
			s = sp.close + 1
		}
		if sp.open < e && e <= sp.close {
			e = sp.open
		}
	}
	if i := strings.IndexAny(text[s:q.open], " \n\t"); s > us && i >= 0 {
		s += i + 1
	}
	if i := strings.LastIndexAny(text[q.close:e], " \n\t"); e < ue && i >= 0 {
		e = q.close + i
	}
	return s, e
}

// resolveSpeaker fills the speaker from the attribution: a pronoun takes
// the last speaker (a person for he/she), a surname alone the full name
// the article gives elsewhere, a description stays as written.
func resolveSpeaker(q *Quote, a attribution, people []string, last, lastPerson *Quote) {
	subj := strings.TrimSpace(a.subject)
	if subj == "" {
		return
	}
	if pronouns[strings.ToLower(subj)] && a.lead != "" {
		subj = a.lead
	} else if pronouns[strings.ToLower(subj)] {
		ref := last
		if l := strings.ToLower(subj); l == "he" || l == "she" {
			ref = lastPerson
		}
		if ref != nil {
			q.Speaker, q.Title, q.Person = ref.Speaker, ref.Title, ref.Person
		}
		return
	}
	name, title := splitName(subj)
	if name == "" && a.appositive != "" {
		name, title = splitName(a.appositive)
		title = strings.TrimSpace(strings.Trim(subj+", "+title, ", "))
	} else if a.appositive != "" {
		title = strings.TrimSpace(strings.Trim(title+", "+a.appositive, ", "))
	}
	if name == "" {
		q.Speaker = subj
		return
	}
	full := fullName(name, people)
	if len(nameParts(name)) == 1 && full == name && !titled(title) {
		q.Speaker = subj // a lone capitalised word that names no one known: "Washington"
		return
	}
	q.Speaker, q.Title, q.Person = full, dropHonorifics(title), true
}

// titled reports whether a title precedes a lone surname ("President",
// "Mr"), marking it as a person's.
func titled(title string) bool {
	for _, w := range words(title) {
		if lw := strings.Trim(w.lower(), "."); honorifics[lw] || titleWords[lw] {
			return true
		}
	}
	return false
}

func dropHonorifics(title string) string {
	ws := words(title)
	if len(ws) == 1 && honorifics[strings.Trim(ws[0].lower(), ".")] {
		return ""
	}
	return title
}

// splitName splits "City police spokeswoman Saltanat Azirbek" into the
// name and the title before it. A lone capitalised surname after a title
// or honorific ("Mr Tokayev", "Tokayev") counts as a name.
func splitName(phrase string) (string, string) {
	if ns := Names(phrase); len(ns) > 0 {
		// Names joins a name's words with single spaces, so a name written
		// otherwise ("U.S." read as "U S") is not found verbatim: then the
		// phrase holds no name to split off.
		name := ns[len(ns)-1]
		if i := strings.LastIndex(phrase, name); i >= 0 {
			return name, strings.TrimSpace(strings.TrimRight(phrase[:i], ", "))
		}
	}
	ws := words(phrase)
	if len(ws) == 0 {
		return "", ""
	}
	lastW := ws[len(ws)-1]
	if !lastW.capitalized() || notPersonWords[lastW.lower()] || titleWords[lastW.lower()] || strings.ToUpper(lastW.text) == lastW.text {
		return "", ""
	}
	for _, w := range ws[:len(ws)-1] {
		lw := strings.Trim(w.lower(), ".")
		if !honorifics[lw] && !titleWords[lw] {
			return "", ""
		}
	}
	return lastW.text, strings.TrimSpace(phrase[:lastW.start])
}

// mention is a person's name written in a document, at a byte offset.
type mention struct {
	at   int
	name string
}

// docPeople lists the full names of people a document mentions, and
// where each sentence naming one starts.
func docPeople(body string, sents []chunk.Span) ([]string, []mention) {
	var out []string
	var at []mention
	for _, s := range sents {
		for _, n := range Names(body[s.Start:s.End]) {
			if !contains(out, n) {
				out = append(out, n)
			}
			at = append(at, mention{s.Start, n})
		}
	}
	return out, at
}

// referent is whom "he" or "she" in the sentence starting at unit means:
// the person last quoted, or a person named since in an earlier sentence.
// base is the body's offset in the document (quotes hold document offsets).
func referent(lastPerson *Quote, mentions []mention, people []string, unit, base int) *Quote {
	var named *mention
	for i := range mentions {
		if mentions[i].at < unit {
			named = &mentions[i]
		}
	}
	if named == nil || lastPerson != nil && lastPerson.SentStart-base >= named.at {
		return lastPerson
	}
	return &Quote{Speaker: fullName(named.name, people), Person: true, SentStart: named.at}
}

// fullName returns the longest name the article gives for the same
// person ("Tokayev" → "Kassym-Jomart Tokayev"), or name.
func fullName(name string, people []string) string {
	best := name
	for _, p := range people {
		if len(p) > len(best) && SameName(name, p) && len(nameParts(name)) == 1 {
			best = p
		}
	}
	return best
}

// aloneInParagraph reports whether only white space stands between the
// quote and the start and end of its line.
func aloneInParagraph(text string, q quoteSpan) bool {
	ls := strings.LastIndexByte(text[:q.open], '\n') + 1
	le := strings.IndexByte(text[q.close:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += q.close
	}
	return strings.TrimSpace(text[ls:q.open]) == "" && len(strings.TrimSpace(text[q.close:le])) <= len("”.")
}

// trimComma drops the comma a quote ends with before its attribution
// ("…liquidated,” she said").
func trimComma(text string, start, end int) int {
	for end > start && (text[end-1] == ',' || text[end-1] == ' ') {
		end--
	}
	return end
}

func paragraphEnd(text string, i int) int {
	if e := strings.IndexByte(text[i:], '\n'); e >= 0 {
		return i + e
	}
	return len(text)
}

func onlySpaceBetween(text string, a, b int) bool {
	return a <= b && strings.TrimSpace(text[a:b]) == ""
}
