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
