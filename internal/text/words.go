package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words returns the lower-cased word tokens of s: runs of letters and
// digits. Digits grouped by commas ("1,000") stay one word ("1000"), inner
// apostrophes are absorbed and a possessive "'s" is dropped
// ("Kazakhstan's" → "kazakhstan", "don't" → "dont"); hyphens and other
// punctuation separate words ("well-known" → "well", "known").
func Words(s string) []string {
	ws := Surfaces(s)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// Surfaces is Words without lower-casing: the words as written.
func Surfaces(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w != "" {
			out = append(out, w)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == '\'' || r == '’') && b.Len() > 0 && i+size < len(s) && startsLetter(s[i+size:]):
			b.WriteByte('\'')
		case r == ',' && b.Len() > 0 && endsDigit(b.String()) && i+size+3 <= len(s) && allDigits(s[i+size:i+size+3]):
			// thousands separator: "1,000" is one number
		default:
			flush()
		}
		i += size
	}
	flush()
	return out
}

// IsNumber reports whether w is all digits.
func IsNumber(w string) bool {
	return w != "" && allDigits(w)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func endsDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}
