//go:build !unix

package retrieve

import "os"

// mapFile reads the file at path (no memory mapping on this system).
func mapFile(path string) (*mapping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return newMapping(data, nil), nil
}

// dropPages does nothing where files are read rather than mapped.
func dropPages([]byte) {}
