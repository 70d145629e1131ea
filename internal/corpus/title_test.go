package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDeriveTitle(t *testing.T) {
	long := strings.Repeat("word ", 40) + "end."
	tests := []struct {
		name string
		body string
		want string
	}{
		{"first sentence", "Police acted. Then more.", "Police acted"},
		{"trailing full stop", "Violent clashes broke out early Thursday.\n\nMore.", "Violent clashes broke out early Thursday"},
		{"photo credit", "Troops are seen in Almaty on January 6 (REUTERS)\n\nMore.", "Troops are seen in Almaty on January 6"},
		{"credit after full stop", "People were killed in Almaty. (AFP)", "People were killed in Almaty"},
		{"mixed case credit", "Troops on the square (Photo: Getty Images)", "Troops on the square"},
		{"label skipped", "Fast News\n\nDozens were hurt. More.", "Dozens were hurt"},
		{"several labels skipped", "Fast News\nCFP\n\nDozens were hurt.", "Dozens were hurt"},
		{"only labels", "Fast News\n\nCFP", "Fast News"},
		{"short sentence is not a label", "Protests spread.\n\nMore.", "Protests spread"},
		{"question kept", "Who fired first? Nobody knows.", "Who fired first?"},
		{"quoted sentence", `"We will respond," he said. Later more.`, `"We will respond," he said`},
		{"initials are not sentence ends", "U.S. officials and Mr. Smith met in Almaty. Talks went on.", "U.S. officials and Mr. Smith met in Almaty"},
		{"decimal is not a sentence end", "Prices rose 2.5 percent in Almaty. More.", "Prices rose 2.5 percent in Almaty"},
		{"long line capped", long, strings.TrimSpace(strings.Repeat("word ", 24)) + "…"},
	}
	for _, tc := range tests {
		if got := deriveTitle(tc.body); got != tc.want {
			t.Errorf("deriveTitle(%s) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCapRunes(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four", 10, "one two…"},
		{"one two, three", 10, "one two…"},
		{"ééé ééé ééé", 6, "ééé…"},
		{"unbrokenword", 5, "unbr…"},
	}
	for _, tc := range tests {
		got := capRunes(tc.in, tc.n)
		if got != tc.want {
			t.Errorf("capRunes(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
		if n := utf8.RuneCountInString(got); n > tc.n {
			t.Errorf("capRunes(%q, %d) = %d runes, want <= %d", tc.in, tc.n, n, tc.n)
		}
	}
}

func TestIsLabel(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Fast News", true},
		{"CFP", true},
		{"CSTO soldiers deployed", true},
		{"Protests spread.", false},
		{"Who fired first?", false},
		{"Four words in here", false},
	}
	for _, tc := range tests {
		if got := isLabel(tc.line); got != tc.want {
			t.Errorf("isLabel(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
