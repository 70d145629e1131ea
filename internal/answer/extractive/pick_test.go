package extractive

import "testing"

func TestNameMetInAnotherFormIsCovered(t *testing.T) {
	q := "Who is the chief executive of the Harlow Regional Health Trust?"
	qq := queryOf(q)
	a := Analyze(q, qq)
	lead := sentenceCandidate("", "The Harlow trust's chief executive, Dr Ana Lind, told a briefing.")
	covered := make([]bool, len(qq.Terms))
	markNamed(covered, lead, qq, a)
	for i, term := range qq.Terms {
		if term.Surface == "Regional" && !covered[i] {
			t.Errorf("%q is not covered though the lead meets the name %v", term.Surface, a.Constraints)
		}
	}
}

func TestSentenceWithoutAnAnswerDoesNotFollowALeadWithOne(t *testing.T) {
	q := "Who opened the Harrow bridge?"
	qq := queryOf(q)
	a := Analyze(q, qq)
	best := sentenceCandidate("", "Mayor Ilse Brandt opened the Harrow bridge.")
	best.score, best.fit, best.verified = 2, strongType, 0.4
	bare := sentenceCandidate("", "The Harrow bridge was opened after two years of work.")
	bare.passage.DocID, bare.passage.ID = "e", "e#0"
	bare.score, bare.fit, bare.verified = 1.95, 0, 0.4
	groups := (&Extractive{}).pick([]*candidate{best, bare}, qq, a, nil)
	if len(groups) != 1 {
		t.Errorf("pick chose %d sentences, want the lead alone: %q adds no answer", len(groups), bare.text)
	}
	bare.fit = strongType // one with an answer of its own may follow
	if groups := (&Extractive{}).pick([]*candidate{best, bare}, qq, a, nil); len(groups) != 2 {
		t.Errorf("pick chose %d sentences, want 2 when the second names someone", len(groups))
	}
}
