package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeTerminal is a stdout that says it is a terminal, so bot ask
// streams the answer as it is written.
type fakeTerminal struct{ bytes.Buffer }

func (*fakeTerminal) IsTerminal() bool { return true }

func TestStreamedTerminalAnswerIsLoggedAndCountedOnce(t *testing.T) {
	model := newFakeModel(t)
	model.say("A rise in fuel prices ", "sparked them [1].")
	model.end("stop")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(cfg, []byte("[index]\ncache_dir = \"off\"\n[log]\nlevel = \"debug\"\nformat = \"json\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	environ := map[string]string{"OPENAI_BASE_URL": model.URL(), "OPENAI_API_KEY": "sk-stream-test"}
	out, errs := &fakeTerminal{}, &bytes.Buffer{}
	env := Env{Getenv: func(k string) string { return environ[k] }, Stdin: strings.NewReader(""), Stdout: out, Stderr: errs}
	if code := Main(context.Background(), []string{"ask", "--config", cfg, "--corpus", "../../corpus", "What sparked the protests?"}, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.HasPrefix(out.String(), "A rise in fuel prices sparked them [1].") {
		t.Errorf("stdout = %q, want the streamed answer first", out.String())
	}
	var lines []string
	for _, line := range strings.Split(errs.String(), "\n") {
		if strings.Contains(line, `"msg":"question"`) {
			lines = append(lines, line)
		}
	}
	if len(lines) != 1 || !strings.Contains(lines[0], `"frontend":"cli"`) || !strings.Contains(lines[0], `"composer":"llm"`) {
		t.Errorf("question log lines = %q, want one of the cli front end, composer llm\nlogs:\n%s", lines, errs.String())
	}
}

func TestEvalQuestionsAreLoggedOnceEach(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(cfg, []byte("[index]\ncache_dir = \"off\"\n[log]\nlevel = \"debug\"\nformat = \"json\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := filepath.Join(dir, "eval.jsonl")
	lines := `{"id": "q1", "kind": "fact", "question": "What sparked the protests?", "must": [["fuel"]]}
{"id": "q2", "kind": "unanswerable", "question": "Who won the football match?"}
`
	if err := os.WriteFile(cases, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errs}
	if code := Main(context.Background(), []string{"eval", "--config", cfg, "--corpus", "../../corpus", "--questions", cases}, env); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	n := 0
	for _, line := range strings.Split(errs.String(), "\n") {
		if strings.Contains(line, `"msg":"question"`) && strings.Contains(line, `"frontend":"eval"`) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d question log lines of the eval front end for 2 questions, want 2\nlogs:\n%s", n, errs.String())
	}
}
