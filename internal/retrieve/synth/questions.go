package synth

import (
	"fmt"
	"math/rand/v2"
)

// questionTemplates are questions about what the articles report, filled
// like the article templates.
var questionTemplates = []string{
	"How many people were detained in {P}?",
	"What did {A} say about {T}?",
	"Why did {A} block {O}?",
	"When was the state of emergency declared in {P}?",
	"Who leads {A} in {P}?",
	"How many flights were cancelled in {P}?",
	"What happened near {O} on {W}?",
	"What is the death toll from {T}?",
}

// Questions returns n questions about a corpus generated with this
// package, the same for the same seed.
func Questions(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 1<<62))
	out := make([]string, n)
	for i := range out {
		g := gen{r: r, date: baseDate.AddDate(0, 0, r.IntN(3650))}
		out[i] = g.fill(pick(r, questionTemplates), pick(r, topics))
	}
	return out
}

// fill replaces the slots of template t (see sentence).
func (g gen) fill(t, topic string) string {
	var out []byte
	for i := 0; i < len(t); i++ {
		if t[i] != '{' || i+2 >= len(t) || t[i+2] != '}' {
			out = append(out, t[i])
			continue
		}
		out = fmt.Append(out, g.slot(t[i+1], topic))
		i += 2
	}
	return string(out)
}
