package retrieve

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// A question whose time runs out while the partitions are queried gets
// one error saying so, not one line per partition probed.
func TestQueryAllReportsOneError(t *testing.T) {
	ix := buildPlanned(t, synthChunks(4000), Options{})
	q := ix.vectors[0]
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := queryAll(ctx, ix.probed(q), q, 8)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("queryAll(cancelled) error = %v, want context.Canceled", err)
	}
	if got := strings.Count(err.Error(), "vector query"); got != 1 {
		t.Errorf("queryAll(cancelled) error = %q: %d errors, want 1", err, got)
	}
}
