package extractive

import (
	"sync"

	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// lexiconCredit scales a lexicon relation's weight (a synonym is 0.8 of
// the word) into match credit, below the word itself.
const lexiconCredit = 0.75

// maxLinkCache bounds the memo of question words' relations.
const maxLinkCache = 20_000

var linkCache sync.Map // lower-case word → []stemLink
var linkCount int
var linkMu sync.Mutex

// stemLink is a related word as the index stems it, with its credit.
type stemLink struct {
	stem   string
	credit float64
}

// lexLinks returns the single-word relations of a question word, stemmed
// as retrieve stems, each with the credit a match through it earns.
func lexLinks(word string) []stemLink {
	if v, ok := linkCache.Load(word); ok {
		return v.([]stemLink)
	}
	var out []stemLink
	seen := map[string]bool{}
	for _, l := range text.Related(word) {
		terms := retrieve.Terms(l.Word)
		if len(terms) != 1 || seen[terms[0]] {
			continue
		}
		seen[terms[0]] = true
		out = append(out, stemLink{stem: terms[0], credit: lexiconCredit * l.Weight})
	}
	linkMu.Lock()
	if linkCount < maxLinkCache {
		linkCount++
		linkCache.Store(word, out)
	}
	linkMu.Unlock()
	return out
}
