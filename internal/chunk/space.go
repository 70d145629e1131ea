package chunk

import (
	"unicode"
	"unicode/utf8"
)

// skipSpace returns the first position at or after i, and before end, that
// is not white space, or end.
func skipSpace(text string, i, end int) int {
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			return i
		}
		i += w
	}
	return end
}

// firstRune returns the first rune of s, or utf8.RuneError if s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
