package extractive

import (
	"regexp"
	"strings"
	"sync"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// reWhatSaid matches "What did X say/tell/announce…?" and captures X.
var reWhatSaid = regexp.MustCompile(`(?i)^\s*what\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|tell|told|announce|announced|claim|claimed|state|stated|declare|declared|write|wrote|report|reported)\b`)

// speechWords returns the stems of words that report speech, stemmed
// once, on the first question about what someone said (stemming at start
// would touch the lexicon before any question needs it).
var speechWords = sync.OnceValue(func() map[string]bool {
	return stemSet("say", "said", "says", "told", "tell", "statement", "announced", "claimed",
		"declared", "stated", "quoted", "according", "urged", "called", "added", "warned", "wrote", "reported")
})

// unheardSpeaker reports whether q asks what someone said and no candidate
// worth quoting has both that someone and a word of speech (or a quote
// mark): the corpus mentions them, but not saying anything.
func unheardSpeaker(q string, cands []*candidate) bool {
	m := reWhatSaid.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	// The speaker's words, each with the words the lexicon takes for it
	// ("the head of the agency" speaks as its director).
	var who [][]string
	var any, surfaces []string
	for _, t := range retrieve.Tokenize(m[1]) {
		if !t.Stop {
			alts := roleWords(t)
			who = append(who, alts)
			any = append(any, alts...)
			surfaces = append(surfaces, t.Surface)
		}
	}
	if len(who) == 0 {
		return false
	}
	best := cands[0].score
	for _, c := range cands {
		if c.score < followRatio*best {
			break
		}
		// The speaker may be named in the sentence before ("its chief
		// executive") and by the words an acronym stands for.
		named := func(i int) bool { return news.SpellsOut(surfaces[i], c.windowText) }
		if hasEach(c.window, who, named) && speaksNear(c.text, any) {
			return false
		}
	}
	return true
}

// hasEach reports whether set holds one of the alternatives of each word.
func hasEach(set map[string]bool, words [][]string, named func(i int) bool) bool {
	for i, alts := range words {
		found := named != nil && named(i)
		for _, a := range alts {
			found = found || set[a]
		}
		if !found {
			return false
		}
	}
	return true
}

// speakerReach is how many words may stand between a speaker's name and
// the word that reports their speech ("the deputy mayor later said").
const speakerReach = 8

// speaksNear reports whether a word of who stands within speakerReach
// words of a speech word or a quote mark in text.
func speaksNear(text string, who []string) bool {
	name := map[string]bool{}
	for _, t := range who {
		name[t] = true
	}
	var names, speech []int
	for i, w := range strings.Fields(text) {
		if strings.ContainsAny(w, "\"“”") {
			speech = append(speech, i)
		}
		for _, t := range retrieve.Tokenize(w) {
			if name[t.Term] {
				names = append(names, i)
			}
			if speechWords()[t.Term] {
				speech = append(speech, i)
			}
		}
	}
	for _, n := range names {
		for _, s := range speech {
			if n-s <= speakerReach && s-n <= speakerReach {
				return true
			}
		}
	}
	return false
}

func stemSet(words ...string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		for _, t := range retrieve.Tokenize(w) {
			out[t.Term] = true
		}
	}
	return out
}
