package extractive

import (
	"reflect"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// queryOf builds the query retrieve would make, with every term known and
// rare, so that analysis alone is tested.
func queryOf(q string) retrieve.Query {
	out := retrieve.Query{Text: q}
	for _, t := range retrieve.Tokenize(q) {
		if !t.Stop {
			out.Terms = append(out.Terms, retrieve.QueryTerm{Surface: t.Surface, Term: t.Term, Weight: 1, IDF: 2, Known: true, Share: 0.05})
		}
	}
	return out
}

func TestAnalyzeType(t *testing.T) {
	tests := []struct {
		q    string
		want AnswerType
	}{
		{"Who opened the bridge?", TypePerson},
		{"When did the ferry sink?", TypeTime},
		{"How long did the strike last?", TypeTime},
		{"At what time did the lights go out?", TypeTime},
		{"How many passengers were rescued?", TypeQuantity},
		{"How much did the council pay?", TypeQuantity},
		{"Where did the storm make landfall?", TypePlace},
		{"In which city was the summit held?", TypePlace},
		{"Why did the dockers strike?", TypeCause},
		{"Did the mayor resign?", TypeYesNo},
		{"Which shipping company owns the ferry?", TypeEntity},
		{"What did the minister say?", TypeDescription},
		{"Since when has the party ruled?", TypeTime},
		{"What sparked the strike?", TypeCause},
		{"What was the death toll?", TypeQuantity},
		{"Which official announced the curfew?", TypePerson},
	}
	for _, tt := range tests {
		if got := Analyze(tt.q, queryOf(tt.q)).Type; got != tt.want {
			t.Errorf("Analyze(%q).Type = %d, want %d", tt.q, got, tt.want)
		}
	}
}

func TestAnalyzeConstraints(t *testing.T) {
	if a := Analyze("Who ruled in the 10th century?", queryOf("Who ruled in the 10th century?")); len(a.Constraints) != 1 || a.Constraints[0].Kind != ConstraintNumber {
		t.Errorf("constraints of an ordinal century = %+v, want one figure", a.Constraints)
	}
	q := "Who won the Harbour Cup in 2019 with 12 points?"
	a := Analyze(q, queryOf(q))
	var got []string
	for _, k := range a.Constraints {
		got = append(got, k.Surface)
	}
	if want := []string{"Harbour", "2019", "12"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("constraints of %q = %v, want %v", q, got, want)
	}
	if a.Constraints[0].Kind != ConstraintName || !reflect.DeepEqual(a.Constraints[0].Parts, []string{"Harbour", "Cup"}) {
		t.Errorf("name constraint = %+v, want Harbour Cup as one name", a.Constraints[0])
	}
	if a.Constraints[1].Kind != ConstraintYear || a.Constraints[2].Kind != ConstraintNumber {
		t.Errorf("kinds = %d, %d; want year then number", a.Constraints[1].Kind, a.Constraints[2].Kind)
	}
	// A corpus's own topic is no constraint; neither is a list size.
	q = "Which two hospitals in Lenholm closed?"
	query := queryOf(q)
	for i := range query.Terms {
		if query.Terms[i].Surface == "Lenholm" {
			query.Terms[i].Share = 0.8
		}
	}
	if a := Analyze(q, query); len(a.Constraints) != 0 {
		t.Errorf("constraints of %q = %+v, want none", q, a.Constraints)
	}
}

func TestAnalyzePartsAndStranded(t *testing.T) {
	q := "When did the port reopen, and where were the ships sent in the meantime?"
	a := Analyze(q, queryOf(q))
	want := []string{"When did the port reopen", "where were the ships sent in the meantime?"}
	if !reflect.DeepEqual(a.Parts, want) {
		t.Errorf("Parts = %q, want %q", a.Parts, want)
	}
	if a := Analyze("Who did the duke swear loyalty to?", retrieve.Query{}); a.Stranded != "to" {
		t.Errorf("Stranded = %q, want to", a.Stranded)
	}
	if a := Analyze("Who built the tower?", retrieve.Query{}); a.Stranded != "" || len(a.Parts) != 1 {
		t.Errorf("Analyze(simple) = %+v, want no stranded preposition and one part", a)
	}
}

func TestPartQueryKeepsThePartsWords(t *testing.T) {
	q := "When did the port reopen, and where were the ships sent?"
	pq := partQuery(queryOf(q), "where were the ships sent?")
	var got []string
	for _, t := range pq.Terms {
		got = append(got, t.Surface)
	}
	if want := []string{"ships", "sent"}; !reflect.DeepEqual(got, want) {
		t.Errorf("partQuery terms = %v, want %v", got, want)
	}
}

func TestANameIsOneConstraintThroughItsTopicWords(t *testing.T) {
	q := "Who is the chief executive of the Lenholm Regional Health Trust?"
	query := queryOf(q)
	for i := range query.Terms {
		if query.Terms[i].Surface == "Regional" || query.Terms[i].Surface == "Trust" {
			query.Terms[i].Share = 0.5 // words every passage of this corpus has
		}
	}
	a := Analyze(q, query)
	if len(a.Constraints) != 1 || !reflect.DeepEqual(a.Constraints[0].Parts, []string{"Lenholm", "Regional", "Health", "Trust"}) {
		t.Errorf("constraints = %+v, want the whole name as one", a.Constraints)
	}
	c := sentenceCandidate("", "The trust's chief executive, Dr Helena Okafor, said no data was taken.")
	if !meets(a.Constraints[0], c, "") {
		t.Errorf("meets(%+v) = false for %q, which names the trust", a.Constraints[0], c.text)
	}
}

func TestKindOfWeighsNothing(t *testing.T) {
	q := queryOf("What kind of needlework made the tapestry?")
	for i, w := range weights(q) {
		if q.Terms[i].Term == "kind" && w != 0 {
			t.Errorf("weight of %q = %v, want 0: the question asks for needlework", q.Terms[i].Surface, w)
		}
	}
	q = queryOf("How kind was the nurse?")
	for i, w := range weights(q) {
		if q.Terms[i].Term == "kind" && w == 0 {
			t.Error("weight of \"kind\" = 0 where it is the word asked about")
		}
	}
}

func TestFocusEndsAtAPresentVerb(t *testing.T) {
	if got := focusOf("Which contractor runs the city's payroll?"); len(got) != 1 || got[0] != "contractor" {
		t.Errorf("focusOf = %q, want [contractor]", got)
	}
	if got := focusOf("Which news outlets reported the fire?"); len(got) != 2 {
		t.Errorf("focusOf = %q, want [news outlet]", got)
	}
}

func TestTimeNounsAskForATime(t *testing.T) {
	for _, q := range []string{"What deadline did the gang set?", "In what era was the castle built?"} {
		if got := askedType(q); got != TypeTime {
			t.Errorf("askedType(%q) = %v, want TypeTime", q, got)
		}
	}
	if got := askedType("Which hospital took the patients?"); got == TypeTime {
		t.Error("askedType(which hospital) = TypeTime")
	}
}

func TestBareQuestionWordPartTakesTheFirstPartsPredicate(t *testing.T) {
	a := Analyze("When did the strike start, and why?", retrieve.Query{})
	want := []string{"When did the strike start", "why did the strike start?"}
	if !reflect.DeepEqual(a.Parts, want) {
		t.Errorf("Parts = %q, want %q", a.Parts, want)
	}
}
