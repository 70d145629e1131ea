package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a sentence with its byte offsets. Digits grouped by
// commas or a decimal point ("1,000", "1.5") stay one word, and so do
// hyphenated words ("two-week", "Kassym-Jomart") and inner apostrophes.
type word struct {
	text       string
	start, end int
}

// lower is the word in lower case with curly apostrophes made straight.
func (w word) lower() string {
	return strings.ToLower(strings.ReplaceAll(w.text, "’", "'"))
}

// capitalized reports whether the word starts with an upper-case letter.
func (w word) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// words splits s into words.
func words(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if joinsWord(s, i, r, n) {
				i += n
				continue
			}
			break
		}
		out = append(out, word{text: s[start:i], start: start, end: i})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joinsWord reports whether the mark r at s[i:] sits inside a word: a comma
// or point between digits, a hyphen or apostrophe between letters.
func joinsWord(s string, i int, r rune, n int) bool {
	if i == 0 || i+n >= len(s) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	switch r {
	case ',', '.':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '-', '\'', '’':
		return isWordRune(prev) && isWordRune(next)
	}
	return false
}

// gapBreaks reports whether the text between two words ends a clause: a
// comma, semicolon, colon, dash or bracket. Quote marks and spaces do not.
func gapBreaks(gap string) bool {
	return strings.ContainsAny(gap, ",;:()[]–—") || strings.Contains(gap, " - ")
}
