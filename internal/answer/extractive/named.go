package extractive

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// Where a sentence names what a question asks for: after the preposition
// the question ends with, beside the noun of "which X", before the verb of
// "who VERB X", as a kind the lexicon knows.

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
