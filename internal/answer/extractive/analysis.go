package extractive

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// AnswerType is the kind of thing a question asks for.
type AnswerType int

// Answer types, from the question's wh-word and focus.
const (
	TypeDescription AnswerType = iota // what happened, what did X say, how
	TypePerson                        // who
	TypePlace                         // where, which city
	TypeTime                          // when, what date, how long
	TypeQuantity                      // how many, how much, what number
	TypeCause                         // why, what caused
	TypeYesNo                         // is, did, will, does…
	TypeEntity                        // which X, what X: a named thing of kind X
)

// Constraint is something a question states that an answer must match:
// a name, a number or year, or a qualifier.
type Constraint struct {
	Kind    ConstraintKind
	Surface string   // as written in the question
	Term    string   // stemmed, as retrieve matches it
	Parts   []string // the words of a name ("Mehmet", "Arslan"): one of them is enough
}

// ConstraintKind says how strictly a Constraint is checked.
type ConstraintKind int

// Constraint kinds.
const (
	ConstraintName   ConstraintKind = iota // a proper name: anywhere in the passage, spelled loosely
	ConstraintNumber                       // a figure: in the sentence or the one it continues
	ConstraintYear                         // a year: in the sentence, its context or the article's date
)

// Analysis is a question as the reader understands it.
type Analysis struct {
	Text        string
	Wh          string     // the question word: who, when, how many…; "" for yes/no
	Type        AnswerType // what the answer must contain
	Focus       []string   // stems of the noun a "which X" / "what X" question asks for
	Constraints []Constraint
	Parts       []string // the sub-questions of a multi-part question; one for a simple one
	Stranded    string   // a preposition the question ends with: "who did X swear fealty to?"
	// NameOf holds the stems of what a "what is the name of X" question
	// names: the answer is a name standing next to X.
	NameOf []string
	// Duration says the question asks how long something lasted.
	Duration bool
	// Roles is who does what to whom in a "who VERB X?" or "who did X
	// VERB?" question; HasRoles says whether the question is one.
	Roles    roles
	HasRoles bool
	// Deed is the verb of a "did X VERB?" question: asked whether it was
	// done, an answer must say so, not that it would be.
	Deed string

	tokens []retrieve.Token // of the question
}

var (
	reHowMany     = regexp.MustCompile(`(?i)^\s*(?:how (?:many|much|large|big|high|far|old)|what (?:number|amount|percentage|share|proportion))\b`)
	reWhatDid     = regexp.MustCompile(`(?i)^\s*what\s+(?:sparked|caused|triggered|led to|started|prompted|drove)\b`)
	reHowLong     = regexp.MustCompile(`(?i)^\s*(?:how long|how soon|since when|until when|by when|what (?:date|day|time|year|month|hour|century))\b|^\s*(?:at|on|in|by) what (?:time|date|day|hour|year)\b`)
	reYesNo       = regexp.MustCompile(`(?i)^\s*(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|shall)\b`)
	reWhWord      = regexp.MustCompile(`(?i)\b(who|whom|whose|when|where|why|which|what|how)\b`)
	reWhichX      = regexp.MustCompile(`(?i)\b(?:which|what)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]+?)\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|said|says|claimed|made|runs|run)\b`)
	reWhichXTo    = regexp.MustCompile(`(?i)^\s*(?:in |at |to |from |for |of |on |by )?(?:which|what)\s+([a-z'-]+(?:\s+[a-z'-]+)?)\b`)
	reWhatIsX     = regexp.MustCompile(`(?i)^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?((?:[a-z'-]+\s+){0,2}[a-z'-]+)`)
	reNameOf      = regexp.MustCompile(`(?i)\bnames? of (?:the |a |an |this |that )?((?:[\w'-]+ ){0,2}?[\w'-]+)(?:\s+(?:who|whom|that|which|whose)\b|[?,.]|$)`)
	reHowLongOnly = regexp.MustCompile(`(?i)^\s*(?:for\s+)?how long\b`)
	rePartSep     = regexp.MustCompile(`(?i),?\s+and\s+(?:(?:who|whom|what|when|where|why|which|how)\b|(?:did|does|do|is|was|were|has|have|will)\s)`)
	rePlace       = regexp.MustCompile(`(?i)^(?:city|town|country|province|region|state|place|county|village|island|capital|location|district|area|nation|continent)s?$`)
	rePersonX     = regexp.MustCompile(`(?i)^(?:person|people|official|officials|man|woman|men|women|leader|minister|spokesman|spokeswoman|spokesperson|player|actor|actress|director|ceo|president|king|queen|general|ruler|duke|prince|emperor)$`)
	reTimeX       = regexp.MustCompile(`(?i)^(?:year|years|date|day|month|time|century|decade|hour)$`)
	reAmountX     = regexp.MustCompile(`(?i)^(?:toll|number|amount|total|figure|count|share|percentage|cost|price|size|population|sum)$`)
)

// prepositions a question can end with when it asks for their object.
var strandable = map[string]bool{"to": true, "from": true, "with": true, "for": true, "of": true, "by": true, "against": true, "into": true, "on": true, "at": true, "in": true, "about": true}

// Analyze reads a question: its wh-word, the type of answer it wants,
// its focus, the constraints an answer must meet and its parts.
func Analyze(question string, q retrieve.Query) Analysis {
	a := Analysis{Text: question, Parts: splitParts(question), tokens: retrieve.Tokenize(question)}
	a.Wh, a.Type = answerType(question)
	if a.Type == TypeEntity || a.Type == TypePlace || a.Type == TypePerson || a.Type == TypeTime {
		a.Focus = focusOf(question)
	}
	a.Constraints = constraints(question, q)
	a.Stranded = stranded(question)
	a.Roles, a.HasRoles = questionRoles(question)
	a.Deed = askedDeed(question)
	a.Duration = reHowLongOnly.MatchString(question)
	if m := reNameOf.FindStringSubmatch(question); m != nil {
		named, _, _ := strings.Cut(m[1], " of ") // "the count of Apulia" names a count
		a.NameOf = retrieve.Terms(named)
	}
	return a
}

