package extractive

import (
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestTrimBounds(t *testing.T) {
	tests := []struct {
		q, sentence, want string
	}{
		// a wire dateline goes
		{"Which gang claimed the attack?",
			"HARWICK, Dalmenia, June 2 (WNS) - The Copper Hand gang claimed the attack on the port.",
			"The Copper Hand gang claimed the attack on the port."},
		// a long sentence loses the trailing clauses the question does not need
		{"How long will the curfew in Brenna last?",
			"The council imposed a two-week curfew in Brenna after the riots spread to the docks on Friday night, which prompted shopkeepers across the old town to board up their windows and leave early.",
			"The council imposed a two-week curfew in Brenna after the riots spread to the docks on Friday night"},
		// a why-question keeps the clause after its terms, where the cause stands
		{"Why did the dockers of Brenna take to the streets?",
			"Thousands of dockers took to the streets in Brenna and in the northern province of Alsk, saying the wage cut was unfair given the port's record profits in the last three years.",
			"Thousands of dockers took to the streets in Brenna and in the northern province of Alsk, saying the wage cut was unfair given the port's record profits in the last three years."},
		// a short sentence stays whole
		{"Who closed the bridge?", "Mayor Ilse Brandt closed the bridge, which had stood for a century.",
			"Mayor Ilse Brandt closed the bridge, which had stood for a century."},
	}
	for _, tt := range tests {
		q := queryOf(tt.q)
		from, to := trimBounds(tt.sentence, q, Analyze(tt.q, q))
		if got := tt.sentence[from:to]; got != tt.want {
			t.Errorf("trimBounds(%q)\n got %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
}

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

func TestWhoAnswerQuotesTheSentenceThatNames(t *testing.T) {
	passage := "Edward Aldwin returned from exile in 1041. He appointed Robert archbishop and made Ralph earl of Hereford."
	cands := candidates([]retrieve.Passage{{Chunk: retrieve.Chunk{ID: "d#0", DocID: "d", Text: passage}}})
	var lead *candidate
	for _, c := range cands {
		if strings.HasPrefix(c.text, "He appointed") {
			lead = c
		}
	}
	if lead == nil {
		t.Fatal("no candidate for the second sentence")
	}
	q := "Who made Ralph earl of Hereford?"
	widen(lead, Analyze(q, queryOf(q)))
	if lead.text != passage || lead.start != 0 {
		t.Errorf("widen: quote %q at %d, want the whole passage from 0", lead.text, lead.start)
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
