//go:build unix

package mapfile

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// Map returns the contents of the file at path, mapped read-only, and the
// function that releases the mapping (nil for an empty file, which is not
// mapped). Writing to data faults.
func Map(path string) (data []byte, unmap func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if info.Size() == 0 || int64(int(info.Size())) != info.Size() {
		return nil, nil, nil
	}
	data, err = unix.Mmap(int(f.Fd()), 0, int(info.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, fmt.Errorf("map %s: %w", path, err)
	}
	return data, func() { _ = unix.Munmap(data) }, nil
}

// DropPages tells the system the pages of b, part of a mapping and
// page-aligned, are not needed: they leave the process's resident memory
// and are read again from the page cache if touched.
func DropPages(b []byte) { _ = unix.Madvise(b, unix.MADV_DONTNEED) }
