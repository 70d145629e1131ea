package corpus

import (
	"crypto/sha256"
	"path/filepath"
	"time"
)

// racyWindow is how recent a file's modification or change may be for a
// Manifest not to learn it: a second write in the same tick of the file
// system's clock could leave both times and the size unchanged. Such a
// file is read again by the next Load, until it is older.
var racyWindow = 2 * time.Second

// Manifest remembers what Load parsed of each article file, keyed by the
// file's name and status (size, modification and change times, inode), so
// that the next Load neither reads nor parses a file whose status did not
// change: at archive scale, opening and reading every file is most of a
// start. A file whose status changed, or that is a symbolic link or did
// not load, is read as without a manifest. This is the trade-off git's
// index and make make: a rewrite that keeps size, both times and inode is
// not noticed (no ordinary write does; setting the modification time back
// still changes the change time).
//
// A Manifest is used by one Load at a time (not safe for concurrent use).
type Manifest struct {
	// index gives the place in list of each file's entry, by file name:
	// a map of small values, and the entries in one array, rather than a
	// map holding each entry in memory of its own (tens of thousands at
	// archive scale). An entry no name leads to is dropped at the next
	// save.
	index   map[string]int32
	list    []manifestEntry
	seen    []bool // by place in list: the last Load used or added it
	changed bool   // the last Load added or dropped entries
}

// manifestEntry is one loaded article file.
type manifestEntry struct {
	stat     statKey
	doc      Document // Path is set from the directory Load reads
	body     [sha256.Size]byte
	warnings []string
}

// NewManifest returns an empty Manifest.
func NewManifest() *Manifest {
	return &Manifest{index: map[string]int32{}}
}

// lookup returns the document of the file at path when st, its Lstat,
// matches the entry.
func (m *Manifest) lookup(path string, st status) (manifestEntry, bool) {
	if m == nil || !st.regular {
		return manifestEntry{}, false
	}
	name := filepath.Base(path)
	i, ok := m.index[name]
	if !ok || m.list[i].stat != st.key {
		return manifestEntry{}, false
	}
	m.seen[i] = true
	e := m.list[i]
	e.doc.Path = path
	return e, true
}

// remember records a file that loaded, with st from its Lstat.
func (m *Manifest) remember(st status, e manifestEntry) {
	if m == nil || !st.regular {
		return
	}
	e.stat = st.key
	if time.Since(time.Unix(0, max(e.stat.mtime, e.stat.ctime))) < racyWindow {
		return
	}
	name := filepath.Base(e.doc.Path)
	if i, ok := m.index[name]; ok {
		m.list[i], m.seen[i] = e, true
	} else {
		m.index[name] = int32(len(m.list))
		m.list, m.seen = append(m.list, e), append(m.seen, true)
	}
	m.changed = true
}

// begin starts a Load.
func (m *Manifest) begin() {
	if m != nil {
		m.seen, m.changed = make([]bool, len(m.list)), false
	}
}

// finish drops the entries the last Load did not use and reports whether
// the manifest differs from what was read.
func (m *Manifest) finish() {
	if m == nil {
		return
	}
	for name, i := range m.index {
		if !m.seen[i] {
			delete(m.index, name)
			m.changed = true
		}
	}
}

// Changed reports whether the last Load added or dropped entries, so the
// manifest should be saved.
func (m *Manifest) Changed() bool { return m != nil && m.changed }

// Len is the number of files the manifest knows.
func (m *Manifest) Len() int { return len(m.index) }
