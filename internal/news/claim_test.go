package news

import (
	"reflect"
	"strings"
	"testing"
)

func TestClaims(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // "phrase|measure|categories"
	}{
		{"Authorities said at least a dozen police officers died, including one who was found beheaded.",
			[]string{"at least a dozen police officers|killed|police,officers"}},
		{"Dozens of anti-Government protesters have been killed along with at least 12 police officers during attacks.",
			[]string{"Dozens of anti-Government protesters|killed|anti-government,protesters", "at least 12 police officers|killed|police,officers"}},
		{"State TV said at least 12 law enforcement personnel died in clashes, while more than 350 police officers had been injured.",
			[]string{"at least 12 law enforcement personnel|killed|law,enforcement,personnel", "more than 350 police officers|injured|police,officers"}},
		{"Protests killed eight police and national guard troops on Tuesday and Wednesday.",
			[]string{"eight police and national guard troops|killed|police,national,guard,troops"}},
		{`Dozens of protesters were "liquidated" and more than 1,000 people were wounded.`,
			[]string{"Dozens of protesters|killed|protesters", "more than 1,000 people|injured|people"}},
		// Words of other events, known through the lexicon, not a list.
		{"At least 14 passengers perished when the ferry capsized.",
			[]string{"At least 14 passengers|killed|passengers"}},
		{"Eleven miners lost their lives in the blast.", []string{"Eleven miners|killed|miners"}},
		{"The quake claimed the lives of 300 villagers.", []string{"300 villagers|killed|villagers"}},
		{"Firefighters said 23 workers were slain or maimed.", []string{"23 workers|killed|workers"}},
		{"Rescuers evacuated 2,000 residents; police later jailed six looters.",
			[]string{"2,000 residents|evacuated|residents", "six looters|detained|looters"}},
		{"The storm caused injuries to 40 people across the county.", []string{"40 people|injured|people"}},
		{"After a night of unrest that saw more than 200 people detained, protesters marched.",
			[]string{"more than 200 people|detained|people"}},
		{"He said rioters had seized five airliners in an assault on the airport.",
			[]string{"five airliners|seized|airliners"}},
		{"The alliance of six former Soviet countries met.", nil},
		{`Police said 12 suspects were "eliminated".`, nil}, // WordNet's first sense of eliminate is not kill
		{"Twelve people went home and five passed the test.", nil},
		{"Hundreds of people were protesting against the government.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range Claims(tt.sentence) {
			got = append(got, c.Phrase()+"|"+c.Measure+"|"+strings.Join(c.Categories, ","))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Claims(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestQuestionFocus(t *testing.T) {
	tests := []struct {
		question   string
		measures   []string
		categories []string
	}{
		{"How many police officers were killed in the unrest?", []string{Killed}, []string{"police", "officers"}},
		{"How many people got hurt, per the health officials?", []string{Injured}, []string{"people", "officials"}},
		{"How many passengers perished when the ferry sank?", []string{Killed}, []string{"passengers"}},
		{"How many aircraft were seized?", []string{Seized}, []string{"aircraft"}},
		{"How many workers lost their lives in the fire?", []string{Killed}, []string{"workers"}},
		{"What was the death toll?", []string{Killed}, nil},
		{"Why did people take to the streets?", nil, []string{"people"}},
	}
	for _, tt := range tests {
		f := QuestionFocus(tt.question)
		if !reflect.DeepEqual(f.Measures, tt.measures) || !reflect.DeepEqual(f.Categories, tt.categories) {
			t.Errorf("QuestionFocus(%q) = %v %v, want %v %v", tt.question, f.Measures, f.Categories, tt.measures, tt.categories)
		}
	}
}

func TestFocusMatches(t *testing.T) {
	tests := []struct {
		question, sentence string
		want               bool
	}{
		{"How many security forces were killed?", "Eight police officers were killed.", true},
		{"How many security forces were killed?", "Eight soldiers were killed.", true},
		{"How many security forces were killed?", "Eight protesters were killed.", false},
		{"How many people died in the sinking?", "At least 14 passengers perished.", true},
		{"How many people died in the sinking?", "Three cars were destroyed and 14 buses were sent.", false},
		{"How many aircraft were seized?", "Rioters seized five airliners.", true},
		{"How many aircraft were seized?", "Rioters seized five buses.", false},
		{"How many passengers died?", "Twelve crew died.", false},
		{"How many were injured?", "Thirty workers were hurt.", true},
		{"How many were injured?", "Thirty workers were killed.", false},
	}
	for _, tt := range tests {
		claims := Claims(tt.sentence)
		got := false
		for _, c := range claims {
			got = got || QuestionFocus(tt.question).Matches(c)
		}
		if got != tt.want {
			t.Errorf("QuestionFocus(%q).Matches(Claims(%q)) = %v, want %v (claims %v)", tt.question, tt.sentence, got, tt.want, claims)
		}
	}
}
