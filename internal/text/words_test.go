package text

import (
	"slices"
	"sync"
	"testing"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The mayor's office, 1,200 staff.", []string{"the", "mayor", "office", "1200", "staff"}},
		{"Don't stop — well-known O’Brien", []string{"dont", "stop", "well", "known", "obrien"}},
		{"3.5 per cent; x,y", []string{"3", "5", "per", "cent", "x", "y"}},
		{"Zürich's café", []string{"zürich", "café"}},
		{"  ", nil},
	} {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := Surfaces("The Mayor's"); !slices.Equal(got, []string{"The", "Mayor"}) {
		t.Errorf("Surfaces = %q, want [The Mayor]", got)
	}
}

func TestStemConcurrent(t *testing.T) {
	want := map[string]string{"running": "run", "evacuation": "evacu", "cities": "citi", "2024": "2024"}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for w, s := range want {
				if got := Stem(w); got != s {
					t.Errorf("Stem(%q) = %q, want %q", w, got, s)
				}
			}
		})
	}
	wg.Wait()
}

func TestIsStop(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "which": true, "would": true, "river": false, "bank": false} {
		if got := IsStop(w); got != want {
			t.Errorf("IsStop(%q) = %v, want %v", w, got, want)
		}
	}
}
