package mapfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMapGivesTheContents(t *testing.T) {
	dir := t.TempDir()
	for _, want := range []string{"", "x", "newsbot corpus manifest\n"} {
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		data, unmap, err := Map(path)
		if err != nil || string(data) != want {
			t.Errorf("Map(%q) = %q, %v; want the contents", want, data, err)
		}
		if unmap != nil {
			unmap()
		}
	}
	if _, _, err := Map(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Errorf("Map(missing) error = %v, want not exist", err)
	}
}
