package text

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Hervé": "herve", "Fécamp": "fecamp", "Pogačar": "pogacar", "Oursel": "oursel", "": ""} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