// answerType classifies the question by its first wh-word.
func answerType(question string) (string, AnswerType) {
	switch {
	case reHowMany.MatchString(question):
		return "how many", TypeQuantity
	case reHowLong.MatchString(question):
		return "when", TypeTime
	case reWhatDid.MatchString(question):
		return "what", TypeCause
	case reYesNo.MatchString(question):
		return "", TypeYesNo
	}
	m := reWhWord.FindStringSubmatch(question)
	if m == nil {
		return "", TypeDescription
	}
	switch strings.ToLower(m[1]) {
	case "who", "whom", "whose":
		return "who", TypePerson
	case "when":
		return "when", TypeTime
	case "where":
		return "where", TypePlace
	case "why":
		return "why", TypeCause
	case "which", "what":
		w := strings.ToLower(m[1])
		if f := focusWords(question); len(f) > 0 {
			head := f[len(f)-1]
			switch {
			case rePlace.MatchString(head):
				return w, TypePlace
			case rePersonX.MatchString(head):
				return w, TypePerson
			case reTimeX.MatchString(head) || timeNoun(head):
				return w, TypeTime
			case head == "reason" || head == "cause":
				return w, TypeCause
			case head == "name" || head == "names":
				return w, TypePerson
			case reAmountX.MatchString(head):
				return w, TypeQuantity
			}
			if w == "which" {
				return w, TypeEntity
			}
		}
		return w, TypeDescription
	case "how":
		return "how", TypeDescription
	}
	return "", TypeDescription
}

// timeNoun reports whether the lexicon knows a noun for a time: a point
// ("deadline", "moment"), a period ("era", "season") or a unit ("hour").
func timeNoun(w string) bool {
	for _, kind := range []string{"point in time", "time period", "time unit"} {
		if text.IsKind(w, kind, timeDepth) {
			return true
		}
	}
	return false
}

// timeDepth is how far below a kind of time a noun may lie.
const timeDepth = 4

// askedType is the type of answer a question asks for.
func askedType(question string) AnswerType {
	_, t := answerType(question)
	return t
}

// focusWords returns the words of the noun after "which"/"what" ("which
// ransomware group" → ransomware, group), or nil.
func focusWords(question string) []string {
	m := reWhatIsX.FindStringSubmatch(question)
	if m == nil {
		m = reWhichXTo.FindStringSubmatch(question)
	}
	if m == nil {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		if text.IsStop(w) || auxiliaries[w] || len(out) > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") {
			break // "which official announced…": the focus ends at the verb
		}
		if len(out) > 0 && (presentVerb(out[len(out)-1], w) || text.IsIrregularVerbForm(w)) {
			break // "which contractor runs…", "which country won…"
		}
		out = append(out, w)
	}
	return out
}

// presentVerb reports whether w, after the singular noun prev, reads as a
// verb in the present: it ends in "s" and can be a verb ("contractor
// runs"), where a plural noun would not follow a singular one.
func presentVerb(prev, w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(prev, "s") && text.CanBeVerb(w)
}

var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true}

func focusOf(question string) []string {
	var out []string
	for _, w := range focusWords(question) {
		out = append(out, retrieve.Terms(w)...)
	}
	return out
}

// elided completes a part that is a bare question word with what the
// first part asks after its own: "why" after "When did the protests
// start" is "why did the protests start?". Anything else stays as it is.
func elided(wh, first string) string {
	if !reWhWord.MatchString(wh) {
		return wh
	}
	f := strings.Fields(first)
	if len(f) < 3 || !reWhWord.MatchString(f[0]) {
		return wh
	}
	return strings.ToLower(wh) + " " + strings.TrimRight(strings.Join(f[1:], " "), "?,") + "?"
}

// splitParts cuts a two-part question at ", and what/when/did…".
func splitParts(question string) []string {
	locs := rePartSep.FindAllStringIndex(question, -1)
	if len(locs) == 0 {
		return []string{question}
	}
	var parts []string
	start := 0
	for _, l := range locs {
		parts = append(parts, strings.TrimSpace(question[start:l[0]]))
		start = l[0] + strings.Index(strings.ToLower(question[l[0]:l[1]]), "and") + len("and")
	}
	parts = append(parts, strings.TrimSpace(question[start:]))
	out := parts[:0]
	for i, p := range parts {
		if f := strings.Fields(strings.TrimRight(p, "?")); len(f) == 1 && i > 0 {
			p = elided(f[0], parts[0]) // "When did X start, and why?": why did X start
		}
		if len(strings.Fields(p)) >= 2 {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return []string{question}
	}
	return out
}

// stranded returns the preposition a question ends with ("who did X
// swear fealty to?"), or "".
func stranded(question string) string {
	f := strings.Fields(strings.TrimRightFunc(question, func(r rune) bool { return r == '?' || unicode.IsSpace(r) }))
	if len(f) < 3 {
		return ""
	}
	last := strings.ToLower(f[len(f)-1])
	if strandable[last] {
		return last
	}
	return ""
}

// adjacentInText reports whether b follows a in text after nothing but
// a space.
func adjacentInText(text, a, b string) bool {
	return strings.Contains(text, a+" "+b)
}
