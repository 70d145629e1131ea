package eval

import (
	"regexp"
	"strings"
	"unicode"
)

// reFirstMarks finds the first run of citation markers, "[1]" or "[1][2]"
// with optional spaces between them.
var reFirstMarks = regexp.MustCompile(`\[\d+\](?:\s*\[\d+\])*`)

// FirstClaim is the answer text up to the end of its first run of [n]
// markers: the first cited claim. A text without markers is returned whole.
func FirstClaim(text string) string {
	loc := reFirstMarks.FindStringIndex(text)
	if loc == nil {
		return text
	}
	return text[:loc[1]]
}

// Words counts the words of an answer, citation markers aside.
func Words(text string) int {
	n := 0
	for _, f := range strings.Fields(reMarker.ReplaceAllString(text, " ")) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// median of sorted values; 0 for none.
func median(sorted []float64) float64 {
	n := len(sorted)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}
