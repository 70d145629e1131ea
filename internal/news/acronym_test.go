package news

import "testing"

func TestSpellsOut(t *testing.T) {
	tests := []struct {
		acronym, text string
		want          bool
	}{
		{"HRT", "Staff of the Harlow Regional Trust went back to paper.", true},
		{"FDA", "The Food and Drug Administration approved it.", true},
		{"HRT's", "Harlow Regional Trust (HRT) said so.", true},
		{"HRT", "Harlow said the Regional Trust would pay.", false}, // not one run
		{"HRT", "Harlow, Regional Trust", false},                    // punctuation ends a run
		{"HRT", "The hospital's regional trust paid.", false},
		{"Harlow", "Harlow Regional Trust", false}, // not an acronym
	}
	for _, tt := range tests {
		if got := SpellsOut(tt.acronym, tt.text); got != tt.want {
			t.Errorf("SpellsOut(%q, %q) = %v, want %v", tt.acronym, tt.text, got, tt.want)
		}
	}
}
