package extractive

import (
	"regexp"
	"strings"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// A question's predicate and its arguments, for checking that a sentence
// gives them the same roles: asked "who did Edgar marry?", a sentence in
// which someone married Edgar's sister does not answer.
type roles struct {
	verb    string   // the question's verb, lower case
	subject []string // stems of what does it ("who did THE NORMANS fight")
	object  []string // stems of what it is done to ("who MARRIED CNUT")
}

var (
	reSubjectQ = regexp.MustCompile(`(?i)^\s*who\s+([a-z]+)\s+(.+?)\??\s*$`)
	reObjectQ  = regexp.MustCompile(`(?i)^\s*(?:who|whom|what|when|where|why|how)\s+(?:did|does|do)\s+(.+?)\??\s*$`)
)

// notVerbs open a subject question without being its verb: "who is",
// "what kind".
var notVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "did": true, "does": true, "do": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "can": true, "could": true,
	"kind": true, "type": true, "sort": true, "name": true,
}

// speechVerbs put their speaker after them as often as before ("…,"
// said the mayor): word order says nothing about their roles.
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "ask": true, "write": true, "state": true, "claim": true, "report": true, "announce": true, "reply": true, "declare": true}

// questionRoles reads who does what to whom in a "who VERB X?" question
// or a "who/what/when/where/why/how did X VERB?" one; ok is false for
// other questions and for verbs of speech.
func questionRoles(question string) (roles, bool) {
	r, ok := readRoles(question)
	if !ok || speechVerbs[text.Lemma(r.verb)] {
		return roles{}, false
	}
	return r, true
}

func readRoles(question string) (roles, bool) {
	if m := reObjectQ.FindStringSubmatch(question); m != nil {
		toks := retrieve.Tokenize(m[1])
		for i, t := range toks {
			if i == 0 || t.Stop || capital(t.Surface) {
				continue // "the Normans", "King Charles III": the subject
			}
			r := roles{verb: strings.ToLower(t.Surface), subject: distinctive(toks[:i])}
			return r, len(r.subject) > 0
		}
		return roles{}, false
	}
	if m := reSubjectQ.FindStringSubmatch(question); m != nil && !notVerbs[strings.ToLower(m[1])] {
		r := roles{verb: strings.ToLower(m[1])}
		var adjunct []string // names after a preposition: "in the destruction of the Armenians"
		after := false
		for _, t := range retrieve.Tokenize(m[2]) {
			after = after || strandable[strings.ToLower(t.Surface)]
			if t.Stop || !capital(t.Surface) {
				continue
			}
			if after {
				adjunct = append(adjunct, t.Term)
			} else {
				r.object = append(r.object, t.Term) // the names it is done to
			}
		}
		if len(r.object) == 0 {
			r.object = adjunct // "who fought against the Franks": the names after it
		}
		return r, len(r.object) > 0
	}
	return roles{}, false
}

// distinctive returns the stems of the content words of a name or noun
// phrase that tell it apart: "King Harold II" is "harold", since "King"
// and "II" also stand in "King William II".
func distinctive(toks []retrieve.Token) []string {
	var all, own []string
	for _, t := range toks {
		if t.Stop {
			continue
		}
		all = append(all, t.Term)
		if !news.IsTitle(t.Surface) && !isRoman(t.Surface) {
			own = append(own, t.Term)
		}
	}
	if len(own) > 0 {
		return own
	}
	return all
}

// beForms mark a passive verb: "were encouraged … by the Lombards".
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true}

// rolesSwapped reports whether the sentence uses the question's verb with
// its arguments the other way round, and nowhere the right way: the
// question's subject only after an active verb, or its object only before.
func rolesSwapped(r roles, toks []retrieve.Token) bool {
	lemma := text.Lemma(r.verb)
	stem := ""
	if ts := retrieve.Terms(r.verb); len(ts) == 1 {
		stem = ts[0]
	}
	seen, right := false, false
	for p, t := range toks {
		w := strings.ToLower(t.Surface)
		if w != r.verb && t.Term != stem && text.Lemma(w) != lemma {
			continue
		}
		passive := p > 0 && beForms[strings.ToLower(toks[p-1].Surface)] || p > 1 && beForms[strings.ToLower(toks[p-2].Surface)]
		before, after := has(toks[:p], r.subject, r.object), has(toks[p+1:], r.subject, r.object)
		// before/after: [0] the subject was found there, [1] the object was.
		doerBefore := len(r.subject) > 0 && before[0] && !passive || len(r.subject) > 0 && after[0] && passive
		doerAfter := len(r.subject) > 0 && after[0] && !passive || len(r.subject) > 0 && before[0] && passive
		doneBefore := len(r.object) > 0 && (before[1] && !passive || after[1] && passive)
		doneAfter := len(r.object) > 0 && (after[1] && !passive || before[1] && passive)
		if !doerBefore && !doerAfter && !doneBefore && !doneAfter {
			continue
		}
		seen = true
		if doerBefore || doneAfter {
			right = true
		}
	}
	return seen && !right
}

// has reports whether toks hold one of the subject's and one of the
// object's stems.
func has(toks []retrieve.Token, subject, object []string) [2]bool {
	var out [2]bool
	for _, t := range toks {
		for _, s := range subject {
			out[0] = out[0] || t.Term == s
		}
		for _, o := range object {
			out[1] = out[1] || t.Term == o
		}
	}
	return out
}

// reDidQ is a yes/no question about something done: "Did X VERB …?".
var reDidQ = regexp.MustCompile(`(?i)^\s*(?:did|has|have|had)\s+(.+?)\??\s*$`)

// modals make what follows an intention or a possibility, not a fact.
var modals = map[string]bool{"would": true, "will": true, "could": true, "may": true, "might": true, "shall": true, "should": true, "to": true, "threatened": true, "planned": true, "promised": true}

// askedDeed returns the verb of a "did X VERB …?" question, lower case,
// or "".
func askedDeed(question string) string {
	m := reDidQ.FindStringSubmatch(question)
	if m == nil {
		return ""
	}
	toks := retrieve.Tokenize(m[1])
	for i, t := range toks {
		if i == 0 || t.Stop || capital(t.Surface) || determiners[strings.ToLower(toks[i-1].Surface)] {
			continue // the subject: "Grey Lantern", "the council"
		}
		if strings.EqualFold(toks[i-1].Surface, "to") {
			return "" // "did they have to pay": asked about a need, not a deed
		}
		return strings.ToLower(t.Surface)
	}
	return ""
}

// determiners open a noun phrase: the word after one is not a verb.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true, "these": true, "those": true, "our": true}

// onlyIntended reports whether the sentence has the asked verb only as
// something someone would, will or was to do: asked whether it was done,
// "it said it would publish the data" does not say.
func onlyIntended(verb string, toks []retrieve.Token) bool {
	lemma := text.Lemma(verb)
	stem := retrieve.Term(verb)
	seen := false
	for p, t := range toks {
		w := strings.ToLower(t.Surface)
		if w != verb && t.Term != stem && text.Lemma(w) != lemma {
			continue
		}
		if p > 0 && modals[strings.ToLower(toks[p-1].Surface)] || p > 1 && modals[strings.ToLower(toks[p-2].Surface)] {
			seen = true
			continue
		}
		return false // done, or said not to be
	}
	return seen
}
