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
			[]string{"at least a dozen police officers|killed|police"}},
		{"Dozens of anti-Government protesters have been killed along with at least 12 police officers during attacks.",
			[]string{"Dozens of anti-Government protesters|killed|protesters", "at least 12 police officers|killed|police"}},
		{"State TV said at least 12 law enforcement personnel died in clashes, while more than 350 police officers had been injured.",
			[]string{"at least 12 law enforcement personnel|killed|police", "more than 350 police officers|injured|police"}},
		{"Protests killed eight police and national guard troops on Tuesday and Wednesday.",
			[]string{"eight police and national guard troops|killed|police,troops"}},
		{`Dozens of protesters were "eliminated" and more than 1,000 people were wounded.`,
			[]string{"Dozens of protesters|killed|protesters", "more than 1,000 people|injured|people"}},
		{"After a night of unrest that saw more than 200 people detained, protesters marched.",
			[]string{"more than 200 people|detained|people"}},
		{"He said rioters had seized five airliners in an assault on the airport.",
			[]string{"five airliners|seized|aircraft"}},
		{"The alliance of six former Soviet countries met.", nil},
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
		{"How many police officers were killed in the unrest?", []string{Killed}, []string{"police"}},
		{"How many people got hurt, per the health officials?", []string{Injured}, []string{"people"}},
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
