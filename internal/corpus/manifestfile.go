package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"slices"
	"unsafe"

	"github.com/almaty-news/newsbot/internal/atomicfile"
	"github.com/almaty-news/newsbot/internal/mapfile"
)

// manifestMagic starts a manifest file; the number is the layout's
// version and changes whenever the layout does.
const manifestMagic = "newsbot corpus manifest 1\n"

// The manifest file, little-endian, strings as a uint32 length and bytes:
//
//	magic | n | per file: name, size, mtime, ctime, ino (uint64), ID,
//	Title, Outlet, Date, URL, Added, Hash, Text, BodyStart, BodyEnd
//	(uint32), body key (32 bytes), warnings (n, strings) | CRC-32C
//
// written to a temporary file, synced and renamed over the old one.

var manifestCRC = crc32.MakeTable(crc32.Castagnoli)

// ReadManifest reads the manifest at path. A missing file is an empty
// Manifest and no error; a damaged one is an empty Manifest and the error
// saying why (the next Load reads every file, and saving replaces it).
func ReadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	return decodeManifest(path, data, nil, err)
}

// MapManifest is ReadManifest with the file mapped into memory (package
// mapfile) instead of read, for a process's first load: the documents'
// strings point into the mapping, which is therefore never released (the
// documents of a first load are served until they change, and the
// passages of those that do not change keep their text). At archive
// scale (50 MB for 27 000 articles) reading the file into new memory
// took a sixth of a start on a virtual machine. Reloads use ReadManifest,
// whose memory the collector frees.
func MapManifest(path string) (*Manifest, error) {
	data, unmap, err := mapfile.Map(path)
	return decodeManifest(path, data, unmap, err)
}

// decodeManifest is what ReadManifest and MapManifest make of the file's
// contents, data, or of the error reading it; unmap releases data when
// nothing was decoded from it (nil when read).
func decodeManifest(path string, data []byte, unmap func(), err error) (*Manifest, error) {
	m := NewManifest()
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, fmt.Errorf("read corpus manifest: %w", err)
	}
	if err := m.decode(data); err != nil {
		if unmap != nil {
			unmap() // the entries sharing it are dropped
		}
		return NewManifest(), fmt.Errorf("read corpus manifest %s: %w", path, err)
	}
	return m, nil
}

// decode fills m from a manifest file. The strings share data's memory:
// data is never written again (a mapping cannot be).
func (m *Manifest) decode(data []byte) (err error) {
	if len(data) < len(manifestMagic)+8 || string(data[:len(manifestMagic)]) != manifestMagic {
		return errors.New("not a version 1 manifest")
	}
	body := data[:len(data)-4]
	// The checksum is taken while the entries are decoded (the reader
	// checks every length, so damage decodes to something, never out of
	// bounds); a mismatch discards them.
	sum := make(chan uint32, 1)
	go func() { sum <- crc32.Checksum(body, manifestCRC) }()
	defer func() {
		if <-sum != binary.LittleEndian.Uint32(data[len(body):]) {
			clear(m.index)
			m.list = nil
			err = errors.New("checksum mismatch")
		}
	}()
	r := &reader{all: unsafe.String(&body[0], len(body)), off: len(manifestMagic)}
	n := r.u32()
	// Sized once (an archive has tens of thousands of entries), within
	// what the file can hold: an entry takes more than minEntryBytes.
	size := min(int(n), len(body)/minEntryBytes)
	m.index, m.list = make(map[string]int32, size), make([]manifestEntry, 0, size)
	for ; n > 0 && r.err == nil; n-- {
		name := r.str()
		m.list = append(m.list, manifestEntry{})
		e := &m.list[len(m.list)-1]
		e.stat = statKey{size: int64(r.u64()), mtime: int64(r.u64()), ctime: int64(r.u64()), ino: r.u64()}
		d := &e.doc
		d.ID, d.Title, d.Outlet, d.Date, d.URL, d.Added, d.Hash, d.Text = r.str(), r.str(), r.str(), r.str(), r.str(), r.str(), r.str(), r.str()
		d.BodyStart, d.BodyEnd = int(r.u32()), int(r.u32())
		copy(e.body[:], r.next(len(e.body)))
		for w := r.u32(); w > 0 && r.err == nil; w-- {
			e.warnings = append(e.warnings, r.str())
		}
		if r.err == nil && (d.BodyStart > d.BodyEnd || d.BodyEnd > len(d.Text)) {
			r.err = fmt.Errorf("entry %q: body out of range", name)
		}
		m.index[name] = int32(len(m.list) - 1)
	}
	if r.err == nil && r.off != len(r.all) {
		r.err = errors.New("trailing bytes")
	}
	return r.err
}

