package text

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Aliases are an operator's groups of equivalent terms for one corpus:
// names and their transliterations, an event's own terms. The file format
// is one group a line, terms separated by commas; blank lines and lines
// starting with "#" are ignored:
//
//	# names
//	Tokayev, Tokaev, Kassym-Jomart Tokayev
//	Almaty, Alma-Ata
type Aliases struct {
	groups [][]string       // normalised terms, in file order
	byTerm map[string][]int // normalised term → groups
}

// LoadAliases reads an aliases file. A line with fewer than two terms is
// an error naming its line.
func LoadAliases(r io.Reader) (Aliases, error) {
	a := Aliases{byTerm: map[string][]int{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var g []string
		seen := map[string]bool{}
		for t := range strings.SplitSeq(line, ",") {
			if k := normTerm(t); k != "" && !seen[k] {
				seen[k] = true
				g = append(g, k)
			}
		}
		if len(g) < 2 {
			return Aliases{}, fmt.Errorf("aliases line %d: want two or more terms separated by commas", n)
		}
		for _, t := range g {
			a.byTerm[t] = append(a.byTerm[t], len(a.groups))
		}
		a.groups = append(a.groups, g)
	}
	if err := sc.Err(); err != nil {
		return Aliases{}, fmt.Errorf("read aliases: %w", err)
	}
	return a, nil
}

// Len is the number of alias groups.
func (a Aliases) Len() int { return len(a.groups) }

// terms returns the terms that share a group with any of keys, sorted.
func (a Aliases) terms(keys ...string) []string {
	seen := map[string]bool{}
	for _, k := range keys {
		for _, g := range a.byTerm[k] {
			for _, t := range a.groups[g] {
				seen[t] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// has reports whether t is a term of some group.
func (a Aliases) has(t string) bool { return len(a.byTerm[t]) > 0 }
