package text

import (
	"slices"
	"testing"
)

func sentences(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"  Rain fell. Roads closed!  ", []string{"Rain fell.", "Roads closed!"}},
		{"Dr. Smith met Mr. Jones on Jan. 6. They talked.", []string{"Dr. Smith met Mr. Jones on Jan. 6.", "They talked."}},
		{"J. R. Tolkien wrote it. The U.S. The end.", []string{"J. R. Tolkien wrote it.", "The U.S.", "The end."}},
		{"Growth was 3.5 per cent. Rates rose.", []string{"Growth was 3.5 per cent.", "Rates rose."}},
		{`"Stop," he said. "Now!" She left.`, []string{`"Stop," he said.`, `"Now!"`, "She left."}},
		{"He won (AP)", []string{"He won (AP)"}},
		{"Heading\n\nBody text here", []string{"Heading", "Body text here"}},
		{"Page No. 5 is torn. done", []string{"Page No. 5 is torn. done"}},
		{"Wait... What?", []string{"Wait...", "What?"}},
		{"", nil},
	} {
		if got := sentences(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
