package cli

import (
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// escaper writes to w with every control character except newline and tab
// written as a visible escape (\u001b), so a file name, title or article
// text cannot move the cursor, clear the screen or retitle the terminal.
// Bidirectional overrides are escaped too: they can make text read in an
// order other than the bytes'. The escapes are valid inside JSON strings,
// so JSON output stays JSON. Invalid UTF-8 bytes show as \xNN.
type escaper struct {
	w       io.Writer
	pending []byte // the start of a rune split across writes
}

// Write escapes p, holding back an incomplete rune at its end until the
// next write completes it.
func (e *escaper) Write(p []byte) (int, error) {
	n := len(p)
	if len(e.pending) > 0 {
		p = append(e.pending, p...)
		e.pending = nil
	}
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRune(p[i:])
		switch {
		case r == utf8.RuneError && w <= 1 && !utf8.FullRune(p[i:]) && len(p)-i < utf8.UTFMax:
			e.pending = append(e.pending, p[i:]...)
			i = len(p)
			continue
		case r == utf8.RuneError && w <= 1:
			out = fmt.Appendf(out, `\x%02x`, p[i])
		case escaped(r):
			out = fmt.Appendf(out, `\u%04x`, r)
		default:
			out = append(out, p[i:i+w]...)
		}
		i += w
	}
	if _, err := e.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}

// escaped reports whether r is shown as an escape.
func escaped(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// Unwrap returns the writer e writes to.
func (e *escaper) Unwrap() io.Writer { return e.w }

// unescaped returns the writer under the escaper and redactor that Main
// puts in front of stdout and stderr: the terminal, for output that is
// the bot's own (a progress bar's \r), and for telling a terminal apart.
func unescaped(w io.Writer) io.Writer {
	for {
		u, ok := w.(interface{ Unwrap() io.Writer })
		if !ok {
			return w
		}
		w = u.Unwrap()
	}
}
