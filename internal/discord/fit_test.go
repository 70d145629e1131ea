package discord

import (
	"reflect"
	"strings"
	"testing"
)

func TestUnits(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"abc", 3}, {"é", 1}, {"“quoted”", 8}, {"👍", 2}, {"", 0}}
	for _, tt := range tests {
		if got := units(tt.in); got != tt.want {
			t.Errorf("units(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four", 12, "one two…"},
		{"one two three four", 9, "one two…"},
		{"unbreakableword", 6, "unbre…"},
		{"naïve café au lait", 12, "naïve café…"},
		{"👍👍👍👍", 5, "👍👍…"},
		{"anything", 0, ""},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if units(got) > tt.max {
			t.Errorf("truncate(%q, %d) = %q: %d units, over the limit", tt.in, tt.max, got, units(got))
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"One.", []string{"One."}},
		{"It rose [1]. Then fell [2][3]. “Why?” he asked [4]", []string{"It rose [1].", "Then fell [2][3].", "“Why?”", "he asked [4]"}},
		{"Quote ends here [1] And more", []string{"Quote ends here [1]", "And more"}},
		{"Mr. Smith paid 1,000.5 dollars", []string{"Mr.", "Smith paid 1,000.5 dollars"}},
		{"a list [see] here", []string{"a list [see] here"}},
	}
	for _, tt := range tests {
		got := sentences(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if j := strings.Join(got, " "); j != strings.Join(strings.Fields(tt.in), " ") {
			t.Errorf("sentences(%q) joined = %q, want the text back", tt.in, j)
		}
	}
}
