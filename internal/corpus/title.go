package corpus

import (
	"github.com/almaty-news/newsbot/internal/text"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleRunes caps a derived title; longer ones are cut at a word
// boundary and end in "…".
const maxTitleRunes = 120

// photoCredit matches a trailing parenthesised credit such as " (REUTERS)",
// "(AFP)" or "(Photo: Getty Images)".
var photoCredit = regexp.MustCompile(`\s*\((?:[\p{Lu}][\p{Lu}\d &./-]*|[^()]*(?i:photo|getty|reuters|afp|associated press)[^()]*)\)$`)

// deriveTitle makes a title from a body that has none: the first sentence of
// the first line that is not a short label, without a trailing photo credit
// or full stop, capped at maxTitleRunes.
func deriveTitle(body string) string {
	line := titleLine(body)
	t := firstSentence(line)
	for {
		trimmed := strings.TrimRight(photoCredit.ReplaceAllString(t, ""), " ")
		trimmed = strings.TrimSuffix(trimmed, ".")
		if trimmed == t || trimmed == "" {
			break
		}
		t = trimmed
	}
	return capRunes(t, maxTitleRunes)
}

// titleLine returns the first non-blank line of body that is not a short
// label ("Fast News", "CFP"); the first line when every line is a label.
func titleLine(body string) string {
	first := ""
	for line := range strings.Lines(body) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if first == "" {
			first = line
		}
		if !isLabel(line) {
			return line
		}
	}
	return first
}

// isLabel reports whether line is a section label or credit rather than
// prose: at most three words and no terminal punctuation.
func isLabel(line string) bool {
	if len(strings.Fields(line)) > 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(`.!?:;"'”’)…`, last)
}

// firstSentence returns s up to the end of its first sentence, as package
// text splits sentences.
func firstSentence(s string) string {
	ss := text.Sentences(s)
	if len(ss) == 0 {
		return s
	}
	return s[:ss[0].End]
}

// capRunes shortens s to at most n runes, "…" included, cutting at a word
// boundary when it cuts.
func capRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, runes := len(s), 0
	for i := range s {
		if runes == n-1 {
			cut = i
			break
		}
		runes++
	}
	if next, _ := utf8.DecodeRuneInString(s[cut:]); !unicode.IsSpace(next) {
		if sp := strings.LastIndexFunc(s[:cut], unicode.IsSpace); sp > 0 {
			cut = sp
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}
