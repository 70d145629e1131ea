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
		from, to := trimBounds(tt.sentence, q, Analyze(tt.q, q), trimAbove)
		if got := tt.sentence[from:to]; got != tt.want {
			t.Errorf("trimBounds(%q)\n got %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
}

func TestWhoAnswerQuotesTheSentenceThatNames(t *testing.T) {
	passage := "Edward Aldwin returned from exile in 1041. He appointed Robert archbishop and made Ralph earl of Hereford."
	ps := []retrieve.Passage{{Chunk: retrieve.Chunk{ID: "d#0", DocID: "d", Text: passage}}}
	cands := candidates(ps, readPassages(ps))
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

func TestTrimJoinedEndsWithWhatThePieceAdds(t *testing.T) {
	tests := []struct {
		q, sentence, want string
	}{
		// the version's person and the question's words stand in its first
		// clause; the rest repeats them or names someone else far off
		{"Who won the 2024 Harrow marathon?",
			"Lena Ostrova won the Harrow marathon in a course record, her third victory in the city and her 12th overall; the Kestrel runner now equals Maud Feld's ...",
			"Lena Ostrova won the Harrow marathon in a course record"},
		// a cut never splits a date
		{"Who opened the Harrow bridge?",
			"Mayor Ilse Brandt opened the Harrow bridge on April 29, 2015, after a delay of two years blamed on the contractor's debts and a strike.",
			"Mayor Ilse Brandt opened the Harrow bridge on April 29, 2015"},
	}
	for _, tt := range tests {
		q := queryOf(tt.q)
		from, to := trimJoined(tt.sentence, q, Analyze(tt.q, q))
		if got := tt.sentence[from:to]; got != tt.want {
			t.Errorf("trimJoined(%q)\n got %q\nwant %q", tt.sentence, got, tt.want)
		}
	}
	// a list keeps the name that stands beside the question's year, though
	// the first clauses already hold a name and every question word
	q := "Who won the Harrow marathon in 2020?"
	list := "Harrow marathon winners ; 2021, Piet Landvik (NOR), Anna Blum (GER) ; 2020, Tomas Rieder (AUT), Ida Svel (SWE) ; 2019, Ole Brand (DEN) ..."
	from, to := trimJoined(list, queryOf(q), Analyze(q, queryOf(q)))
	if got := list[from:to]; !strings.Contains(got, "2020, Tomas Rieder") {
		t.Errorf("trimJoined(%q) = %q, want it to keep 2020's winner", list, got)
	}
}
