package answer

import (
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

	windowText string          // the sentence, after the one it continues when it opens with a reference
	window     map[string]bool // content terms of windowText
	verified   float64         // weighted share of the question's terms in the window (passage terms count half)
	words      []string        // lower-case words of windowText, for loose name matching

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

// candidates splits the passages into sentences worth quoting, each once.
func candidates(passages []retrieve.Passage) []*candidate {
	var out []*candidate
	seenSpan := map[string]bool{}
	seenText := map[string]bool{}
	for rank, p := range passages {
		ctx := termSet(p.Text)
		prev := ""
		for i, s := range chunk.Sentences(p.Text) {
			text := p.Text[s.Start:s.End]
			before := prev
			prev = text
			key := p.DocID + "@" + strconv.Itoa(p.Start+s.Start)
			norm := strings.ToLower(strings.Join(strings.Fields(text), " "))
			if seenSpan[key] || seenText[norm] || !quotable(text) {
				continue
			}
			seenSpan[key], seenText[norm] = true, true
			c := &candidate{
				passage: p, rank: rank, ordinal: i, text: text,
				start: p.Start + s.Start, end: p.Start + s.End,
				terms: termSet(text), context: ctx,
				windowText: text, window: termSet(text),
			}
			if before != "" && continues(text) {
				c.windowText = before + " " + text
				c.window = termSet(c.windowText)
			}
			out = append(out, c)
		}
	}
	return out
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
// reference, so that what it says depends on the sentence before.
func continues(sentence string) bool {
	f := strings.Fields(sentence)
	if len(f) == 0 {
		return false
	}
	return referenceWords[strings.ToLower(strings.Trim(f[0], `"'“‘(,`))]
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
	if len(strings.Fields(s)) < 4 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || unicode.IsSpace(r)
	}))
	return last == '.' || last == '!'
}

func termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range retrieve.Terms(text) {
		m[t] = true
	}
	return m
}
