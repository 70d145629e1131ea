package extractive

import (
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// topicShare is the share of passages above which a name is the corpus's
// own topic ("Almaty" in articles about Almaty): every passage implies
// it, so it constrains nothing.
const topicShare = 0.35

// constraints returns what the question states that an answer must
// match: names the corpus does not treat as its topic, figures and years.
func constraints(question string, q retrieve.Query) []Constraint {
	first := firstWord(question)
	var out []Constraint
	var name *Constraint // the name being read, while its words follow each other
	var topical bool     // every word of it so far is the corpus's topic
	flush := func() {
		if name != nil && !topical {
			out = append(out, *name)
		}
		name = nil
	}
	for i, t := range q.Terms {
		s := t.Surface
		if s == "" || t.Weight < 1 {
			flush()
			continue
		}
		switch {
		case isYear(s):
			flush()
			out = append(out, Constraint{Kind: ConstraintYear, Surface: s, Term: t.Term})
		case isDigits(s) || isOrdinal(s):
			flush()
			out = append(out, Constraint{Kind: ConstraintNumber, Surface: s, Term: t.Term})
		case capital(s) && s != first && len(s) > 1:
			// The words of one name ("Lenholm Regional Health Trust") make
			// one constraint, met by any of them; a name made only of the
			// corpus's topic words constrains nothing.
			if name != nil && adjacent(question, q.Terms[i-1].Surface, s) {
				name.Parts = append(name.Parts, s)
				if topical && t.Share < topicShare {
					name.Surface, name.Term, topical = s, t.Term, false
				}
				continue
			}
			flush()
			name = &Constraint{Kind: ConstraintName, Surface: s, Term: t.Term, Parts: []string{s}}
			topical = t.Share >= topicShare
		default:
			flush()
		}
	}
	flush()
	return out
}

// adjacent reports whether word b follows word a in the question, with
// nothing but spaces or a hyphen between them ("Mehmet Arslan").
func adjacent(question, a, b string) bool {
	return strings.Contains(question, a+" "+b) || strings.Contains(question, a+"-"+b)
}

func firstWord(q string) string {
	f := strings.Fields(q)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], `"'“‘(¿`)
}

// capital reports whether s starts with a capital letter.
func capital(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// isOrdinal reports whether s is an ordinal in digits: "10th", "21st".
func isOrdinal(s string) bool {
	n := len(s)
	if n < 3 || !isDigits(s[:n-2]) {
		return false
	}
	switch strings.ToLower(s[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// isYear reports whether s is a plausible year: four digits from 1000 to 2199.
func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2' && s[1] <= '1')
}

// numberWord reports whether s spells a definite number ("eight", "twelve").
func numberWord(s string) bool {
	switch strings.ToLower(s) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million":
		return true
	}
	return false
}
