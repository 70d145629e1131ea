package cli

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// runOK runs a command in-process on the seed corpus and returns stdout,
// failing the test when it does not succeed.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("bot %v: exit %d: %s", args, code, errOut)
	}
	return out
}

// TestGolden pins the timeline and the quote list of the seed corpus. The
// golden files were reviewed against the articles; after a deliberate
// change, rerun with -update and review the diff the same way.
func TestGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"timeline.golden", []string{"timeline"}},
		{"timeline_thursday.golden", []string{"timeline", "--from", "2022-01-06", "--to", "2022-01-06"}},
		{"timeline.json.golden", []string{"timeline", "--json", "--to", "2022-01-05"}},
		{"quotes.golden", []string{"quotes"}},
		{"quote_liquidated.golden", []string{"quote", "attackers were liquidated"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			got := runOK(t, tt.args...)
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("bot %v differs from %s (go test -update rewrites it):\n%s", tt.args, path, got)
			}
		})
	}
}

func TestTimelineBadDate(t *testing.T) {
	var out, errb bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: &bytes.Buffer{}, Stdout: &out, Stderr: &errb}
	if code := Main(context.Background(), []string{"timeline", "--from", "Thursday"}, env); code != 2 {
		t.Errorf("timeline --from Thursday: exit %d, want 2", code)
	}
	if code := Main(context.Background(), []string{"quote"}, env); code != 2 {
		t.Errorf("quote without words: exit %d, want 2", code)
	}
}
