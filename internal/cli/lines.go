package cli

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// lineReader reads lines of any length, keeping at most max bytes of
// each: a huge line costs no memory and does not end the input.
type lineReader struct {
	r   *bufio.Reader
	max int
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64*1024), max: max}
}

// maxLineBytes is how much of a question line is kept: enough for a
// question of maxChars characters of up to four bytes each.
func maxLineBytes(maxChars int) int { return max(maxChars, 1) * utf8.UTFMax }

// next returns the next line without its end of line ("\n" or "\r\n"),
// cut to max bytes, and the line's length in bytes before the cut. It
// returns io.EOF once the input is exhausted.
func (l *lineReader) next() (string, int, error) {
	var b strings.Builder
	size := 0
	for {
		frag, err := l.r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			size += keep(&b, frag, l.max)
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return "", 0, err
		}
		if size == 0 && len(frag) == 0 {
			return "", 0, io.EOF
		}
		frag = bytesTrimEOL(frag)
		size += keep(&b, frag, l.max)
		line := b.String()
		if size == len(line) {
			line = strings.TrimSuffix(line, "\r") // "\r\n" split across reads
			size = len(line)
		}
		return line, size, nil
	}
}

// keep appends to b what of frag fits in max bytes and returns len(frag).
func keep(b *strings.Builder, frag []byte, max int) int {
	if room := max - b.Len(); room > 0 {
		b.Write(frag[:min(len(frag), room)])
	}
	return len(frag)
}

// bytesTrimEOL drops a trailing "\n" or "\r\n".
func bytesTrimEOL(p []byte) []byte {
	if n := len(p); n > 0 && p[n-1] == '\n' {
		p = p[:n-1]
		if n := len(p); n > 0 && p[n-1] == '\r' {
			p = p[:n-1]
		}
	}
	return p
}

// shorten cuts s to at most n bytes on a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
