package library

import (
	"reflect"
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
