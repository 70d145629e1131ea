package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// mixedCorpus is a directory with articles, warnings, duplicates and bad
// files.
func mixedCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":   "Alpha story. It happened.\n",
		"b.md":    "---\ntitle: Bravo\nfoo: 1\n---\nBravo body.\n",
		"c.txt":   " date 2022-01-06 Alpha   story.\nIt happened.\n\nSource: Elsewhere\n",
		"d.md":    "Delta from markdown.\n",
		"d.txt":   "Delta from text, same ID.\n",
		"bad.txt": "caf\xe9\n",
		"e.txt":   " date 2022-13-45 Echo body.\n",
	})
	return dir
}

func noRacyWindow(t *testing.T) {
	old := racyWindow
	racyWindow = 0
	t.Cleanup(func() { racyWindow = old })
}

func TestLoadWithManifestMatchesLoad(t *testing.T) {
	noRacyWindow(t)
	dir := mixedCorpus(t)
	want, wantProblems, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "manifest")
	m := NewManifest()
	// Learning, then from the saved manifest read, then mapped.
	for round, read := range []func(string) (*Manifest, error){ReadManifest, MapManifest, ReadManifest} {
		docs, problems, err := Load(dir, Options{Manifest: m})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(docs, want) || !reflect.DeepEqual(problems, wantProblems) {
			t.Errorf("round %d: Load() with a manifest = %+v, %+v; want %+v, %+v", round, docs, problems, want, wantProblems)
		}
		if got, wantChanged := m.Changed(), round == 0; got != wantChanged {
			t.Errorf("round %d: Changed() = %v, want %v", round, got, wantChanged)
		}
		if err := m.Save(path); err != nil {
			t.Fatal(err)
		}
		if m, err = read(path); err != nil {
			t.Fatal(err)
		}
		if m.Len() != 4 { // a, b, d.md, e: not the duplicates nor the bad file
			t.Errorf("round %d: manifest knows %d files, want 4", round, m.Len())
		}
	}
}

func TestManifestServesOnlyUnchangedFiles(t *testing.T) {
	noRacyWindow(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Alpha story.\n", "b.txt": "Bravo story.\n", "c.txt": "Charlie story.\n"})
	m := NewManifest()
	if _, _, err := Load(dir, Options{Manifest: m}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt", "b.txt"} { // mark what the manifest gives
		m.list[m.index[name]].doc.Title = "from the manifest"
	}
	writeFiles(t, dir, map[string]string{"b.txt": "Bravo story, corrected.\n"})
	if err := os.Remove(filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	docs, _, err := Load(dir, Options{Manifest: m})
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{}
	for _, d := range docs {
		titles[d.ID] = d.Title
	}
	want := map[string]string{"a": "from the manifest", "b": "Bravo story, corrected"}
	if !reflect.DeepEqual(titles, want) {
		t.Errorf("Load() titles = %v, want %v (a from the manifest, b read again)", titles, want)
	}
	if !m.Changed() || m.Len() != 2 {
		t.Errorf("manifest Changed() = %v, Len() = %d; want true, 2 (b relearnt, c dropped)", m.Changed(), m.Len())
	}
}

func TestManifestDoesNotLearnRecentFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Alpha story.\n"})
	m := NewManifest()
	if _, _, err := Load(dir, Options{Manifest: m}); err != nil {
		t.Fatal(err)
	}
	if m.Len() != 0 {
		t.Errorf("manifest learnt a file written just now: Len() = %d, want 0", m.Len())
	}
}

func TestReadManifestDamaged(t *testing.T) {
	noRacyWindow(t)
	dir := mixedCorpus(t)
	m := NewManifest()
	if _, _, err := Load(dir, Options{Manifest: m}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "manifest")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, damage := range map[string][]byte{
		"flipped": func() []byte { d := append([]byte(nil), data...); d[len(d)/2] ^= 1; return d }(),
		"cut":     data[:len(data)-9],
		"empty":   nil,
	} {
		if err := os.WriteFile(path, damage, 0o644); err != nil {
			t.Fatal(err)
		}
		for name, read := range readers {
			got, err := read(path)
			if err == nil || got.Len() != 0 {
				t.Errorf("%s(damaged) = %d files, %v; want 0 files and an error", name, got.Len(), err)
			}
		}
	}
	for name, read := range readers {
		if got, err := read(filepath.Join(dir, "missing")); err != nil || got.Len() != 0 {
			t.Errorf("%s(missing) = %d files, %v; want 0, nil", name, got.Len(), err)
		}
	}
}

var readers = map[string]func(string) (*Manifest, error){"ReadManifest": ReadManifest, "MapManifest": MapManifest}

// TestMapManifestMapsTheFile looks for the manifest among the process's
// mappings (Linux) once MapManifest has read it.
func TestMapManifestMapsTheFile(t *testing.T) {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc/self/maps:", err)
	}
	noRacyWindow(t)
	m := NewManifest()
	if _, _, err := Load(mixedCorpus(t), Options{Manifest: m}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "manifest")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(maps), path) {
		t.Fatal("the manifest is mapped before it is read")
	}
	if m, err = MapManifest(path); err != nil || m.Len() == 0 {
		t.Fatalf("MapManifest() = %d files, %v", m.Len(), err)
	}
	if maps, _ = os.ReadFile("/proc/self/maps"); !strings.Contains(string(maps), path) {
		t.Errorf("MapManifest read %s; want it mapped", path)
	}
}

// A rewrite that keeps the file's size and sets its modification time
// back is still noticed on Linux, where the manifest compares the change
// time and the inode too.
func TestManifestNoticesRewriteKeepingSizeAndTime(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the change time is read on Linux only")
	}
	noRacyWindow(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Alpha story.\n"})
	path := filepath.Join(dir, "a.txt")
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	m := NewManifest()
	if _, _, err := Load(dir, Options{Manifest: m}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond) // a change time the file system tells apart
	writeFiles(t, dir, map[string]string{"a.txt": "Bravo story.\n"})
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	docs, _, err := Load(dir, Options{Manifest: m})
	if err != nil || len(docs) != 1 || docs[0].Title != "Bravo story" {
		t.Errorf("Load() after a rewrite of the same size and time = %v, %v; want the new title", docs, err)
	}
}
