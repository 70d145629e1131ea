package extractive_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// seedService answers from the seed corpus.
func seedService(t testing.TB) (*answer.Service, *library.Snapshot) {
	t.Helper()
	return serviceFor(t, "../../../corpus")
}

// serviceFor answers from the articles in dir with the offline defaults.
func serviceFor(t testing.TB, dir string) (*answer.Service, *library.Snapshot) {
	t.Helper()
	lib, err := library.Open(context.Background(), library.Options{
		Dir: dir, Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0),
	})
	if err != nil {
		t.Fatal(err)
	}
	return &answer.Service{Retriever: lib, Docs: lib, Composer: &extractive.Extractive{}}, lib
}

// TestNewsAnswers pins the news-aware answers of the seed corpus: a
// disagreement, figures counting different things, corroboration, a
// spelling variant and who-said questions, each with its citations.
func TestNewsAnswers(t *testing.T) {
	svc, lib := seedService(t)
	questions := []string{
		"How many police officers were killed in the unrest?",
		"How many people were injured?",
		"How many planes did rioters seize?",
		"Who is the spokeswoman for the Almaty city police?",
		"Who said dozens of attackers were liquidated?",
		"Who said peacekeeping forces were sent for a limited time to stabilize the situation?",
	}
	var b strings.Builder
	for _, q := range questions {
		r, err := svc.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("Q: " + q + "\nA: " + r.Text + "\n")
		for _, d := range r.Disagreements {
			b.WriteString("   differ: " + d.What + "\n")
			for _, v := range d.Versions {
				b.WriteString("     - " + v.Value + " | " + v.Text + " | " + fmtInts(v.Citations) + "\n")
			}
		}
		for _, c := range r.Citations {
			if d, _ := lib.Document(c.DocID); d.Text[c.Start:c.End] != c.Text {
				t.Errorf("%q: citation [%d] is not verbatim", q, c.N)
			}
		}
		b.WriteString("\n")
	}
	golden(t, "news_answers.golden", b.String())
}

func fmtInts(ns []int) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, "["+strconv.Itoa(n)+"]")
	}
	return strings.Join(parts, "")
}

func TestDetectDisagreements(t *testing.T) {
	svc, lib := seedService(t)
	q := "How many police officers were killed in the unrest?"
	passages, err := lib.Search(context.Background(), q, answer.DefaultK)
	if err != nil {
		t.Fatal(err)
	}
	ds := extractive.DetectDisagreements(answer.Input{Question: q, Query: lib.Analyze(q), Passages: passages, Docs: svc.Docs})
	if len(ds) != 1 || len(ds[0].Versions) != 2 {
		t.Fatalf("DetectDisagreements() = %+v, want one disagreement with two versions", ds)
	}
	for _, v := range ds[0].Versions {
		for i, n := range v.Citations {
			if n < 1 || n > len(passages) {
				t.Fatalf("version %q cites passage %d of %d", v.Text, n, len(passages))
			}
			if i == 0 && !strings.Contains(strings.ToLower(passages[n-1].Text), strings.ToLower(v.Text)) {
				t.Errorf("version %q cites first passage %d, which does not say it", v.Text, n)
			}
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
	}
}
