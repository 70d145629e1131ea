package extractive

import "testing"

func TestCountsAsked(t *testing.T) {
	q := "How many troops were sent to the border?"
	a := Analyze(q, queryOf(q))
	if got := countedRun(a); len(got) == 0 {
		t.Fatalf("countedRun(%q) is empty, want the stem of troops", q)
	}
	if !countsAsked(Analyze("How many former Soviet states joined?", queryOf("How many former Soviet states joined?")), sentenceCandidate("", "Six former Soviet states joined the alliance.")) {
		t.Error("countsAsked = false for the question's own words between the figure and the noun")
	}
	counts := sentenceCandidate("", "The alliance sent 2,500 troops to the border.")
	other := sentenceCandidate("", "The alliance of six countries sent troops to the border.")
	if !countsAsked(a, counts) || countsAsked(a, other) {
		t.Errorf("countsAsked: %q = %v, %q = %v; want true, false", counts.text, countsAsked(a, counts), other.text, countsAsked(a, other))
	}
}
