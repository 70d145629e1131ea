package retrieve

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

// identityTexts are embedded to fingerprint the built-in embedder's output.
var identityTexts = []string{
	"The automobile was parked beside the old barn.",
	"Frost triggered an early harvest; 1,200 apples fell.",
	"Où est la gare?",
}

// TestHashEmbedderIdentityPinsOutput fails when the built-in embedder's
// vectors change while its Identity does not: cached indexes are keyed by
// the identity, and would otherwise mix old vectors with new queries.
func TestHashEmbedderIdentityPinsOutput(t *testing.T) {
	e := NewHashEmbedder(0)
	vs, err := e.Embed(context.Background(), identityTexts)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, v := range vs {
		for _, x := range v {
			// round away float noise below what any change of features makes
			binary.Write(h, binary.LittleEndian, int32(math.Round(float64(x)*1e5)))
		}
	}
	got := e.Identity() + " " + hex.EncodeToString(h.Sum(nil))[:16] + "\n"
	path := filepath.Join("testdata", "hashembed-identity.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update once): %v", err)
	}
	gotID, gotSum, _ := strings.Cut(strings.TrimSpace(got), " ")
	wantID, wantSum, _ := strings.Cut(strings.TrimSpace(string(want)), " ")
	if gotID == wantID && gotSum != wantSum {
		t.Errorf("embedder output changed (%s, was %s) but Identity() is still %q: change the identity, then go test -update", gotSum, wantSum, gotID)
	}
	if gotID != wantID {
		t.Errorf("Identity() = %q, golden has %q: run go test -update to record the new identity", gotID, wantID)
	}
}
