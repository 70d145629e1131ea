//go:build !unix

package mapfile

import "os"

// Map returns the contents of the file at path, read (no memory mapping on
// this system); unmap is nil.
func Map(path string) (data []byte, unmap func(), err error) {
	data, err = os.ReadFile(path)
	return data, nil, err
}

// DropPages does nothing where files are read rather than mapped.
func DropPages([]byte) {}
