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
		if r.Abstained || !strings.Contains(r.Text, want) {
			t.Errorf("answer = %q, want it to contain %q", r.Text, want)
		}
	}
	if !strings.Contains(r.Text, "[1]") || !strings.Contains(r.Text, "[2]") {
		t.Errorf("answer = %q, want both versions cited", r.Text)
	}
}
