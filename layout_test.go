package newsbot_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/almaty-news/newsbot"

// layers is the package picture of STYLE.md, top to bottom: a package
// imports only packages of a later layer. Siblings on one layer do not
// import each other.
var layers = [][]string{
	{"cmd/bot", "scripts/scalebench"}, // scalebench: the scale table, a main like bot
	{"internal/cli"},
	{"internal/app"},
	{"internal/discord", "internal/llm", "internal/eval", "internal/feed"},
	{"internal/answer/extractive"},
	{"internal/answer"},
	{"internal/library"},
	{"internal/news", "internal/fetch", "internal/pgstore"},
	{"internal/retrieve", "internal/chunk", "internal/corpus"},
	{"internal/text"},
}

// leaves import no package of the module and may be imported by any.
// internal/retrieve/synth writes synthetic corpora for benchmarks;
// internal/shares runs work on every processor;
// internal/atomicfile writes a file whole or not at all; internal/mapfile
// maps one into memory.
var leaves = []string{"internal/config", "internal/metrics", "internal/ops", "internal/version", "internal/retrieve/synth", "internal/atomicfile", "internal/mapfile", "internal/shares"}

// testOnly are imported by test files only.
var testOnly = []string{"internal/testkit", "internal/discord/fakediscord", "internal/pgstore/pglitetest"}

// TestImportsFollowThePicture parses the imports of every package of the
// module and fails on an import of a package above or beside the
// importer, on a leaf importing the module, on a test helper imported by
// production code, and on a package missing from the picture.
func TestImportsFollowThePicture(t *testing.T) {
	rank := map[string]int{}
	for i, layer := range layers {
		for _, p := range layer {
			rank[p] = i
		}
	}
	role := map[string]string{}
	for _, p := range leaves {
		role[p] = "leaf"
	}
	for _, p := range testOnly {
		role[p] = "test"
	}
	for pkg, imps := range moduleImports(t) {
		r, inPicture := rank[pkg]
		if !inPicture && role[pkg] == "" && !strings.Contains(pkg, "/internal/") {
			t.Errorf("%s is not in the package picture: place it in layers (layout_test.go) and STYLE.md", pkg)
			continue
		}
		for _, imp := range imps.prod {
			switch ir, ok := rank[imp]; {
			case role[pkg] == "leaf":
				t.Errorf("%s is a leaf but imports %s", pkg, imp)
			case role[imp] == "test":
				t.Errorf("%s imports the test helpers %s outside its tests", pkg, imp)
			case role[imp] == "leaf", strings.HasPrefix(imp, pkg+"/internal/"):
			case !ok:
				t.Errorf("%s imports %s, which is not in the package picture", pkg, imp)
			case inPicture && ir <= r:
				t.Errorf("%s (layer %d) imports %s (layer %d): arrows point down only", pkg, r, imp, ir)
			}
		}
	}
}

// imports are a package's imports of the module's packages.
type imports struct{ prod []string }

// moduleImports maps each package directory (relative to the module
// root) to its production imports of other module packages.
func moduleImports(t *testing.T) map[string]*imports {
	t.Helper()
	out := map[string]*imports{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(filepath.Dir(p))
		if out[pkg] == nil {
			out[pkg] = &imports{}
		}
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			if rel, ok := strings.CutPrefix(imp, module+"/"); ok && !contains(out[pkg].prod, rel) {
				out[pkg].prod = append(out[pkg].prod, rel)
			}
		}
		sort.Strings(out[pkg].prod)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < len(leaves)+len(layers) {
		t.Fatalf("found %d packages; is the test running in the module root?", len(out))
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x || path.Clean(y) == x {
			return true
		}
	}
	return false
}
