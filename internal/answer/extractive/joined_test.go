package extractive

import (
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/eval"
)

func TestJoinedGroupsAreOneClaim(t *testing.T) {
	a := sentenceCandidate("", "The bridge reopened on Friday.")
	b := sentenceCandidate("", "The ferry resumed on Sunday.")
	b.passage.DocID, b.passage.ID, b.start = "e", "e#0", 40
	c := sentenceCandidate("", "Traffic was light.")
	c.passage.DocID, c.passage.ID, c.start = "f", "f#0", 80
	groups := []*group{
		{lead: a, support: []*candidate{a}},
		{lead: b, support: []*candidate{b}, joined: true},
		{lead: c, support: []*candidate{c}},
	}
	text, cites, _ := render(groups, nil, nil)
	want := "The bridge reopened on Friday; the ferry resumed on Sunday [1][2]. Traffic was light [3]."
	if text != want {
		t.Errorf("render = %q, want %q", text, want)
	}
	if len(cites) != 3 {
		t.Errorf("render cites %d passages, want 3", len(cites))
	}
	if first := eval.FirstClaim(text); !strings.Contains(first, "Friday") || !strings.Contains(first, "Sunday") {
		t.Errorf("first claim %q lacks a joined sentence", first)
	}
}
