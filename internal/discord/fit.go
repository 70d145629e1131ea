package discord

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Discord's limits, in the units Discord counts (UTF-16 code units, as a
// JavaScript string's length; never fewer than the characters).
const (
	maxContent        = 2000
	maxEmbedTitle     = 256
	maxEmbedDesc      = 4096
	maxFields         = 25
	maxFieldName      = 256
	maxFieldValue     = 1024
	maxFooter         = 2048
	maxAuthor         = 256
	maxEmbedTotal     = 6000
	maxEmbeds         = 10
	maxCustomID       = 100
	maxChoices        = 25
	maxChoiceName     = 100
	maxChoiceValue    = 100
	maxButtonLabel    = 80
	maxRowsPerMessage = 5
	maxButtonsPerRow  = 5
)

// ellipsis marks text cut short.
const ellipsis = "…"

// units is the length of s as Discord counts it.
func units(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate returns s if it fits in max units, else s cut at the last word
// boundary that leaves room for an ellipsis, never inside a word unless a
// single word is longer than max.
func truncate(s string, max int) string {
	if units(s) <= max {
		return s
	}
	if max < 1 {
		return ""
	}
	room := max - units(ellipsis)
	cut, n := 0, 0 // cut: byte offset of the end of the longest prefix that fits
	lastSpace := -1
	for i, r := range s {
		w := utf16.RuneLen(r)
		if n+w > room {
			break
		}
		n += w
		cut = i + utf8.RuneLen(r)
		if unicode.IsSpace(r) {
			lastSpace = i
		}
	}
	if lastSpace > 0 {
		cut = lastSpace
	}
	return strings.TrimRightFunc(s[:cut], unicode.IsSpace) + ellipsis
}

// sentences splits text after each sentence end: a full stop, question or
// exclamation mark (with any closing quotes or brackets after it) or a
// citation marker such as "[2]", followed by white space. Joining the
// parts with single spaces gives the text back, white space collapsed.
func sentences(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	pos := 0 // byte offset of rs[i]
	for i, r := range rs {
		next := pos + utf8.RuneLen(r)
		if i+1 < len(rs) && unicode.IsSpace(rs[i+1]) && endsSentence(rs, i) {
			if s := strings.TrimSpace(text[start:next]); s != "" {
				out = append(out, s)
			}
			start = next
		}
		pos = next
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// endsSentence reports whether a sentence can end at rs[i].
func endsSentence(rs []rune, i int) bool {
	j := i
	for j >= 0 && strings.ContainsRune(`"'”’)»`, rs[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	switch rs[j] {
	case '.', '!', '?', '…':
		return true
	case ']':
		return j > 0 && unicode.IsDigit(rs[j-1]) // a citation marker
	}
	return false
}
