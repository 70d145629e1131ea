package extractive

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// Verification thresholds.
const (
	// DefaultMinVerified is the weighted share of the question's terms a sentence
	// with its context must contain to answer it.
	DefaultMinVerified = 0.35
	// nameMinPrefix is the shortest common beginning that makes two
	// spellings of a name one ("Norman"/"Normandy", "Frankish"/"Franks").
	nameMinPrefix = 5
)

// verify reports whether candidate c answers the question: it meets every
// hard constraint, covers enough of the question and holds an answer of
// the expected type in the part the question does not already say.
func verify(a Analysis, q retrieve.Query, c *candidate, docDate string, minCover float64) bool {
	return whyNot(a, q, c, docDate, minCover) == ""
}

// whyNot returns what c lacks to answer the question, or "".
func whyNot(a Analysis, q retrieve.Query, c *candidate, docDate string, minCover float64) string {
	for _, k := range a.Constraints {
		if !meets(k, c, docDate) {
			return "constraint " + k.Surface
		}
	}
	switch {
	case c.verified < minCover:
		return "coverage"
	case modifierSwapped(a, q, c):
		return "modifier"
	case directionSwapped(a, c):
		return "direction"
	case a.Deed != "" && onlyIntended(a.Deed, c.toks()):
		return "intended"
	case a.Deed != "" && !saysVerb(a.Deed, c):
		return "deed"
	case a.HasRoles && rolesSwapped(a.Roles, c.toks()):
		return "roles"
	case a.HasRoles && (len(a.Roles.object) > 0 || a.Type == TypePerson) && !saysVerb(a.Roles.verb, c):
		return "verb"
	case a.Stranded != "" && slotTaken(a, q, c):
		return "slot"
	case c.fit == 0:
		return "type"
	}
	return ""
}

// meets reports whether c satisfies one constraint: a name in the
// sentence or the one it continues (a weekday or month also by the
// article's date), a year there or anywhere in the
// passage of an undated article or as the article's date, a figure in
// the sentence's window.
func meets(k Constraint, c *candidate, docDate string) bool {
	switch k.Kind {
	case ConstraintYear:
		if strings.Contains(c.windowText, k.Surface) || strings.HasPrefix(docDate, k.Surface) {
			return true
		}
		// Elsewhere in the passage, the year may frame the sentence (a
		// dateline, a heading) — unless the article is dated another year,
		// when it more likely names another edition or an earlier event.
		return docDate == "" && strings.Contains(c.passage.Text, k.Surface)
	case ConstraintNumber:
		if isOrdinal(k.Surface) {
			return strings.Contains(strings.ToLower(c.windowText), strings.ToLower(k.Surface))
		}
		return hasNumber(c.windowText, k.Surface)
	}
	if len(k.Parts) == 1 && datedOn(docDate, k.Parts[0]) {
		return true // "on Monday" is the day a live report was written
	}
	for _, part := range k.Parts {
		if isRoman(part) && !c.window[strings.ToLower(part)] {
			return false // Richard II is not Richard I
		}
	}
	if c.window[k.Term] && !(len(k.Parts) > 1 && news.IsTitle(k.Surface)) || news.SpellsOut(k.Surface, c.windowText) {
		return true // the name, or the words an acronym stands for
	}
	for _, part := range k.Parts {
		if len(k.Parts) > 1 && (len(part) < 3 || news.IsTitle(part) || isRoman(part)) {
			continue // "King" or "III" does not make "King Charles III" of Henry III
		}
		for _, w := range c.windowWords() {
			if sameNameWord(strings.ToLower(part), w) {
				return true
			}
		}
	}
	return false
}

// sameNameWord reports whether two lower-case words can spell the same
// name: equal, one beginning the other, a long shared beginning, or one
// letter in five apart.
func sameNameWord(a, b string) bool {
	if a == b {
		return true
	}
	a, b = text.Fold(a), text.Fold(b) // "Herve" is "Hervé"
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	p := 0
	for p < len(ra) && p < len(rb) && ra[p] == rb[p] {
		p++
	}
	if p >= nameMinPrefix || p >= 4 && (p == len(ra) || p == len(rb)) {
		return true
	}
	n := max(len(ra), len(rb))
	return n >= 6 && float64(text.EditDistance(ra, rb)) <= 0.25*float64(n)
}

var reNumberToken = regexp.MustCompile(`\d[\d,.]*|[A-Za-z]+`)

// hasNumber reports whether text states the figure n, in digits or words.
func hasNumber(text, n string) bool {
	want := numericValue(n)
	for _, tok := range reNumberToken.FindAllString(text, -1) {
		if v := numericValue(strings.TrimRight(tok, ".,")); v != "" && v == want {
			return true
		}
	}
	return false
}

var spelled = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
	"fourteen": "14", "fifteen": "15", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
	"hundred": "100", "thousand": "1000", "million": "1000000",
}

func numericValue(tok string) string {
	if v, ok := spelled[strings.ToLower(tok)]; ok {
		return v
	}
	if tok != "" && unicode.IsDigit(rune(tok[0])) {
		return strings.ReplaceAll(tok, ",", "")
	}
	return ""
}

