package extractive

import "testing"

func TestAnotherVersionCountsWhatWasAsked(t *testing.T) {
	q := "How many ambulances were diverted on Monday?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "Forty-one ambulances had been diverted by 6pm.")
	other := sentenceCandidate("", "More than 60 ambulances were turned away on Monday alone.")
	elsewhere := sentenceCandidate("", "The attack forced the trust to shut the systems at its five hospitals on Monday.")
	if !otherAnswer(a, lead, other) {
		t.Errorf("otherAnswer(%q) = false, want another version", other.text)
	}
	if otherAnswer(a, lead, elsewhere) {
		t.Errorf("otherAnswer(%q) = true: five hospitals are no count of ambulances", elsewhere.text)
	}
}

func TestSameTimeIsNoOtherVersion(t *testing.T) {
	q := "When was the phone released?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "The phone was released on September 20, 2019.")
	same := sentenceCandidate("", "Apple said the phone was released on September 20th.")
	other := sentenceCandidate("", "The phone was released on May 5, 2019.")
	if otherAnswer(a, lead, same) || !otherAnswer(a, lead, other) {
		t.Errorf("otherAnswer: %q = %v, %q = %v; want false, true", same.text, otherAnswer(a, lead, same), other.text, otherAnswer(a, lead, other))
	}
	lead.verified, other.verified = 1, 0.3 // another time, but hardly about the question
	if otherAnswer(a, lead, other) {
		t.Errorf("otherAnswer = true for a sentence covering %v of the question against the lead's %v", other.verified, lead.verified)
	}
}

func TestSameAnswerIsCitedWithTheLead(t *testing.T) {
	q := "When was the phone released?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "The phone was released on September 20, 2019.")
	same := sentenceCandidate("", "Apple said the phone went on sale on September 20th.")
	lead.fit, same.fit = strongType, strongType
	if !sameAnswer(a, lead, same) {
		t.Errorf("sameAnswer(%q) = false, want it cited with the lead", same.text)
	}
}

func TestSamePersonBesideOthersIsNoOtherVersion(t *testing.T) {
	q := "Who won the 2019 race?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "Egan Bernal officially won the 2019 race on Sunday.")
	same := sentenceCandidate("", "Egan Bernal (Team Ineos) won the 2019 race in Paris, ahead of Julian Alaphilippe.")
	other := sentenceCandidate("", "Tadej Pogacar won the 2019 race in Paris.")
	lead.fit, same.fit, other.fit = strongType, strongType, strongType
	if otherAnswer(a, lead, same) || !sameAnswer(a, lead, same) {
		t.Errorf("%q: otherAnswer %v, sameAnswer %v; want false, true", same.text, otherAnswer(a, lead, same), sameAnswer(a, lead, same))
	}
	if !otherAnswer(a, lead, other) || sameAnswer(a, lead, other) {
		t.Errorf("%q: otherAnswer %v, sameAnswer %v; want true, false", other.text, otherAnswer(a, lead, other), sameAnswer(a, lead, other))
	}
	aside := sentenceCandidate("", "The 2019 race was run in heat so fierce that the organisers, who had planned the route with the city's mayor for months before it, called in the doctor Anne Vidal.")
	aside.fit = strongType
	if otherAnswer(a, lead, aside) {
		t.Errorf("otherAnswer(%q) = true: the doctor is named for something else", aside.text)
	}
}

func TestAnswerOfAVersionIsCitedWithIt(t *testing.T) {
	q := "Who won the 2012 trophy?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "Johnny Manziel won the 2012 trophy.")
	version := sentenceCandidate("", "Baker Mayfield won the trophy in 2012.")
	again := sentenceCandidate("", "Texas quarterback Baker Mayfield has won the trophy, the first freshman to do so.")
	version.passage.DocID, again.passage.DocID = "e", "f"
	for _, c := range []*candidate{lead, version, again} {
		c.fit = strongType
	}
	groups := []*group{{lead: lead, support: []*candidate{lead}}, {lead: version, support: []*candidate{version}, joined: true}}
	if g := answeredBy(groups, a, again); g != groups[1] {
		t.Errorf("answeredBy(%q) = %v, want the group of %q", again.text, g, version.text)
	}
}

func TestSameCauseIsCitedWithTheLead(t *testing.T) {
	q := "What sparked the strike?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "The strike was sparked by a rise in bread prices, unions said.")
	same := sentenceCandidate("", "In response, workers walked out in a strike sparked by a bread price rise.")
	other := sentenceCandidate("", "The strike was sparked by the arrest of a union leader.")
	for _, c := range []*candidate{lead, same, other} {
		c.fit = strongType
	}
	if !sameAnswer(a, lead, same) || sameAnswer(a, lead, other) {
		t.Errorf("sameAnswer: %q = %v, %q = %v; want true, false", same.text, sameAnswer(a, lead, same), other.text, sameAnswer(a, lead, other))
	}
}

func TestVersionHasWhatTheQuestionAsksFor(t *testing.T) {
	q := "What deadline did the gang set for payment?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "The gang set a deadline of noon on Friday for payment.")
	other := sentenceCandidate("", "The gang set a deadline of Monday for payment.")
	aside := sentenceCandidate("", "The gang posted a first batch of files for payment on Wednesday.")
	for _, c := range []*candidate{lead, other, aside} {
		c.fit, c.verified = strongType, 1
	}
	if !otherAnswer(a, lead, other) || otherAnswer(a, lead, aside) {
		t.Errorf("otherAnswer: %q = %v, %q = %v; want true, false", other.text, otherAnswer(a, lead, other), aside.text, otherAnswer(a, lead, aside))
	}
}

func TestSurnameAloneNamesTheSamePerson(t *testing.T) {
	q := "Who won the 2019 race?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "Egan Bernal won the 2019 race on Sunday.")
	later := sentenceCandidate("", "By winning the 2019 race, Bernal became the youngest winner since 1909.")
	lead.fit, later.fit = strongType, strongType
	if !sameAnswer(a, lead, later) || otherAnswer(a, lead, later) {
		t.Errorf("%q: sameAnswer %v, otherAnswer %v; want true, false", later.text, sameAnswer(a, lead, later), otherAnswer(a, lead, later))
	}
}

func TestLeadsFigureBesideOthersIsNoOtherVersion(t *testing.T) {
	q := "How much did Harlow Foods pay for the dairy?"
	a := Analyze(q, queryOf(q))
	lead := sentenceCandidate("", "Harlow Foods paid $2.4 billion for the dairy in 2011.")
	same := sentenceCandidate("", "The dairy now earns nine times the $2.4 billion Harlow Foods paid for it.")
	dated := sentenceCandidate("", "Harlow Foods' filing of March 3, 2012 showed what the dairy's owners made from the sale.")
	other := sentenceCandidate("", "Harlow Foods paid $3.1 billion for the dairy, a rival report says.")
	for _, c := range []*candidate{same, dated} {
		if otherAnswer(a, lead, c) {
			t.Errorf("otherAnswer(%q) = true, want false: it gives no other amount", c.text)
		}
	}
	if !otherAnswer(a, lead, other) {
		t.Errorf("otherAnswer(%q) = false, want another version", other.text)
	}
}
