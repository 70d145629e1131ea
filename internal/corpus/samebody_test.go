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

// A reload compares a changed article with every other one: SameBody
// must not allocate (it started a coroutine per call).
func TestSameBodyDoesNotAllocate(t *testing.T) {
	a, _ := Parse("a.txt", []byte("Troops arrived in Almaty.\n\nThe airport was closed."))
	b, _ := Parse("b.txt", []byte("Troops  arrived in\tAlmaty.\nThe airport was closed."))
	if n := testing.AllocsPerRun(100, func() { SameBody(a, b) }); n != 0 {
		t.Errorf("SameBody allocates %v times per call, want 0", n)
	}
}
