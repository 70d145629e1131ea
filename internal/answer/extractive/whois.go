package extractive

import (
	"regexp"
	"strings"

	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// reWhoIs matches "Who is/was the X…?" and captures X.
var reWhoIs = regexp.MustCompile(`(?i)^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?(.+?)\s*\??\s*$`)

// nameReach is how many words may stand between a role ("spokeswoman",
// "chairman") and the name it introduces.
const nameReach = 5

// unnamedRole reports whether q asks who holds a role and the candidates
// worth quoting name no one (two capitalised words in a row) near it,
// or name no one at all: the articles mention the mayor's office, not
// the mayor. Where none mentions the role but one names someone ("after
// defeating Croatia" for the runner-up), the other checks decide.
func unnamedRole(q string, cands []*candidate) bool {
	m := reWhoIs.FindStringSubmatch(q)
	if m == nil || capitalised(m[1]) { // "Who is Nikol Pashinyan?" asks about a name
		return false
	}
	var role []retrieve.Token
	for _, t := range retrieve.Tokenize(m[1]) {
		if !t.Stop {
			role = append(role, t)
		}
	}
	if len(role) == 0 {
		return false
	}
	heads := roleWords(role[0])
	asked := map[string]bool{}
	for _, t := range retrieve.Tokenize(q) {
		asked[t.Term] = true
	}
	best := cands[0].score
	mentioned, named := false, false // some sentence names the role; some names anyone
	for _, c := range cands {
		if c.score < followRatio*best {
			break
		}
		for i, h := range heads {
			if namedNear(c.text, h, i == 0) {
				return false
			}
			mentioned = mentioned || c.terms[h]
		}
		named = named || namesSomeone(c, asked)
	}
	return mentioned || !named
}

// namesSomeone reports whether the sentence has a capitalised word, not
// its first, that the question does not use: someone, or something, it
// names.
func namesSomeone(c *candidate, asked map[string]bool) bool {
	for i, t := range c.toks() {
		if i > 0 && !t.Stop && capital(t.Surface) && !asked[t.Term] && !isTimeWord(t.Surface) {
			return true
		}
	}
	return false
}

// roleWords returns the stem of a role word and of the words the lexicon
// takes for it at least as surely as a derived form: "boss" is also
// "chief".
func roleWords(role retrieve.Token) []string {
	out := []string{role.Term}
	for _, l := range lexLinks(strings.ToLower(role.Surface)) {
		if l.credit >= lexiconCredit*text.DerivedWeight {
			out = append(out, l.stem)
		}
	}
	return out
}

// namedNear reports whether a word with stem term stands within nameReach
// words of two capitalised words in a row (a name such as "Saltanat
// Azirbek" or "Prime Minister Askar Mamin") that are not the term itself,
// or of one that reads as a name (see below).
func namedNear(sentence, term string, single bool) bool {
	words := strings.Fields(sentence)
	var at, names []int
	isTerm := make([]bool, len(words))
	for i, w := range words {
		for _, t := range retrieve.Tokenize(w) {
			if t.Term == term || retrieve.Term(text.Lemma(strings.ToLower(t.Surface))) == term { // "led" is "lead"
				at = append(at, i)
				isTerm[i] = true
			}
		}
		// A capitalised pair that holds the role word is the role's own
		// name ("Interior Ministry"), not a person's.
		if i > 0 && capitalised(words[i-1]) && capitalised(w) && !isTerm[i-1] && !isTerm[i] {
			names = append(names, i)
		}
		// One capitalised word is a name where the sentence says so ("a
		// Norman named Oursel") or, beside the role's own word (single),
		// where nothing reads it as a place, a body or a time and no
		// capital before it makes it part of a longer name ("the Interior
		// Ministry"): "his son Duncan as a hostage".
		if i > 0 && capitalised(w) && !isTerm[i] && (strings.EqualFold(words[i-1], "named") || strings.EqualFold(words[i-1], "called") || single && !capitalised(words[i-1]) && personWord(w)) {
			names = append(names, i)
		}
	}
	for _, a := range at {
		for _, n := range names {
			if n-a <= nameReach && a-n <= nameReach {
				return true
			}
		}
	}
	return false
}

// capitalised reports whether a word as written, opening quotes and
// brackets aside, starts with a capital.
func capitalised(w string) bool { return capital(strings.TrimLeft(w, `"'“‘(`)) }

// personWord reports whether a capitalised word may be a person's name on
// its own: no place, body or time, and not a word that ends a sentence's
// first phrase.
func personWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, `.,;:"'“”‘’()`))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if w == "" || text.IsStop(w) || isTimeWord(w) || text.IsPlaceAdjective(w) {
		return false
	}
	return !text.IsKind(w, "location", 6) && !text.IsKind(w, "organization", 6) && !text.IsKind(w, "structure", 6)
}
