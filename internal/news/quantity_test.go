package news

import "testing"

func TestQuantities(t *testing.T) {
	tests := []struct {
		sentence  string
		text      string // the amount as written
		unit      string
		value     float64
		low, high float64
		vague     bool
		bound     Bound
	}{
		{"Authorities said at least a dozen police officers died.", "at least a dozen", "police officers", 12, 12, 12, false, AtLeast},
		{"At least 12 police officers were killed.", "At least 12", "police officers", 12, 12, 12, false, AtLeast},
		{"More than 1,000 people had been injured.", "More than 1,000", "people", 1000, 1000, 1000, false, MoreThan},
		{"Dozens of attackers were liquidated.", "Dozens", "attackers", 24, 24, 99, true, Exact},
		{"Police said tens of rioters had been eliminated.", "tens", "rioters", 20, 20, 99, true, Exact},
		{"It killed eight police and national guard troops on Tuesday.", "eight", "police and national guard troops", 8, 8, 8, false, Exact},
		{"Some twenty-five journalists were detained.", "Some twenty-five", "journalists", 25, 25, 25, false, About},
		{"Two hundred and fifty people fled.", "Two hundred and fifty", "people", 250, 250, 250, false, Exact},
		{"The nation of 19 million watched.", "19 million", "", 19e6, 19e6, 19e6, false, Exact},
		{"Several thousand protesters stormed the office.", "Several thousand", "protesters", 3000, 3000, 9000, true, Exact},
		{"Tens of thousands of people marched.", "Tens of thousands", "people", 20000, 20000, 99000, true, Exact},
		{"Nearly 40 soldiers were hurt.", "Nearly 40", "soldiers", 40, 40, 40, false, About},
		{"A hundred vehicles were seized.", "A hundred", "vehicles", 100, 100, 100, false, Exact},
		{"Rioters seized five airliners at the airport.", "five", "airliners", 5, 5, 5, false, Exact},
		{"Several armored personnel carriers and dozens of troops entered.", "Several", "armored personnel carriers", 3, 3, 9, true, Exact},
	}
	for _, tt := range tests {
		qs := Quantities(tt.sentence)
		if len(qs) == 0 {
			t.Errorf("Quantities(%q) = none, want %q", tt.sentence, tt.text)
			continue
		}
		q := qs[0]
		if q.Text != tt.text || q.Unit != tt.unit || q.Value != tt.value || q.Low != tt.low || q.High != tt.high || q.Vague != tt.vague || q.Bound != tt.bound {
			t.Errorf("Quantities(%q)[0] = %q unit %q value %v [%v,%v] vague %v bound %d, want %q unit %q value %v [%v,%v] vague %v bound %d",
				tt.sentence, q.Text, q.Unit, q.Value, q.Low, q.High, q.Vague, q.Bound, tt.text, tt.unit, tt.value, tt.low, tt.high, tt.vague, tt.bound)
		}
	}
}

func TestQuantitiesIgnore(t *testing.T) {
	for _, s := range []string{
		"He declared a two-week state of emergency.",
		"One of the bodies was found beheaded.",
		"The law came into effect on January 1.",
		"It was the third consecutive day of protests.",
		"It happened in 2022.",
	} {
		for _, q := range Quantities(s) {
			if q.Unit != "" {
				t.Errorf("Quantities(%q) = %q counting %q, want no counted amount", s, q.Text, q.Unit)
			}
		}
	}
}

func TestAgrees(t *testing.T) {
	q := func(s string) Quantity { return Quantities(s)[0] }
	tests := []struct {
		a, b string
		want bool
	}{
		{"a dozen police", "12 police", true},
		{"twelve police", "12 police", true},
		{"at least 12 police", "eight police", false},
		{"dozens of protesters", "tens of rioters", true},
		{"dozens of protesters", "12 protesters", false},
		{"dozens of protesters", "30 protesters", true},
		{"more than 350 police", "more than 1,000 people", false},
	}
	for _, tt := range tests {
		if got := q(tt.a).Agrees(q(tt.b)); got != tt.want {
			t.Errorf("%q.Agrees(%q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
