package chunk

import "unicode/utf8"

// Span is a half-open byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Sentences returns the sentences of text as spans, in order, each trimmed
// of surrounding white space; never empty spans. Every byte of text that is
// not white space lies in exactly one span, and text[s.Start:s.End] is the
// sentence verbatim.
func Sentences(text string) []Span {
	ss := scan(text)
	if len(ss) == 0 {
		return nil
	}
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = s.Span
	}
	return out
}

// sentence is a sentence's span and the paragraph it belongs to.
type sentence struct {
	Span
	para int
}

// scan returns the sentences of text.
func scan(text string) []sentence {
	var out []sentence
	for _, b := range blocks(text) {
		out = appendSentences(out, text, b)
	}
	return out
}

// appendSentences appends the sentences of block b to out. A sentence ends
// after a run of terminators and closing quotes or brackets that is
// followed by white space and something that can start a sentence, unless
// the run is a single period after an abbreviation or initial, or what
// follows is a short parenthetical credit ending the block ("(AFP)"). The
// marker of a list item ("1. ") is never an end.
func appendSentences(out []sentence, text string, b block) []sentence {
	start, i := b.start, b.start+listMarker(text[b.start:b.end])
	for i < b.end {
		r, w := utf8.DecodeRuneInString(text[i:b.end])
		if !isTerminator(r) {
			i += w
			continue
		}
		j := skipRunes(text, i+w, b.end, isTerminator)
		single := r == '.' && j == i+1
		j = skipRunes(text, j, b.end, isCloser)
		next := skipSpace(text, j, b.end)
		if next == j || next == b.end || !canStart(firstRune(text[next:b.end])) ||
			(single && continuesAfterPeriod(text, b.start, i, next)) ||
			isCredit(text[next:b.end]) {
			i = j
			continue
		}
		out = append(out, sentence{Span{start, j}, b.para})
		start, i = next, next
	}
	return append(out, sentence{Span{start, b.end}, b.para})
}

// skipRunes returns the first position at or after i, and before end,
// whose rune does not satisfy f, or end.
func skipRunes(text string, i, end int, f func(rune) bool) int {
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if !f(r) {
			return i
		}
		i += w
	}
	return end
}

// maxCredit is the longest parenthetical, in bytes, taken for a credit.
const maxCredit = 40

// isCredit reports whether rest, the remainder of a block, is a short
// parenthetical such as "(AFP)" or "(REUTERS)" that belongs to the sentence
// before it.
func isCredit(rest string) bool {
	return len(rest) <= maxCredit && len(rest) >= 2 &&
		rest[0] == '(' && rest[len(rest)-1] == ')'
}
