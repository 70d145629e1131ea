package answer

import (
	"strconv"
	"strings"
)

// render writes the answer text, one quoted sentence per group followed by
// its citation markers, and the citations numbered in order of appearance.
func render(groups []*group, docs Catalog) (string, []Citation) {
	var b strings.Builder
	var cites []Citation
	for _, g := range groups {
		var marks strings.Builder
		for _, s := range g.support {
			n := len(cites) + 1
			cites = append(cites, citationFor(n, s, docs))
			marks.WriteString("[" + strconv.Itoa(n) + "]")
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(withMarks(defuseMarkers(g.lead.text), marks.String()))
	}
	return b.String(), cites
}

// withMarks puts citation markers at the end of a sentence, before its
// final full stop when it has a plain one: "… died [1][2]."
func withMarks(sentence, marks string) string {
	sentence = strings.Join(strings.Fields(sentence), " ")
	if strings.HasSuffix(sentence, ".") && !strings.HasSuffix(sentence, "..") {
		return strings.TrimSuffix(sentence, ".") + " " + marks + "."
	}
	return sentence + " " + marks
}

// defuseMarkers turns square brackets quoted from an article into round
// ones, so that text such as "[9]" can never pass for a citation.
func defuseMarkers(s string) string {
	return strings.NewReplacer("[", "(", "]", ")").Replace(s)
}

func citationFor(n int, c *candidate, docs Catalog) Citation {
	cit := Citation{
		N:       n,
		DocID:   c.passage.DocID,
		ChunkID: c.passage.ID,
		Text:    c.text,
		Start:   c.start,
		End:     c.end,
	}
	if docs != nil {
		if d, ok := docs.Document(c.passage.DocID); ok {
			cit.Title, cit.Outlet, cit.Date, cit.URL = d.Title, d.Outlet, d.Date, d.URL
		}
	}
	return cit
}
