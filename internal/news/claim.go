package news

import "strings"

// Claim is a figure a sentence reports: an amount, what it counts and
// what happened to them ("at least 12 police officers" … "died").
type Claim struct {
	Quantity
	Measure    string   // Killed, Injured, ...
	Categories []string // kinds of things counted: police, troops, people, ...
	Sentence   string   // the sentence the claim was read from
}

// Phrase is the amount with what it counts, as written in the sentence.
func (c Claim) Phrase() string { return c.Quantity.Phrase(c.Sentence) }

// Claims returns the figures in sentence that say how many were killed,
// injured, detained, seized, sent, ...: amounts with a measure near them.
// An amount without a measure ("six former Soviet countries") is no claim.
func Claims(sentence string) []Claim {
	ws := words(sentence)
	var out []Claim
	for _, q := range Quantities(sentence) {
		from, to := wordRange(ws, q.Start, max(q.End, q.UnitEnd))
		m := measureNear(sentence, ws, from, to)
		if m == "" {
			continue
		}
		out = append(out, Claim{Quantity: q, Measure: m, Categories: Categories(q.Unit), Sentence: sentence})
	}
	return out
}

// wordRange returns the indices of the words spanning bytes [start, end).
func wordRange(ws []word, start, end int) (int, int) {
	from, to := len(ws), 0
	for i, w := range ws {
		if w.start >= start && w.end <= end {
			from, to = min(from, i), max(to, i+1)
		}
	}
	return from, to
}

// Focus is what a question asks to count: "How many police officers were
// killed?" → measure killed, category police.
type Focus struct {
	Measures   []string
	Categories []string
}

// QuestionFocus reads the measures and kinds of things a question names.
func QuestionFocus(question string) Focus {
	var f Focus
	for _, w := range words(question) {
		lw := w.lower()
		if m := measureOf(lw); m != "" && !contains(f.Measures, m) {
			f.Measures = append(f.Measures, m)
		}
		for _, c := range focusCategories(lw) {
			if !contains(f.Categories, c) {
				f.Categories = append(f.Categories, c)
			}
		}
	}
	if strings.Contains(strings.ToLower(question), "death toll") && !contains(f.Measures, Killed) {
		f.Measures = append(f.Measures, Killed)
	}
	return f
}

// focusCategories maps a word of a question to the kinds it asks about:
// "security forces" are police and troops.
func focusCategories(w string) []string {
	if w == "security" || w == "forces" {
		return []string{"police", "troops"}
	}
	if c, ok := categories[w]; ok {
		return []string{c}
	}
	return nil
}

// Matches reports whether a claim is about what the question asks: the
// same measure when the question names one, and an overlapping kind when
// it names one. "People" in a question also takes every kind of person.
func (f Focus) Matches(c Claim) bool {
	if len(f.Measures) > 0 && !contains(f.Measures, c.Measure) {
		return false
	}
	if len(f.Categories) == 0 || contains(f.Categories, "people") && isPersons(c.Categories) {
		return true
	}
	return overlaps(f.Categories, c.Categories)
}

// Empty reports whether the question names no measure at all.
func (f Focus) Empty() bool { return len(f.Measures) == 0 }

// persons are the categories that count people.
var persons = setOf("police", "troops", "protesters", "people", "journalists")

func isPersons(cs []string) bool {
	for _, c := range cs {
		if persons[c] {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
