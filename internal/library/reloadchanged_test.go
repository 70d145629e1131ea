package library

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// ReloadChanged looks at the named files only: edits, additions and
// removals named are served; an edit not named waits for a full Reload.
func TestReloadChanged(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
	if _, err := f.lib.Reload(ctx); err != nil { // the first poll: learns the listing
		t.Fatal(err)
	}
	f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday morning", "Thursday night", 1))
	f.write(t, "cabinet.txt", cabinetArticle)
	f.remove(t, "fuel.md")
	res, err := f.lib.ReloadChanged(ctx, []string{"troops.md", "cabinet.txt", "fuel.md"})
	if err != nil || !slices.Equal(res.Updated, []string{"troops"}) || !slices.Equal(res.Added, []string{"cabinet"}) || !slices.Equal(res.Removed, []string{"fuel"}) {
		t.Fatalf("ReloadChanged(all three) = %+v, %v; want troops updated, cabinet added, fuel removed", res, err)
	}
	if got, want := f.lib.lastScanned(), scan(f.dir); got != want {
		t.Errorf("listing after ReloadChanged = %q, want the directory's %q", got, want)
	}
	f.write(t, "troops.md", troopsArticle)
	if res, err := f.lib.ReloadChanged(ctx, []string{"cabinet.txt"}); err != nil || res.Changed {
		t.Errorf("ReloadChanged(an unchanged file) = %+v, %v; want nothing changed", res, err)
	}
	if res, err := f.lib.Reload(ctx); err != nil || !slices.Equal(res.Updated, []string{"troops"}) {
		t.Errorf("Reload() after an edit not named = %+v, %v; want troops updated", res, err)
	}
}

func TestChangedNames(t *testing.T) {
	var c changedNames
	c.add("/c", "/c/a.txt")
	c.add("/c", "/c/b.md")
	c.add("/c", "/c/a.txt")
	got := c.take()
	slices.Sort(got)
	if !slices.Equal(got, []string{"a.txt", "b.md"}) {
		t.Errorf("take() = %q, want a.txt and b.md", got)
	}
	c.add("/c", "/c/a.txt")
	c.add("/c", "/c") // the event queue overflowed
	if got := c.take(); got != nil {
		t.Errorf("take() after a rescan = %q, want nil (any change)", got)
	}
	if got := c.take(); got == nil || len(got) != 0 {
		t.Errorf("take() of nothing = %#v, want no names", got)
	}
}
