package synth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
)

func TestArticleDeterministicBySeed(t *testing.T) {
	if Article(1, 7) != Article(1, 7) {
		t.Fatal("Article(1, 7) differs between calls")
	}
	if Article(1, 7) == Article(2, 7) || Article(1, 7) == Article(1, 8) {
		t.Fatal("Article gives the same text for another seed or index")
	}
}

func TestWriteLoadsAsCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, 5, 42); err != nil {
		t.Fatal(err)
	}
	docs, problems, err := corpus.Load(dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 || len(problems) != 0 {
		t.Fatalf("Load() = %d docs, problems %v; want 5 docs, none", len(docs), problems)
	}
	if docs[0].Date == "" || docs[0].Title == "" {
		t.Errorf("doc 0 has title %q date %q, want both", docs[0].Title, docs[0].Date)
	}
	got, _ := os.ReadFile(filepath.Join(dir, Name(3)))
	if string(got) != Article(42, 3) {
		t.Errorf("file %s is not Article(42, 3)", Name(3))
	}
}

func TestQuestionsFilled(t *testing.T) {
	qs := Questions(3, 20)
	if len(qs) != 20 {
		t.Fatalf("Questions(3, 20) = %d questions", len(qs))
	}
	for _, q := range qs {
		if strings.ContainsAny(q, "{}") || !strings.HasSuffix(q, "?") {
			t.Errorf("question %q has an unfilled slot or no question mark", q)
		}
	}
}
