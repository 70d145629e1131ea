package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
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

// namedAfter reports whether a capitalised word the question does not use
// follows the preposition prep (after at most one article).
func namedAfter(toks []retrieve.Token, prep string, q retrieve.Query) bool {
	asked := map[string]bool{}
	for _, t := range q.Terms {
		asked[t.Term] = true
	}
	for i, t := range toks {
		if !strings.EqualFold(t.Surface, prep) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if capital(toks[j].Surface) && !toks[j].Stop && !asked[toks[j].Term] {
				return true
			}
			if !toks[j].Stop {
				break
			}
		}
	}
	return false
}

// unnamedFocus reports whether the sentence mentions what a "which X"
// question asks for (X or a word the lexicon relates to it) only with an
// indefinite article and no name beside it: "a ransomware gang claimed
// responsibility" says there is one, not which.
func unnamedFocus(a Analysis, q retrieve.Query, toks []retrieve.Token) bool {
	if len(a.Focus) == 0 {
		return false
	}
	head := a.Focus[len(a.Focus)-1]
	var focus *retrieve.QueryTerm
	for i := range q.Terms {
		if q.Terms[i].Term == head {
			focus = &q.Terms[i]
		}
	}
	if focus == nil {
		return false
	}
	for i, t := range toks {
		if t.Stop || match(map[string]bool{t.Term: true}, *focus) == 0 {
			continue
		}
		indefinite := false
		for j := max(0, i-2); j < i; j++ {
			w := strings.ToLower(toks[j].Surface)
			indefinite = indefinite || w == "a" || w == "an"
		}
		if !indefinite {
			continue
		}
		for j := max(1, i-nameReachOf); j <= min(len(toks)-1, i+nameReachOf); j++ {
			if capital(toks[j].Surface) && !toks[j].Stop {
				return false
			}
		}
		return true
	}
	return false
}

