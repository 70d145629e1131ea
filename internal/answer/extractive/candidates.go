package extractive

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// candidate is one sentence of a retrieved passage that might go into an
// answer.
type candidate struct {
	passage  retrieve.Passage
	rank     int // of the passage, 0 = best
	ordinal  int // of the sentence in its passage
	text     string
	start    int             // byte offset in the document
	end      int             //
	terms    map[string]bool // stemmed content terms of the sentence
	context  map[string]bool // content terms of the whole passage
	coverage float64         // weighted share of the question's terms in the sentence (passage terms count half)
	fit      float64         // how surely it holds an answer of the asked type (typedAnswer)
	score    float64

	windowText string           // the sentence, after the one it continues when it opens with a reference
	window     map[string]bool  // content terms of windowText
	verified   float64          // weighted share of the question's terms in the window (passage terms count half)
	words      []string         // lower-case words of windowText, for loose name matching
	tokens     []retrieve.Token // of text, see toks

	windowStart int  // byte offset in the document of the sentence it continues
	continued   bool // windowText holds the sentence before

	twins []*candidate // the same sentence in other articles, cited with it

	narrowed bool // trimLeads has set its bounds
	cut      bool // its end was cut before the sentence's

	claims     []news.Claim // figures the sentence reports; see figures
	claimsDone bool
}

// figures returns the figures the sentence reports, extracted once.
func (c *candidate) figures() []news.Claim {
	if !c.claimsDone {
		c.claims, c.claimsDone = news.Claims(c.text), true
	}
	return c.claims
}

// passageRead is a passage cut into fragments and tokenized, once per
// question: its candidates, the passage coverage and every part of a
// two-part question read it.
type passageRead struct {
	frags []span
	terms []map[string]bool // of each fragment
	all   map[string]bool   // of the whole passage
}

// readPassages cuts and tokenizes each passage once.
func readPassages(passages []retrieve.Passage) []passageRead {
	out := make([]passageRead, len(passages))
	for k, p := range passages {
		r := passageRead{frags: fragments(p.Text), all: map[string]bool{}}
		r.terms = make([]map[string]bool, len(r.frags))
		for i, s := range r.frags {
			r.terms[i] = termSet(p.Text[s.Start:s.End])
			for t := range r.terms[i] {
				r.all[t] = true
			}
		}
		out[k] = r
	}
	return out
}

// candidates splits the passages into sentences worth quoting, each once;
// read is readPassages(passages).
func candidates(passages []retrieve.Passage, read []passageRead) []*candidate {
	var out []*candidate
	seenSpan := map[string]bool{}
	seenText := map[string]*candidate{}
	for rank, p := range passages {
		frags, terms, ctx := read[rank].frags, read[rank].terms, read[rank].all
		for i, s := range frags {
			text := p.Text[s.Start:s.End]
			key := p.DocID + "@" + strconv.Itoa(p.Start+s.Start)
			norm := strings.ToLower(strings.Join(strings.Fields(text), " "))
			if seenSpan[key] || !(quotable(text) || s.elided && len(strings.Fields(text)) >= minFragmentWords) {
				continue
			}
			seenSpan[key] = true
			c := &candidate{
				passage: p, rank: rank, ordinal: i, text: text,
				start: p.Start + s.Start, end: p.Start + s.End,
				terms: terms[i], context: ctx,
				windowText: text, window: terms[i],
			}
			if first := seenText[norm]; first != nil {
				if first.passage.DocID != p.DocID {
					first.twins = append(first.twins, c) // the same sentence in another article: cited with it
				}
				continue
			}
			seenText[norm] = c
			if i > 0 && continues(text) {
				c.windowText = p.Text[frags[i-1].Start:frags[i-1].End] + " " + text
				c.window = union(terms[i-1], terms[i])
				c.windowStart, c.continued = p.Start+frags[i-1].Start, true
			}
			out = append(out, c)
		}
	}
	return out
}

// toks returns the sentence's tokens, computed once.
func (c *candidate) toks() []retrieve.Token {
	if c.tokens == nil {
		c.tokens = retrieve.Tokenize(c.text)
	}
	return c.tokens
}

// union returns a new set with the members of a and b.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for t := range a {
		out[t] = true
	}
	for t := range b {
		out[t] = true
	}
	return out
}

// minFragmentWords is the shortest piece of an elided sentence worth quoting.
const minFragmentWords = 5

// span is a sentence or, where the text marks an elision ("…", "..."),
// a piece of one, as byte offsets.
type span struct {
	Start, End int
	elided     bool // cut at an elision mark rather than a sentence end
}

// reElision is an elision mark standing between words: search snippets
// and quotes cut with "..." join text that is not one sentence.
var reElision = regexp.MustCompile(`\s(?:\.\.\.|…)\s`)

// fragments splits text into sentences, and sentences at elision marks.
func fragments(text string) []span {
	var out []span
	for _, s := range chunk.Sentences(text) {
		start := s.Start
		for _, m := range reElision.FindAllStringIndex(text[s.Start:s.End], -1) {
			end := s.Start + m[0]
			if inQuote(text[start:end]) {
				continue // an elision inside a quotation leaves it one sentence
			}
			if end > start {
				out = append(out, span{Start: start, End: end, elided: true})
			}
			start = s.Start + m[1]
		}
		out = append(out, span{Start: start, End: s.End, elided: start != s.Start})
	}
	return out
}

// inQuote reports whether a quotation opened in s is still open at its end.
func inQuote(s string) bool {
	return strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

// key names the sentence by its place: article and byte offset.
func (c *candidate) key() string {
	return c.passage.DocID + "@" + strconv.Itoa(c.start)
}

// referenceWords open a sentence that leans on the one before it.
var referenceWords = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "its": true, "their": true,
	"the": true, "such": true, "there": true, "then": true, "but": true, "however": true,
}

// continues reports whether a sentence opens with a pronoun or a definite
// reference, or refers to someone by role ("the company would publish"),
// so that what it says depends on the sentence before.
// referrers open a reference to someone by role: "the minister", "its
// chief executive".
var referrers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true}

func continues(sentence string) bool {
	f := strings.Fields(sentence)
	if len(f) == 0 {
		return false
	}
	if referenceWords[strings.ToLower(strings.Trim(f[0], `"'“‘(,`))] {
		return true
	}
	for i := 1; i < len(f); i++ {
		if referrers[strings.ToLower(f[i-1])] && isRoleWord(strings.Trim(f[i], `.,;:"'”’`)) {
			return true
		}
	}
	return false
}

// windowWords returns the lower-case words of the candidate's window.
func (c *candidate) windowWords() []string {
	if c.words == nil {
		for _, t := range retrieve.Tokenize(c.windowText) {
			c.words = append(c.words, strings.ToLower(t.Surface))
		}
	}
	return c.words
}

// quotable rejects sentences that cannot answer anything: questions
// (sub-headings such as "What sparked the protests?"), headings without
// terminal punctuation, captions of a couple of words.
func quotable(s string) bool {
	if len(strings.Fields(s)) < 4 || titleCase(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || unicode.IsSpace(r)
	}))
	return last == '.' || last == '!'
}

// titleCase reports whether every word of s starts with a capital or a
// digit: a heading or a page title ("2018 FIFA World Cup Russia."), not a
// sentence that says something.
func titleCase(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"'“‘(`))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range retrieve.Terms(text) {
		m[t] = true
	}
	return m
}
