package text

import (
	"slices"
	"strings"
	"testing"
)

func TestLemma(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"went", "go"}, {"mice", "mouse"}, {"evacuated", "evacuate"}, {"children", "child"},
		{"running", "run"}, {"cities", "city"}, {"boxes", "box"}, {"happier", "happy"},
		{"saw", "see"}, {"wound", "wound"}, {"ground", "ground"}, {"table", "table"},
		{"zzyzxq", "zzyzxq"}, {"1999", "1999"}, {"", ""},
	} {
		if got := Lemma(tc.in); got != tc.want {
			t.Errorf("Lemma(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func linkOf(ls []Link, w string) (Link, bool) {
	for _, l := range ls {
		if l.Word == w {
			return l, true
		}
	}
	return Link{}, false
}

func TestRelated(t *testing.T) {
	for _, tc := range []struct {
		w, other string
		rel      Rel
	}{
		{"trigger", "set off", Synonym},
		{"evacuate", "evacuation", Derived},
		{"evacuation", "evacuate", Derived},
		{"destroy", "destruction", Derived},
		{"atomic", "atom", Pertainym},
		{"car", "motor vehicle", Hypernym},
		{"car", "self propelled vehicle", Hypernym}, // two levels
		{"dog", "puppy", Hyponym},
		{"injure", "wound", Synonym},
		{"fly", "flight", Derived}, // through "flying", the same word by stem
		{"kill", "die", Entails},
		{"die", "kill", Entails},
	} {
		l, ok := linkOf(Related(tc.w), tc.other)
		if !ok || l.Rel != tc.rel {
			t.Errorf("Related(%q) has %q = %v, %v; want relation %v", tc.w, tc.other, l, ok, tc.rel)
		}
	}
	if Related("zzyzxq") != nil {
		t.Errorf("Related(unknown) = %v, want nil", Related("zzyzxq"))
	}
}

func TestRelatedOrderAndWeights(t *testing.T) {
	ls := Related("car")
	if len(ls) == 0 {
		t.Fatal("Related(car) is empty")
	}
	sorted := slices.IsSortedFunc(ls, func(a, b Link) int {
		if a.Weight != b.Weight {
			if a.Weight > b.Weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Word, b.Word)
	})
	if !sorted {
		t.Errorf("Related(car) not sorted by weight then word: %v", ls)
	}
	syn, _ := linkOf(ls, "automobile")
	near, _ := linkOf(ls, "motor vehicle")
	far, _ := linkOf(ls, "self propelled vehicle")
	if !(1 > syn.Weight && syn.Weight > near.Weight && near.Weight > far.Weight && far.Weight > 0) {
		t.Errorf("weights: synonym %v, hypernym %v, two levels %v; want 1 > syn > near > far > 0", syn.Weight, near.Weight, far.Weight)
	}
}

func TestRelatedness(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"evacuated", "evacuate", 1},
		{"Protesters", "protester", 1},
		{"went", "go", 1},
		{"automobile", "car", SynonymWeight},
		{"car", "automobile", SynonymWeight},
		{"European", "Europe", DerivedWeight},
		{"evacuation", "evacuated", 1}, // same stem
		{"motor vehicle", "car", NearWeight},
		{"car", "banana", 0},
		{"", "car", 0},
	} {
		if got := Relatedness(tc.a, tc.b); got != tc.want {
			t.Errorf("Relatedness(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestPhrases(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want [][2]int
	}{
		{"the prime minister called for calm", [][2]int{{1, 3}, {3, 5}}},
		{"rebels took over the airport", [][2]int{{1, 3}}},
		{"a spark set off the fire", [][2]int{{2, 4}}},
		{"happy old table", nil},
	} {
		if got := Phrases(Words(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("Phrases(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestRelatedSkipsGeneralHypernyms(t *testing.T) {
	for _, general := range []string{"person", "causal agent", "organism"} {
		if l, ok := linkOf(Related("traveller"), general); ok {
			t.Errorf("Related(traveller) has %v: too general to be evidence", l)
		}
	}
	if _, ok := linkOf(Related("traveller"), "passenger"); !ok {
		t.Errorf("Related(traveller) lacks the hyponym passenger")
	}
}

func TestCauseWords(t *testing.T) {
	ws := CauseWords()
	if !slices.Contains(ws, "because") || !slices.Contains(ws, "trigger") {
		t.Errorf("CauseWords() = %v, want because and trigger among them", ws)
	}
	ws[0] = "changed"
	if CauseWords()[0] == "changed" {
		t.Errorf("CauseWords returns its own slice")
	}
}
