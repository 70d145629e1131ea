package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// News convention: words that name a time, a cause, or a person by role,
// looked up lower case (word sets compile at start in microseconds, where
// the same alternations as case-blind regexps take milliseconds).
var (
	// pointWords place an event on the calendar or the clock; spanWords
	// only relate it to another time ("last year", "weeks later").
	pointWords = wordSet("monday tuesday wednesday thursday friday saturday sunday " +
		"january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec " +
		"yesterday today tonight tomorrow overnight morning afternoon evening night midnight noon dawn a.m p.m am pm")
	spanWords = wordSet("week weeks weekend month months year years decade decades century centuries since until ago " +
		"hour hours day days minute minutes earlier later spring summer autumn winter")
	// reTimeFigure is a time written with digits: "1990s", "10th", "5:45".
	reTimeFigure = regexp.MustCompile(`^(?:\d{3,4}s?|\d+(?:st|nd|rd|th|ST|ND|RD|TH)|\d{1,2}[:.]\d\d)$`)
	causeWords   = wordSet("because due sparked triggered caused causing prompted amid over reason response led blamed result owing thanks outrage anger angry")
	weakCauses   = wordSet("after following since so protest protests against to")
	roleNouns    = wordSet("minister president chief head director spokesman spokeswoman spokesperson official officials " +
		"mayor governor leader chairman chairwoman executive officer secretary general commander king queen prince duke " +
		"emperor pope bishop judge prosecutor police agency ministry government company group firm team authorities " +
		"researcher researchers analyst analysts expert experts doctor doctors staff employee employees member members " +
		"residents witnesses protesters troops soldiers forces army people")
)

func wordSet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// isTimeWord reports whether a word names a time.
func isTimeWord(w string) bool { return isTimePoint(w) || spanWords[strings.ToLower(w)] }

// isTimePoint reports whether a word places something in time: a day, a
// month, a part of the day, a year or a clock time.
func isTimePoint(w string) bool { return pointWords[strings.ToLower(w)] || reTimeFigure.MatchString(w) }

func isCauseWord(w string) bool { return causeWords[strings.ToLower(w)] }

func isWeakCause(w string) bool { return weakCauses[strings.ToLower(w)] }

func isRoleWord(w string) bool { return roleNouns[strings.ToLower(w)] }

// Strengths of the evidence that a sentence holds an answer of the type
// asked for.
const (
	strongType = 1.0 // a name for "who", a figure for "how many", "because" for "why"
	weakType   = 0.5 // a role ("the minister"), a vague amount ("dozens"), "after"
)

// typedAnswer says how surely the sentence holds something of the type
// the question asks for, outside the words the question already uses:
// strongType, weakType or 0. Questions that ask for no particular type
// get strongType.
func typedAnswer(a Analysis, q retrieve.Query, sentence string) float64 {
	return typedTokens(a, q, sentence, retrieve.Tokenize(sentence))
}

// typedTokens is typedAnswer on a sentence already tokenized.
func typedTokens(a Analysis, q retrieve.Query, sentence string, toks []retrieve.Token) float64 {
	s := typedBase(a, q, sentence, toks)
	if s < strongType || a.Type != TypeEntity && a.Type != TypePlace && a.Type != TypePerson {
		return s
	}
	// A name is a sure answer only where the question wants it: after the
	// preposition it ends with ("sent to?" → "to Kestrel Point"), and not
	// where the sentence names the thing asked for only as "a gang".
	if a.Stranded != "" && !namedAfter(toks, a.Stranded, q) || a.Type == TypeEntity && unnamedFocus(a, q, toks) {
		return weakType
	}
	return s
}

