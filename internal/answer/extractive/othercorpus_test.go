package extractive_test

import (
	"context"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/eval"
)

// TestAnotherEvent runs the offline pipeline on three short reports of a
// different event (testdata/flood), with front matter, a date marker and
// a Source line: nothing in it is tuned to the seed corpus.
func TestAnotherEvent(t *testing.T) {
	svc, lib := serviceFor(t, "testdata/flood")
	if n := len(lib.Documents()); n != 3 || len(lib.Problems()) != 0 {
		t.Fatalf("loaded %d articles with problems %v, want 3 and none", n, lib.Problems())
	}
	tests := []struct {
		q    string
		want []string // substrings of the answer; nil = abstain
	}{
		{"How many people died in the flood?", []string{"Reports differ", "14", "11"}},
		{"What did Marcus Bell say?", []string{"never seen water rise this fast"}},
		{"What did the governor do?", []string{"state of emergency"}},
		{"How much damage did the flood cause?", []string{"120 million"}},
		{"Who won the Super Bowl?", nil},
		{"What did the president say about the flood?", nil},
	}
	for _, tt := range tests {
		r, err := svc.Ask(context.Background(), tt.q)
		if err != nil {
			t.Fatalf("Ask(%q): %v", tt.q, err)
		}
		if err := eval.CitationsValid(r, lib); err != nil {
			t.Errorf("Ask(%q): %v", tt.q, err)
		}
		if tt.want == nil {
			if !r.Abstained {
				t.Errorf("Ask(%q) = %q, want an abstention", tt.q, r.Text)
			}
			continue
		}
		for _, w := range tt.want {
			if r.Abstained || !strings.Contains(r.Text, w) {
				t.Errorf("Ask(%q) = %q, want it to contain %q", tt.q, r.Text, w)
			}
		}
	}
}
