package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in-process against the seed corpus with a
// private cache directory.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	body := "[corpus]\ndir = \"../../corpus\"\n[index]\ncache_dir = \"" + filepath.Join(dir, "cache") + "\"\n[log]\nformat = \"json\"\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut}
	code = Main(context.Background(), append(args, "--config", cfg), env)
	return code, out.String(), errOut.String()
}

func TestAskText(t *testing.T) {
	code, out, _ := runCLI(t, "", "ask", "What happened to the mayor's office in Almaty?")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "[1]") || !strings.Contains(out, "Sources:") || !strings.Contains(out, "  [1] ") {
		t.Errorf("ask output lacks citations or sources:\n%s", out)
	}
}

func TestAskJSONSchema(t *testing.T) {
	code, out, _ := runCLI(t, "", "ask", "--json", "Which airline stopped flying to Almaty?")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"question", "answer", "abstained", "citations", "passages", "timings_ms"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON answer lacks %q", k)
		}
	}
	cites := got["citations"].([]any)
	if len(cites) == 0 {
		t.Fatalf("no citations in %s", out)
	}
	for _, k := range []string{"n", "doc", "chunk", "title", "outlet", "date", "text"} {
		if _, ok := cites[0].(map[string]any)[k]; !ok {
			t.Errorf("citation lacks %q", k)
		}
	}
	if ps := got["passages"].([]any); len(ps) < 5 {
		t.Errorf("passages = %d, want at least 5", len(ps))
	}
	tm := got["timings_ms"].(map[string]any)
	for _, k := range []string{"retrieve", "answer", "total"} {
		if _, ok := tm[k]; !ok {
			t.Errorf("timings_ms lacks %q", k)
		}
	}
}

func TestAskJSONStdin(t *testing.T) {
	in := "Who is Nikol Pashinyan?\n\n   \nWho won the 2018 Eurovision song contest?\n" + strings.Repeat("x", 600) + "\nWhat happened at Almaty airport?\n"
	code, out, _ := runCLI(t, in, "ask", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4 (blank lines skipped):\n%s", len(lines), out)
	}
	var objs []map[string]any
	for _, l := range lines {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		objs = append(objs, o)
	}
	if objs[0]["question"] != "Who is Nikol Pashinyan?" || objs[3]["question"] != "What happened at Almaty airport?" {
		t.Errorf("answers out of order: %v / %v", objs[0]["question"], objs[3]["question"])
	}
	if objs[1]["abstained"] != true {
		t.Errorf("Eurovision question: abstained = %v, want true", objs[1]["abstained"])
	}
	if e, _ := objs[2]["error"].(string); !strings.Contains(e, "too long") {
		t.Errorf("over-long line: got %v, want an error object", objs[2])
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	tests := [][]string{
		{"ask"},
		{"ask", "   "},
		{"ask", "--bogus", "q"},
		{"frobnicate"},
		{"source"},
		{"source", "no-such-article"},
		{"eval"},
		{"ask", strings.Repeat("word ", 200)},
		{"timeline", "--from", "2022-13-45"},
		{"timeline", "--to", "2022-02-30"},
		{"timeline", "--from", "2022-1-5"},
		{"timeline", "--k", "-1"},
		{"ask", "--k", "-1", "What happened?"},
		{"ask", "--k", "0", "What happened?"},
		{"sources", "--k", "51"},
	}
	for _, args := range tests {
		code, out, errOut := runCLI(t, "", args...)
		if code != 2 {
			t.Errorf("bot %.40q: exit %d, want 2", args, code)
		}
		if out != "" {
			t.Errorf("bot %.40q wrote to stdout: %q", args, out)
		}
		var msgs []string
		for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
			if !strings.HasPrefix(l, "{") { // JSON log lines may precede it
				msgs = append(msgs, l)
			}
		}
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0], "bot: ") {
			t.Errorf("bot %.40q stderr = %q, want one 'bot: ' line", args, errOut)
		}
	}
}

func TestHelp(t *testing.T) {
	var out bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out}
	if code := Main(context.Background(), []string{"--help"}, env); code != 0 || !strings.Contains(out.String(), "bot ask") {
		t.Errorf("bot --help: exit %d, output %q", code, out.String())
	}
	out.Reset()
	if code := Main(context.Background(), []string{"ask", "--help"}, env); code != 0 || !strings.Contains(out.String(), "-json") {
		t.Errorf("bot ask --help: exit %d, output %q", code, out.String())
	}
}

func TestSourcesAndSource(t *testing.T) {
	code, out, _ := runCLI(t, "", "sources")
	if code != 0 || strings.Count(out, "\n") != 6 || !strings.Contains(out, "004_d3156641ac80ec0f") || !strings.Contains(out, "TRTWorld and agencies") {
		t.Errorf("sources: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "", "source", "001_d67718a03dd027f7")
	if code != 0 || !strings.Contains(out, "Date:     2022-01-06") || !strings.Contains(out, "Kazakhstan, the ninth largest country") {
		t.Errorf("source: exit %d\n%s", code, out)
	}
}

func TestIndexAndEval(t *testing.T) {
	code, out, _ := runCLI(t, "", "index")
	if code != 0 || !strings.HasPrefix(out, "indexed 5 articles") {
		t.Errorf("index: exit %d, %q", code, out)
	}
	code, out, _ = runCLI(t, "", "eval", "--questions", "../../testdata/eval/dev.jsonl", "--json")
	if code != 0 {
		t.Fatalf("eval: exit %d", code)
	}
	var rep map[string]float64
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep["questions"] != 38 || rep["citation_validity"] != 1 {
		t.Errorf("eval --json = %v (%v)", rep, err)
	}
}
