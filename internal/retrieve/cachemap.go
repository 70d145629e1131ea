package retrieve

import "runtime"

// mapping is the memory of a cache file: mapped read-only where the
// system allows it (mapFile), else read. Vectors decoded from it point
// into it, so every Index using them holds it; it is released when no
// Index does.
type mapping struct {
	data []byte
	drop func([]byte) // gives back pages of data no longer needed; nil to keep them
}

// newMapping returns the mapping of data, released by unmap once
// unreachable.
func newMapping(data []byte, unmap func([]byte)) *mapping {
	m := &mapping{data: data, drop: dropPages}
	if unmap == nil {
		m.drop = nil
	} else {
		runtime.AddCleanup(m, unmap, data)
	}
	return m
}

// keepOnly gives back the pages of the mapping outside data[from:to] (the
// vectors: the rest was decoded into the heap), so they do not count in
// the process's memory. Pages it shares with the range are kept.
func (m *mapping) keepOnly(from, to int) {
	if m.drop == nil {
		return
	}
	const page = 4096
	if from -= from % page; from > 0 {
		m.drop(m.data[:from])
	}
	if to += (page - to%page) % page; to < len(m.data) {
		m.drop(m.data[to:])
	}
}
