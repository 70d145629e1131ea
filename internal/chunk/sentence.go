package chunk

import "github.com/almaty-news/newsbot/internal/text"

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

// appendSentences appends the sentences of block b to out, as package
// text splits them. The marker of a list item ("1. ") is never an end: it
// belongs to the item's first sentence.
func appendSentences(out []sentence, src string, b block) []sentence {
	from := b.start + listMarker(src[b.start:b.end])
	spans := text.Sentences(src[from:b.end])
	if len(spans) == 0 {
		return append(out, sentence{Span{b.start, b.end}, b.para})
	}
	for i, s := range spans {
		sp := Span{from + s.Start, from + s.End}
		if i == 0 {
			sp.Start = b.start
		}
		out = append(out, sentence{sp, b.para})
	}
	return out
}
