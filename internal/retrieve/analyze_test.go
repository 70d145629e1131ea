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
		{"More than 1,000 people were injured.", []string{"1000", "peopl", "injur"}},
		{"Kazakhstan's largest city", []string{"kazakhstan", "larg", "citi"}},
		{"The mice went home; geese fled", []string{"mous", "go", "home", "goos", "flee"}},
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

func TestStripFillers(t *testing.T) {
	got := Terms(stripFillers("Why did people protest in the first place, according to the articles?"))
	if want := []string{"peopl", "protest"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Terms(stripFillers(...)) = %q, want %q", got, want)
	}
}