// minEntryBytes is less than the smallest entry of a manifest file: its
// fixed fields (four stat numbers, two offsets, the body key and ten
// lengths).
const minEntryBytes = 4*8 + 2*4 + 32 + 10*4

// reader walks a manifest, remembering the first error.
type reader struct {
	all string
	off int
	err error
}

func (r *reader) next(n int) string {
	if r.err != nil || n < 0 || n > len(r.all)-r.off {
		if r.err == nil {
			r.err = errors.New("truncated")
		}
		return ""
	}
	s := r.all[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) u32() uint32 {
	s := r.next(4)
	if s == "" {
		return 0
	}
	return binary.LittleEndian.Uint32([]byte(s))
}

func (r *reader) u64() uint64 { return uint64(r.u32()) | uint64(r.u32())<<32 }

func (r *reader) str() string { return r.next(int(r.u32())) }

// Save writes the manifest to path atomically, sorted by file name.
func (m *Manifest) Save(path string) error {
	err := atomicfile.Write(path, 0o644, func(out io.Writer) error {
		w := &writer{w: out, crc: crc32.New(manifestCRC)}
		m.encode(w)
		sum := w.crc.Sum32()
		if _, err := out.Write(binary.LittleEndian.AppendUint32(nil, sum)); err != nil && w.err == nil {
			w.err = err
		}
		return w.err
	})
	if err != nil {
		return fmt.Errorf("save corpus manifest: %w", err)
	}
	m.changed = false
	return nil
}

func (m *Manifest) encode(w *writer) {
	w.bytes([]byte(manifestMagic))
	names := make([]string, 0, len(m.index))
	for name := range m.index {
		names = append(names, name)
	}
	slices.Sort(names)
	w.u32(uint32(len(names)))
	for _, name := range names {
		e := m.list[m.index[name]]
		d := e.doc
		w.str(name)
		w.u64(uint64(e.stat.size))
		w.u64(uint64(e.stat.mtime))
		w.u64(uint64(e.stat.ctime))
		w.u64(e.stat.ino)
		for _, s := range []string{d.ID, d.Title, d.Outlet, d.Date, d.URL, d.Added, d.Hash, d.Text} {
			w.str(s)
		}
		w.u32(uint32(d.BodyStart))
		w.u32(uint32(d.BodyEnd))
		w.bytes(e.body[:])
		w.u32(uint32(len(e.warnings)))
		for _, s := range e.warnings {
			w.str(s)
		}
	}
}

// writer writes a manifest, remembering the first error.
type writer struct {
	w   io.Writer
	crc hash.Hash32
	err error
	buf [8]byte
}

func (w *writer) bytes(b []byte) {
	if w.err != nil {
		return
	}
	w.crc.Write(b)
	_, w.err = w.w.Write(b)
}

func (w *writer) u32(x uint32) { w.bytes(binary.LittleEndian.AppendUint32(w.buf[:0], x)) }

func (w *writer) u64(x uint64) { w.bytes(binary.LittleEndian.AppendUint64(w.buf[:0], x)) }

func (w *writer) str(s string) {
	w.u32(uint32(len(s)))
	w.bytes([]byte(s))
}
