package extractive

import "testing"

func TestDateDayIsNoAmount(t *testing.T) {
	q := "How much revenue did the Harlow ferry lose?"
	a := Analyze(q, queryOf(q))
	dated := "HARLOW, March 4 (WNS) - A cyberattack crippled the ferry's ticket system."
	amount := "The ferry lost 40,000 pounds in fares while tickets were free."
	if got := typedAnswer(a, queryOf(q), dated); got != 0 {
		t.Errorf("typedAnswer(%q) = %v, want 0: March 4 is a date", dated, got)
	}
	if got := typedAnswer(a, queryOf(q), amount); got != strongType {
		t.Errorf("typedAnswer(%q) = %v, want %v", amount, got, strongType)
	}
}
