//go:build unix

package retrieve

import (
	"fmt"
	"os"
	"syscall"
)

// mapFile maps the file at path read-only. The cache is replaced by
// renaming a new file over it, never written in place, so the mapping
// stays valid and unchanged while an Index uses it.
func mapFile(path string) (*mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() == 0 || int64(int(info.Size())) != info.Size() {
		return newMapping(nil, nil), nil
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(info.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", path, err)
	}
	return newMapping(data, func(b []byte) { _ = syscall.Munmap(b) }), nil
}

// dropPages tells the system the pages of b (page-aligned) are not needed:
// they leave the process's resident memory and are read again from the
// page cache if touched.
func dropPages(b []byte) { _ = syscall.Madvise(b, syscall.MADV_DONTNEED) }
