package chunk

// Chunk is a run of whole sentences of one text.
type Chunk struct {
	// Ordinal is the chunk's position in the text: 0, 1, 2, ...
	Ordinal int
	// Start and End are the byte offsets of the chunk in the text: the
	// start of its first sentence and the end of its last.
	Start, End int
	// Text is text[Start:End], inner white space kept verbatim.
	Text string
}

// Split cuts text into chunks of whole sentences, at most opt.Size bytes
// each. A sentence longer than that is cut into pieces of at most
// opt.Size bytes at white space (between runes in a run of no white
// space), and each piece counts as a sentence. It fills a chunk with whole
// paragraphs while they fit and splits a longer paragraph between
// sentences. A short heading paragraph is kept with the paragraph after
// it, unless the two cannot share a chunk.
// Each chunk after the first starts with the trailing whole sentences of
// the previous chunk that fit in opt.Overlap bytes (never the whole
// previous chunk, and fewer if the overlap would push the next paragraph or
// sentence over opt.Size), and adds at least one new sentence. Split
// returns nil if text has no sentences.
func Split(text string, opt Options) []Chunk {
	opt = opt.normalized()
	ss := bounded(text, scan(text), opt.Size)
	if len(ss) == 0 {
		return nil
	}
	p := packer{ss: ss, size: opt.Size}
	p.unitEnd, p.heading = units(text, ss)
	var out []Chunk
	for a, i := 0, 0; i < len(ss); {
		first, b := p.fill(a, i)
		s, e := ss[first].Start, ss[b-1].End
		out = append(out, Chunk{Ordinal: len(out), Start: s, End: e, Text: text[s:e]})
		a, i = b, b
		for a-1 > first && p.span(a-1, b) <= opt.Overlap {
			a--
		}
	}
	return out
}
