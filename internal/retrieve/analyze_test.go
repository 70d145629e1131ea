package retrieve

import (
	"reflect"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"More than 1,000 people were injured.", []string{"1000", "person", "injur"}},
		{"Kazakhstan's largest city", []string{"kazakhstan", "largest", "citi"}},
		{"Kazakhstan’s president", []string{"kazakhstan", "presid"}},
		{"The protests came after prices rose", []string{"protest", "come", "price", "rise"}},
		{"a two-week state of emergency", []string{"two", "week", "state", "emerg"}},
		{"“dozens of attackers were liquidated,”", []string{"dozen", "attack", "liquid"}},
		{"", nil},
		{"!!! ... ---", nil},
	}
	for _, tt := range tests {
		got := Terms(tt.in)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeMarksStopWords(t *testing.T) {
	toks := Tokenize("Who is the spokeswoman")
	var stops []bool
	for _, tk := range toks {
		stops = append(stops, tk.Stop)
	}
	if want := []bool{true, true, true, false}; !reflect.DeepEqual(stops, want) {
		t.Errorf("Tokenize stop flags = %v, want %v", stops, want)
	}
	if toks[3].Surface != "spokeswoman" {
		t.Errorf("Surface = %q, want %q", toks[3].Surface, "spokeswoman")
	}
}

func TestRelatedIsSymmetric(t *testing.T) {
	for _, pair := range [][2]string{{"injur", "wound"}, {"hurt", "injur"}, {"internet", "onlin"}} {
		if !contains(related(pair[0]), pair[1]) || !contains(related(pair[1]), pair[0]) {
			t.Errorf("related(%q) and related(%q) should list each other", pair[0], pair[1])
		}
	}
	if r := related("almati"); len(r) != 0 {
		t.Errorf("related(%q) = %v, want none", "almati", r)
	}
}

func TestStripFillers(t *testing.T) {
	got := Terms(stripFillers("Why did people protest in the first place, according to the articles?"))
	if want := []string{"person", "protest"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Terms(stripFillers(...)) = %q, want %q", got, want)
	}
}
