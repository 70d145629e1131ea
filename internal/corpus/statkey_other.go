//go:build !linux

package corpus

import "os"

// statKey is what a Manifest compares to tell that a file is unchanged.
type statKey struct {
	size, mtime, ctime int64
	ino                uint64
}

// statOf is the statKey of info: size and modification time in
// nanoseconds (the change time and inode are read on Linux only).
func statOf(info os.FileInfo) statKey {
	return statKey{size: info.Size(), mtime: info.ModTime().UnixNano()}
}
