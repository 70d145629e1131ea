package news

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// maxNameDistance is the normalized edit distance under which two
// spellings of a name part are taken for the same name: one letter in
// eight ("Saltanat"/"Saltanet") passes, "Li"/"Lu" does not.
const maxNameDistance = 0.2

// honorifics are dropped before names are compared.
var honorifics = setOf("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame")

// nameParts returns the lower-case parts of a person's name without
// honorifics or titles: "Mr Kassym-Jomart Tokayev" → kassym-jomart, tokayev.
func nameParts(name string) []string {
	var out []string
	for _, w := range words(name) {
		lw := strings.Trim(w.lower(), ".")
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s") // "Bernal's" is Bernal
		if honorifics[lw] || titleWords[lw] || text.IsPlaceAdjective(lw) {
			continue
		}
		out = append(out, lw)
	}
	return out
}

// SameName reports whether two written names can be the same person: the
// surnames match up to a letter or so, and so do the first names when both
// give one. "Saltanat Azirbek" and "Saltanet Azirbek" match; so do
// "Tokayev" and "President Kassym-Jomart Tokayev".
func SameName(a, b string) bool {
	pa, pb := nameParts(a), nameParts(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	if !similar(pa[len(pa)-1], pb[len(pb)-1]) {
		return false
	}
	if len(pa) > 1 && len(pb) > 1 {
		return similar(pa[0], pb[0])
	}
	return true
}

// similar reports whether two name parts differ by at most
// maxNameDistance of their length.
func similar(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	return float64(text.EditDistance(ra, rb))/float64(n) <= maxNameDistance
}

// Names returns the personal names in a sentence: runs of two or more
// capitalised words ("Saltanat Azirbek", "Kassym-Jomart Tokayev") after
// any title, that are not places or organisations the sentence names with
// a title word. The first word of the sentence counts only within a run.
func Names(sentence string) []string {
	ws := words(sentence)
	var out []string
	for i := 0; i < len(ws); {
		if !ws[i].capitalized() {
			i++
			continue
		}
		j := i
		for j < len(ws) && ws[j].capitalized() && (j == i || !gapBreaks(sentence[ws[j-1].end:ws[j].start])) {
			j++
		}
		if name := personName(ws[i:j]); name != "" {
			out = append(out, name)
		}
		i = j + 1
	}
	return out
}

// personName returns the name in a run of capitalised words once what
// precedes a name is dropped, or "" when it is no name of a person: fewer
// than two words left, or a word that marks an organisation or place.
// Titles come before the name, so the name starts after the last title
// ("Kazakh President Kassym-Jomart Tokayev"); an adjective of a place
// ("Russian", "Nigerian") or a date word before it is dropped too.
func personName(run []word) string {
	if len(run) > 0 && (leadWords[run[0].lower()] || notUnit[run[0].lower()] || clauseWords[run[0].lower()]) {
		run = run[1:] // "Meanwhile Kazakhstan", "The CSTO": a sentence's first word
	}
	for k := len(run) - 2; k >= 0; k-- { // a title last is a surname: "Martin Luther King"
		if isTitle(run[k].lower()) {
			run = run[k+1:]
			break
		}
	}
	for len(run) > 0 && (months[run[0].lower()] != 0 || isWeekday(run[0].lower()) || text.IsPlaceAdjective(run[0].lower())) {
		run = run[1:]
	}
	if len(run) < 2 || len(run) > 4 {
		return ""
	}
	for _, w := range run {
		if notPersonWords[w.lower()] || isAcronym(w.text) {
			return ""
		}
	}
	if institution(run[len(run)-1].lower()) {
		return "" // "Harlow Vale Hospital", "Fécamp Abbey", "Grand Hotel"
	}
	return strings.Join(wordTexts(run), " ")
}

// isTitle reports whether a lower-case word is a title or honorific.
func isTitle(w string) bool { return titleWords[w] || honorifics[strings.Trim(w, ".")] }

// IsTitle reports whether a word is a title or honorific that may stand
// before a name ("King", "Dr", "Minister") rather than be part of it.
func IsTitle(w string) bool { return isTitle(strings.ToLower(w)) }

// isAcronym reports whether a word is written in capitals: "CSTO's", "TASS".
func isAcronym(w string) bool {
	w = bareAcronym(w)
	return len(w) > 1 && strings.ToUpper(w) == w
}

// bareAcronym is w without a possessive: "CSTO's" is "CSTO".
func bareAcronym(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.ReplaceAll(w, "’", "'"), "'s"), "'S")
}

// leadWords are adverbs and prepositions that open a sentence, capitalised,
// before a name or place (other prepositions are in notUnit).
var leadWords = setOf("meanwhile", "earlier", "later", "despite", "although", "however", "moreover",
	"furthermore", "nevertheless", "instead", "last", "long", "separately", "elsewhere", "overnight")

func wordTexts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// titleWords come before a name and are not part of it: offices and
// ranks, and the words that qualify them ("former", "deputy", "foreign").
// Adjectives of places ("Russian") are known from the lexicon.
var titleWords = setOf(
	"president", "prime", "minister", "ministry", "foreign", "deputy", "chairman", "chairwoman",
	"spokesman", "spokeswoman", "spokesperson", "secretary", "general", "mayor", "governor",
	"senator", "chancellor", "king", "queen", "prince", "princess", "pope", "police", "city", "state",
	"chief", "commander", "colonel", "captain", "sergeant", "lieutenant", "major", "officer",
	"ambassador", "head", "leader", "interior", "defence", "defense", "health", "justice",
	"finance", "former", "acting", "vice", "judge", "bishop", "archbishop", "cardinal",
	"representative", "rep", "sen", "gov", "gen", "col", "lt", "sgt", "capt", "director",
	"executive", "ceo", "chair", "professor", "emperor", "empress", "duke", "duchess", "lord", "lady",
)

// notPersonWords mark a capitalised run as an organisation, place or event.
var notPersonWords = setOf(
	"organisation", "organization", "treaty", "union", "bank", "news", "agency", "ministry",
	"forces", "force", "security", "city", "republic", "province", "square", "street",
	"airport", "palace", "government", "council", "party", "east", "west", "north", "south",
	"central", "asia", "airlines", "airways", "world", "cup", "year", "day", "state",
	"assembly", "parliament", "court", "army", "guard", "tv", "television", "channel",
)

// institutionDepth is how many hypernym levels below "structure" or
// "organization" the last word of a name may lie to make it a building or
// a body, not a person: hospital, abbey, hotel, company.
const institutionDepth = 6

// institution reports whether a lower-case word, as the last of a run of
// capitalised words, names a building or an organisation.
func institution(w string) bool {
	return text.IsKind(w, "structure", institutionDepth) || text.IsKind(w, "organization", institutionDepth)
}
