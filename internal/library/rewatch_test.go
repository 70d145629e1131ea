package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// waitFor polls cond until it holds, failing after a generous bound.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s within 10s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

const notWatched = "corpus changes are not being picked up"

func TestWatchSurvivesTheDirectoryGoingAway(t *testing.T) {
	tests := []struct {
		name string
		away func(t *testing.T, dir string) // the directory goes away
		back func(t *testing.T, dir string) // it comes back holding troops.md
	}{
		{"removed and recreated",
			func(t *testing.T, dir string) { mustDo(t, os.RemoveAll(dir)) },
			func(t *testing.T, dir string) {
				mustDo(t, os.Mkdir(dir, 0o755))
				mustDo(t, os.WriteFile(filepath.Join(dir, "troops.md"), []byte(troopsArticle), 0o644))
			}},
		{"moved away and back",
			func(t *testing.T, dir string) { mustDo(t, os.Rename(dir, dir+".away")) },
			func(t *testing.T, dir string) {
				mustDo(t, os.Rename(dir+".away", dir))
				mustDo(t, os.WriteFile(filepath.Join(dir, "troops.md"), []byte(troopsArticle), 0o644))
			}},
		{"replaced by another directory",
			func(t *testing.T, dir string) {
				mustDo(t, os.Mkdir(dir+".new", 0o755))
				mustDo(t, os.WriteFile(filepath.Join(dir+".new", "troops.md"), []byte(troopsArticle), 0o644))
				mustDo(t, os.Rename(dir, dir+".old"))
			},
			func(t *testing.T, dir string) { mustDo(t, os.Rename(dir+".new", dir)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, map[string]string{"fuel.md": fuelArticle})
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error)
			go func() {
				done <- f.lib.Watch(ctx, WatchOptions{Debounce: 10 * time.Millisecond, Retry: 10 * time.Millisecond})
			}()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("Watch() = %v", err)
				}
			}()
			time.Sleep(50 * time.Millisecond) // let the watch start; a missed start only delays the check below
			tt.away(t, f.dir)
			waitFor(t, "report of the lost watch in Details", func() bool { return strings.Contains(details(f.lib), notWatched) })
			tt.back(t, f.dir)
			waitFor(t, "reload with troops.md", func() bool { return strings.Contains(ids(f.lib.Current()), "troops") })
			waitFor(t, "watch again", func() bool { return !strings.Contains(details(f.lib), notWatched) })
			swapped := f.lib.Swapped()
			f.write(t, "later.md", cabinetArticle)
			waitSwap(t, swapped)
			if got := ids(f.lib.Current()); !strings.Contains(got, "later") {
				t.Errorf("articles %q after a write to the directory that came back, want later among them", got)
			}
		})
	}
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
