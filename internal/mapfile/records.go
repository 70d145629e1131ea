package mapfile

import (
	"encoding/binary"
	"errors"
)

// Records reads the little-endian records of a binary file's contents in
// order (the index cache, the passage cuts), with bounds checks: once a
// read would pass the end, Err says so and every later read returns
// nothing.
type Records struct {
	B   []byte // the contents
	Off int    // where the next record starts
	Err error  // the first error
}

// Next returns the next n bytes, or nil past the end.
func (r *Records) Next(n int) []byte {
	if r.Err == nil && (n < 0 || n > len(r.B)-r.Off) {
		r.Err = errors.New("truncated")
	}
	if r.Err != nil {
		return nil
	}
	b := r.B[r.Off : r.Off+n]
	r.Off += n
	return b
}

// U32 returns the next four bytes as a little-endian number, or 0 past
// the end.
func (r *Records) U32() uint32 {
	if b := r.Next(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}
