package cli

import (
	"encoding/json"
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

// rawControl returns the first control character in s other than newline
// and tab, or a bidirectional override, or -1.
func rawControl(s string) rune {
	for _, r := range s {
		if escaped(r) {
			return r
		}
	}
	return -1
}

func TestTerminalOutputEscapesControlCharacters(t *testing.T) {
	const body = "Protesters stormed the mayor's office\x1b[2J in Almaty on Wednesday, police said.\r\n" +
		"\"The attackers were \x1b]0;pwned\x07liquidated,\" police spokeswoman Saltanat Azirbek said on Thursday.\n" +
		"The \u202egnorw\u202c airport was closed\u0085 on January 5, 2022.\n"
	dir := corpusDir(t, map[string]string{
		"evil\x1b[31m.md": "---\ntitle: \"Riot \\e]0;owned\\a in the \\x9b31mcity\"\noutlet: \"Wire\\r\"\ndate: 2022-01-06\n---\n" + body,
	})
	runs := [][]string{
		{"sources"},
		{"source", "evil\x1b[31m"},
		{"ask", "What did protesters storm in Almaty?"},
		{"timeline"},
		{"quote", "attackers were liquidated"},
		{"quotes"},
	}
	for _, args := range runs {
		code, out, errOut := runCLI(t, "", append(args, "--corpus", dir)...)
		if code != 0 {
			t.Errorf("bot %q: exit %d, stderr %q", args, code, errOut)
		}
		if r := rawControl(out); r >= 0 {
			t.Errorf("bot %q writes the raw control character %U:\n%q", args, r, out)
		}
		if r := rawControl(errOut); r >= 0 {
			t.Errorf("bot %q logs the raw control character %U:\n%q", args, r, errOut)
		}
		if !strings.Contains(out, `\u001b`) {
			t.Errorf("bot %q: no visible escape for ESC in %q", args, out)
		}
	}
	code, out, _ := runCLI(t, "", "ask", "--json", "What did protesters storm in Almaty?", "--corpus", dir)
	var reply map[string]any
	if err := json.Unmarshal([]byte(out), &reply); code != 0 || err != nil {
		t.Fatalf("ask --json: exit %d, %v: %q", code, err, out)
	}
	if text, _ := reply["answer"].(string); !strings.Contains(text, "\x1b[2J") && !strings.Contains(text, "mayor") {
		t.Errorf("ask --json answer %q lost the article's text", text)
	}
}
