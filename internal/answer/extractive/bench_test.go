package extractive_test

import (
	"context"
	"testing"
)

// BenchmarkAsk answers one question in-process on the seed corpus:
// retrieval and the extractive composer (target p50 ≤ 2 ms).
func BenchmarkAsk(b *testing.B) {
	svc, _ := seedService(b)
	ctx := context.Background()
	qs := []string{
		"What sparked the protests?",
		"How many police officers were killed in the unrest?",
		"Who won the 2022 FIFA World Cup?",
	}
	i := 0
	for b.Loop() {
		if _, err := svc.Ask(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
