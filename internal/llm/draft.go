package llm

import "strings"

// Abstain is the sentinel the model answers, alone, when the passages do
// not answer the question. It maps to Reply.Abstained; abstention is never
// guessed from prose.
const Abstain = "NOT_IN_ARTICLES"

// sentinelCut are the characters a model may wrap the sentinel in.
const sentinelCut = " \t\r\n`*\"'_"

// draft follows an answer as the model writes it: it holds back the start
// until it is clear that the answer is not the abstention sentinel, and
// passes the rest through the citer, so what it emits is the verified text
// as far as it is known. The same draft, fed the whole answer at once,
// gives the final text: a streamed answer and its final reply agree.
type draft struct {
	raw     strings.Builder // everything the model wrote
	text    strings.Builder // what was emitted
	open    bool            // the start is not the sentinel
	abstain bool            // the answer starts with the sentinel
	cite    *citer
	onDelta func(string) // may be nil
}

func newDraft(passages int, onDelta func(string)) *draft {
	d := &draft{onDelta: onDelta}
	d.cite = newCiter(passages, func(s string) {
		d.text.WriteString(s)
		if d.onDelta != nil {
			d.onDelta(s)
		}
	})
	return d
}

// write takes the next piece of the model's answer.
func (d *draft) write(s string) {
	d.raw.WriteString(s)
	switch {
	case d.abstain:
	case d.open:
		d.cite.write(s)
	default:
		d.decide(false)
	}
}

// close ends the answer and flushes what was held back.
func (d *draft) close() {
	if !d.open && !d.abstain {
		d.decide(true)
	}
	if d.open {
		d.cite.close()
	}
}

// decide opens the gate once the start of the answer cannot be the
// sentinel any more, or marks the answer as an abstention.
func (d *draft) decide(final bool) {
	head := strings.TrimLeft(d.raw.String(), sentinelCut)
	switch {
	case strings.HasPrefix(head, Abstain):
		d.abstain = true
	case !final && strings.HasPrefix(Abstain, head):
		// "", "NOT_", ...: wait for more
	default:
		d.open = true
		d.cite.write(d.raw.String())
	}
}

// abstained reports whether the model answered the sentinel: at the start,
// or anywhere in an answer that cites nothing.
func (d *draft) abstained() bool {
	return d.abstain || len(d.cite.order) == 0 && strings.Contains(d.raw.String(), Abstain)
}

// final is the verified answer text. A stray sentinel inside an answer
// that does cite passages is cut out.
func (d *draft) final() string {
	t := d.text.String()
	if strings.Contains(t, Abstain) {
		t = strings.Join(strings.Fields(strings.ReplaceAll(t, Abstain, "")), " ")
	}
	return t
}

// cited lists the given passage numbers (1-based) the answer cites, in
// the order of the answer's own numbering.
func (d *draft) cited() []int { return d.cite.order }
