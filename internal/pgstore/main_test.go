package pgstore

import (
	"context"
	"os"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/pgstore/pglitetest"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestMain(m *testing.M) { os.Exit(pglitetest.Main(m)) }

// open returns a Store on an empty PGlite database, closed at the end.
func open(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), pglitetest.URL(t), Options{MaxConns: pglitetest.MaxConns / 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// doc parses an article from its file content.
func doc(t testing.TB, name, text string) corpus.Document {
	t.Helper()
	d, err := corpus.Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return d
}

// articles is a small corpus on unrelated topics.
func articles(t testing.TB) []corpus.Document {
	return []corpus.Document{
		doc(t, "harbour.md", "The city council voted to rebuild the old harbour wall after the winter storms damaged it.\n\nEngineers said the repairs would take two years and cost twelve million euros."),
		doc(t, "orchard.md", "Apple growers in the valley reported a record harvest this autumn.\n\nA warm spring and late rains helped the orchards, the growers association said."),
		doc(t, "library.md", "The public library reopened on Monday with a new reading room for children.\n\nVolunteers catalogued forty thousand books during the renovation."),
	}
}

// split cuts articles as the in-process index does.
func split(d corpus.Document) []retrieve.Chunk { return library.Split(d, chunk.Options{}) }

func syncOpt() SyncOptions {
	return SyncOptions{Split: split, Embedder: retrieve.NewHashEmbedder(64), Prune: true}
}
