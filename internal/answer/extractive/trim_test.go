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
