package news

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// maxUnitWords is the longest "what is counted" phrase read after a figure.
const maxUnitWords = 6

// notUnit are words that end the phrase naming what a figure counts:
// determiners, pronouns, prepositions, auxiliaries and common verbs.
var notUnit = setOf(
	"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
	"who", "whom", "which", "what", "where", "when", "while", "whose",
	"in", "on", "at", "by", "for", "from", "to", "with", "without", "during", "after", "before",
	"as", "than", "but", "or", "nor", "since", "into", "across", "over", "under", "of", "off",
	"near", "around", "about", "against", "amid", "among", "between", "per", "including",
	"is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would",
	"can", "could", "may", "might", "must", "shall", "should", "do", "does", "did",
	"said", "say", "says", "told", "took", "came", "went", "saw", "began", "fled", "gave",
	"made", "left", "fought", "held", "ran", "rose", "fell", "got", "put", "set", "met",
	"became", "remained", "reported", "according", "also", "still", "now", "then",
	"ago", "later", "earlier", "each", "more", "most", "less", "so", "too", "very",
	"this", "last", "next", "yesterday", "today", "tonight", "overnight",
)

// unitEnd returns the index of the first word after the phrase, starting
// at word i, that names what a figure counts ("police and national guard
// troops", "anti-Government protesters"). A word that is a measure
// ("killed") or a weekday ends it too.
func unitEnd(s string, ws []word, i int) int {
	j := i
	for j < len(ws) && j-i < maxUnitWords {
		if j > i && gapBreaks(s[ws[j-1].end:ws[j].start]) || j == i && i > 0 && gapBreaks(s[ws[i-1].end:ws[i].start]) {
			break
		}
		w := ws[j].lower()
		if w == "and" && j > i && j+1 < len(ws) && continuesUnit(ws[j+1].lower()) {
			j++
			continue
		}
		if !continuesUnit(w) || verbLike(w) && (j > i || j+1 >= len(ws) || !continuesUnit(ws[j+1].lower())) {
			break // "protesters trying", "19 million watched"; "armored personnel carriers" goes on
		}
		j++
	}
	for j > i && ws[j-1].lower() == "and" {
		j--
	}
	return j
}

// continuesUnit reports whether w can be part of the phrase naming what
// is counted: not a function word, a measure (or a verb of "lost their
// lives"), a weekday or another amount.
func continuesUnit(w string) bool {
	_, vague := vagueWords[w]
	return !notUnit[w] && !lifeVerbs[w] && measureOf(w) == "" && !isWeekday(w) && !isDigitWord(w) && unitWords[w] == 0 && !vague
}

func verbLike(w string) bool { return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") }

func isDigitWord(w string) bool {
	_, ok := parseDigits(w)
	return ok
}

// Categories returns the words of a unit phrase that say what it counts,
// lower case and in order, without function words: "police and national
// guard troops" → police, national, guard, troops. What two phrases count
// is compared through the lexicon (see countSame), not through a list.
func Categories(unit string) []string {
	var out []string
	for _, w := range words(unit) {
		lw := strings.Trim(w.lower(), "'")
		if lw == "" || lw == "and" || lw == "or" || text.IsStop(lw) || notUnit[lw] || isDigitWord(lw) || contains(out, lw) {
			continue
		}
		out = append(out, lw)
	}
	return out
}

// heads returns the head word of each conjunct of a unit phrase, the word
// that names what is counted: "police and national guard troops" →
// police, troops; "anti-government protesters" → protesters.
func heads(unit string) []string {
	var out []string
	last := ""
	for _, w := range words(unit) {
		lw := strings.Trim(w.lower(), "'")
		switch {
		case lw == "and" || lw == "or":
			if last != "" {
				out = append(out, last)
			}
			last = ""
		case !text.IsStop(lw) && !notUnit[lw] && !isDigitWord(lw):
			last = lw
		}
	}
	if last != "" {
		out = append(out, last)
	}
	return out
}

// countSame reports whether two claims, with their heads (see
// claimHeads), count (partly) the same things: a head of one names, by
// the lexicon, the same thing as a word of the other. "Five airliners" and
// "three planes" count the same things; "40 passengers" and "12 crew" do
// not.
func countSame(a, b Claim, ha, hb []string) bool {
	return headsMatch(ha, b.Categories) || headsMatch(hb, a.Categories)
}

// claimHeads are the heads of a claim's unit, or its categories when the
// sentence gives no unit.
func claimHeads(c Claim) []string {
	if hs := heads(c.Unit); len(hs) > 0 {
		return hs
	}
	return c.Categories
}

func headsMatch(hs, ws []string) bool {
	for _, h := range hs {
		for _, w := range ws {
			if sameThing(h, w) {
				return true
			}
		}
	}
	return false
}

// sameThing reports whether two words name (partly) the same things: the
// same lemma, synonyms, derived forms or one hypernym level apart
// (airliner / plane), a kind of the other within kindDepth levels
// (airliner / aircraft), or a member of a body named by a derived form
// (soldier / soldiery, the troops). General words for persons (people,
// persons) name the same things only as each other: "1,000 people" are
// not counted apart from "350 police officers" by the same reports.
func sameThing(a, b string) bool {
	if a == b {
		return true
	}
	if b < a {
		a, b = b, a
	}
	return same.get(a+"\x00"+b, func(string) bool { return relatedThings(a, b) })
}

func relatedThings(a, b string) bool {
	if ga, gb := generalPerson(a), generalPerson(b); ga || gb {
		return ga && gb || text.Relatedness(a, b) >= text.SynonymWeight
	}
	if text.Relatedness(a, b) >= text.NearWeight || text.IsKind(a, b, kindDepth) || text.IsKind(b, a, kindDepth) {
		return true
	}
	return viaDerived(a, b) || viaDerived(b, a)
}

// viaDerived reports whether a form derived from a is a synonym of b or
// one hypernym level from it: soldier → soldiery, a synonym of troops.
func viaDerived(a, b string) bool {
	for _, l := range text.Related(a) {
		if l.Rel == text.Derived && text.Relatedness(l.Word, b) >= text.NearWeight {
			return true
		}
	}
	return false
}

// kindDepth is how many hypernym levels apart a kind may be from a more
// general word and still be counted by it: an airliner is an airplane, a
// heavier-than-air craft, an aircraft.
const kindDepth = 3

var same, general, persons memo[bool]

// generalPerson reports whether w names persons in general: "people",
// "persons", "individuals".
func generalPerson(w string) bool {
	return general.get(w, func(w string) bool { return text.IsKind(w, "person", 0) || text.IsKind(w, "people", 0) })
}

// countsPersons reports whether w names persons or a body of them: any
// kind of person ("passengers", "officers"), of people, or of personnel
// ("police", "troops").
func countsPersons(w string) bool {
	return persons.get(w, func(w string) bool {
		return text.IsKind(w, "person", 10) || text.IsKind(w, "people", 0) || text.IsKind(w, "personnel", 2)
	})
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
