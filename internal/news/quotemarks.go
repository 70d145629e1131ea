package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one quotation in a text: the marks at open and close (byte
// offsets of the marks themselves) and the quoted words between them.
type quoteSpan struct {
	open, close int // offsets of the opening and the closing mark
	start, end  int // the quoted words: text[start:end]
}

// quoteSpans finds the quotations in text[from:to], line by line: curly
// and straight double quotes, and single quotes that open before a word
// and close after one (so "Kazakhstan's" is no quote). A quote opened and
// not closed on its line is dropped; quotes inside a quote are part of it.
func quoteSpans(text string, from, to int) []quoteSpan {
	var out []quoteSpan
	for from < to {
		end := strings.IndexByte(text[from:to], '\n')
		if end < 0 {
			end = to
		} else {
			end += from
		}
		out = append(out, lineQuotes(text, from, end)...)
		from = end + 1
	}
	return out
}

func lineQuotes(text string, from, to int) []quoteSpan {
	var out []quoteSpan
	open, openLen := -1, 0
	var single bool
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case open < 0 && (r == '“' || r == '"' && opensAt(text, i, n)):
			open, openLen, single = i, n, false
		case open < 0 && (r == '‘' || r == '\'') && opensAt(text, i, n) && !inWord(text, i, n):
			open, openLen, single = i, n, true
		case open >= 0 && !single && (r == '”' || r == '"'):
			out = appendQuote(out, text, open, openLen, i)
			open = -1
		case open >= 0 && single && (r == '’' || r == '\'') && closesAt(text, i, n):
			out = appendQuote(out, text, open, openLen, i)
			open = -1
		}
		i += n
	}
	return out
}

func appendQuote(out []quoteSpan, text string, open, openLen, close int) []quoteSpan {
	start, end := open+openLen, close
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	if start == end {
		return out
	}
	return append(out, quoteSpan{open: open, close: close, start: start, end: end})
}

// opensAt reports whether the mark at i can open a quote: at the start of
// the line or after a space or bracket, and before a non-space.
func opensAt(text string, i, n int) bool {
	if i+n >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev)
}

// closesAt reports whether a single mark at i closes a quote: after a
// non-space and not before a letter (an apostrophe is "Kazakhstan’s").
func closesAt(text string, i, n int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// inWord reports whether the mark at i stands between two letters.
func inWord(text string, i, n int) bool {
	if i == 0 || i+n >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}
