package retrieve

import "runtime"

// mapping is the memory of a cache file: mapped read-only where the
// system allows it (mapFile), else read. Vectors decoded from it point
// into it, so every Index using them holds it; it is released when no
// Index does.
type mapping struct {
	data []byte
}

// newMapping returns the mapping of data, released by unmap once
// unreachable.
func newMapping(data []byte, unmap func([]byte)) *mapping {
	m := &mapping{data: data}
	if unmap != nil {
		runtime.AddCleanup(m, unmap, data)
	}
	return m
}
