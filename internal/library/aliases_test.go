package library

import (
	"strings"
	"testing"
)

// expands reports whether the question word's expansions in the current
// snapshot include term (stemmed as the index stems it).
func expands(t *testing.T, f *fixture, word, term string) bool {
	t.Helper()
	for _, qt := range f.lib.Current().Analyze(word).Terms {
		for _, e := range qt.Expansions {
			if e.Term == term {
				return true
			}
		}
	}
	return false
}

func TestAliasesFileRelatesTermsAndReloads(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
	if expands(t, f, "Zhanaozen", "aktau") {
		t.Fatal("without an aliases file, Zhanaozen already expands to Aktau")
	}
	f.write(t, "aliases.txt", "# places\nAktau, Zhanaozen\n")
	if res := f.reload(t); !res.Changed {
		t.Fatalf("Reload() after adding aliases.txt = %+v, want a new snapshot", res)
	}
	if !expands(t, f, "Zhanaozen", "aktau") {
		t.Error("with aliases.txt, Zhanaozen does not expand to Aktau")
	}
	if _, ok := f.lib.Current().Document("aliases"); ok {
		t.Error("aliases.txt was loaded as an article")
	}
	f.write(t, "aliases.txt", "Aktau\n")
	f.reload(t)
	var reported bool
	for _, p := range f.lib.Current().Problems() {
		reported = reported || strings.HasSuffix(p.Path, "aliases.txt") && strings.Contains(p.Reason, "aliases not used")
	}
	if !reported {
		t.Errorf("a bad aliases file is not reported: %+v", f.lib.Current().Problems())
	}
	if expands(t, f, "Zhanaozen", "aktau") {
		t.Error("after the aliases file went bad, the old aliases are still used")
	}
}
