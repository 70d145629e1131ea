package library

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
)

// TestIncrementalMatchesLoad reads a few changed files one by one and
// checks the articles against a full corpus.Load; changes Load could
// decide otherwise (duplicates, problems, the aliases file, other files)
// fall back to it.
func TestIncrementalMatchesLoad(t *testing.T) {
	tests := []struct {
		name   string
		change func(f *fixture)
		ok     bool
	}{
		{"edit", func(f *fixture) {
			f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday morning", "Thursday night", 1))
		}, true},
		{"add and remove", func(f *fixture) { f.write(t, "cabinet.txt", cabinetArticle); f.remove(t, "fuel.md") }, true},
		{"touched only", func(f *fixture) { f.write(t, "fuel.md", fuelArticle) }, true},
		{"same body as another", func(f *fixture) { f.write(t, "copy.md", strings.ReplaceAll(fuelArticle, ". ", ".  \n")) }, false},
		{"same ID as another", func(f *fixture) { f.write(t, "fuel.txt", cabinetArticle) }, false},
		{"a bad file", func(f *fixture) { f.write(t, "bad.txt", "\x00\x01binary") }, false},
		{"the aliases file", func(f *fixture) { f.write(t, corpus.AliasesFile, "CSTO = Collective Security Treaty Organization\n") }, false},
		{"another kind of file", func(f *fixture) { f.write(t, "notes.pdf", "x") }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
			prev, was := f.lib.Current(), scan(f.dir)
			tt.change(f)
			got, ok := incremental(f.dir, 0, prev, was, scan(f.dir))
			if ok != tt.ok {
				t.Fatalf("incremental() ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			want, problems, err := corpus.Load(f.dir, corpus.Options{})
			if err != nil || len(problems) > 0 {
				t.Fatalf("Load() = %v, %v", problems, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("incremental() = %d articles, Load() %d; they differ", len(got), len(want))
			}
		})
	}
}

// TestIncrementalNeedsAKnownListing: with no listing of the last load, or
// a previous load with problems, everything is read again.
func TestIncrementalNeedsAKnownListing(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	if _, ok := incremental(f.dir, 0, f.lib.Current(), "", scan(f.dir)); ok {
		t.Error("incremental() with no previous listing = ok")
	}
	if err := os.WriteFile(filepath.Join(f.dir, "x.pdf"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.reload(t)
	was := scan(f.dir)
	f.write(t, "troops.md", troopsArticle)
	if _, ok := incremental(f.dir, 0, f.lib.Current(), was, scan(f.dir)); ok {
		t.Error("incremental() after a load with problems = ok")
	}
}
