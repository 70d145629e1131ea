package chunk

import (
	"github.com/almaty-news/newsbot/internal/text"
	"strings"
	"unicode/utf8"
)

// lastMark returns the last rune of s after dropping trailing closing
// quotes and brackets, or utf8.RuneError when nothing is left.
func lastMark(s string) rune {
	for s != "" {
		r, w := utf8.DecodeLastRuneInString(s)
		if !text.IsCloser(r) {
			return r
		}
		s = s[:len(s)-w]
	}
	return utf8.RuneError
}

// maxHeading is the longest line, in bytes, that can be taken for a heading.
const maxHeading = 80

// isHeadingLine reports whether a trimmed line looks like a heading: a
// markdown heading, or a short line with no punctuation at its end.
func isHeadingLine(s string) bool {
	if isMarkdownHeading(s) {
		return true
	}
	return len(s) <= maxHeading && !strings.ContainsRune(".!?…,;:-–—", lastMark(s))
}

// isHeadingParagraph reports whether a paragraph of one sentence s
// introduces the paragraph after it: a heading line, or a short question or
// lead-in ending in "?" or ":".
func isHeadingParagraph(s string) bool {
	if isHeadingLine(s) {
		return true
	}
	m := lastMark(s)
	return len(s) <= maxHeading && (m == '?' || m == ':')
}

// isMarkdownHeading reports whether a trimmed line is a markdown heading:
// one to six "#" followed by a space or the end of the line.
func isMarkdownHeading(s string) bool {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(s) || s[n] == ' ' || s[n] == '\t')
}

// isListItem reports whether a trimmed line starts a markdown list item.
func isListItem(s string) bool { return listMarker(s) > 0 }

// listMarker returns the length of the list marker that starts a trimmed
// line, "- ", "* ", "+ ", "• ", or one to three digits and "." or ")" then
// a space, or 0 if there is none.
func listMarker(s string) int {
	for _, p := range []string{"- ", "* ", "+ ", "• ", "-\t", "*\t"} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	n := 0
	for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 || n+1 >= len(s) {
		return 0
	}
	if (s[n] == '.' || s[n] == ')') && (s[n+1] == ' ' || s[n+1] == '\t') {
		return n + 2
	}
	return 0
}
