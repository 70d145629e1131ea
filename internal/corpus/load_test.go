package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles creates files (name -> content) under dir; a name ending in
// "/" is created as a directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if strings.HasSuffix(name, "/") {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadMixed(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":       "Alpha story. It happened.\n",
		"b.md":        "---\ntitle: Bravo\nfoo: 1\n---\nBravo body.\n",
		"B2.TXT":      "Upper case extension loads.\n",
		"x-y.txt":     "Sorted after x by ID.\n",
		"x.md":        "Sorted before x-y by ID.\n",
		"c.txt":       " date 2022-01-06 Alpha   story.\nIt happened.\n\nSource: Elsewhere\n",
		"d.md":        "Delta from markdown.\n",
		"d.txt":       "Delta from text, same ID.\n",
		"big.txt":     strings.Repeat("Too big. ", 30),
		"bad.txt":     "caf\xe9\n",
		"bin.txt":     "GIF89a\x00\x01",
		"empty.txt":   "",
		"fm.txt":      "+++\ntitle = \"x\"\n",
		"noext":       "Some text.\n",
		"report.pdf":  "%PDF-1.4\n",
		"sub/":        "",
		".hidden.txt": "Hidden files are ignored.\n",
		".gitkeep":    "",
	})
	writeFiles(t, filepath.Join(dir, "sub"), map[string]string{"inner.txt": "Not scanned.\n"})

	docs, problems, err := Load(dir, Options{MaxBytes: 200})
	if err != nil {
		t.Fatalf("Load() error = %v, want nil", err)
	}

	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
		if want := filepath.Join(dir, filepath.Base(d.Path)); d.Path != want {
			t.Errorf("Load() doc %s Path = %q, want %q", d.ID, d.Path, want)
		}
	}
	wantIDs := []string{"B2", "a", "b", "d", "x", "x-y"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("Load() = %d docs %q, want %d %q", len(ids), ids, len(wantIDs), wantIDs)
	}

	p := func(name, reason string, skipped bool) Problem {
		return Problem{Path: filepath.Join(dir, name), Reason: reason, Skipped: skipped}
	}
	wantProblems := []Problem{
		p("b.md", `unknown front matter key "foo"`, false),
		p("bad.txt", "not valid UTF-8", true),
		p("big.txt", "too large: 270 bytes (limit 200)", true),
		p("bin.txt", "binary content (contains NUL byte)", true),
		{Path: filepath.Join(dir, "c.txt"), Reason: "duplicate of a", Skipped: true, Duplicate: true},
		{Path: filepath.Join(dir, "d.txt"), Reason: `duplicate ID "d" (already loaded from d.md)`, Skipped: true, Duplicate: true},
		p("empty.txt", "empty file", true),
		p("fm.txt", "malformed front matter: no closing +++ line", true),
		p("noext", "unsupported file type (no extension; want .txt or .md)", true),
		p("report.pdf", "unsupported file type .pdf (want .txt or .md)", true),
		p("sub", "subdirectory not scanned", true),
	}
	if !slices.Equal(problems, wantProblems) {
		t.Errorf("Load() = %d problems:\n%s\nwant %d:\n%s", len(problems), problemLines(problems), len(wantProblems), problemLines(wantProblems))
	}
}

func TestLoadDefaultMaxBytes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"fits.txt": strings.Repeat("a", DefaultMaxBytes-1) + ".",
		"over.txt": strings.Repeat("b", DefaultMaxBytes) + ".",
	})
	docs, problems, err := Load(dir, Options{})
	if err != nil {
		t.Fatalf("Load() error = %v, want nil", err)
	}
	if len(docs) != 1 || docs[0].ID != "fits" {
		t.Errorf("Load() = %d docs, want 1 (fits)", len(docs))
	}
	want := []Problem{{Path: filepath.Join(dir, "over.txt"), Reason: "too large: 1048577 bytes (limit 1048576)", Skipped: true}}
	if !slices.Equal(problems, want) {
		t.Errorf("Load() problems = %v, want %v", problems, want)
	}
}

func TestLoadMissingDir(t *testing.T) {
	docs, problems, err := Load(filepath.Join(t.TempDir(), "nope"), Options{})
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing dir) error = %v, want a not-exist error", err)
	}
	if docs != nil || problems != nil {
		t.Errorf("Load(missing dir) = %d docs, %d problems, want none", len(docs), len(problems))
	}
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Path: "corpus/x.txt", Reason: "not valid UTF-8", Skipped: true}, "corpus/x.txt: not valid UTF-8 (skipped)"},
		{Problem{Path: "corpus/y.md", Reason: `unknown front matter key "foo"`}, `corpus/y.md: unknown front matter key "foo"`},
	}
	for _, tc := range tests {
		if got := tc.p.Error(); got != tc.want {
			t.Errorf("Problem.Error() = %q, want %q", got, tc.want)
		}
	}
}

func problemLines(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("  " + p.Error() + "\n")
	}
	return b.String()
}

func TestLoadSymlinks(t *testing.T) {
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"secret.txt": "A private note that is not an article.\n"})
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Alpha story. It happened.\n", "sub/": ""})
	writeFiles(t, dir, map[string]string{"sub/b.txt": "Bravo story inside.\n"})
	links := map[string]string{
		"out.txt":    filepath.Join(outside, "secret.txt"),
		"rel.txt":    filepath.Join("..", filepath.Base(outside), "secret.txt"),
		"in.txt":     filepath.Join(dir, "sub", "b.txt"),
		"broken.txt": filepath.Join(dir, "gone.txt"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symlinks unsupported: %v", err)
		}
	}
	docs, problems, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
		if strings.Contains(d.Text, "private note") {
			t.Errorf("document %s serves the file outside the corpus", d.ID)
		}
	}
	if want := []string{"a", "in"}; !slices.Equal(ids, want) {
		t.Errorf("Load() IDs = %v, want %v", ids, want)
	}
	reported := map[string]string{}
	for _, p := range problems {
		reported[filepath.Base(p.Path)] = p.Reason
	}
	for _, name := range []string{"out.txt", "rel.txt", "broken.txt"} {
		if r := reported[name]; r == "" {
			t.Errorf("no problem reported for %s; got %v", name, reported)
		} else if strings.Contains(r, outside) {
			t.Errorf("problem for %s reveals the target: %q", name, r)
		}
	}
}

func TestFilesCountsFilesNotProblems(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.md":  "---\nfoo: 1\nbar: 2\ndate: someday\n---\nAlpha body.\n",
		"b.bin": "x",
		"c.txt": "Charlie body.\n",
	})
	_, problems, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) < 3 {
		t.Fatalf("Load() = %d problems, want several for a.md: %v", len(problems), problems)
	}
	if n := Files(problems); n != 2 {
		t.Errorf("Files() = %d, want 2 (a.md and b.bin)", n)
	}
}
