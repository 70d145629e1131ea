package extractive

import (
	"reflect"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestQuestionRoles(t *testing.T) {
	tests := []struct {
		q    string
		want roles
		ok   bool
	}{
		{"Who did the Normans fight in Italy?", roles{verb: "fight", subject: []string{"norman"}}, true},
		{"Who married Cnut the Great?", roles{verb: "married", object: []string{"cnut", "great"}}, true},
		{"Who joined Brennish forces in the siege of Kestrel?", roles{verb: "joined", object: []string{"brennish"}}, true},
		{"Who fought against the Brennish in Kestrel?", roles{verb: "fought", object: []string{"brennish", "kestrel"}}, true},
		{"Who is the mayor?", roles{}, false},
		{"What river was Petrela located by?", roles{}, false},
	}
	for _, tt := range tests {
		got, ok := questionRoles(tt.q)
		if ok != tt.ok || ok && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("questionRoles(%q) = %+v, %v; want %+v, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRolesSwapped(t *testing.T) {
	tests := []struct {
		q, sentence string
		want        bool
	}{
		{"Who did Edgar marry?", "King Malcolm married Edgar's sister Margaret in 1070.", true},
		{"Who did Edgar marry?", "Edgar married Margaret of Wessex in 1070.", false},
		{"Who did the Normans encourage to come south?", "The Normans were encouraged to come south by the Lombards.", true},
		{"Who did the Lombards encourage to come south?", "The Normans were encouraged to come south by the Lombards.", false},
		{"Who replaced the Normans as the ruling class?", "The Normans replaced the Saxons as the ruling class.", true},
		{"Who replaced the Saxons as the ruling class?", "The Normans replaced the Saxons as the ruling class.", false},
		{"Who replaced the Saxons as the ruling class?", "The ruling class changed in 1066.", false}, // no verb: nothing to say
		{"Who joined Brennish forces in the siege of Kestrel?", "Some Brennish joined Ostian forces in the siege of Kestrel.", true},
	}
	for _, tt := range tests {
		r, ok := questionRoles(tt.q)
		if !ok {
			t.Fatalf("questionRoles(%q) found no roles", tt.q)
		}
		if got := rolesSwapped(r, retrieve.Tokenize(tt.sentence)); got != tt.want {
			t.Errorf("rolesSwapped(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestSpeechVerbsHaveNoRoles(t *testing.T) {
	if _, ok := questionRoles("What did Marcus Bell say?"); ok {
		t.Error(`questionRoles("What did Marcus Bell say?") found roles, but "…," said Marcus Bell puts the speaker after the verb`)
	}
}

func TestRolesOfWhenQuestions(t *testing.T) {
	r, ok := questionRoles("When did King Harold conquer England?")
	if !ok || !rolesSwapped(r, retrieve.Tokenize("In 1066, Duke William conquered England, killing King Harold at Hastings.")) {
		t.Errorf("questionRoles = %+v, %v; want Harold's conquest told apart from William's", r, ok)
	}
}

func TestWhoQuestionNeedsItsVerb(t *testing.T) {
	q := "Who won the Harbour Cup?"
	a := Analyze(q, queryOf(q))
	if !a.HasRoles {
		t.Fatalf("Analyze(%q) found no roles", q)
	}
	if saysVerb(a.Roles.verb, sentenceCandidate("", "Harbour Cup 2019: Ana Lind and Mia Berg ...")) {
		t.Error("saysVerb(won) = true for a sentence that names no winner")
	}
	if !saysVerb(a.Roles.verb, sentenceCandidate("", "Ana Lind wins the Harbour Cup for a second time.")) {
		t.Error("saysVerb(won) = false for \"wins\"")
	}
}

func TestIntendedIsNotDone(t *testing.T) {
	verb := askedDeed("Did the council publish the report after the vote?")
	if verb != "publish" {
		t.Fatalf("askedDeed = %q, want publish", verb)
	}
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"The council said it would publish the report after the vote.", true},
		{"The council threatened to publish the report.", true},
		{"The council published the report on Friday.", false},
		{"The council did not publish the report.", false},
		{"The vote was held on Friday.", false}, // says nothing either way
	} {
		if got := onlyIntended(verb, retrieve.Tokenize(tt.sentence)); got != tt.want {
			t.Errorf("onlyIntended(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestDidQuestionNeedsItsDeed(t *testing.T) {
	q := "Did the council publish the report after the vote?"
	a := Analyze(q, queryOf(q))
	says := sentenceCandidate("", "The council published the report after the vote on Friday.")
	silent := sentenceCandidate("", "The council's deadline for the report after the vote is Friday.")
	score([]*candidate{says, silent}, queryOf(q), a)
	if why := whyNot(a, queryOf(q), says, "", DefaultMinVerified); why != "" {
		t.Errorf("whyNot(%q) = %q, want it to answer", says.text, why)
	}
	if why := whyNot(a, queryOf(q), silent, "", DefaultMinVerified); why != "deed" {
		t.Errorf("whyNot(%q) = %q, want \"deed\": it never says the report was published", silent.text, why)
	}
	if d := askedDeed("Did passengers have to pay for the trams?"); d != "" {
		t.Errorf("askedDeed(have to pay) = %q, want none: a need, not a deed", d)
	}
}

func TestTitlesDoNotTellTheDoer(t *testing.T) {
	r, ok := questionRoles("When did King Harold II conquer England?")
	if !ok {
		t.Fatal("questionRoles: no roles")
	}
	swapped := retrieve.Tokenize("In 1066, Duke William II of Normandy conquered England, killing King Harold II.")
	if !rolesSwapped(r, swapped) {
		t.Errorf("rolesSwapped = false: William II, not Harold II, conquered England (subject %v)", r.subject)
	}
	if rolesSwapped(r, retrieve.Tokenize("King Harold II conquered England in 1066.")) {
		t.Error("rolesSwapped = true for the right roles")
	}
}

func TestWhoDidQuestionNeedsItsVerb(t *testing.T) {
	q := "Who did the Normans encourage to come south?"
	a := Analyze(q, queryOf(q))
	silent := sentenceCandidate("", "Soon the Normans came south, fighting the Lombards and the Byzantines.")
	says := sentenceCandidate("", "The Lombards encouraged the Normans to come south.")
	score([]*candidate{silent, says}, queryOf(q), a)
	if why := whyNot(a, queryOf(q), silent, "", DefaultMinVerified); why != "verb" {
		t.Errorf("whyNot(%q) = %q, want \"verb\": nobody is encouraged", silent.text, why)
	}
	if !saysVerb(a.Roles.verb, says) {
		t.Errorf("saysVerb(encourage) = false for %q", says.text)
	}
}
