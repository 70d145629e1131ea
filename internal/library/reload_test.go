package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReloadAddChangeDelete(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
	first := f.lib.Current()
	if first.Generation() != 1 || ids(first) != "fuel troops" {
		t.Fatalf("first snapshot = generation %d, articles %q", first.Generation(), ids(first))
	}

	if res := f.reload(t); res.Changed || f.lib.Current() != first {
		t.Errorf("Reload() of an unchanged corpus = %+v, want no new snapshot", res)
	}

	f.write(t, "cabinet.txt", cabinetArticle)
	res := f.reload(t)
	if !res.Changed || !slices.Equal(res.Added, []string{"cabinet"}) || ids(f.lib.Current()) != "cabinet fuel troops" {
		t.Errorf("after adding cabinet.txt: Reload() = %+v, articles %q", res, ids(f.lib.Current()))
	}
	if res.Stats.Embedded != 1 || res.Stats.Reused != res.Stats.Chunks-1 {
		t.Errorf("after adding a one-passage article: %+v, want 1 embedded and the rest reused", res.Stats)
	}

	// Change one sentence of one article: only its passage is re-embedded.
	f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday morning", "Thursday night", 1))
	res = f.reload(t)
	if !slices.Equal(res.Updated, []string{"troops"}) || res.Stats.Embedded != 1 {
		t.Errorf("after changing troops.md: Reload() = %+v, want troops updated with 1 passage embedded", res)
	}
	if doc, _ := f.lib.Current().Document("troops"); !strings.Contains(doc.Text, "Thursday night") {
		t.Errorf("the new snapshot serves the old text of troops.md")
	}

	f.remove(t, "fuel.md")
	res = f.reload(t)
	if !slices.Equal(res.Removed, []string{"fuel"}) || ids(f.lib.Current()) != "cabinet troops" {
		t.Errorf("after deleting fuel.md: Reload() = %+v, articles %q", res, ids(f.lib.Current()))
	}
	if g := f.lib.Current().Generation(); g != 4 {
		t.Errorf("generation = %d after three changes, want 4", g)
	}
	// The first snapshot is untouched: it is what in-flight questions see.
	if ids(first) != "fuel troops" {
		t.Errorf("the first snapshot changed to %q", ids(first))
	}
}

func TestReloadReportsABadNewFile(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	f.write(t, "binary.txt", "\x00\x01\x02 not text \x00")
	f.write(t, "notes.pdf", "%PDF-1.4")
	f.write(t, "cabinet.txt", cabinetArticle)
	res := f.reload(t)
	if !res.Changed || ids(f.lib.Current()) != "cabinet fuel" {
		t.Fatalf("Reload() = %+v, articles %q; want the good new file served", res, ids(f.lib.Current()))
	}
	d := details(f.lib)
	for _, want := range []string{"binary.txt: ", "notes.pdf: unsupported file type .pdf"} {
		if !strings.Contains(d, want) {
			t.Errorf("Details() lacks %q:\n%s", want, d)
		}
	}
	logs := f.log()
	for _, want := range []string{"corpus file problem", "file=binary.txt", "file=notes.pdf"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	if err := f.lib.Ready(); err != nil {
		t.Errorf("Ready() = %v, want nil: the good articles are served", err)
	}
	// Reported once, when it appears: a later reload does not log it again.
	f.write(t, "troops.md", troopsArticle)
	f.reload(t)
	if n := strings.Count(f.log(), "file=binary.txt"); n != 1 {
		t.Errorf("binary.txt logged %d times, want once", n)
	}
}

func TestReloadKeepsThePreviousVersionOfABrokenFile(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
	// A half-written save: malformed front matter.
	f.write(t, "troops.md", "+++\ntitle = \"Alliance\n")
	res := f.reload(t)
	path := filepath.Join(f.dir, "troops.md")
	if !slices.Equal(res.Retained, []string{path}) {
		t.Errorf("Reload() retained %v, want [%s]", res.Retained, path)
	}
	doc, ok := f.lib.Current().Document("troops")
	if !ok || doc.Text != troopsArticle {
		t.Fatalf("troops is no longer served as it was: ok=%v", ok)
	}
	if d := details(f.lib); !strings.Contains(d, "troops.md: malformed front matter") || !strings.Contains(d, "previous version is still served") {
		t.Errorf("Details() = %s\nwant the broken file and that its previous version is served", d)
	}
	// Fixed: the new version is served and the problem is gone.
	f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday", "Friday", 1))
	f.reload(t)
	if doc, _ := f.lib.Current().Document("troops"); !strings.Contains(doc.Text, "Friday") {
		t.Error("the fixed file is not served")
	}
	if d := details(f.lib); strings.Contains(d, "troops.md") {
		t.Errorf("Details() still reports the fixed file:\n%s", d)
	}
}

func TestReloadFailureKeepsServing(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	first := f.lib.Current()
	if err := os.RemoveAll(f.dir); err != nil {
		t.Fatal(err)
	}
	_, err := f.lib.Reload(context.Background())
	if err == nil {
		t.Fatal("Reload() of a missing directory = nil, want an error")
	}
	if f.lib.Current() != first || f.lib.Ready() != nil {
		t.Error("a failed reload replaced the snapshot or made the bot unready")
	}
	if d := details(f.lib); !strings.Contains(d, "last reload failed") || !f.lib.Failed() {
		t.Errorf("Details() = %s, Failed() = %v\nwant the failure", d, f.lib.Failed())
	}
	if ps, err := f.lib.Current().Search(context.Background(), "Where did the protests begin?", 3); err != nil || len(ps) == 0 {
		t.Errorf("Search() after a failed reload = %v, %v; want passages from the previous index", ps, err)
	}
	// Back again: the failure is cleared.
	if err := os.MkdirAll(f.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f.write(t, "fuel.md", fuelArticle)
	f.reload(t)
	if d := details(f.lib); strings.Contains(d, "last reload failed") || f.lib.Failed() {
		t.Errorf("Details() after a good reload still reports the failure (Failed() = %v):\n%s", f.lib.Failed(), d)
	}
}

func TestNotStarted(t *testing.T) {
	l := New(ServeOptions{})
	if err := l.Ready(); !errors.Is(err, ErrNotLoaded) {
		t.Errorf("Ready() before Start = %v, want ErrNotLoaded", err)
	}
	if _, err := l.Reload(context.Background()); err == nil {
		t.Error("Reload() before Start = nil, want an error")
	}
}

func TestReadyNeedsArticles(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	f.remove(t, "fuel.md")
	f.reload(t)
	if err := f.lib.Ready(); err == nil {
		t.Error("Ready() with an empty corpus = nil, want an error")
	}
}
