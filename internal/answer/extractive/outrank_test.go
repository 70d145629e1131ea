package extractive

import "testing"

func TestOutranked(t *testing.T) {
	failed := &candidate{score: 2}
	lead := &candidate{score: 1 + typeWeight*strongType, fit: strongType}
	if !outranked(scored{failed, 2}, []*candidate{lead}) {
		t.Errorf("outranked = false for a failed sentence scoring 2 against a lead matching 1")
	}
	if outranked(scored{lead, 2}, []*candidate{lead}) {
		t.Errorf("outranked = true for a best match that passed verification")
	}
	lead.score = 1.9 + typeWeight*strongType
	if outranked(scored{failed, 2}, []*candidate{lead}) {
		t.Errorf("outranked = true for a lead matching nearly as well as the failed sentence")
	}
}
