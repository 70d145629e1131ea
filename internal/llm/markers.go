package llm

import (
	"strconv"
	"strings"
)

// maxMarker is the longest text read as one citation marker.
const maxMarker = 40

// citer rewrites the citation markers of an answer while it is written:
// a marker naming a given passage is renumbered in order of first
// appearance, one naming no given passage is dropped together with the
// space before it, and lists such as [1, 3] or [2-3] become [1][3] and
// [2][3]. Text that may still turn out to be part of a marker, and
// trailing space, is held back until it is decided, so the pieces emitted
// while streaming add up to exactly what the whole answer gives at once.
type citer struct {
	n     int          // passages given: valid markers are 1..n
	order []int        // given passage numbers, in order of first citation
	num   map[int]int  // given number → number in the answer
	run   map[int]bool // answer numbers in the current run of adjacent markers
	buf   string       // held back, undecided
	carry string       // the space before a dropped marker, owed to a valid one right after it
	begun bool         // something other than space was emitted
	emit  func(string)
}

func newCiter(n int, emit func(string)) *citer {
	return &citer{n: n, num: map[int]int{}, run: map[int]bool{}, emit: emit}
}

// write takes the next piece of the answer.
func (c *citer) write(s string) {
	c.buf += s
	c.process(false)
}

// close flushes what was held back: trailing space and an unfinished
// marker are dropped.
func (c *citer) close() { c.process(true) }

func (c *citer) process(final bool) {
	var out strings.Builder
	s, i := c.buf, 0
	for i < len(s) {
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j == len(s) { // only space left: it may precede a marker to drop
			if final {
				i = j
			}
			break
		}
		if s[j] != '[' {
			if c.begun {
				out.WriteString(s[i:j])
			}
			k := j + 1
			for k < len(s) && !isSpace(s[k]) && s[k] != '[' {
				k++
			}
			out.WriteString(s[j:k])
			c.begun, i, c.carry = true, k, ""
			clear(c.run)
			continue
		}
		nums, size, st := parseMarker(s[j:])
		if st == markerOpen && !final {
			break
		}
		if st != markerDone { // a plain bracket, or a marker cut off at the end
			if st == markerOpen {
				i = len(s)
				break
			}
			if c.begun {
				out.WriteString(s[i:j])
			}
			out.WriteByte('[')
			c.begun, i, c.carry = true, j+1, ""
			clear(c.run)
			continue
		}
		space := s[i:j]
		if marks := c.marks(nums); marks == "" {
			if space != "" { // "Almaty [9][3]" keeps its space for [3]
				c.carry = space
			}
		} else {
			if space == "" {
				space = c.carry
			}
			if c.begun {
				out.WriteString(space)
			}
			out.WriteString(marks)
			c.begun, c.carry = true, ""
		}
		i = j + size
	}
	c.buf = s[i:]
	if out.Len() > 0 && c.emit != nil {
		c.emit(out.String())
	}
}

// marks renders the valid numbers of one marker in the answer's numbering,
// leaving out those just cited by an adjacent marker.
func (c *citer) marks(nums []int) string {
	var b strings.Builder
	for _, g := range nums {
		if g < 1 || g > c.n {
			continue
		}
		a, ok := c.num[g]
		if !ok {
			c.order = append(c.order, g)
			a = len(c.order)
			c.num[g] = a
		}
		if !c.run[a] {
			c.run[a] = true
			b.WriteString("[" + strconv.Itoa(a) + "]")
		}
	}
	return b.String()
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// markerState is how far parseMarker got.
type markerState int

const (
	markerNone markerState = iota // not a marker: a plain bracket
	markerOpen                    // could still become a marker: need more text
	markerDone                    // a complete marker
)

// parseMarker reads a citation marker at the start of s, which begins
// with '[': "[3]", "[1, 3]", "[1][2]" (the first only), "[2-4]",
// "[passage 2]". It returns the passage numbers and the marker's length.
func parseMarker(s string) ([]int, int, markerState) {
	p := &markerParser{s: s, i: 1}
	nums, ok := p.parse()
	switch {
	case p.i >= len(s) && !ok && p.i <= maxMarker:
		return nil, 0, markerOpen
	case !ok || p.i > maxMarker:
		return nil, 0, markerNone
	}
	return nums, p.i, markerDone
}

type markerParser struct {
	s string
	i int
}

// parse reads the rest of a marker after '['; ok is false when it is not
// (or not yet) a complete marker, with p.i at the end of s when more text
// could complete it.
func (p *markerParser) parse() (nums []int, ok bool) {
	for {
		p.spaces()
		if !p.word() {
			return nil, false
		}
		p.spaces()
		lo, ok := p.number()
		if !ok {
			return nil, false
		}
		hi := lo
		p.spaces()
		if p.i < len(p.s) && p.s[p.i] == '-' {
			p.i++
			p.spaces()
			if hi, ok = p.number(); !ok {
				return nil, false
			}
			p.spaces()
		}
		if hi < lo || hi-lo > 20 {
			hi = lo
		}
		for k := lo; k <= hi; k++ {
			nums = append(nums, k)
		}
		if p.i >= len(p.s) {
			return nil, false
		}
		switch p.s[p.i] {
		case ']':
			p.i++
			return nums, true
		case ',', ';':
			p.i++
		default:
			return nil, false
		}
	}
}

func (p *markerParser) spaces() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

// word skips an optional "passage" or "source" before a number. It fails
// on any other letters, and stops at the end of s on a prefix of one.
func (p *markerParser) word() bool {
	rest := strings.ToLower(p.s[p.i:min(len(p.s), p.i+8)])
	for _, w := range []string{"passages", "passage", "sources", "source"} {
		if strings.HasPrefix(rest, w) {
			p.i += len(w)
			return true
		}
		if p.i+len(rest) == len(p.s) && rest != "" && strings.HasPrefix(w, rest) {
			p.i = len(p.s)
			return false
		}
	}
	return p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' || p.i == len(p.s)
}

// number reads up to four digits.
func (p *markerParser) number() (int, bool) {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' && p.i-start < 4 {
		p.i++
	}
	if p.i == start {
		return 0, false
	}
	n, err := strconv.Atoi(p.s[start:p.i])
	return n, err == nil
}
