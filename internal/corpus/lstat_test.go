package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Load asks for many files' status on several goroutines and still pairs
// each file with its own: every article of a large directory loads, and
// a bad one is reported by its name.
func TestLoadManyFiles(t *testing.T) {
	dir := t.TempDir()
	n := 3 * lstatShare
	for i := range n {
		text := fmt.Sprintf("Article %d\n\nThe council met on day %d and voted %d to %d.\n", i, i, i, n-i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "a0777.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, problems, err := Load(dir, Options{})
	if err != nil || len(docs) != n {
		t.Fatalf("Load() = %d articles, %v; want %d", len(docs), err, n)
	}
	for i, d := range docs {
		if want := fmt.Sprintf("a%04d", i); d.ID != want || d.Path != filepath.Join(dir, want+".txt") {
			t.Fatalf("Load()[%d] = %s from %s, want %s", i, d.ID, d.Path, want)
		}
	}
	if len(problems) != 1 || filepath.Base(problems[0].Path) != "a0777.pdf" {
		t.Errorf("Load() problems = %v, want one for a0777.pdf", problems)
	}
}

// lstatAll gives what os.Lstat gives of each entry: a regular file's size
// and modification time, a symbolic link or a subdirectory as not a
// regular file, and an error for a name that is gone.
func TestLstatAllMatchesLstat(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Alpha story.\n", "b.txt": "A longer bravo story.\n"})
	if err := os.Symlink("a.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	names := []string{"a.txt", "b.txt", "link.txt", "sub", "gone.txt"}
	sts, errs := lstatAll(dir, names)
	for i, name := range names[:2] {
		info, err := os.Lstat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if errs[i] != nil || !sts[i].regular || sts[i].key.size != info.Size() || sts[i].key.mtime != info.ModTime().UnixNano() {
			t.Errorf("lstatAll(%s) = %+v, %v; want a regular file of %d bytes modified at %d", name, sts[i], errs[i], info.Size(), info.ModTime().UnixNano())
		}
	}
	for i, name := range names[2:4] {
		if st := sts[2+i]; errs[2+i] != nil || st.regular {
			t.Errorf("lstatAll(%s) = %+v, %v; want not a regular file", name, st, errs[2+i])
		}
	}
	if !errors.Is(errs[4], fs.ErrNotExist) || !strings.Contains(errs[4].Error(), "gone.txt") {
		t.Errorf("lstatAll(gone.txt) error = %v, want one naming it that says it does not exist", errs[4])
	}
	if sts[0].key == sts[1].key {
		t.Error("lstatAll gave two files the same key")
	}
}

// An article's path is filepath.Join of the directory as given and the
// file's name, however the directory is written.
func TestLoadPathsJoinTheDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Alpha story.\n"})
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	sep := string(filepath.Separator)
	for _, d := range []string{dir, dir + sep, dir + sep + "." + sep, filepath.Join(dir, "sub") + sep + ".."} {
		docs, _, err := Load(d, Options{})
		if err != nil || len(docs) != 1 || docs[0].Path != filepath.Join(d, "a.txt") {
			t.Errorf("Load(%q) = %v, %v; want a.txt at %s", d, docs, err, filepath.Join(d, "a.txt"))
		}
	}
}
