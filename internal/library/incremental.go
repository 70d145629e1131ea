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
	changed, ok := changedFiles(was, next)
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
	docs = make([]corpus.Document, 0, len(prev.Documents())+len(fresh))
	for _, d := range prev.Documents() { // sorted by ID
		if _, ok := changed[filepath.Base(d.Path)]; !ok {
			docs = append(docs, d)
		}
	}
	kept := len(docs)
	byID := func(d corpus.Document, id string) int { return strings.Compare(d.ID, id) }
	for i, d := range fresh {
		_, taken := slices.BinarySearchFunc(docs[:kept], d.ID, byID)
		if taken || slices.ContainsFunc(docs[kept:], func(o corpus.Document) bool { return o.ID == d.ID }) ||
			slices.ContainsFunc(docs, func(o corpus.Document) bool { return corpus.SameBody(d, o) }) {
			return nil, false // a duplicate: Load decides which file wins
		}
		docs = append(docs, fresh[i])
	}
	slices.SortFunc(docs, func(a, b corpus.Document) int { return strings.Compare(a.ID, b.ID) })
	return docs, true
}

// changedFiles returns the names that differ between two listings of
// scan, true for those present now, when every one is a plain article
// file. The listings are sorted by name (os.ReadDir): one walk of both.
func changedFiles(was, next string) (map[string]bool, bool) {
	a, b := listingLines(was), listingLines(next)
	changed := map[string]bool{}
	for i, j := 0, 0; i < len(a) || j < len(b); {
		var na, nb string
		if i < len(a) {
			na = listedName(a[i])
		}
		if j < len(b) {
			nb = listedName(b[j])
		}
		switch {
		case j == len(b) || i < len(a) && na < nb: // gone
			changed[na] = false
			i++
		case i == len(a) || nb < na: // new
			changed[nb] = true
			j++
		default:
			if a[i] != b[j] {
				changed[nb] = true
			}
			i, j = i+1, j+1
		}
		if len(changed) > maxIncremental {
			return nil, false
		}
	}
	for name, present := range changed {
		if name == "" || present && !regularIn(b, name) {
			return nil, false
		}
	}
	for name := range changed {
		ext := strings.ToLower(filepath.Ext(name))
		if strings.HasPrefix(name, ".") || strings.EqualFold(name, corpus.AliasesFile) || ext != ".txt" && ext != ".md" || strings.ContainsAny(name, " \t") {
			return nil, false
		}
	}
	return changed, true
}

// listingLines splits a listing of scan into its lines.
func listingLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// listedName is the file name of a line of scan, "" when the line does
// not have the four fields of a file that could be read one by one (a
// name with spaces, a file scan could not stat).
func listedName(line string) string {
	if strings.Count(line, " ") != 3 {
		return ""
	}
	name, _, _ := strings.Cut(line, " ")
	return name
}

// regularIn reports whether the listing lines say name is a regular file.
func regularIn(lines []string, name string) bool {
	i, ok := slices.BinarySearchFunc(lines, name, func(line, name string) int { return strings.Compare(listedName(line), name) })
	if !ok {
		return false
	}
	return strings.HasPrefix(lines[i][strings.LastIndexByte(lines[i], ' ')+1:], "-")
}
