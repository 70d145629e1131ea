package news

import (
	"fmt"
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// Finding compares the claims about one measured thing ("police killed"):
// each Version is a figure and the claims that give it. More than one
// version means the reports disagree.
type Finding struct {
	Measure    string
	Categories []string // the kinds every version counts
	Versions   []Version
}

// Version is one figure for a measured thing and the claims (indices into
// the slice given to Compare) that report it, in their given order.
type Version struct {
	Claims []int
}

// Disagrees reports whether the claims give different figures.
func (f Finding) Disagrees() bool { return len(f.Versions) > 1 }

// What names the measured thing: "how many police were killed".
func (f Finding) What() string {
	return fmt.Sprintf("how many %s were %s", strings.Join(f.Categories, " "), f.Measure)
}

// Compare groups claims about the same thing — the same measure and an
// overlapping kind of thing counted — and, within each group, the claims
// whose figures agree. Claims that count different things (350 police
// injured, 1,000 people injured) land in different findings: they do not
// disagree. Findings come in the order of their first claim.
func Compare(claims []Claim) []Finding {
	parent := make([]int, len(claims))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	hs := make([][]string, len(claims))
	for i, c := range claims {
		hs[i] = claimHeads(c)
	}
	for i := range claims {
		for j := range i {
			if claims[i].Measure == claims[j].Measure && countSame(claims[i], claims[j], hs[i], hs[j]) {
				parent[find(i)] = find(j)
			}
		}
	}
	var out []Finding
	at := map[int]int{} // root → index in out
	for i, c := range claims {
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, Finding{Measure: c.Measure, Categories: c.Categories})
		}
		out[k].add(claims, i)
	}
	return out
}

// add puts claim i into the first version it agrees with, or a new one,
// and narrows the finding's categories to those all claims share.
func (f *Finding) add(claims []Claim, i int) {
	if shared := intersect(f.Categories, claims[i].Categories); len(shared) > 0 {
		f.Categories = shared
	}
	for k, v := range f.Versions {
		if claims[v.Claims[0]].Agrees(claims[i].Quantity) {
			f.Versions[k].Claims = append(f.Versions[k].Claims, i)
			return
		}
	}
	f.Versions = append(f.Versions, Version{Claims: []int{i}})
}

// intersect keeps the words of a that b has in some inflection.
func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if containsLemma(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func containsLemma(xs []string, x string) bool {
	for _, y := range xs {
		if y == x || text.Lemma(y) == text.Lemma(x) {
			return true
		}
	}
	return false
}
