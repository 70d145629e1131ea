package text

import (
	"encoding/binary"
	"sort"
	"strings"
)

// table is a newline-separated text table held as one string, with the
// byte offset of each line as little-endian uint32s in idx. Lines are
// found by number or, when sorted, by key (the text before the first tab)
// with a binary search: loading costs nothing, no maps are built.
type table struct {
	data string
	idx  string
}

func newTable(data, idx string) table { return table{data: data, idx: idx} }

// len is the number of lines.
func (t table) len() int { return len(t.idx) / 4 }

// line returns line n without its newline, or "" when out of range.
func (t table) line(n int) string {
	if n < 0 || n >= t.len() {
		return ""
	}
	off := binary.LittleEndian.Uint32([]byte(t.idx[4*n : 4*n+4]))
	if int(off) >= len(t.data) {
		return ""
	}
	s := t.data[off:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return s
}

// lookup returns the fields after the key of the line whose key is k, in a
// table sorted by key.
func (t table) lookup(k string) ([]string, bool) {
	i := sort.Search(t.len(), func(i int) bool { return lineKey(t.line(i)) >= k })
	if i == t.len() {
		return nil, false
	}
	l := t.line(i)
	if lineKey(l) != k {
		return nil, false
	}
	return strings.Split(l, "\t")[1:], true
}

func lineKey(l string) string {
	if j := strings.IndexByte(l, '\t'); j >= 0 {
		return l[:j]
	}
	return l
}

// list splits a comma-separated field; "" is no items.
func list(f string) []string {
	if f == "" {
		return nil
	}
	return strings.Split(f, ",")
}
