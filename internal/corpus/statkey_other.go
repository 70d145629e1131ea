//go:build !linux

package corpus

import (
	"os"
	"path/filepath"
)

// statKey is what a Manifest compares to tell that a file is unchanged.
type statKey struct {
	size, mtime, ctime int64
	ino                uint64
}

// statusDir asks for the status of a directory's entries by name.
type statusDir struct{ dir string }

func openStatusDir(dir string) (statusDir, error) { return statusDir{dir}, nil }

func (statusDir) close() {}

// lstat is the status of the entry name: size and modification time in
// nanoseconds (the change time and inode are read on Linux only).
func (d statusDir) lstat(name string) (status, error) {
	info, err := os.Lstat(filepath.Join(d.dir, name))
	if err != nil {
		return status{}, err
	}
	return status{key: statKey{size: info.Size(), mtime: info.ModTime().UnixNano()}, regular: info.Mode().IsRegular()}, nil
}
