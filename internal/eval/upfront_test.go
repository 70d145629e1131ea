package eval

import (
	"strings"
	"testing"
)

func TestFirstClaim(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Prices doubled [1]. Protests spread [2].", "Prices doubled [1]"},
		{"Prices doubled [1][2]. Protests spread [3].", "Prices doubled [1][2]"},
		{"Prices doubled [1] [2] and more [3].", "Prices doubled [1] [2]"},
		{"No markers at all.", "No markers at all."},
	}
	for _, tt := range tests {
		if got := FirstClaim(tt.text); got != tt.want {
			t.Errorf("FirstClaim(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	if got := Words("Prices doubled [1][2] in January [3]."); got != 4 {
		t.Errorf("Words() = %d, want 4", got)
	}
}

func TestSummarizeUpFrontAndMedian(t *testing.T) {
	cases, err := ReadCases(strings.NewReader(`{"id":"a","kind":"fact","question":"q","must":[["law"]]}
{"id":"b","kind":"fact","question":"q","must":[["law"]]}
{"id":"c","kind":"unanswerable","question":"q"}`))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"The law changed [1]. Other [2].", "Prices rose [1]. The law changed [2].", "x"}
	var rep Report
	for i, c := range cases {
		r := Result{Case: c, Words: Words(texts[i])}
		r.UpFront = c.Answerable() && c.Correct(FirstClaim(texts[i]), false)
		r.Reply.Abstained = !c.Answerable()
		rep.Results = append(rep.Results, r)
	}
	rep.summarize()
	if rep.AnswerUpFront != 0.5 {
		t.Errorf("AnswerUpFront = %v, want 0.5", rep.AnswerUpFront)
	}
	if rep.MedianWords != 4.5 { // 4 and 5 words
		t.Errorf("MedianWords = %v, want 5", rep.MedianWords)
	}
}
