package fetch

import (
	"strings"
	"unicode"

	"github.com/almaty-news/newsbot/internal/corpus"
)

// shingleWords is the length of the word runs compared between texts.
const shingleWords = 5

// nearCopy is the share of the shorter text's word runs that must also be
// in the longer one for the two to be one story (wire copy republished
// with its own headline, byline or a closing line).
const nearCopy = 0.8

// minShingles is the fewest word runs a text needs to be compared at all.
const minShingles = 20

// sameLink returns the document whose url is one of links, canonically.
func sameLink(docs []corpus.Document, links ...string) (corpus.Document, bool) {
	want := map[string]bool{}
	for _, l := range links {
		if l != "" {
			want[CanonicalURL(l)] = true
		}
	}
	for _, d := range docs {
		if d.URL != "" && want[CanonicalURL(d.URL)] {
			return d, true
		}
	}
	return corpus.Document{}, false
}

// sameText returns the document whose body is a near copy of text.
func sameText(docs []corpus.Document, text string) (corpus.Document, bool) {
	a := shingles(text)
	if len(a) == 0 {
		return corpus.Document{}, false
	}
	for _, d := range docs {
		if containment(a, shingles(d.Body())) >= nearCopy {
			return d, true
		}
	}
	return corpus.Document{}, false
}

// shingles is the set of runs of shingleWords lower-case words in text.
func shingles(text string) map[string]struct{} {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := map[string]struct{}{}
	for i := 0; i+shingleWords <= len(words); i++ {
		out[strings.Join(words[i:i+shingleWords], " ")] = struct{}{}
	}
	return out
}

// containment is the share of the smaller set found in the larger.
func containment(a, b map[string]struct{}) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minShingles {
		return 0 // too short to tell a copy from a shared phrase
	}
	n := 0
	for s := range a {
		if _, ok := b[s]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
