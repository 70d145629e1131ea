package extractive

import "testing"

func TestPossessiveIsNoOtherSpelling(t *testing.T) {
	cands := []*candidate{
		sentenceCandidate("", "Harlow Vale Hospital’s emergency department reopened on Wednesday."),
		sentenceCandidate("", "Ambulances were sent away from Harlow Vale Hospital on Monday."),
	}
	cands[1].passage.DocID = "e"
	if n, ok := spellingNote("Harlow Vale Hospital", cands, nil); ok {
		t.Errorf("spellingNote found the spellings %v; a possessive is the same name", n.versions)
	}
}
