package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir writes files (name -> content) to a new corpus directory.
func corpusDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestSourcesCountsFilesWithProblems(t *testing.T) {
	dir := corpusDir(t, map[string]string{
		"a.md":  "---\nfoo: 1\nbar: 2\n---\nAlpha body about the protests.\n",
		"b.bin": "x",
		"c.txt": "Charlie body about the protests.\n",
	})
	code, out, _ := runCLI(t, "", "sources", "--corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "\n2 file(s) had problems") {
		t.Errorf("sources footer counts problems, want 2 files:\n%s", out)
	}
}
