package news

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

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
		if m == "" || q.Unit == "" && strings.EqualFold(q.Text, "one") {
			continue // "one who was found beheaded": a pronoun, not a count
		}
		cats := Categories(q.Unit)
		if len(cats) == 0 && m != Seized && m != Sent {
			cats = []string{"people"} // "11 died": those who die, are hurt or go missing are people
		}
		out = append(out, Claim{Quantity: q, Measure: m, Categories: cats, Sentence: sentence})
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

// QuestionFocus reads the measures and kinds of things a question names:
// the words after "how many" or "number of", and any word for persons.
func QuestionFocus(question string) Focus {
	var f Focus
	ws := words(question)
	counted := countedAt(question, ws)
	for i, w := range ws {
		lw := w.lower()
		if m := measureAt(ws, i); m != "" && !contains(f.Measures, m) {
			f.Measures = append(f.Measures, m)
		}
		if (counted[i] || countsPersons(lw)) && measureOf(lw) == "" && !lifeVerbs[lw] && !text.IsStop(lw) && !contains(f.Categories, lw) {
			f.Categories = append(f.Categories, lw)
		}
	}
	return f
}

// countedAt marks the words of the phrase a question asks to count: "how
// many police officers", "the number of passengers".
func countedAt(question string, ws []word) map[int]bool {
	out := map[int]bool{}
	for i := 1; i+1 < len(ws); i++ {
		prev, w := ws[i-1].lower(), ws[i].lower()
		if prev == "how" && (w == "many" || w == "much") || prev == "number" && w == "of" {
			for j := i + 1; j < unitEnd(question, ws, i+1); j++ {
				out[j] = true
			}
		}
	}
	return out
}

// Matches reports whether a claim is about what the question asks: the
// same measure when the question names one, and the same kind of thing
// counted when it names one. A general word for persons in a question
// ("people") takes every kind of person.
func (f Focus) Matches(c Claim) bool {
	if len(f.Measures) > 0 && !contains(f.Measures, c.Measure) {
		return false
	}
	if len(f.Categories) == 0 {
		return true
	}
	for _, q := range f.Categories {
		for _, w := range c.Categories {
			if generalPerson(q) && countsPersons(w) || sameThing(q, w) {
				return true
			}
		}
	}
	return false
}

// Empty reports whether the question names no measure at all.
func (f Focus) Empty() bool { return len(f.Measures) == 0 }

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
