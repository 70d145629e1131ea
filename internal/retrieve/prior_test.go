package retrieve

import (
	"context"
	"reflect"
	"slices"
	"testing"
)

// canonical is what a lexical index says of the chunks, by place: their
// lengths, and each term some chunk has with its postings sorted by
// place. A derived index differs from a fresh one only in what this
// leaves out (the order within a posting list, slots, terms no chunk has).
type canonicalLexical struct {
	lengths  []int32
	postings map[string][]posting // slot is the place
	avgLen   float64
}

func canonical(lx *lexical) canonicalLexical {
	out := canonicalLexical{postings: map[string][]posting{}, avgLen: lx.avgLen}
	for _, s := range lx.slots() {
		out.lengths = append(out.lengths, lx.lengths[s])
	}
	for _, t := range lx.vocabulary() {
		var ps []posting
		for _, p := range lx.list(t) {
			ps = append(ps, posting{slot: int32(lx.place(p.slot)), tf: p.tf})
		}
		if len(ps) > 0 {
			out.postings[t] = slices.SortedFunc(slices.Values(ps), func(a, b posting) int { return int(a.slot - b.slot) })
		}
	}
	return out
}

// TestReuseDerivesTheLexicalIndex rebuilds after edits, removals,
// additions and repeated texts, reusing the previous index: the lexical
// index equals one built from the texts, and answers are the same.
func TestReuseDerivesTheLexicalIndex(t *testing.T) {
	before := []string{
		"Protests began in Zhanaozen over fuel prices.",
		"Fuel prices doubled on January 1.",
		"Troops arrived in Almaty.",
		"Troops arrived in Almaty.",
		"The airport was seized by protesters.",
	}
	// New words, words gone, moved and repeated passages.
	checkDerived(t, before, []string{
		"Troops arrived in Almaty.",
		"Fuel prices doubled on January 1 after the cap was lifted.",
		"Protests began in Zhanaozen over fuel prices.",
		"The cabinet resigned; a curfew was declared.",
		"Troops arrived in Almaty.",
		"Protests began in Zhanaozen over fuel prices.",
	}, 2)
	// The same vocabulary: one passage rewritten with words others have.
	checkDerived(t, before, []string{
		"Protests began in Zhanaozen over fuel prices.",
		"Fuel prices doubled on January 1.",
		"Troops arrived in Almaty.",
		"Troops seized the airport in Almaty on January 1.",
		"The airport was seized by protesters.",
	}, 1)
	// Words gone, none new.
	checkDerived(t, before, []string{
		"Protests began in Zhanaozen over fuel prices.",
		"Fuel prices doubled on January 1.",
		"Troops arrived in Almaty.",
	}, 0)
}

func checkDerived(t *testing.T, before, after []string, embedded int) {
	t.Helper()
	ctx := context.Background()
	emb := newCounting("hash")
	first, _, err := Build(ctx, chunksOf(before...), Options{Embedder: emb})
	if err != nil {
		t.Fatal(err)
	}
	got, st, err := Build(ctx, chunksOf(after...), Options{Embedder: emb, Reuse: first})
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != embedded || st.Reused != len(after)-embedded {
		t.Errorf("Build with Reuse = %+v, want %d embedded, the rest reused", st, embedded)
	}
	fresh, _, err := Build(ctx, chunksOf(after...), Options{Embedder: newCounting("hash")})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := canonical(got.lex), canonical(fresh.lex); !reflect.DeepEqual(g, w) {
		t.Errorf("derived lexical index = %+v\nwant %+v", g, w)
	}
	for _, q := range []string{"Why did troops arrive?", "fuel prices", "What happened at the airport?", "Who seized the airport?"} {
		a, _ := got.Search(ctx, q, 4)
		b, _ := fresh.Search(ctx, q, 4)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Search(%q) after reuse = %v, fresh %v", q, a, b)
		}
	}
}
