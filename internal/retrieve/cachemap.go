package retrieve

import (
	"runtime"

	"github.com/almaty-news/newsbot/internal/mapfile"
)

// mapping is the memory of a cache file: mapped read-only where the
// system allows it (package mapfile), else read. Vectors decoded from it
// point into it, so every Index using them holds it; it is released when
// no Index does.
type mapping struct {
	data []byte
	drop func([]byte) // gives back pages of data no longer needed; nil to keep them
}

// mapFile maps the file at path. The cache is replaced by renaming a new
// file over it, never written in place, so the mapping stays valid and
// unchanged while an Index uses it.
func mapFile(path string) (*mapping, error) {
	data, unmap, err := mapfile.Map(path)
	if err != nil {
		return nil, err
	}
	return newMapping(data, unmap), nil
}

// newMapping returns the mapping of data, released by unmap once
// unreachable; nil unmap for memory that was read, not mapped.
func newMapping(data []byte, unmap func()) *mapping {
	m := &mapping{data: data, drop: mapfile.DropPages}
	if unmap == nil {
		m.drop = nil
	} else {
		runtime.AddCleanup(m, func(unmap func()) { unmap() }, unmap)
	}
	return m
}

// keepOnly gives back the pages of the mapping outside data[from:to] (the
// vectors: the rest was decoded into the heap, or is the word index's
// posting lists, which a question reads back from the page cache a few
// at a time), so they do not count in the process's memory. Pages it
// shares with the range are kept.
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
