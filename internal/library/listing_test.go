package library

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestChangedFiles(t *testing.T) {
	const (
		a  = "a.txt 10 1 -rw-r--r--\n"
		a2 = "a.txt 11 2 -rw-r--r--\n"
		b  = "b.md 10 1 -rw-r--r--\n"
		c  = "c.txt 10 1 -rw-r--r--\n"
		d  = "d.txt 4096 1 drwxr-xr-x\n"
		sp = "x y.txt 10 1 -rw-r--r--\n"
	)
	for _, tc := range []struct {
		name      string
		was, next string
		want      map[string]bool
		ok        bool
	}{
		{"unchanged", a + b + c, a + b + c, map[string]bool{}, true},
		{"edited", a + b + c, a2 + b + c, map[string]bool{"a.txt": true}, true},
		{"added and removed", a + c, b + c, map[string]bool{"a.txt": false, "b.md": true}, true},
		{"a directory appears", a + c, a + c + d, nil, false},
		{"an unchanged name with a space", a + c + sp, a2 + c + sp, map[string]bool{"a.txt": true}, true},
		{"a name with a space appears", a + c, a + c + sp, nil, false},
		{"not an article", a, a + "notes.pdf 1 1 -rw-r--r--\n", nil, false},
	} {
		got, ok := changedFiles(tc.was, tc.next)
		if ok != tc.ok || tc.ok && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: changedFiles() = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// scan lists in parallel past scanShare files: the listing is still one
// line per file, in name order.
func TestScanListsEveryFileInOrder(t *testing.T) {
	dir := t.TempDir()
	n := 2*scanShare + 7
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lines := listingLines(scan(dir))
	if len(lines) != n {
		t.Fatalf("scan() = %d lines, want %d", len(lines), n)
	}
	for i, line := range lines {
		if want := fmt.Sprintf("a%05d.txt 1 ", i); !strings.HasPrefix(line, want) {
			t.Fatalf("scan() line %d = %q, want it to start %q", i, line, want)
		}
	}
}
