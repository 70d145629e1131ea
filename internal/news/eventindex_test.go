package news

import (
	"fmt"
	"strings"
	"testing"
)

// TestEventIndexFindsEntriesByMergedTerms grows an entry by merging
// reports whose words the first did not have, then asks for a sentence
// that shares only those words and one common word: it must be found
// through the words merged in (the first report alone overlaps too
// little).
func TestEventIndexFindsEntriesByMergedTerms(t *testing.T) {
	x := newEventIndex()
	w := When{Date: "2022-01-05", Text: "January 5", Role: At}
	add := func(doc, terms string) {
		x.add(w, Source{DocID: doc, Text: terms}, strings.Fields(terms))
	}
	add("a", "a1 a2")
	for i := 1; i <= 5; i++ { // each overlaps the entry by more than sameEventShare
		words := "a1 a2"
		for j := 1; j <= i; j++ {
			words += fmt.Sprintf(" b%d", j)
		}
		add(fmt.Sprintf("b%d", i), words)
	}
	add("d1", "a1 z1 z2 z3 z4 z5 z6 z7 z8 z9") // a1 becomes the day's commonest word
	add("d2", "a1 y1 y2 y3 y4 y5 y6 y7 y8 y9")
	if len(x.entries) != 3 || len(x.entries[0].Sources) != 6 {
		t.Fatalf("setup: %d entries, the first with %d sources; want 3 and 6", len(x.entries), len(x.entries[0].Sources))
	}
	add("c", "a1 b1 b2 b3 b4 b5") // 6 of the entry's 7 words
	if len(x.entries) != 3 || len(x.entries[0].Sources) != 7 {
		t.Errorf("the sentence made %d entries, the first with %d sources; want it merged into the first", len(x.entries), len(x.entries[0].Sources))
	}
}
