package retrieve

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/almaty-news/newsbot/internal/text"
)

// DefaultHashDim is the vector size of the built-in embedder.
const DefaultHashDim = 512

// HashEmbedder is the built-in embedder: pure Go, deterministic, no model
// and no network. It hashes weighted features of a text into a fixed-size
// vector ("feature hashing"): stemmed content words, pairs of adjacent
// words, WordNet senses (so "hurt" lands near "injure": words that share a
// synset share a feature) and character
// trigrams (so "Azirbek" lands near "Azirbek's" and spelling variants),
// with sublinear term frequency, then normalises to unit length.
type HashEmbedder struct {
	dim      int
	noSenses bool // leave out WordNet senses, to measure what they add (tests only)
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
	if h.noSenses {
		return fmt.Sprintf("builtin/hashed-ngram-v4/%d", h.dim)
	}
	return fmt.Sprintf("builtin/hashed-ngram-wordnet-v4/%d", h.dim)
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
	// conceptSenses is how many of a word's most frequent WordNet senses
	// give it concept features, sharing conceptWeight.
	conceptSenses = 2
)

func (h *HashEmbedder) vector(s string) []float32 {
	counts := map[string]float64{}
	var prev string
	for _, t := range Tokenize(s) {
		if t.Stop {
			continue
		}
		counts["w:"+t.Term] += wordWeight
		if prev != "" {
			counts["b:"+prev+" "+t.Term] += bigramWeight
		}
		prev = t.Term
		lower := strings.ToLower(t.Surface)
		if cs := text.Concepts(lower); len(cs) > 0 && !h.noSenses {
			cs = cs[:min(len(cs), conceptSenses)]
			for _, c := range cs {
				counts["c:"+strconv.Itoa(c)] += conceptWeight / float64(len(cs))
			}
		}
		g := "<" + lower + ">"
		runes := []rune(g)
		for i := 0; i+3 <= len(runes); i++ {
			counts["g:"+string(runes[i:i+3])] += trigramWeight
		}
	}
	// Features are added in a fixed order: float addition depends on it,
	// and map order would make the same text embed to vectors that differ
	// in their last bits from one process to the next.
	features := make([]string, 0, len(counts))
	for f := range counts {
		features = append(features, f)
	}
	slices.Sort(features)
	v := make([]float32, h.dim)
	for _, f := range features {
		c := counts[f]
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
