package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Times a question asks for: clock times and dates in digits, stretches
// of time, the grain a question names, and how near the question's own
// words a time stands.

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

// dayOfDate reports whether toks[i] is a date's day: a number beside a
// month or weekday ("February 7", "7 February").
func dayOfDate(toks []retrieve.Token, i int) bool {
	near := func(j int) bool {
		return j >= 0 && j < len(toks) && !unicode.IsDigit(rune(toks[j].Surface[0])) && isTimePoint(toks[j].Surface)
	}
	return unicode.IsDigit(rune(toks[i].Surface[0])) && len(toks[i].Surface) <= 2 && (near(i-1) || near(i+1))
}
