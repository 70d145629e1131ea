package retrieve

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
)

// DefaultHashDim is the vector size of the built-in embedder.
const DefaultHashDim = 512

// HashEmbedder is the built-in embedder: pure Go, deterministic, no model
// and no network. It hashes weighted features of a text into a fixed-size
// vector ("feature hashing"): stemmed content words, pairs of adjacent
// words, thesaurus concepts (so "hurt" lands near "wounded") and character
// trigrams (so "Azirbek" lands near "Azirbek's" and spelling variants),
// with sublinear term frequency, then normalises to unit length.
type HashEmbedder struct {
	dim int
}

var _ Embedder = (*HashEmbedder)(nil)

// NewHashEmbedder returns a hashed n-gram embedder of dim dimensions
// (DefaultHashDim when dim <= 0).
func NewHashEmbedder(dim int) *HashEmbedder {
	if dim <= 0 {
		dim = DefaultHashDim
	}
	return &HashEmbedder{dim: dim}
}

// Identity names the embedder and its dimension.
func (h *HashEmbedder) Identity() string {
	return fmt.Sprintf("builtin/hashed-ngram-v1/%d", h.dim)
}

// Embed returns one unit vector per text. It never fails for valid input
// and honours ctx cancellation between texts.
func (h *HashEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("hash embed: %w", err)
		}
		out[i] = h.vector(t)
	}
	return out, nil
}

// Feature weights, relative to a content word.
const (
	wordWeight    = 1.0
	bigramWeight  = 0.5
	conceptWeight = 0.5
	trigramWeight = 0.2
)

func (h *HashEmbedder) vector(text string) []float32 {
	counts := map[string]float64{}
	var prev string
	for _, t := range Tokenize(text) {
		if t.Stop {
			continue
		}
		counts["w:"+t.Term] += wordWeight
		if prev != "" {
			counts["b:"+prev+" "+t.Term] += bigramWeight
		}
		prev = t.Term
		if rel := related(t.Term); len(rel) > 0 {
			counts["c:"+concept(t.Term, rel)] += conceptWeight
		}
		g := "<" + strings.ToLower(t.Surface) + ">"
		runes := []rune(g)
		for i := 0; i+3 <= len(runes); i++ {
			counts["g:"+string(runes[i:i+3])] += trigramWeight
		}
	}
	v := make([]float32, h.dim)
	for f, c := range counts {
		sum := fnv.New64a()
		sum.Write([]byte(f))
		x := sum.Sum64()
		w := 1 + math.Log(c) // sublinear tf; c is at least the smallest weight
		if c < 1 {
			w = c
		}
		if x>>63 == 1 {
			w = -w
		}
		v[x%uint64(h.dim)] += float32(w)
	}
	if err := normalize(v); err != nil {
		// No features (empty or punctuation-only text): a fixed unit
		// vector keeps chromem-go away from NaNs.
		v[0] = 1
	}
	return v
}

// concept names the thesaurus group of term: its smallest member.
func concept(term string, rel []string) string {
	m := term
	for _, r := range rel {
		if r < m {
			m = r
		}
	}
	return m
}
