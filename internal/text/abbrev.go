package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations never end a sentence when followed by a period: titles,
// company suffixes and month names that news style abbreviates.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true,
	"St": true, "Mt": true, "Gen": true, "Col": true, "Lt": true,
	"Sgt": true, "Capt": true, "Maj": true, "Adm": true, "Cpl": true,
	"Gov": true, "Sen": true, "Rep": true, "Rev": true, "Hon": true,
	"Jr": true, "Sr": true, "Inc": true, "Ltd": true, "Co": true,
	"Corp": true, "vs": true, "e.g": true, "i.e": true, "cf": true,
	"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Sep": true,
	"Oct": true, "Nov": true, "Dec": true,
}

// starterWords are words that, capitalised after an initial or a dotted
// acronym ("the U.S. The next day"), show that a new sentence begins.
var starterWords = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "But": true, "And": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "However": true,
	"Meanwhile": true, "After": true, "In": true, "On": true, "At": true,
}

// continuesAfterPeriod reports whether the single period at dot, followed
// by white space and the text at next, is part of an abbreviation, an
// initial or a dotted acronym rather than the end of a sentence. from is
// the start of the block, where the word before the period cannot begin
// earlier.
func continuesAfterPeriod(text string, from, dot, next int) bool {
	word := wordBefore(text, from, dot)
	if word == "" {
		return false
	}
	if word == "No" {
		return unicode.IsDigit(firstRune(text[next:]))
	}
	if abbreviations[word] {
		return true
	}
	if isInitials(word) {
		return !starterWords[wordAt(text, next)]
	}
	return false
}

// wordBefore returns the run of letters and periods that ends at dot,
// without leading periods ("U.S" in "the U.S. The").
func wordBefore(text string, from, dot int) string {
	i := dot
	for i > from {
		r, w := utf8.DecodeLastRuneInString(text[from:i])
		if r != '.' && !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	return strings.TrimLeft(text[i:dot], ".")
}

// isInitials reports whether word is one letter ("J") or single letters
// joined by periods ("U.S", "e.g").
func isInitials(word string) bool {
	for part := range strings.SplitSeq(word, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// wordAt returns the run of letters that starts at i.
func wordAt(text string, i int) string {
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += w
	}
	return text[i:j]
}
