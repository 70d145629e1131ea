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

func TestAskEmptyCorpusFails(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"empty":        {},
		"only skipped": {"a.txt": "", "b.pdf": "%PDF"},
	} {
		dir := corpusDir(t, files)
		for _, args := range [][]string{{"ask", "What happened?"}, {"ask", "--json", "-"}} {
			code, out, errOut := runCLI(t, "What happened?\n", append(args, "--corpus", dir)...)
			if code == 0 {
				t.Errorf("%s corpus: bot %q exit 0, want an error; stdout %q", name, args, out)
			}
			if !strings.Contains(errOut, "no articles to answer from") {
				t.Errorf("%s corpus: bot %q stderr = %q, want it to say there are no articles", name, args, errOut)
			}
		}
	}
}
