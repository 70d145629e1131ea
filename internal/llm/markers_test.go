package llm

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestDraftVerifiesMarkers(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		cited          []int
		abstain        bool
	}{
		{"renumbered in order", "Fuel prices doubled [3]. Protests spread [1].", "Fuel prices doubled [1]. Protests spread [2].", []int{3, 1}, false},
		{"repeat keeps its number", "A [2]. B [4]. C [2].", "A [1]. B [2]. C [1].", []int{2, 4}, false},
		{"invalid dropped with its space", "Fuel prices doubled [9]. Protests spread [1].", "Fuel prices doubled. Protests spread [1].", []int{1}, false},
		{"invalid inside a run", "A [1][9][2].", "A [1][2].", []int{1, 2}, false},
		{"invalid before a valid one", "A [9][2]. B [8] [7][1]. C [6], d.", "A [1]. B [2]. C, d.", []int{2, 1}, false},
		{"zero is invalid", "A [0] b [5].", "A b [1].", []int{5}, false},
		{"list", "A [1, 3]. B [3;2].", "A [1][2]. B [2][3].", []int{1, 3, 2}, false},
		{"range", "A [2-4].", "A [1][2][3].", []int{2, 3, 4}, false},
		{"passage word", "A [Passage 2]. B [passages 1, 2].", "A [1]. B [2][1].", []int{2, 1}, false},
		{"duplicate adjacent", "A [1][1] [1].", "A [1].", []int{1}, false},
		{"plain brackets kept", "He said [sic] it was [unclear] [2].", "He said [sic] it was [unclear] [1].", []int{2}, false},
		{"huge number", "A [12345] b [1].", "A [12345] b [1].", []int{1}, false},
		{"leading and trailing space", "  \n A [1].  \n", "A [1].", []int{1}, false},
		{"leading invalid marker", "[7] A [1].", "A [1].", []int{1}, false},
		{"unfinished marker at the end", "A [1]. B [2", "A [1]. B", []int{1}, false},
		{"no citations", "The articles do not say.", "The articles do not say.", nil, false},
		{"sentinel", "NOT_IN_ARTICLES", "", nil, true},
		{"sentinel wrapped", " `NOT_IN_ARTICLES`\n", "", nil, true},
		{"sentinel with prose", "NOT_IN_ARTICLES: the articles stop on January 7.", "", nil, true},
		{"sentinel after prose, no citation", "Sorry. NOT_IN_ARTICLES", "Sorry. NOT_IN_ARTICLES", nil, true},
		{"stray sentinel with citations", "A [1]. NOT_IN_ARTICLES", "A [1].", []int{1}, false},
		{"starts like the sentinel", "NOT all of them were peaceful [2].", "NOT all of them were peaceful [1].", []int{2}, false},
		{"paragraphs kept", "A [1].\n\nB [2].", "A [1].\n\nB [2].", []int{1, 2}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDraft(5, nil)
			d.write(tc.in)
			d.close()
			if got := d.final(); got != tc.want && !tc.abstain {
				t.Errorf("final() = %q, want %q", got, tc.want)
			}
			if got := d.cited(); !reflect.DeepEqual(got, tc.cited) {
				t.Errorf("cited() = %v, want %v", got, tc.cited)
			}
			if got := d.abstained(); got != tc.abstain {
				t.Errorf("abstained() = %v, want %v", got, tc.abstain)
			}
		})
	}
}

// TestDraftStreamsWhatItFinallySays feeds answers in random pieces: the
// emitted deltas must add up to the text the whole answer gives at once,
// so a streamed draft never disagrees with the final reply.
func TestDraftStreamsWhatItFinallySays(t *testing.T) {
	answers := []string{
		"Fuel prices doubled [3]. Protests spread [1, 9] across [passage 2] the country [2-3].",
		"  NOT all [sic] of it [9]. [4][4] End [5",
		"Almaty [9][3]. B [8] [7][1]. C [6], d [9]\n[2].",
		"NOT_IN_ARTICLES",
		"NOT_IN_ARTICLE is not the sentinel [1].",
		"Numbers differ: 164 [1] or 225 [2]; see [ 3 ] and [Source 4].\n\nSecond paragraph [1].",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, a := range answers {
		whole := newDraft(5, nil)
		whole.write(a)
		whole.close()
		for range 200 {
			var got strings.Builder
			d := newDraft(5, func(s string) { got.WriteString(s) })
			for rest := a; rest != ""; {
				n := min(len(rest), 1+rng.IntN(6))
				d.write(rest[:n])
				rest = rest[n:]
			}
			d.close()
			if got.String() != whole.text.String() {
				t.Fatalf("streamed %q\n      = %q\nwhole = %q", a, got.String(), whole.text.String())
			}
			if !reflect.DeepEqual(d.cited(), whole.cited()) {
				t.Fatalf("streamed %q cites %v, whole cites %v", a, d.cited(), whole.cited())
			}
		}
	}
}

func FuzzDraft(f *testing.F) {
	f.Add("A [1]. B [2, 9] [passage 3] [4-5] [sic", 3)
	f.Add("NOT_IN_ARTICLES", 1)
	f.Fuzz(func(t *testing.T, a string, cut int) {
		whole := newDraft(5, nil)
		whole.write(a)
		whole.close()
		var got strings.Builder
		d := newDraft(5, func(s string) { got.WriteString(s) })
		step := 1 + abs(cut)%7
		for rest := a; rest != ""; {
			n := min(len(rest), step)
			d.write(rest[:n])
			rest = rest[n:]
		}
		d.close()
		if got.String() != whole.text.String() {
			t.Fatalf("streamed %q = %q, whole = %q", a, got.String(), whole.text.String())
		}
		for _, n := range d.cited() {
			if n < 1 || n > 5 {
				t.Fatalf("cited passage %d of 5", n)
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
