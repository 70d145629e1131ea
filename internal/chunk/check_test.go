package chunk

import (
	"testing"
	"unicode"
	"unicode/utf8"

	textpkg "github.com/almaty-news/newsbot/internal/text"
)

// runeStarts returns the positions in text, and len(text), where forward
// UTF-8 decoding starts a rune (an invalid byte counts as one rune).
func runeStarts(text string) map[int]bool {
	starts := map[int]bool{len(text): true}
	for i := 0; i < len(text); {
		starts[i] = true
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	return starts
}

// uncovered returns the first byte of text outside every span that is not
// white space, or -1.
func uncovered(text string, spans []Span) int {
	k := 0
	for i := 0; i < len(text); {
		for k < len(spans) && spans[k].End <= i {
			k++
		}
		if k < len(spans) && spans[k].Start <= i {
			i = spans[k].End
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += w
	}
	return -1
}

// checkSentences checks the invariants of Sentences(text).
func checkSentences(t *testing.T, text string, ss []Span) {
	t.Helper()
	starts := runeStarts(text)
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("Sentences()[%d] = %v after end %d, want non-empty, ordered, within %d bytes", i, s, prev, len(text))
		}
		if !starts[s.Start] || !starts[s.End] {
			t.Fatalf("Sentences()[%d] = %v, want bounds on rune starts", i, s)
		}
		if a, b := textpkg.TrimSpan(text, s.Start, s.End); a != s.Start || b != s.End {
			t.Fatalf("Sentences()[%d] = %q, want trimmed", i, text[s.Start:s.End])
		}
		prev = s.End
	}
	if i := uncovered(text, ss); i >= 0 {
		t.Fatalf("Sentences() leaves byte %d (%q) of %q uncovered", i, text[i], text)
	}
}

// checkChunks checks the invariants of Split(text, opt).
func checkChunks(t *testing.T, text string, opt Options, chunks []Chunk) {
	t.Helper()
	size := opt.normalized().Size
	ss := bounded(text, scan(text), size)
	starts, ends := map[int]int{}, map[int]int{}
	for i, s := range ss {
		starts[s.Start], ends[s.End] = i, i
	}
	spans := make([]Span, len(chunks))
	prevStart, prevEnd := -1, -1
	for i, c := range chunks {
		if c.Ordinal != i {
			t.Fatalf("Split()[%d].Ordinal = %d, want %d", i, c.Ordinal, i)
		}
		if c.Start >= c.End || c.End > len(text) || c.Text != text[c.Start:c.End] {
			t.Fatalf("Split()[%d] = [%d, %d) %q, want non-empty text[Start:End]", i, c.Start, c.End, c.Text)
		}
		first, ok1 := starts[c.Start]
		last, ok2 := ends[c.End]
		if !ok1 || !ok2 {
			t.Fatalf("Split()[%d] = %q, want sentence boundaries at both ends", i, c.Text)
		}
		if len(c.Text) > size && (first != last || utf8.RuneCountInString(c.Text) > 1) {
			t.Fatalf("Split()[%d] = %d bytes of %d sentences, want <= %d", i, len(c.Text), last-first+1, size)
		}
		if c.Start < prevStart || c.End <= prevEnd {
			t.Fatalf("Split()[%d] = [%d, %d) after [%d, %d), want ordered, each adding a sentence", i, c.Start, c.End, prevStart, prevEnd)
		}
		prevStart, prevEnd = c.Start, c.End
		spans[i] = Span{c.Start, c.End}
	}
	if i := uncovered(text, spans); i >= 0 {
		t.Fatalf("Split() leaves byte %d (%q) uncovered", i, text[i])
	}
}
