package chunk

import (
	"unicode"
	"unicode/utf8"
)

// bounded cuts every sentence longer than max bytes into pieces of at most
// max bytes, at the last white space that fits, else between runes, so a
// text with no sentence punctuation (a transcript, a list, a scrape that
// lost its full stops) still makes passages of bounded size. A piece is
// longer than max only when it is a single rune wider than max.
func bounded(text string, ss []sentence, max int) []sentence {
	out := make([]sentence, 0, len(ss))
	for _, s := range ss {
		for s.End-s.Start > max {
			end := cutAt(text, s.Start, s.Start+max)
			out = append(out, sentence{Span{s.Start, end}, s.para})
			s.Start = skipSpace(text, end, s.End)
		}
		out = append(out, s)
	}
	return out
}

// cutAt returns where to end a piece that starts at from, a non-space
// rune, and may not pass limit: after the last word that fits, else
// after the last rune that fits, else after the first rune.
func cutAt(text string, from, limit int) int {
	wordEnd, runeEnd := -1, -1
	prevSpace := false
	for i := from; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		space := unicode.IsSpace(r)
		if space && !prevSpace && i > from {
			wordEnd = i
		}
		if i+w > limit {
			break
		}
		prevSpace = space
		i += w
		if !space {
			runeEnd = i
		}
	}
	switch {
	case wordEnd > from:
		return wordEnd
	case runeEnd > from:
		return runeEnd
	}
	_, w := utf8.DecodeRuneInString(text[from:])
	return from + w
}