// slotTaken reports whether the sentence fills the slot a question with a
// stranded preposition asks about with the question's own words: asked
// "who did X swear fealty to?", the sentence says "swear fealty to X".
func slotTaken(a Analysis, q retrieve.Query, c *candidate) bool {
	f := strings.Fields(strings.TrimRight(a.Text, "? "))
	if len(f) < 2 {
		return false
	}
	before := retrieve.Terms(f[len(f)-2])
	if len(before) == 0 {
		return false
	}
	qterms := map[string]bool{}
	for _, t := range q.Terms {
		qterms[t.Term] = true
	}
	toks := c.toks()
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Term != before[0] || !strings.EqualFold(toks[i+1].Surface, a.Stranded) {
			continue
		}
		for _, t := range toks[i+2 : min(len(toks), i+5)] {
			if t.Stop {
				continue
			}
			return qterms[t.Term]
		}
	}
	return false
}

// modifierSwapped reports whether the sentence qualifies a word of the
// question with another word than the question's qualifier (a word that
// picks one of a kind, see qualifierWord) does: asked about "modern
// Europe", it speaks of "medieval Europe"; asked about "Christian spirit",
// of "martial spirit". Such a sentence answers another question.
func modifierSwapped(a Analysis, q retrieve.Query, c *candidate) bool {
	qtoks := a.tokens
	asked := map[string]bool{}
	for _, t := range qtoks {
		asked[t.Term] = true
	}
	stoks := c.toks()
	for i := 0; i+1 < len(qtoks); i++ {
		x, y := qtoks[i], qtoks[i+1]
		if x.Stop || y.Stop || !adjacentInText(q.Text, x.Surface, y.Surface) || !qualifierWord(x.Surface) {
			continue
		}
		for p, t := range stoks {
			if p == 0 || t.Term != y.Term {
				continue
			}
			z := stoks[p-1]
			if z.Stop || asked[z.Term] || !adjacentInText(c.text, z.Surface, t.Surface) || text.Relatedness(x.Surface, z.Surface) >= swapRelated {
				continue
			}
			if !nearBefore(stoks, p, x.Term) {
				return true
			}
		}
	}
	return false
}

// swapRelated is how closely the lexicon must relate two qualifiers for
// one to stand for the other ("normal day", "average day").
const swapRelated = 0.5

// nearBefore reports whether term stands within three words before p.
func nearBefore(toks []retrieve.Token, p int, term string) bool {
	for j := max(0, p-3); j < p; j++ {
		if toks[j].Term == term {
			return true
		}
	}
	return false
}

// qualifierWords pick one of several things of a kind: which edition,
// which time, which one.
var qualifierWords = map[string]bool{
	"first": true, "last": true, "new": true, "former": true, "current": true, "previous": true,
	"next": true, "original": true, "only": true, "modern": true, "ancient": true, "medieval": true,
	"early": true, "late": true, "final": true, "initial": true, "second": true, "third": true,
	"annual": true, "daily": true, "weekly": true, "monthly": true,
	"main": true, "largest": true, "biggest": true, "smallest": true, "men's": true, "women's": true,
}

// qualifierWord reports whether a question word qualifies the next one:
// a word that picks one of a kind, or a capitalised adjective (Christian,
// Frankish, European).
func qualifierWord(w string) bool {
	lw := strings.ToLower(w)
	if qualifierWords[lw] {
		return true
	}
	if strings.HasSuffix(lw, "est") && text.Lemma(lw) != lw {
		return true // a superlative picks one: "the oldest work", "the earliest record"
	}
	if !capital(w) {
		return false
	}
	for _, e := range []string{"ish", "ian", "ean", "ese", "ic", "an"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isRoman reports whether a name part is a regnal number: II, III, IV.
func isRoman(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// saysVerb reports whether the window has the question's verb, a form of
// it or a word the lexicon relates to it: asked "who won X?", a sentence
// that names X and a person but no win does not say who won.
func saysVerb(verb string, c *candidate) bool {
	for _, t := range retrieve.Tokenize(c.windowText) {
		w := strings.ToLower(t.Surface)
		if w == verb || text.Lemma(w) == text.Lemma(verb) || text.Relatedness(w, verb) >= text.NearWeight {
			return true
		}
	}
	return false
}

// datedOn reports whether an article dated docDate ("2006-01-02…") was
// written on the weekday or in the month that word names.
func datedOn(docDate, word string) bool {
	if len(docDate) < 10 {
		return false
	}
	d, err := time.Parse("2006-01-02", docDate[:10])
	if err != nil {
		return false
	}
	w := strings.ToLower(word)
	return w == strings.ToLower(d.Weekday().String()) || w == strings.ToLower(d.Month().String())
}

// opposite pairs prepositions that point the other way.
var opposite = map[string]string{
	"to": "from", "from": "to", "before": "after", "after": "before",
	"above": "below", "below": "above", "inside": "outside", "outside": "inside",
}

// directionSwapped reports whether the sentence puts a word of the
// question after the opposite preposition, and never after the
// question's: asked who fled from southern Italy, it says who fled to
// southern Italy.
func directionSwapped(a Analysis, c *candidate) bool {
	qt := a.tokens
	stoks := c.toks()
	for i, t := range qt {
		want := strings.ToLower(t.Surface)
		other, ok := opposite[want]
		if !ok {
			continue
		}
		var x string // the first content word after the preposition
		for _, u := range qt[i+1 : min(len(qt), i+4)] {
			if !u.Stop {
				x = u.Term
				break
			}
		}
		if x == "" {
			continue
		}
		same, swapped := false, false
		for p, u := range stoks {
			if u.Term != x {
				continue
			}
			for j := max(0, p-3); j < p; j++ {
				switch strings.ToLower(stoks[j].Surface) {
				case want:
					same = true
				case other:
					swapped = true
				}
			}
		}
		if swapped && !same {
			return true
		}
	}
	return false
}
