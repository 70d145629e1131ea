package corpus

import (
	"fmt"
	"os"
	"path/filepath"
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
