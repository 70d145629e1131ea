package text

import "testing"

func TestIsKind(t *testing.T) {
	tests := []struct {
		w, kind string
		depth   int
		want    bool
	}{
		{"perished", "die", 0, true},
		{"died", "die", 0, true},
		{"slaughtered", "kill", 1, true},
		{"slaughtered", "kill", 0, false},
		{"commandeered", "seize", 1, true},
		{"wounded", "wound", 0, true}, // the verb, not the adjective
		{"jailed", "detain", 1, true},
		{"fatalities", "death", 1, true},
		{"passengers", "person", 10, true},
		{"police", "personnel", 2, true},
		{"plane", "aircraft", 2, true},
		{"persons", "person", 0, true},
		// First senses only: "go" and "pass" may mean to die, but rarely do.
		{"went", "die", 1, false},
		{"passed", "die", 1, false},
		// A noun first: ships are vessels, not things sent; shipped is sent.
		{"ships", "send", 1, false},
		{"eliminated", "kill", 1, false},
		{"houses", "person", 10, false},
		{"crew", "passenger", 3, false},
		{"unknownword", "person", 10, false},
		{"person", "unknownword", 10, false},
	}
	for _, tt := range tests {
		if got := IsKind(tt.w, tt.kind, tt.depth); got != tt.want {
			t.Errorf("IsKind(%q, %q, %d) = %v, want %v", tt.w, tt.kind, tt.depth, got, tt.want)
		}
	}
}

// TestPartOf pins the part-of-speech ranges the generator's numbering
// gives: every sense of a verb-only word is a verb, and so on.
func TestPartOf(t *testing.T) {
	d := db()
	for w, want := range map[string]int{"perish": partVerb, "evacuate": partVerb, "airliner": partNoun, "hungry": partAdj} {
		e, ok := d.entry(w)
		if !ok {
			t.Fatalf("entry(%q) missing", w)
		}
		for _, id := range e.synsets {
			if got := d.partOf(id); got != want {
				t.Errorf("partOf(%d) for %q = %d, want %d", id, w, got, want)
			}
		}
	}
}

func TestIsPlaceAdjective(t *testing.T) {
	for w, want := range map[string]bool{
		"Armenian": true, "nigerian": true, "Japanese": true, "European": true, "Brazilian": true,
		"Smith": false, "president": false, "foreign": false, "green": false, "Tokayev": false,
	} {
		if got := IsPlaceAdjective(w); got != want {
			t.Errorf("IsPlaceAdjective(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCanBeVerb(t *testing.T) {
	for w, want := range map[string]bool{"runs": true, "traced": true, "outlets": false, "contractor": false} {
		if got := CanBeVerb(w); got != want {
			t.Errorf("CanBeVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsIrregularVerbForm(t *testing.T) {
	for _, w := range []string{"won", "sent", "led", "took"} {
		if !IsIrregularVerbForm(w) {
			t.Errorf("IsIrregularVerbForm(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"men", "win", "country", "medals"} {
		if IsIrregularVerbForm(w) {
			t.Errorf("IsIrregularVerbForm(%q) = true, want false", w)
		}
	}
}
