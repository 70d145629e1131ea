package news

import (
	"strings"
	"unicode"
)

// acronymGlue are the small words an organisation's name may hold that
// its acronym skips: "Bank of England", "Food and Drug Administration".
var acronymGlue = setOf("of", "and", "for", "the", "&")

// SpellsOut reports whether text writes out acronym in full: a run of
// capitalised words whose initials spell it, as news writes an
// organisation's name before its acronym ("Marrowick City Transit
// (MCT)", "Food and Drug Administration" for "FDA"). An acronym is two to
// six capital letters; anything else never matches.
func SpellsOut(acronym, text string) bool {
	if !isAcronym(acronym) {
		return false
	}
	acronym = bareAcronym(acronym)
	if len(acronym) > 6 || strings.IndexFunc(acronym, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	var initials []rune // of the current run of capitalised words
	for _, f := range strings.Fields(text) {
		w := strings.Trim(f, `"'“”‘’()[],.;:`)
		r := []rune(w)
		switch {
		case len(r) > 0 && unicode.IsUpper(r[0]):
			initials = append(initials, r[0])
			if strings.Contains(string(initials), acronym) {
				return true
			}
		case len(initials) > 0 && acronymGlue[strings.ToLower(w)]:
		default:
			initials = initials[:0]
		}
		if w != f && strings.ContainsAny(f[len(f)-1:], ",.;:)") {
			initials = initials[:0] // a run ends at punctuation
		}
	}
	return false
}
