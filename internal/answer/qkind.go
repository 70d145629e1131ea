package answer

import (
	"regexp"
	"strings"
	"unicode"
)

// qkind is the kind of answer a question asks for.
type qkind int

const (
	kindOther qkind = iota
	kindCount       // how many, how much
	kindWhen        // when, since when, what date
	kindWho         // who, which person
	kindWhere       // where, which city or province
	kindWhy         // why, what caused
)

var (
	reCount = regexp.MustCompile(`(?i)\bhow (many|much)\b|\bnumber of\b|\bdeath toll\b|\bhow large\b`)
	reWhen  = regexp.MustCompile(`(?i)\bwhen\b|\bwhat (date|day|time|year|month)\b|\bsince when\b|\bhow long\b`)
	reWho   = regexp.MustCompile(`(?i)\bwho\b|\bwhose\b|\bwhich (person|official|spokes\w*|leader|minister)\b`)
	reWhere = regexp.MustCompile(`(?i)\bwhere\b|\bwhich (city|province|region|country|town|place)\b|\bin which (city|province|region|country|town)\b`)
	reWhy   = regexp.MustCompile(`(?i)\bwhy\b|\bwhat (sparked|caused|triggered|led to|started)\b|\breason\b`)
)

func questionKind(q string) qkind {
	switch {
	case reCount.MatchString(q):
		return kindCount
	case reWhen.MatchString(q):
		return kindWhen
	case reWhy.MatchString(q):
		return kindWhy
	case reWho.MatchString(q):
		return kindWho
	case reWhere.MatchString(q):
		return kindWhere
	}
	return kindOther
}

var (
	reNumber = regexp.MustCompile(`(?i)\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|tens|million|millions|several|scores|unspecified|undisclosed|unknown number|not specify|not say how many)\b`)
	reTime   = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|overnight|morning|afternoon|evening|night|week|weeks|month|months|year|years|decade|decades|since|until|ago|(19|20)\d\d|two-week|\d+-day)\b`)
	reCause  = regexp.MustCompile(`(?i)\b(sparked|triggered|caused|because|due to|in response to|over|outrage|angry|anger|after|began)\b`)
)

// answerFit says how well a sentence has the kind of thing the question
// asks for: a number, a time, a name, a cause. It is 0 or 1.
func answerFit(kind qkind, sentence, question string) float64 {
	var ok bool
	switch kind {
	case kindCount:
		ok = reNumber.MatchString(sentence)
	case kindWhen:
		ok = reTime.MatchString(sentence)
	case kindWhy:
		ok = reCause.MatchString(sentence)
	case kindWho, kindWhere:
		ok = hasNewName(sentence, question)
	default:
		return 0
	}
	if ok {
		return 1
	}
	return 0
}

// hasNewName reports whether sentence has a capitalised word, not at its
// start, that the question does not contain.
func hasNewName(sentence, question string) bool {
	lq := strings.ToLower(question)
	fields := strings.Fields(sentence)
	for i, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if i == 0 || w == "" {
			continue
		}
		r := []rune(w)
		if unicode.IsUpper(r[0]) && !strings.Contains(lq, strings.ToLower(w)) {
			return true
		}
	}
	return false
}
