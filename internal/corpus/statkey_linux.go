package corpus

import (
	"os"
	"syscall"
)

// statKey is what a Manifest compares to tell that a file is unchanged.
type statKey struct {
	size, mtime, ctime int64
	ino                uint64
}

// statOf is the statKey of info: size, modification and change times in
// nanoseconds, inode.
func statOf(info os.FileInfo) statKey {
	k := statKey{size: info.Size(), mtime: info.ModTime().UnixNano()}
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		k.ctime = st.Ctim.Sec*1e9 + st.Ctim.Nsec
		k.ino = st.Ino
	}
	return k
}
