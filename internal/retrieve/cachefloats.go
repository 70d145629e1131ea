package retrieve

import (
	"encoding/binary"
	"unsafe"
)

// littleEndian reports whether float32s in memory are laid out as the
// cache file stores them, so vectors are read and written in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// floatBytes is the memory of xs as bytes (on a little-endian machine,
// the cache layout of xs).
func floatBytes(xs []float32) []byte {
	if len(xs) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&xs[0])), 4*len(xs))
}
