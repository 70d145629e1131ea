package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/pgstore"
	"github.com/almaty-news/newsbot/internal/pgstore/pglitetest"
)

// TestEvalOnTheStore: with store.kind = "postgres", bot eval serves the
// corpus from the store, as bot serve does, and retrieves as well as the
// in-process store.
func TestEvalOnTheStore(t *testing.T) {
	dbURL := pglitetest.URL(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	body := "[corpus]\ndir = \"../../corpus\"\n[index]\ncache_dir = \"off\"\n[log]\nformat = \"json\"\n[store]\nkind = \"postgres\"\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	env := Env{Getenv: func(k string) string {
		if k == config.EnvDatabaseURL {
			return dbURL
		}
		return ""
	}, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut}
	args := []string{"eval", "--questions", "../../testdata/eval/dev.jsonl", "--json", "--config", cfg}
	if code := Main(context.Background(), args, env); code != 0 {
		t.Fatalf("eval on the store: exit %d\n%s", code, errOut.String())
	}
	var rep map[string]float64
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil || rep["questions"] != 38 || rep["citation_validity"] != 1 {
		t.Fatalf("eval --json on the store = %v (%v)", rep, err)
	}
	s, err := pgstore.Open(context.Background(), dbURL, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if docs, _, _, err := s.Documents(context.Background()); err != nil || len(docs) != 5 {
		t.Errorf("the store holds %d articles after eval (%v), want the corpus's 5", len(docs), err)
	}
	code, memOut, _ := runCLI(t, "", "eval", "--questions", "../../testdata/eval/dev.jsonl", "--json")
	var mem map[string]float64
	if code != 0 || json.Unmarshal([]byte(memOut), &mem) != nil {
		t.Fatalf("eval in process: exit %d", code)
	}
	if rep["recall_at_5"] < mem["recall_at_5"] {
		t.Errorf("recall@5 on the store = %.3f, in process %.3f; want as good", rep["recall_at_5"], mem["recall_at_5"])
	}
}
