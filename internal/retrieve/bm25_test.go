package retrieve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestTopNMatchesFullSort checks the bounded heap against sorting every
// score, with many ties: the same chunks in the same order.
func TestTopNMatchesFullSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 50 {
		acc := map[int]float64{}
		for range r.IntN(300) {
			acc[r.IntN(1000)] = float64(r.IntN(20)) / 4 // few distinct values: ties
		}
		n := r.IntN(40)
		var want []scored
		for c, s := range acc {
			want = append(want, scored{c, s})
		}
		sort.Slice(want, func(i, j int) bool { return better(want[i], want[j]) })
		want = want[:min(n, len(want))]
		if got := topN(acc, n); !reflect.DeepEqual(got, want) && len(want)+len(got) > 0 {
			t.Fatalf("round %d: topN(%d) = %v, want %v", round, n, got, want)
		}
	}
}

// TestPrefixRelatedMatchesScan checks the sorted-vocabulary lookup
// against a scan of every term.
func TestPrefixRelatedMatchesScan(t *testing.T) {
	ix := buildSample(t,
		"Kazakhstan and the Kazakh government met Russian and Russia's envoys.",
		"Protesters protested; protestations and the protest movement grew.",
		"Governments govern; the governor's government governed.")
	for _, term := range []string{"kazakh", "kazakhstan", "russia", "protest", "govern", "governor", "zzzzzzz", "gov"} {
		var want []string
		for _, v := range ix.lex.terms {
			if v != term && len(v) >= minPrefix && len(term) >= minPrefix && (strings.HasPrefix(v, term) || strings.HasPrefix(term, v)) {
				want = append(want, v)
			}
		}
		slices.Sort(want)
		if got := ix.lex.prefixRelated(term); !reflect.DeepEqual(got, want) {
			t.Errorf("prefixRelated(%q) = %v, want %v", term, got, want)
		}
	}
}

// TestSearchQueryIsSearch checks that searching an analysed question gives
// what Search gives for its text.
func TestSearchQueryIsSearch(t *testing.T) {
	ix := buildSample(t, sample...)
	for _, q := range []string{"How many people were hurt?", "Did the cabinet resign?", "Why was the airport closed?"} {
		want, err := ix.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.SearchQuery(context.Background(), ix.Analyze(q), 3)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("SearchQuery(Analyze(%q)) = %v, want %v", q, got, want)
		}
	}
}
