package retrieve

import (
	"context"
	"errors"
	"fmt"
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
	if taken.colls[0] != first.colls[0] || again.colls[0] == first.colls[0] {
		t.Errorf("rebuilds took the collection: first %v, second %v; want the first only", taken.colls[0] == first.colls[0], again.colls[0] == first.colls[0])
	}
	for name, ix := range map[string]*Index{"taken": taken, "again": again} {
		if ix.colls[0].Count() != len(next) {
			t.Errorf("%s: collection has %d chunks, want %d", name, ix.colls[0].Count(), len(next))
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

// A build whose context is cancelled while it fills the vector store
// fails rather than serving a store that lacks passages.
func TestBuildCancelledFillingTheStore(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	texts := make([]string, 3*fillShare)
	for i := range texts {
		texts[i] = fmt.Sprintf("Passage %d says the fuel price rose by %d tenge.", i, i)
	}
	emb := cancellingEmbedder{NewHashEmbedder(32), cancel}
	if _, _, err := Build(ctx, chunksOf(texts...), Options{Embedder: emb, BatchSize: len(texts)}); !errors.Is(err, context.Canceled) {
		t.Errorf("Build(cancelled while storing) error = %v, want context.Canceled", err)
	}
}

// cancellingEmbedder cancels a context once it has embedded, ignoring
// it as the built-in embedder does.
type cancellingEmbedder struct {
	*HashEmbedder
	cancel func()
}

func (c cancellingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	defer c.cancel()
	return c.HashEmbedder.Embed(ctx, texts)
}
