package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Sentences returns the sentences of s as spans, in order, each trimmed of
// surrounding white space; never empty spans. A blank line always ends a
// sentence. Within a paragraph a sentence ends after a run of terminators
// (". ! ? …") and closing quotes or brackets that is followed by white
// space and something that can start a sentence, unless the run is a
// single period after an abbreviation ("Mr.", "Jan."), an initial or a
// dotted acronym ("J.", "U.S."), "No." before a number, or what follows is
// a short parenthetical credit ending the paragraph ("(AFP)"). A period
// between digits ("3.5") is no end: no space follows it.
func Sentences(s string) []Span {
	var out []Span
	for start := 0; start < len(s); {
		end := paragraphEnd(s, start)
		a, b := TrimSpan(s, start, end)
		if a < b {
			out = appendSentences(out, s, a, b)
		}
		start = end
	}
	return out
}

// paragraphEnd returns the end of the paragraph starting at i: the position
// after the next blank line, or len(s).
func paragraphEnd(s string, i int) int {
	for {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			return len(s)
		}
		k := i + j + 1
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r') {
			k++
		}
		if k < len(s) && s[k] == '\n' {
			return k + 1
		}
		if k >= len(s) {
			return len(s)
		}
		i = k
	}
}

// TrimSpan returns the bounds of s[a:b] without leading and trailing
// white space. Invalid UTF-8 bytes count as text, not space.
func TrimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, w := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= w
	}
	return a, b
}

// appendSentences appends the sentences of the trimmed paragraph s[from:to].
func appendSentences(out []Span, s string, from, to int) []Span {
	start, i := from, from
	for i < to {
		r, w := utf8.DecodeRuneInString(s[i:to])
		if !isTerminator(r) {
			i += w
			continue
		}
		j := skipRunes(s, i+w, to, isTerminator)
		single := r == '.' && j == i+1
		j = skipRunes(s, j, to, isCloser)
		next := skipRunes(s, j, to, unicode.IsSpace)
		if next == j || next == to || !canStart(firstRune(s[next:to])) ||
			(single && continuesAfterPeriod(s, from, i, next)) ||
			isCredit(s[next:to]) {
			i = j
			continue
		}
		out = append(out, Span{start, j})
		start, i = next, next
	}
	return append(out, Span{start, to})
}

// skipRunes returns the first position at or after i, and before end,
// whose rune does not satisfy f, or end.
func skipRunes(s string, i, end int, f func(rune) bool) int {
	for i < end {
		r, w := utf8.DecodeRuneInString(s[i:end])
		if !f(r) {
			return i
		}
		i += w
	}
	return end
}

// maxCredit is the longest parenthetical, in bytes, taken for a credit.
const maxCredit = 40

// isCredit reports whether rest, the remainder of a paragraph, is a short
// parenthetical such as "(AFP)" that belongs to the sentence before it.
func isCredit(rest string) bool {
	return len(rest) <= maxCredit && len(rest) >= 2 && rest[0] == '(' && rest[len(rest)-1] == ')'
}

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// IsCloser reports whether r is a closing quote or bracket that may follow
// a terminator and still belong to the sentence it ends.
func IsCloser(r rune) bool { return isCloser(r) }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

// CanStart reports whether r can be the first rune of a sentence: an
// upper-case or uncased letter, a digit, or an opening quote or bracket.
func CanStart(r rune) bool { return canStart(r) }

func canStart(r rune) bool {
	switch {
	case unicode.IsLower(r):
		return false
	case unicode.IsLetter(r), unicode.IsDigit(r):
		return true
	}
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '¿', '¡':
		return true
	}
	return false
}

// firstRune returns the first rune of s, or utf8.RuneError if s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
