package retrieve

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// TestSearchIsDeterministic asks the same question of freshly built
// indexes many times: identical passages (one wire story in several
// outlets) tie on every score, and the order must not depend on chromem's
// parallel scan.
func TestSearchIsDeterministic(t *testing.T) {
	wire := "The harbour bridge was closed on Friday after a ship struck one of its pillars."
	var texts []string
	for range 12 {
		texts = append(texts, wire)
	}
	texts = append(texts, "Ferries ran all night while the bridge stayed shut.")
	order := func() string {
		ix := buildSample(t, texts...)
		ps, err := ix.Search(context.Background(), "Why was the bridge closed?", 8)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range ps {
			ids = append(ids, fmt.Sprintf("%s %.6f", p.ID, p.Score))
		}
		return fmt.Sprint(ids)
	}
	want := order()
	for i := range 30 {
		if got := order(); !reflect.DeepEqual(got, want) {
			t.Fatalf("run %d: Search() = %s, want %s", i, got, want)
		}
	}
}
