package library_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestChunksPointIntoTheirArticles(t *testing.T) {
	lib := openSeed(t, "")
	if n := len(lib.Documents()); n != 5 {
		t.Fatalf("Documents() = %d, want 5", n)
	}
	total := 0
	for _, c := range lib.Index().Chunks() {
		d, ok := lib.Document(c.DocID)
		if !ok {
			t.Fatalf("chunk %s names unknown article %s", c.ID, c.DocID)
		}
		if d.Text[c.Start:c.End] != c.Text {
			t.Errorf("chunk %s: article text at %d-%d differs from the chunk", c.ID, c.Start, c.End)
		}
		if c.Start < d.BodyStart || c.End > d.BodyEnd {
			t.Errorf("chunk %s (%d-%d) lies outside the body (%d-%d)", c.ID, c.Start, c.End, d.BodyStart, d.BodyEnd)
		}
		total++
	}
	sum := 0
	for _, d := range lib.Documents() {
		sum += lib.ChunkCount(d.ID)
	}
	if sum != total || total == 0 {
		t.Errorf("ChunkCount sums to %d, index has %d chunks", sum, total)
	}
}

func TestBadFilesAreReportedAndTheRestServed(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":   "Police in Almaty said the airport was working normally on Thursday.",
		"empty.txt":  "  \n",
		"latin1.txt": "caf\xe9 au lait",
		"copy.md":    "Police in Almaty said the airport was working normally on Thursday.",
		"notes.pdf":  "%PDF-1.4",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := library.Open(context.Background(), library.Options{Dir: dir, Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	if docs := lib.Documents(); len(docs) != 1 || docs[0].ID != "copy" && docs[0].ID != "good" {
		t.Fatalf("Documents() = %v, want the one good article", docs)
	}
	reported := map[string]bool{}
	for _, p := range lib.Problems() {
		reported[filepath.Base(p.Path)] = true
		if !strings.Contains(p.Error(), filepath.Base(p.Path)) {
			t.Errorf("problem %q does not name its file", p.Error())
		}
	}
	for _, name := range []string{"empty.txt", "latin1.txt", "notes.pdf"} {
		if !reported[name] {
			t.Errorf("%s not reported; problems: %v", name, lib.Problems())
		}
	}
	if !reported["good.txt"] && !reported["copy.md"] {
		t.Errorf("duplicate article not reported; problems: %v", lib.Problems())
	}
	ps, err := lib.Search(context.Background(), "Was the airport working?", 3)
	if err != nil || len(ps) != 1 {
		t.Errorf("Search = %v, %v; want the good article", ps, err)
	}
}

func TestEmptyCorpusIsUsable(t *testing.T) {
	lib, err := library.Open(context.Background(), library.Options{Dir: t.TempDir(), Embedder: retrieve.NewHashEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	if ps, err := lib.Search(context.Background(), "anything", 5); err != nil || len(ps) != 0 {
		t.Errorf("Search on an empty corpus = %v, %v", ps, err)
	}
}
