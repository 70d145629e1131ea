package retrieve

// Normalize scales v to unit length in place, as every Embedder must
// return it. A zero, empty or non-finite vector is an ErrBadVector:
// chromem-go would silently turn it into NaNs.
func Normalize(v []float32) error {
	if len(v) == 0 {
		return checkVector(v, 0)
	}
	return normalize(v)
}
