package retrieve

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// Passages of the same text (a wire story in several articles) are
// equally near every question; the vector search returns the first of
// them by place, on every run, whether the index is partitioned or not,
// however many of them lie beyond the passages asked for.
func TestVectorSearchBreaksTiesByPlace(t *testing.T) {
	const wire = "Wire report: the central bank raised its key rate by half a point on Tuesday."
	for _, tc := range []struct {
		name  string
		other int // passages of other texts
	}{
		{"exhaustive", 300},
		{"partitioned", 4000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			chunks := synthChunks(tc.other)
			var want []int
			for i := range 60 { // copies spread among the other passages
				at := i * len(chunks) / 60
				chunks[at].Text = wire
				want = append(want, at)
			}
			ix := buildPlanned(t, chunks, Options{})
			if partitioned := ix.parts != nil; partitioned != (tc.name == "partitioned") {
				t.Fatalf("index of %d passages partitioned %v", len(chunks), partitioned)
			}
			ctx := context.Background()
			for run := range 20 {
				got, err := ix.vectorSearch(ctx, wire, 8)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want[:8]) {
					t.Fatalf("run %d: vectorSearch(the wire text, 8) = %v, want the first copies %v", run, got, want[:8])
				}
			}
			for _, n := range []int{1, 59, 60, 61} {
				got, err := ix.vectorSearch(ctx, wire, n)
				if err != nil || len(got) != n || fmt.Sprint(got[:min(n, 60)]) != fmt.Sprint(want[:min(n, 60)]) {
					t.Errorf("vectorSearch(the wire text, %d) = %v, %v; want the first %d copies first", n, got, err, min(n, 60))
				}
			}
		})
	}
}
