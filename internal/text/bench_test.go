package text

import "testing"

// BenchmarkLoad measures loading the embedded lexicon (what the first
// lookup of a process pays).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		load().has("evacuate")
	}
}

// BenchmarkRelated measures computing a word's relations uncached.
func BenchmarkRelated(b *testing.B) {
	d := db()
	for b.Loop() {
		d.links("attack")
	}
}

// BenchmarkLemma measures lemmatising an inflected word.
func BenchmarkLemma(b *testing.B) {
	db()
	for b.Loop() {
		Lemma("evacuated")
	}
}
