package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// determinismQuestions mix facts, figures reports disagree on, a
// two-part question, a yes/no question and one the articles don't answer.
var determinismQuestions = strings.Join([]string{
	"How many police officers were killed in the unrest?",
	"Which airline stopped flying to Almaty?",
	"Who is the spokeswoman for the Almaty city police?",
	"What happened to the mayor's office, and how many people were detained?",
	"Was the internet shut down?",
	"Who won the 2018 Eurovision song contest?",
}, "\n") + "\n"

// wireCorpus is the seed corpus plus six outlets that carry one of its
// articles word for word, as syndicated wire copy is: identical passages
// tie on every score.
func wireCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("seed corpus: %v", err)
	}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		names := []string{filepath.Base(f)}
		if i == 0 {
			for _, c := range "abcdef" {
				names = append(names, "wire_copy_"+string(c)+".txt")
			}
		}
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// askAllJSON answers determinismQuestions with `ask --json -` over corpus
// with no index cache and returns the output with the timings taken out.
func askAllJSON(t *testing.T, corpus string) string {
	t.Helper()
	cfg := filepath.Join(t.TempDir(), "config.toml")
	body := fmt.Sprintf("[corpus]\ndir = %q\n[index]\ncache_dir = \"off\"\n", corpus)
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: strings.NewReader(determinismQuestions), Stdout: &stdout, Stderr: &stderr}
	code := Main(context.Background(), []string{"ask", "--json", "-", "--config", cfg}, env)
	out, errOut := stdout.String(), stderr.String()
	if code != 0 {
		t.Fatalf("ask --json - exit %d: %s", code, errOut)
	}
	return withoutTimings(t, out)
}

func withoutTimings(t *testing.T, out string) string {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, line)
		}
		delete(m, "timings_ms")
		enc, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(enc)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestAskJSONIsDeterministic checks that the same corpus and questions
// give byte-identical JSON (timings aside) from freshly built indexes, in
// one process and in another.
func TestAskJSONIsDeterministic(t *testing.T) {
	corpus := os.Getenv("NEWSBOT_DETERMINISM_CORPUS")
	if corpus != "" {
		os.Stdout.WriteString(askAllJSON(t, corpus))
		return
	}
	corpus = wireCorpus(t)
	first := askAllJSON(t, corpus)
	for i := range 3 {
		if again := askAllJSON(t, corpus); again != first {
			t.Fatalf("run %d in the same process differs:\n%s\nwant\n%s", i+2, again, first)
		}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestAskJSONIsDeterministic$", "-test.count=1")
	cmd.Env = append(os.Environ(), "NEWSBOT_DETERMINISM_CORPUS="+corpus)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child process: %v", err)
	}
	child := string(out)
	// The test binary prints its own verdict after the answers.
	if i := strings.LastIndex(child, "PASS"); i >= 0 {
		child = child[:i]
	}
	if child != first {
		t.Fatalf("another process answers differently:\n%s\nwant\n%s", child, first)
	}
}
