package retrieve

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// Token is one word of a text as the index sees it.
type Token struct {
	Surface string // the word as written, without surrounding punctuation
	Term    string // the lemmatised, stemmed, lower-cased form used for matching
	Stop    bool   // a stop word: kept for phrase checks, ignored for scoring
}

// Tokenize splits text into words (text.Surfaces) and gives each its
// term: the Snowball stem of its WordNet lemma, so that "came" meets
// "come" and "mice" meets "mouse". Digits grouped with commas ("1,000")
// stay one word ("1000"); possessives are folded ("Kazakhstan's" →
// "kazakhstan"); hyphenated words yield their parts.
func Tokenize(s string) []Token {
	ws := text.Surfaces(s)
	out := make([]Token, len(ws))
	for i, w := range ws {
		lower := strings.ToLower(w)
		out[i] = Token{Surface: w, Term: Term(lower), Stop: text.IsStop(lower)}
	}
	return out
}

// Term returns the index term of a lower-case word: the stem of its lemma.
func Term(lower string) string { return text.Stem(text.Lemma(text.Fold(lower))) }

// Terms returns the content terms of s: Tokenize without stop words,
// whose terms it does not compute.
func Terms(s string) []string {
	ws := text.Surfaces(s)
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if lower := strings.ToLower(w); !text.IsStop(lower) {
			out = append(out, Term(lower))
		}
	}
	return out
}
