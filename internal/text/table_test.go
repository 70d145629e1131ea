package text

import (
	"strings"
	"testing"
)

// TestTablesConsistent checks the generated tables: sorted tables strictly
// ascending by key, every line found by its own key, synset ids in range.
func TestTablesConsistent(t *testing.T) {
	d := db()
	for name, tb := range map[string]table{"words": d.words, "exc": d.exc} {
		if tb.len() == 0 {
			t.Fatalf("%s table is empty", name)
		}
		prev := ""
		for i := range tb.len() {
			k := lineKey(tb.line(i))
			if i > 0 && k <= prev {
				t.Fatalf("%s line %d key %q not above %q", name, i, k, prev)
			}
			prev = k
		}
	}
	if strings.Count(synsetsTxt, "\n") != d.synsets.len() {
		t.Errorf("synsets: %d lines, index has %d", strings.Count(synsetsTxt, "\n"), d.synsets.len())
	}
	for i := 0; i < d.words.len(); i += 97 {
		k := lineKey(d.words.line(i))
		e, ok := d.entry(k)
		if !ok {
			t.Fatalf("entry(%q) not found", k)
		}
		for _, id := range e.synsets {
			if id < 0 || id >= d.synsets.len() {
				t.Fatalf("entry(%q) synset %d out of range", k, id)
			}
		}
	}
}

func TestConcepts(t *testing.T) {
	shared := func(a, b []int) bool {
		for _, x := range a {
			for _, y := range b {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	if !shared(Concepts("cars"), Concepts("automobile")) {
		t.Errorf("Concepts(cars) %v and Concepts(automobile) %v share nothing", Concepts("cars"), Concepts("automobile"))
	}
	if shared(Concepts("car"), Concepts("banana")) {
		t.Errorf("Concepts(car) and Concepts(banana) share a sense")
	}
	if Concepts("zzyzxq") != nil {
		t.Errorf("Concepts(unknown) = %v, want nil", Concepts("zzyzxq"))
	}
}
