package news

import (
	"strings"
)

// Bound says how a figure is qualified: "at least 12", "more than 1,000".
type Bound int

// Bounds of a figure.
const (
	Exact    Bound = iota // "12"
	AtLeast               // "at least", "no fewer than"
	MoreThan              // "more than", "over"
	AtMost                // "up to", "at most"
	LessThan              // "fewer than", "less than", "under"
	About                 // "about", "around", "nearly", "some"
)

// boundPhrases are the words that qualify a figure, longest first.
var boundPhrases = []struct {
	words []string
	bound Bound
}{
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"upwards", "of"}, MoreThan},
	{[]string{"up", "to"}, AtMost},
	{[]string{"at", "most"}, AtMost},
	{[]string{"fewer", "than"}, LessThan},
	{[]string{"less", "than"}, LessThan},
	{[]string{"an", "estimated"}, About},
	{[]string{"over"}, MoreThan},
	{[]string{"nearly"}, About},
	{[]string{"almost"}, About},
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"roughly"}, About},
	{[]string{"approximately"}, About},
	{[]string{"some"}, About},
}

// Quantity is an amount written in a sentence and what it counts.
type Quantity struct {
	Text       string  // the amount as written: "at least a dozen", "dozens"
	Start, End int     // byte offsets of Text in the sentence
	Value      float64 // the figure; the low end of a vague amount
	Low, High  float64 // the values the words allow; Low == High == Value for a figure
	Vague      bool    // "dozens", "tens", "hundreds", "several"
	Bound      Bound
	Unit       string // what is counted, as written: "police officers"; "" when not said
	UnitEnd    int    // byte offset in the sentence where Unit ends
}

// Phrase is the amount with what it counts, as written: "at least a dozen
// police officers".
func (q Quantity) Phrase(sentence string) string {
	end := q.End
	if q.Unit != "" {
		end = q.UnitEnd
	}
	return sentence[q.Start:end]
}

// Agrees reports whether two amounts can be the same figure: equal figures,
// or overlapping ranges when either is vague ("dozens" and "tens" agree;
// "12" and "eight" do not).
func (q Quantity) Agrees(o Quantity) bool {
	if !q.Vague && !o.Vague {
		return q.Value == o.Value
	}
	return q.Low <= o.High && o.Low <= q.High
}

// Quantities returns the amounts in sentence that count something, in
// order. Ordinals, adjectives such as "two-week" and partitives such as
// "one of the bodies" are not amounts.
func Quantities(sentence string) []Quantity {
	ws := words(sentence)
	var out []Quantity
	for i := 0; i < len(ws); i++ {
		q, next, ok := quantityAt(sentence, ws, i)
		if !ok {
			continue
		}
		out = append(out, q)
		i = next - 1
	}
	return out
}

// quantityAt reads an amount starting at word i (after any bound words)
// and returns it with the index of the first word after its unit.
func quantityAt(s string, ws []word, i int) (Quantity, int, bool) {
	bound, bi := boundBefore(ws, i)
	q := Quantity{Bound: bound}
	n := numberAt(ws, i, &q)
	if n == 0 {
		return Quantity{}, 0, false
	}
	j := i + n
	q.Start, q.End = ws[bi].start, ws[j-1].end
	q.Text = s[q.Start:q.End]
	if j < len(ws) && ws[j].lower() == "of" && !gapBreaks(s[ws[j-1].end:ws[j].start]) {
		if !q.Vague {
			return Quantity{}, 0, false // "one of the bodies"
		}
		j++
	}
	unitStart := j
	j = unitEnd(s, ws, j)
	if j > unitStart {
		q.Unit = s[ws[unitStart].start:ws[j-1].end]
		q.UnitEnd = ws[j-1].end
	}
	return q, max(j, i+n), true
}

// boundBefore returns the bound written just before word i and the index
// of its first word (i when there is none).
func boundBefore(ws []word, i int) (Bound, int) {
	for _, p := range boundPhrases {
		k := i - len(p.words)
		if k < 0 {
			continue
		}
		ok := true
		for m, w := range p.words {
			if ws[k+m].lower() != w {
				ok = false
				break
			}
		}
		if ok {
			return p.bound, k
		}
	}
	return Exact, i
}

// numberAt reads the number at word i into q and returns how many words
// it takes, 0 when there is none.
func numberAt(ws []word, i int, q *Quantity) int {
	w := ws[i].lower()
	if i > 0 && months[ws[i-1].lower()] != 0 || isYear(w) {
		return 0 // a date: "January 6", "2022"
	}
	if v, ok := parseDigits(w); ok {
		n := 1
		if i+1 < len(ws) && scaleWords[ws[i+1].lower()] > 0 {
			v *= scaleWords[ws[i+1].lower()]
			n = 2
		}
		q.Value, q.Low, q.High = v, v, v
		return n
	}
	if r, ok := vagueWords[w]; ok && w != "dozen" {
		return vagueAt(ws, i, r, q)
	}
	lowers := make([]string, 0, 6)
	for k := i; k < len(ws) && k < i+6; k++ {
		if strings.Contains(ws[k].text, "-") {
			parts := strings.Split(ws[k].lower(), "-")
			if !allNumberWords(parts) {
				break // "two-week" is an adjective, not an amount
			}
			lowers = append(lowers, parts...)
			continue
		}
		lowers = append(lowers, ws[k].lower())
	}
	v, used := parseWordNumber(lowers)
	if used == 0 {
		return 0
	}
	q.Value, q.Low, q.High = v, v, v
	return wordsFor(ws, i, used)
}

// vagueAt reads "dozens", "tens of thousands", "several hundred".
func vagueAt(ws []word, i int, r [2]float64, q *Quantity) int {
	q.Vague = true
	q.Low, q.High = r[0], r[1]
	n := 1
	if i+1 < len(ws) && scaleWords[ws[i+1].lower()] > 0 { // "several hundred"
		m := scaleWords[ws[i+1].lower()]
		q.Low, q.High = q.Low*m, q.High*m
		n = 2
	} else if i+2 < len(ws) && ws[i+1].lower() == "of" {
		if r2, ok := vagueWords[ws[i+2].lower()]; ok && r2[0] >= 1000 { // "tens of thousands"
			m := r2[0] / 2 // thousands → 1,000
			q.Low, q.High = q.Low*m, q.High*m
			n = 3
		}
	}
	q.Value = q.Low
	return n
}

func allNumberWords(parts []string) bool {
	for _, p := range parts {
		if unitWords[p] == 0 && p != "zero" && scaleWords[p] == 0 {
			return false
		}
	}
	return len(parts) > 0
}

// wordsFor converts a count of number words (hyphen parts split) back to
// a count of words starting at i.
func wordsFor(ws []word, i, parts int) int {
	n := 0
	for k := i; k < len(ws) && parts > 0; k++ {
		parts -= strings.Count(ws[k].text, "-") + 1
		n++
	}
	return n
}
