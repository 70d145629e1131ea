package extractive

import "unicode"

// sureType reports whether the lead surely holds the answer of the
// asked type: a time, or a figure of what the question counts ("six
// countries" does not answer "how many troops"). Names and capitals are
// weaker evidence: "Fécamp Abbey" looks like a person's name.
func sureType(a Analysis, c *candidate) bool {
	if c.fit < strongType {
		return false
	}
	switch a.Type {
	case TypeTime:
		return true
	case TypeQuantity:
		return countsAsked(a, c)
	case TypeEntity, TypePlace, TypePerson:
		return true
	}
	return false
}

// countedReach is how many words other than the question's own may stand
// between a figure and the noun it counts: "12 police officers", "1,000
// wounded people"; asked about "former Soviet countries", "six former
// Soviet countries".
const countedReach = 1

// countsAsked reports whether the sentence has a figure standing just
// before the noun a "how many" question counts.
func countsAsked(a Analysis, c *candidate) bool {
	run := countedRun(a)
	if len(run) == 0 {
		return false
	}
	head := run[len(run)-1]
	own := map[string]bool{}
	for _, t := range run {
		own[t] = true
	}
	toks := c.toks()
	for i, t := range toks {
		if t.Term != head {
			continue
		}
		other := 0
		for j := i - 1; j >= 0 && other <= countedReach; j-- {
			if s := toks[j].Surface; s != "" && (unicode.IsDigit(rune(s[0])) || numericValue(s) != "") {
				return true
			}
			if !own[toks[j].Term] {
				other++
			}
		}
	}
	return false
}

// countedRun returns the stems of what a "how many X" question counts:
// the run of words after "many" or "much", the counted noun last.
func countedRun(a Analysis) []string {
	for i, t := range a.tokens {
		if t.Term != "mani" && t.Term != "many" && t.Term != "much" || i == 0 {
			continue
		}
		var run []string
		for _, u := range a.tokens[i+1:] {
			if u.Stop {
				break
			}
			run = append(run, u.Term)
		}
		return run
	}
	return nil
}
