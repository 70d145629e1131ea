package extractive

import (
	"strconv"
	"strings"
)

var smallNumbers = []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// spell writes a small count in words: 3 → "three".
func spell(n int) string {
	if n >= 0 && n < len(smallNumbers) {
		return smallNumbers[n]
	}
	return strconv.Itoa(n)
}

// formatFigure writes a figure with thousands separators: 1000 → "1,000".
func formatFigure(v float64) string {
	if v != float64(int64(v)) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(v), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// reports writes "three reports" / "one report".
func reports(n int) string {
	if n == 1 {
		return "one report"
	}
	return spell(n) + " reports"
}

// ofReports writes how many of the corpus's reports say something:
// "three of five reports", or "three reports" when the total is unknown.
func ofReports(n, total int) string {
	if total > n {
		return spell(n) + " of " + spell(total) + " reports"
	}
	return reports(n)
}

// joinVersions joins clauses: "a", "a, while b", "a, b and c".
func joinVersions(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	case 2:
		return parts[0] + ", while " + parts[1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// endSentence adds a full stop unless s ends with punctuation.
func endSentence(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}
