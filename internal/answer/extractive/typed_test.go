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

func TestKindAsFirstWordAndFocusBeforeIrregularVerb(t *testing.T) {
	q := "Which country won the most medals at the 1994 Games?"
	a := Analyze(q, queryOf(q))
	if len(a.Focus) != 1 {
		t.Fatalf("focus %v, want the one word before \"won\"", a.Focus)
	}
	s := "Norway collected 26 medals in 1994, the largest haul of the Games."
	if got := typedAnswer(a, queryOf(q), s); got != strongType {
		t.Errorf("typedAnswer(%q) = %v, want %v: the lexicon knows Norway as a country", s, got, strongType)
	}
}
