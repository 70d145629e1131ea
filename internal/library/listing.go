package library

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/almaty-news/newsbot/internal/shares"
)

// scan summarises the directory listing (names, sizes, modification times
// and modes) so polling notices changes without reading the files. The
// files are stat'ed by a few goroutines: at archive scale the calls are
// most of a reload after an edit.
func scan(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "error: " + err.Error()
	}
	parts := make([][]byte, runtime.GOMAXPROCS(0))
	n := shares.Run(len(entries), scanShare, func(w, from, to int) {
		parts[w] = listEntries(entries[from:to])
	})
	return string(slices.Concat(parts[:n]...))
}

// scanShare is the fewest entries a goroutine of scan lists.
const scanShare = 1024

// listEntries writes the lines of scan for entries.
func listEntries(entries []os.DirEntry) []byte {
	b := make([]byte, 0, 64*len(entries))
	for _, e := range entries {
		info, err := e.Info()
		b = appendListed(b, e.Name(), info, err)
	}
	return b
}

// appendListed appends the line of scan for the file name with its Lstat.
func appendListed(b []byte, name string, info os.FileInfo, err error) []byte {
	b = append(b, name...)
	if err != nil {
		return append(b, " ?\n"...)
	}
	b = append(b, ' ')
	b = strconv.AppendInt(b, info.Size(), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, info.ModTime().UnixNano(), 10)
	b = append(b, ' ')
	b = append(b, info.Mode().String()...)
	return append(b, '\n')
}

// rescan returns the listing of dir after a change to the named files
// only: was, the listing of the last load, with those files stat'ed
// again, so a reload after an edit does not stat every file. It scans
// the whole directory when was is unknown or holds a line it cannot
// order (a name with a space, a file it could not stat).
func rescan(dir, was string, names []string) string {
	lines := listingLines(was)
	if was == "" || strings.HasPrefix(was, "error:") || slices.ContainsFunc(lines, func(l string) bool { return listedName(l) == "" }) {
		return scan(dir)
	}
	for _, name := range names {
		if name == "" || strings.ContainsAny(name, " \t\n") || name != filepath.Base(name) {
			return scan(dir)
		}
		i, found := slices.BinarySearchFunc(lines, name, func(line, name string) int { return strings.Compare(listedName(line), name) })
		info, err := os.Lstat(filepath.Join(dir, name))
		switch {
		case err != nil && os.IsNotExist(err) && found:
			lines = slices.Delete(lines, i, i+1)
		case err != nil && os.IsNotExist(err):
		case err != nil:
			return scan(dir)
		case found:
			lines[i] = strings.TrimSuffix(string(appendListed(nil, name, info, nil)), "\n")
		default:
			lines = slices.Insert(lines, i, strings.TrimSuffix(string(appendListed(nil, name, info, nil)), "\n"))
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}
