package extractive

import "testing"

func TestOutranked(t *testing.T) {
	top := &candidate{score: 2}
	lead := &candidate{score: 1 + typeWeight*strongType, fit: strongType}
	if !outranked(top, lead) {
		t.Errorf("outranked = false for a failed sentence scoring 2 against a lead matching 1")
	}
	lead.score = 1.9 + typeWeight*strongType
	if outranked(top, lead) {
		t.Errorf("outranked = true for a lead matching nearly as well as the failed sentence")
	}
	if outranked(lead, lead) {
		t.Errorf("outranked = true for the lead itself")
	}
}
