package news

import "strings"

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
// is counted: not a function word, a measure, a weekday or another amount.
func continuesUnit(w string) bool {
	_, vague := vagueWords[w]
	return !notUnit[w] && measureOf(w) == "" && !isWeekday(w) && !isDigitWord(w) && unitWords[w] == 0 && !vague
}

func verbLike(w string) bool { return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") }

func isDigitWord(w string) bool {
	_, ok := parseDigits(w)
	return ok
}

// categories name the kinds of things news reports count, so that "12
// police officers" and "eight police and national guard troops" are seen
// to count (partly) the same people while "1,000 people" counts others.
var categories = map[string]string{
	"police": "police", "policeman": "police", "policemen": "police", "policewoman": "police",
	"officer": "police", "officers": "police", "cops": "police", "enforcement": "police",
	"troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
	"servicemen": "troops", "guard": "troops", "guardsmen": "troops", "peacekeepers": "troops",
	"protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
	"rioters": "protesters", "attackers": "protesters", "assailants": "protesters",
	"militants": "protesters", "extremists": "protesters", "terrorists": "protesters",
	"people": "people", "persons": "people", "civilians": "people", "residents": "people",
	"individuals": "people", "children": "people", "victims": "people",
	"journalists": "journalists", "reporters": "journalists",
	"airliners": "aircraft", "planes": "aircraft", "aircraft": "aircraft", "jets": "aircraft",
	"flights":   "flights",
	"buildings": "buildings", "offices": "buildings",
	"vehicles": "vehicles", "cars": "vehicles", "carriers": "vehicles",
	"countries": "countries", "states": "countries", "nations": "countries", "republics": "countries",
}

// Categories returns the kinds of things a unit phrase counts: "police and
// national guard troops" → police, troops. A phrase with no known word
// gives its last word, singular: "5 tanks" → tank.
func Categories(unit string) []string {
	var out []string
	seen := map[string]bool{}
	ws := words(unit)
	for _, w := range ws {
		if c, ok := categories[w.lower()]; ok && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	if len(out) == 0 && len(ws) > 0 {
		out = append(out, strings.TrimSuffix(ws[len(ws)-1].lower(), "s"))
	}
	return out
}

// overlaps reports whether two category lists share a kind.
func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
