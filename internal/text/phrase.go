package text

import "strings"

// maxPhrase is the longest multi-word expression, in words, Phrases finds.
const maxPhrase = 4

// Phrases returns the spans [start, end) of the multi-word expressions of
// WordNet in a sequence of lower-case words ("set off", "call for", "take
// over", "prime minister"), longest first and without overlap, in order.
// The first word may be inflected ("called for").
func Phrases(words []string) [][2]int { return builtin.Phrases(words) }

// Phrases is the package-level Phrases that also finds the multi-word
// terms of the lexicon's aliases.
func (l *Lexicon) Phrases(words []string) [][2]int {
	var out [][2]int
	for i := 0; i < len(words); {
		n := l.phraseAt(words[i:])
		if n > 0 {
			out = append(out, [2]int{i, i + n})
			i += n
			continue
		}
		i++
	}
	return out
}

// phraseAt returns the length of the longest expression starting ws, or 0.
func (l *Lexicon) phraseAt(ws []string) int {
	for n := min(maxPhrase, len(ws)); n >= 2; n-- {
		t := strings.Join(ws[:n], " ")
		if l != nil && l.aliases.has(t) {
			return n
		}
		if db().has(t) || db().has(Lemma(ws[0])+" "+strings.Join(ws[1:n], " ")) {
			return n
		}
	}
	return 0
}
