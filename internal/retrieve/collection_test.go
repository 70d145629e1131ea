package retrieve

import (
	"context"
	"reflect"
	"testing"
)

// A rebuild takes the previous index's vector store and brings it up to
// date; it then searches as an index built from nothing, and a second
// rebuild from the same previous index gets a store of its own.
func TestBuildTakesThePreviousCollection(t *testing.T) {
	ctx := context.Background()
	opt := Options{Embedder: NewHashEmbedder(64)}
	first, _, err := Build(ctx, chunksOf("Protests began in Zhanaozen.", "Fuel prices doubled.", "Troops arrived.", "The airport closed."), opt)
	if err != nil {
		t.Fatal(err)
	}
	next := chunksOf("Protests began in Zhanaozen.", "Fuel prices doubled overnight.", "Troops arrived.") // one changed, one gone
	next = append(next, Chunk{ID: "e#0", DocID: "e", Text: "The cabinet resigned over fuel prices."})
	fresh, _, err := Build(ctx, next, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Reuse = first
	taken, _, err := Build(ctx, next, opt)
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := Build(ctx, next, opt)
	if err != nil {
		t.Fatal(err)
	}
	if taken.coll != first.coll || again.coll == first.coll {
		t.Errorf("rebuilds took the collection: first %v, second %v; want the first only", taken.coll == first.coll, again.coll == first.coll)
	}
	for name, ix := range map[string]*Index{"taken": taken, "again": again} {
		if ix.coll.Count() != len(next) {
			t.Errorf("%s: collection has %d chunks, want %d", name, ix.coll.Count(), len(next))
		}
		for _, q := range []string{"fuel prices", "who resigned", "airport", "troops protests"} {
			want, err := fresh.Search(ctx, q, 4)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ix.Search(ctx, q, 4)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Search(%q) = %v, %v; want %v as built from nothing", name, q, got, err, want)
			}
		}
	}
}
