package extractive

import (
	"regexp"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/news"
)

// reAboutName matches questions about a name or its spelling.
var reAboutName = regexp.MustCompile(`(?i)\b(spell\w*|names?|called)\b`)

// spellingNotes finds names in the chosen sentences that other candidate
// sentences spell differently ("Saltanat Azirbek" / "Saltanet Azirbek"),
// when the question asks who or names the person.
func spellingNotes(chosen, cands []*candidate, question string, docs answer.Catalog) []note {
	asked := news.Names(question)
	if askedType(question) != TypePerson && len(asked) == 0 && !reAboutName.MatchString(question) {
		return nil
	}
	for _, c := range chosen {
		for _, name := range news.Names(c.text) {
			if len(asked) > 0 && !sameAsAny(name, asked) {
				continue
			}
			if n, ok := spellingNote(name, cands, docs); ok {
				return []note{n}
			}
		}
	}
	return nil
}

// spellingNote collects the spellings of name across the candidates, each
// with the sentences that use it; ok when there are at least two.
func spellingNote(name string, cands []*candidate, docs answer.Catalog) (note, bool) {
	n := note{kind: noteSpelling, what: "the spelling of a name", covers: map[*candidate]bool{}}
	index := map[string]int{}
	for _, c := range cands {
		for _, other := range news.Names(c.text) {
			if !news.SameName(name, other) {
				continue
			}
			other = strings.TrimSuffix(strings.TrimSuffix(other, "'s"), "’s") // a possessive is no other spelling
			key := strings.ToLower(strings.ReplaceAll(other, "’", "'"))
			k, ok := index[key]
			if !ok {
				k = len(n.versions)
				index[key] = k
				n.versions = append(n.versions, noteVersion{value: other, text: other})
			}
			v := &n.versions[k]
			if len(v.srcs) < maxVersionCites && !hasSource(v.srcs, c) && !citesReport(v.srcs, c, docs) {
				v.srcs = append(v.srcs, c.source())
				v.reports++
			}
		}
	}
	return n, len(n.versions) > 1
}

func sameAsAny(name string, names []string) bool {
	for _, n := range names {
		if news.SameName(name, n) {
			return true
		}
	}
	return false
}

func citesReport(srcs []source, c *candidate, docs answer.Catalog) bool {
	key := reportKey(docs, c.passage.DocID)
	for _, s := range srcs {
		if reportKey(docs, s.docID) == key {
			return true
		}
	}
	return false
}
