package cli

import (
	"bytes"
	"testing"
)

func TestEscaper(t *testing.T) {
	tests := []struct {
		name   string
		writes []string
		want   string
	}{
		{"plain text and newlines pass", []string{"Almaty — “quiet”\n\tok"}, "Almaty — “quiet”\n\tok"},
		{"C0, DEL, C1", []string{"a\x1b[2Jb\rc\x7fd\u009be"}, `a\u001b[2Jb\u000dc\u007fd\u009be`},
		{"bidi override", []string{"x\u202ey"}, `x\u202ey`},
		{"invalid byte", []string{"a\xffb"}, `a\xffb`},
		{"rune split across writes", []string{"caf\xc3", "\xa9 \xe2\x80", "\x9c"}, "café “"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		e := &escaper{w: &b}
		for _, w := range tt.writes {
			if n, err := e.Write([]byte(w)); n != len(w) || err != nil {
				t.Errorf("%s: Write(%q) = %d, %v", tt.name, w, n, err)
			}
		}
		if b.String() != tt.want {
			t.Errorf("%s: wrote %q, want %q", tt.name, b.String(), tt.want)
		}
	}
}
