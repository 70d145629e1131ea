package chunk

// packer groups sentences into chunks.
type packer struct {
	ss []sentence
	// unitEnd[i] is one past the last sentence of the unit holding
	// sentence i; a unit is a paragraph, with any heading paragraphs
	// before it.
	unitEnd []int
	// heading[i] reports whether sentence i is a heading paragraph.
	heading []bool
	size    int
}

// span returns the length in bytes of sentences [a, b) with the white
// space between them.
func (p *packer) span(a, b int) int {
	return p.ss[b-1].End - p.ss[a].Start
}

// fill returns the sentences [a, b) of the chunk that starts with the
// overlap sentences [a, i) and adds sentence i and more. It drops overlap
// sentences from the front while they keep a unit that would fit alone, or
// else sentence i, from fitting. It then adds the rest of the unit, a whole
// unit at a time while units fit, and a sentence at a time within a unit
// longer than the size.
func (p *packer) fill(a, i int) (int, int) {
	ue := p.unitEnd[i]
	unitStart := i == 0 || p.unitEnd[i-1] == i
	if unitStart && p.span(i, ue) <= p.size {
		for a < i && p.span(a, ue) > p.size {
			a++
		}
		return a, p.addUnits(a, ue)
	}
	for a < i && p.span(a, i+1) > p.size {
		a++
	}
	b := i + 1
	for b < ue && p.span(a, b+1) <= p.size {
		b++
	}
	if b < ue {
		return a, p.keepHeadings(i, b)
	}
	return a, p.addUnits(a, b)
}

// keepHeadings returns the end of a chunk that adds sentences [i, b) and
// stops inside a unit: b, or the start of the heading paragraphs it would
// end with, if they are not all the chunk adds and fit in a chunk with
// the sentence after them.
func (p *packer) keepHeadings(i, b int) int {
	h := b
	for h-1 > i && p.heading[h-1] {
		h--
	}
	if h < b && p.span(h, b+1) <= p.size {
		return h
	}
	return b
}

// addUnits extends the chunk [a, b), which ends at a unit boundary, by
// whole units while they fit, and returns its new end. If the next unit
// starts with headings that cannot share a chunk with the sentence after
// them, they end this chunk rather than make one of their own.
func (p *packer) addUnits(a, b int) int {
	for b < len(p.ss) && p.span(a, p.unitEnd[b]) <= p.size {
		b = p.unitEnd[b]
	}
	h := b
	for h < len(p.ss) && p.heading[h] && h+1 < p.unitEnd[h] {
		h++
	}
	if h > b && p.span(b, h+1) > p.size && p.span(a, h) <= p.size {
		return h
	}
	return b
}

// units returns, for each sentence of ss, one past the last sentence of
// its unit, and whether it is a heading paragraph. Units are paragraphs,
// except that a paragraph of one short heading-like sentence (see
// isHeadingParagraph) joins the paragraph after it; one at the end of the
// text is a unit of its own.
func units(text string, ss []sentence) (ends []int, heading []bool) {
	ends, heading = make([]int, len(ss)), make([]bool, len(ss))
	unit := 0 // first sentence of the current unit
	for i := range ss {
		last := i+1 == len(ss)
		if !last && ss[i+1].para == ss[i].para {
			continue // paragraph goes on
		}
		oneSentence := i == 0 || ss[i-1].para != ss[i].para
		heading[i] = oneSentence && isHeadingParagraph(text[ss[i].Start:ss[i].End])
		if heading[i] && !last {
			continue // heading joins the next paragraph
		}
		for k := unit; k <= i; k++ {
			ends[k] = i + 1
		}
		unit = i + 1
	}
	return ends, heading
}