// typedBase is typedTokens before it weighs where a name stands.
func typedBase(a Analysis, q retrieve.Query, sentence string, toks []retrieve.Token) float64 {
	asked := map[string]bool{}
	for _, t := range q.Terms {
		asked[t.Term] = true
	}
	fresh := make([]retrieve.Token, 0, len(toks))
	for i, t := range toks {
		if asked[t.Term] && !t.Stop {
			continue
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
		if class := focusWord(a); class != "" && anyToken(fresh, func(t retrieve.Token) bool { return isKindOf(t.Surface, class) }) {
			return strongType // "which country": "Denmark" is one
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

// hasFocus reports whether the sentence has the noun a "which X" question
// asks for: "the contractor", "a security firm".
func hasFocus(a Analysis, toks []retrieve.Token) bool {
	if len(a.Focus) == 0 {
		return false
	}
	head := a.Focus[len(a.Focus)-1]
	for _, t := range toks {
		if t.Term == head {
			return true
		}
	}
	return false
}

// hasTimeNumber reports whether the sentence has a clock time or a date
// in digits that the question does not give.
var reClock = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`)

func hasTimeNumber(sentence string, a Analysis) bool {
	for _, m := range reClock.FindAllString(sentence, -1) {
		if !strings.Contains(a.Text, m) {
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

// nameReachOf is how many words from what a "name of X" question names
// the name may stand: "the employee, Ana Lind," or "Ana Lind, an employee".
const nameReachOf = 3

// namedBeside reports whether a capitalised word that is not one of the
// named thing's own words stands within nameReachOf words of its head.
func namedBeside(toks []retrieve.Token, nameOf []string) bool {
	head := nameOf[len(nameOf)-1]
	own := map[string]bool{}
	for _, t := range nameOf {
		own[t] = true
	}
	for i, t := range toks {
		if t.Term != head {
			continue
		}
		for j := max(0, i-nameReachOf); j <= min(len(toks)-1, i+nameReachOf); j++ {
			if j != i && j > 0 && capital(toks[j].Surface) && !toks[j].Stop && !own[toks[j].Term] {
				return true
			}
		}
	}
	return false
}

// personNamed reports whether the sentence names a person (news.Names: a
// run of capitalised words that no title or organisation word marks as
// something else) whom the question does not name.
func personNamed(sentence string, a Analysis) bool {
	for _, n := range news.Names(sentence) {
		if !strings.Contains(strings.ToLower(a.Text), strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// reDuration is a stretch of time: a figure and a unit of time.
var reDuration = regexp.MustCompile(`(?i)\b(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|several|a few|many)[\s-]+(?:more\s+)?(?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?\b`)

// Times of a grain a question names: "what year", "what century", "at
// what time".
var (
	reYearGrain    = regexp.MustCompile(`\b(?:1[0-9]|20|21)\d\d\b`)
	reCenturyGrain = regexp.MustCompile(`(?i)\b\d+(?:st|nd|rd|th)\s+centur`)
	reClockGrain   = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b(?:noon|midnight)\b`)
)

// timeGrain returns what answers a question that names the grain of time
// it wants, or nil.
func timeGrain(a Analysis) *regexp.Regexp {
	if len(a.Focus) == 0 {
		return nil
	}
	switch a.Focus[len(a.Focus)-1] {
	case "year":
		return reYearGrain
	case "centuri", "century":
		return reCenturyGrain
	case "time", "hour":
		return reClockGrain
	}
	return nil
}

// kindDepth is how many hypernym levels below the kind a "which X"
// question asks for a word of the sentence may lie to be one.
const kindDepth = 4

// focusWord returns the noun a "which X" or "what X" question asks for,
// as the question writes it, or "".
func focusWord(a Analysis) string {
	if len(a.Focus) == 0 {
		return ""
	}
	head := a.Focus[len(a.Focus)-1]
	for _, t := range a.tokens {
		if t.Term == head {
			return strings.ToLower(t.Surface)
		}
	}
	return ""
}

// isKindOf reports whether a capitalised word names a kind or an
// instance of class: "Denmark" of "country", "Catholicism" of "religion".
// Common nouns are left out: too many are some kind of "group".
func isKindOf(w, class string) bool {
	return capital(w) && !strings.EqualFold(w, class) && text.IsKind(strings.ToLower(w), class, kindDepth)
}

// namedDoer reports whether, asked "who VERB X?", the sentence has a
// capitalised word the question does not use right before that verb,
// even as its first word: "Meta acquired Instagram".
func namedDoer(a Analysis, toks []retrieve.Token) bool {
	if !a.HasRoles || len(a.Roles.object) == 0 {
		return false
	}
	lemma := text.Lemma(a.Roles.verb)
	asked := map[string]bool{}
	for _, t := range a.tokens {
		asked[t.Term] = true
	}
	for p := 1; p < len(toks); p++ {
		w := strings.ToLower(toks[p].Surface)
		if w != a.Roles.verb && text.Lemma(w) != lemma {
			continue
		}
		d := toks[p-1]
		if capital(d.Surface) && !d.Stop && !asked[d.Term] && !isTimeWord(d.Surface) {
			return true
		}
	}
	return false
}

// askedReach is how many words from a word of the question an answer of
// the asked type may stand to be its answer: "began on 2 January", not
// "began over prices … independence in 1991".
const askedReach = 8

// nearAsked reports whether a token that ok accepts, not a word of the
// question, stands within askedReach words of one that is.
func nearAsked(q retrieve.Query, toks []retrieve.Token, ok func(retrieve.Token) bool) bool {
	asked := map[string]bool{}
	for _, t := range q.Terms {
		asked[t.Term] = true
	}
	var at []int
	for i, t := range toks {
		if asked[t.Term] && !t.Stop {
			at = append(at, i)
		}
	}
	for i, t := range toks {
		if t.Surface == "" || asked[t.Term] && !t.Stop || !ok(t) {
			continue
		}
		if len(at) == 0 {
			return true
		}
		for _, j := range at {
			if i-j <= askedReach && j-i <= askedReach {
				return true
			}
		}
	}
	return false
}
