package chunk

import (
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// block is a run of text, trimmed of white space, that no sentence
// crosses: a paragraph, or a heading line or list item within one. para
// numbers the blank-line separated paragraph the block belongs to.
type block struct{ start, end, para int }

// line is one line of text trimmed of white space; start == end when the
// line is blank.
type line struct{ start, end int }

// lines splits doc at '\n' and trims each line.
func lines(doc string) []line {
	var out []line
	for pos := 0; ; {
		end := len(doc)
		nl := strings.IndexByte(doc[pos:], '\n')
		if nl >= 0 {
			end = pos + nl
		}
		s, e := text.TrimSpan(doc, pos, end)
		out = append(out, line{s, e})
		if nl < 0 {
			return out
		}
		pos = end + 1
	}
}

// blocks cuts text into blocks. A blank line ends a paragraph. Within a
// paragraph a markdown heading is a block of its own, a list item starts a
// new block, and a single newline may end a block or the paragraph (see
// newline); other lines are joined, as in a hard-wrapped paragraph.
func blocks(text string) []block {
	var out []block
	cur := block{start: -1}
	flush := func() {
		if cur.start >= 0 {
			out = append(out, cur)
			cur.start = -1
		}
	}
	para := 0
	ls := lines(text)
	for k, ln := range ls {
		if ln.start == ln.end {
			flush()
			para++
			continue
		}
		s := text[ln.start:ln.end]
		heading := isMarkdownHeading(s)
		brk := joinLine
		if cur.start >= 0 {
			brk = newline(text[ls[k-1].start:ls[k-1].end], s)
		}
		if brk == endParagraph {
			para++
		}
		if heading || isListItem(s) || brk != joinLine {
			flush()
		}
		if cur.start < 0 {
			cur = block{start: ln.start, para: para}
		}
		cur.end = ln.end
		if heading {
			flush()
		}
	}
	flush()
	return out
}

// wrapWidth is a line length, in bytes, beyond which a line is taken to be
// an unwrapped paragraph rather than part of a hard-wrapped one.
const wrapWidth = 100

// What a single newline between two lines of text means.
const (
	joinLine     = iota // white space inside a sentence
	endSentence         // the end of a heading line
	endParagraph        // the end of an unwrapped paragraph
)

// newline returns what a single newline between the trimmed lines prev
// and next means. If next cannot start a sentence, the lines are joined.
// Otherwise a line longer than wrapWidth is a whole paragraph, as in text
// with one paragraph a line. A heading-like prev ends a sentence when next
// is clearly longer: either unwrapped or a wrapped line at least a quarter
// longer. The length test keeps hard-wrapped paragraphs, whose lines are
// all about the same length, in one piece.
func newline(prev, next string) int {
	switch {
	case !text.CanStart(firstRune(next)):
		return joinLine
	case len(prev) > wrapWidth:
		return endParagraph
	case isHeadingLine(prev) && (len(next) > wrapWidth || 5*len(prev) < 4*len(next)):
		return endSentence
	}
	return joinLine
}
