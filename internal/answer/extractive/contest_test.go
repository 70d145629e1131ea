package extractive_test

import (
	"context"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/eval"
)

// TestContestedYesNo asks a yes/no question that a later article
// contradicts: the answer gives both versions, the later one as such.
func TestContestedYesNo(t *testing.T) {
	svc, lib := serviceFor(t, "testdata/bridge")
	r, err := svc.Ask(context.Background(), "Will the harbour bridge stay closed until Sunday?")
	if err != nil {
		t.Fatal(err)
	}
	if err := eval.CitationsValid(r, lib); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"stay closed until Sunday", extractive.LaterReport + "Portvale's harbour bridge reopened"} {
		if r.Abstained || !strings.Contains(strings.ToLower(r.Text), strings.ToLower(want)) {
			t.Errorf("answer = %q, want it to contain %q", r.Text, want)
		}
	}
	// both sides in the first claim, cited together
	if first := eval.FirstClaim(r.Text); !strings.Contains(first, "Sunday") || !strings.Contains(first, "reopened") || !strings.HasSuffix(first, "[1][2]") {
		t.Errorf("first claim = %q, want both sides cited [1][2]", first)
	}
}
