package retrieve

import (
	"context"
	"errors"
	"fmt"
	"math"
)

// Embedder turns texts into unit vectors. Identity names the model and its
// settings (for example "builtin/hashed-ngram-v1/512"); vectors from
// embedders with different identities are never mixed in one index.
type Embedder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	Identity() string
}

// ErrBadVector reports an embedding that cannot be used: empty, of the
// wrong dimension, or not finite.
var ErrBadVector = errors.New("unusable embedding vector")

// normalize scales v to unit length in place. A zero or non-finite vector
// is an error: chromem-go would turn it into NaNs.
func normalize(v []float32) error {
	var sum float64
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return fmt.Errorf("%w: not finite", ErrBadVector)
		}
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return fmt.Errorf("%w: zero vector", ErrBadVector)
	}
	inv := 1 / math.Sqrt(sum)
	for i := range v {
		v[i] = float32(float64(v[i]) * inv)
	}
	return nil
}

// cosine is the dot product of two unit vectors.
func cosine(a, b []float32) float64 {
	if len(a) != len(b) {
		return 0
	}
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return float64(s)
}
