package library

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/almaty-news/newsbot/internal/corpus"
)

// maxIncremental is the most changed files a reload reads one by one;
// past it, the whole directory is loaded again.
const maxIncremental = 64

// incremental returns the articles of the corpus directory when only a
// few plain article files changed since prev was loaded (listing was, now
// is next): prev's documents with those files read again, so a reload
// after editing one article does not read every file. ok is false
// whenever the answer could differ from corpus.Load's (a problem, a
// duplicate, a link, the aliases file, anything but a .txt or .md file):
// the caller loads the whole directory then.
func incremental(dir string, maxBytes int64, prev *Snapshot, was, next string) (docs []corpus.Document, ok bool) {
	if was == "" || strings.HasPrefix(was, "error:") || strings.HasPrefix(next, "error:") || len(prev.Problems()) > 0 || len(prev.retained) > 0 {
		return nil, false
	}
	changed, ok := changedFiles(parseListing(was), parseListing(next))
	if !ok {
		return nil, false
	}
	if maxBytes <= 0 {
		maxBytes = corpus.DefaultMaxBytes
	}
	var fresh []corpus.Document
	for name, present := range changed {
		if !present {
			continue
		}
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil || int64(len(data)) > maxBytes {
			return nil, false
		}
		d, warnings, err := corpus.ParseWithWarnings(path, data)
		if err != nil || len(warnings) > 0 {
			return nil, false
		}
		fresh = append(fresh, d)
	}
	ids := map[string]bool{}
	for _, d := range prev.Documents() {
		if _, ok := changed[filepath.Base(d.Path)]; !ok {
			docs = append(docs, d)
			ids[d.ID] = true
		}
	}
	for i, d := range fresh {
		if ids[d.ID] || slices.ContainsFunc(docs, func(o corpus.Document) bool { return corpus.SameBody(d, o) }) {
			return nil, false // a duplicate: Load decides which file wins
		}
		ids[d.ID] = true
		docs = append(docs, fresh[i])
	}
	slices.SortFunc(docs, func(a, b corpus.Document) int { return strings.Compare(a.ID, b.ID) })
	return docs, true
}

// listed is one file of a directory listing (see scan).
type listed struct {
	line    string // name size mtime mode
	regular bool
}

// parseListing reads a listing of scan by file name.
func parseListing(s string) map[string]listed {
	out := map[string]listed{}
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		f := strings.Fields(line)
		if len(f) != 4 {
			out[line] = listed{line: line} // not regular: never read one by one
			continue
		}
		out[f[0]] = listed{line: line, regular: strings.HasPrefix(f[3], "-")}
	}
	return out
}

// changedFiles returns the names that differ between two listings, true
// for those present now, when every one is a plain article file.
func changedFiles(was, next map[string]listed) (map[string]bool, bool) {
	changed := map[string]bool{}
	for name, n := range next {
		if w, ok := was[name]; !ok || w.line != n.line {
			changed[name] = true
			if !n.regular {
				return nil, false
			}
		}
	}
	for name := range was {
		if _, ok := next[name]; !ok {
			changed[name] = false
		}
	}
	if len(changed) > maxIncremental {
		return nil, false
	}
	for name := range changed {
		ext := strings.ToLower(filepath.Ext(name))
		if strings.HasPrefix(name, ".") || strings.EqualFold(name, corpus.AliasesFile) || ext != ".txt" && ext != ".md" || strings.ContainsAny(name, " \t") {
			return nil, false
		}
	}
	return changed, true
}
