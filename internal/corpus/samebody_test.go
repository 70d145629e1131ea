package corpus

import "testing"

func TestSameBodyIsBodyKeyEquality(t *testing.T) {
	docs := []string{
		"Troops arrived in Almaty.\n\nThe airport was closed.",
		"Troops  arrived in\tAlmaty.\nThe airport was closed.",
		"Troops arrived in Almaty.\n\nThe airport was closed",
		"Troops arrived in Almaty.",
		"---\ntitle: T\n---\nTroops arrived in Almaty.",
		"Troops arrived in Almaty. The airport was closed. Flights resumed.",
	}
	for _, a := range docs {
		for _, b := range docs {
			da, _ := Parse("a.txt", []byte(a))
			db, _ := Parse("b.txt", []byte(b))
			if got, want := SameBody(da, db), da.BodyKey() == db.BodyKey(); got != want {
				t.Errorf("SameBody(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
