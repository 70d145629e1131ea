package retrieve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Token is one word of a text as the index sees it.
type Token struct {
	Surface string // the word as written, without surrounding punctuation
	Term    string // the stemmed, lower-cased form used for matching
	Stop    bool   // a stop word: kept for phrase checks, ignored for scoring
}

// Tokenize splits text into words and stems them. Digits grouped with
// commas ("1,000") stay one word ("1000"); apostrophes and possessives are
// folded ("Kazakhstan's" → "kazakhstan"); hyphenated words yield their parts.
func Tokenize(text string) []Token {
	var out []Token
	for _, w := range words(text) {
		lower := strings.ToLower(w)
		t := Token{Surface: w, Stop: isStopWord(lower)}
		t.Term = cachedStem(lower)
		out = append(out, t)
	}
	return out
}

// Terms returns the stemmed content terms of text: Tokenize without stop words.
func Terms(text string) []string {
	toks := Tokenize(text)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.Stop {
			out = append(out, t.Term)
		}
	}
	return out
}

// stem lower-cases and stems one word; numbers are returned as they are.
func stem(lower string) string {
	if lower == "" || isNumber(lower) {
		return lower
	}
	if base, ok := irregular[lower]; ok {
		lower = base
	}
	return english.Stem(lower, true)
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// words cuts text into words. A word is a run of letters and digits;
// inner apostrophes and commas between digits are absorbed, and a
// possessive "'s" is dropped.
func words(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w != "" {
			out = append(out, w)
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == '\'' || r == '’') && b.Len() > 0 && i+size < len(text) && startsLetter(text[i+size:]):
			b.WriteByte('\'')
		case r == ',' && b.Len() > 0 && endsDigit(b.String()) && i+size+3 <= len(text) && allDigits(text[i+size:i+size+3]):
			// thousands separator: "1,000" is one number
		default:
			flush()
		}
		i += size
	}
	flush()
	return out
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func endsDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