// typedBase is typedTokens before it weighs where a name stands.
func typedBase(a Analysis, q retrieve.Query, sentence string, toks []retrieve.Token) float64 {
	asked := map[string]bool{}
	for _, t := range q.Terms {
		asked[t.Term] = true
	}
	fresh := make([]retrieve.Token, 0, len(toks))
	for i, t := range toks {
		if asked[t.Term] && !t.Stop || a.Type == TypeQuantity && dayOfDate(toks, i) {
			continue // the question's own words; a date's day is no amount ("March 4")
		}
		if i == 0 && !(len(toks) > 1 && capital(toks[1].Surface)) {
			t.Surface = strings.ToLower(t.Surface) // a capital that only starts the sentence
		}
		fresh = append(fresh, t)
	}
	name := func(t retrieve.Token) bool {
		return capital(t.Surface) && !t.Stop && !isTimeWord(t.Surface)
	}
	if len(a.NameOf) > 0 {
		return strength(namedBeside(toks, a.NameOf), false)
	}
	switch a.Type {
	case TypePerson:
		// A person's name is the surest answer; another capital or a role
		// ("the minister") may still be one.
		return strength(personNamed(sentence, a) || namedDoer(a, toks), anyToken(fresh, name) || anyToken(fresh, func(t retrieve.Token) bool { return isRoleWord(t.Surface) }))
	case TypePlace, TypeEntity:
		// "which country": "Denmark" is one, even as the sentence's first
		// word, since the lexicon knows it as a name.
		if class := focusWord(a); class != "" && anyToken(toks, func(t retrieve.Token) bool { return !asked[t.Term] && isKindOf(t.Surface, class) }) {
			return strongType
		}
		named := anyToken(fresh, func(t retrieve.Token) bool { return name(t) || isDigits(t.Surface) })
		if focusWord(a) != "" && named && !namedBeside(toks, a.Focus) {
			return weakType // a name, but neither the lexicon nor the sentence says it is of the kind asked
		}
		return strength(named, a.Type == TypeEntity && hasFocus(a, toks))
	case TypeTime:
		when := anyToken(fresh, func(t retrieve.Token) bool { return isTimeWord(t.Surface) }) || hasTimeNumber(sentence, a)
		if sure := timeGrain(a); sure != nil {
			// "what year", "at what time": a year, a clock time answers
			// surely, another time only weakly.
			return strength(sure.MatchString(sentence), when)
		}
		if a.Duration {
			// "how long": a stretch of time ("14 months", "for nine days")
			// answers surely, a point in time only weakly.
			return strength(reDuration.MatchString(sentence), when)
		}
		// "when": a day, a date or a clock time answers surely; "later"
		// or "last year" only weakly.
		point := nearAsked(q, toks, func(t retrieve.Token) bool { return isTimePoint(t.Surface) }) || hasTimeNumber(sentence, a)
		return strength(point, when)
	case TypeQuantity:
		return strength(anyToken(fresh, func(t retrieve.Token) bool {
			return unicode.IsDigit(rune(t.Surface[0])) && !isYear(t.Surface) || numericValue(t.Surface) != ""
		}), anyToken(fresh, func(t retrieve.Token) bool { return vagueAmount(t.Surface) }))
	case TypeCause:
		return strength(anyToken(fresh, func(t retrieve.Token) bool { return isCauseWord(t.Surface) }),
			anyToken(fresh, func(t retrieve.Token) bool { return isWeakCause(t.Surface) }))
	}
	return strongType
}

func strength(strong, weak bool) float64 {
	switch {
	case strong:
		return strongType
	case weak:
		return weakType
	}
	return 0
}

func anyToken(ts []retrieve.Token, ok func(retrieve.Token) bool) bool {
	for _, t := range ts {
		if t.Surface != "" && ok(t) {
			return true
		}
	}
	return false
}

func vagueAmount(w string) bool {
	switch strings.ToLower(w) {
	case "dozens", "hundreds", "thousands", "millions", "billions", "several", "dozen", "scores", "tens", "few", "many", "half", "most", "all", "none", "no", "unspecified", "undisclosed", "unknown", "number", "numbers":
		return true
	}
	return false
}
