package corpus

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// DefaultMaxBytes is the largest article file Load reads when
// Options.MaxBytes is 0.
const DefaultMaxBytes = 1 << 20

// Options control loading.
type Options struct {
	MaxBytes int64 // largest file read, in bytes; 0 means DefaultMaxBytes
	// Manifest, when set, gives the articles of files that did not change
	// since it learnt them, and learns the others (see Manifest). The
	// caller saves it when Changed.
	Manifest *Manifest
}

// AliasesFile is the name of the file beside the articles in which an
// operator lists terms that mean the same in this corpus: names and their
// transliterations, the event's own terms. It is not an article.
const AliasesFile = "aliases.txt"

// Load reads every article in dir. It returns the documents sorted by ID and
// every problem found, in file name order. It returns an error only when dir
// itself cannot be read; a bad file never stops the rest loading.
//
// Only .txt and .md files (any case) directly in dir are articles, except
// AliasesFile, the operator's aliases (see text.LoadAliases); a
// symbolic link counts only when it resolves to a file inside dir. Hidden
// files are ignored silently; everything else that is not loaded gets a
// Problem. When two files share an ID or the same body (ignoring
// whitespace), the first by file name that loads wins.
func Load(dir string, opt Options) ([]Document, []Problem, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load corpus: %w", err)
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load corpus: %w", err)
	}
	l := loader{
		root:     root,
		maxBytes: opt.MaxBytes,
		docs:     make([]Document, 0, len(entries)), // sized once: an archive has many
		byID:     make(map[string]string, len(entries)),
		byBody:   make(map[[sha256.Size]byte]string, len(entries)),
		manifest: opt.Manifest,
	}
	if l.maxBytes <= 0 {
		l.maxBytes = DefaultMaxBytes
	}
	l.manifest.begin()
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || strings.EqualFold(e.Name(), AliasesFile) {
			continue
		}
		names = append(names, e.Name())
	}
	sts, errs := lstatAll(dir, names)
	// filepath.Join(dir, name) without cleaning dir again for every file:
	// a name from the listing is one clean element.
	prefix := filepath.Clean(dir)
	if !os.IsPathSeparator(prefix[len(prefix)-1]) {
		prefix += string(filepath.Separator)
	}
	for i, name := range names {
		l.loadFile(prefix+name, sts[i], errs[i])
	}
	l.manifest.finish()
	sort.Slice(l.docs, func(i, j int) bool { return l.docs[i].ID < l.docs[j].ID })
	return l.docs, l.problems, nil
}

// loader accumulates the result of one Load.
type loader struct {
	root     string // the corpus directory, symbolic links resolved
	maxBytes int64
	docs     []Document
	problems []Problem
	byID     map[string]string            // ID -> path of the file that loaded with it
	byBody   map[[sha256.Size]byte]string // normalised body hash -> ID
	manifest *Manifest                    // nil for none
}

// loadFile loads one directory entry, recording a Document or Problems;
// st and err are its Lstat.
func (l *loader) loadFile(path string, st status, statErr error) {
	if e, ok := l.known(path, st, statErr); ok {
		warnings := make([]Problem, len(e.warnings))
		for i, w := range e.warnings {
			warnings[i] = warn(path, w)
		}
		l.add(path, e.doc, warnings, e.body)
		return
	}
	data, reason := l.read(path)
	if reason != "" {
		l.problems = append(l.problems, skip(path, reason))
		return
	}
	doc, warnings, err := ParseWithWarnings(path, data)
	if err != nil {
		l.problems = append(l.problems, problemFrom(path, err))
		return
	}
	key := doc.BodyKey()
	if l.add(path, doc, warnings, key) && statErr == nil && l.manifest != nil {
		e := manifestEntry{doc: doc, body: key}
		for _, w := range warnings {
			e.warnings = append(e.warnings, w.Reason)
		}
		l.manifest.remember(st, e)
	}
}

// known returns what the manifest has of the file at path, given its
// Lstat, when the file did not change and would load as it did.
func (l *loader) known(path string, st status, err error) (manifestEntry, bool) {
	if err != nil || l.manifest == nil || st.key.size > l.maxBytes {
		return manifestEntry{}, false
	}
	return l.manifest.lookup(path, st)
}

// add records a parsed article unless it duplicates one already loaded,
// and reports whether it did.
func (l *loader) add(path string, doc Document, warnings []Problem, key [sha256.Size]byte) bool {
	if first, ok := l.byID[doc.ID]; ok {
		l.problems = append(l.problems, duplicate(path, fmt.Sprintf("duplicate ID %q (already loaded from %s)", doc.ID, filepath.Base(first))))
		return false
	}
	if first, ok := l.byBody[key]; ok {
		l.problems = append(l.problems, duplicate(path, "duplicate of "+first))
		return false
	}
	l.byID[doc.ID] = path
	l.byBody[key] = doc.ID
	l.docs = append(l.docs, doc)
	l.problems = append(l.problems, warnings...)
	return true
}

// BodyKey identifies the article's body ignoring whitespace: Load skips
// a file whose body has the key of one already loaded, as a duplicate.
func (d Document) BodyKey() [sha256.Size]byte {
	return sha256.Sum256([]byte(strings.Join(strings.Fields(d.Body()), " ")))
}

// SameBody reports whether two articles have the same body ignoring
// whitespace, as BodyKey compares them, without hashing or allocating:
// it stops at the first word that differs.
func SameBody(a, b Document) bool {
	x, y := a.Body(), b.Body()
	for {
		x, y = strings.TrimLeftFunc(x, unicode.IsSpace), strings.TrimLeftFunc(y, unicode.IsSpace)
		if x == "" || y == "" {
			return x == y
		}
		i, j := wordEnd(x), wordEnd(y)
		if x[:i] != y[:j] {
			return false
		}
		x, y = x[i:], y[j:]
	}
}

// wordEnd is the length of the word s starts with.
func wordEnd(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

// read returns the bytes of an article file, or why it is not read.
func (l *loader) read(path string) ([]byte, string) {
	if reason := l.outside(path); reason != "" {
		return nil, reason
	}
	info, err := os.Stat(path) // follows symlinks
	switch {
	case err != nil:
		return nil, fmt.Sprintf("cannot stat: %v", err)
	case info.IsDir():
		return nil, "subdirectory not scanned"
	case !info.Mode().IsRegular():
		return nil, "not a regular file"
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".txt" && ext != ".md" {
		if ext == "" {
			return nil, "unsupported file type (no extension; want .txt or .md)"
		}
		return nil, fmt.Sprintf("unsupported file type %s (want .txt or .md)", ext)
	}
	if info.Size() > l.maxBytes {
		return nil, l.tooBig(info.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Sprintf("cannot open: %v", err)
	}
	defer f.Close()
	// Read one byte past the limit in case the file grew since Stat.
	data, err := io.ReadAll(io.LimitReader(f, l.maxBytes+1))
	if err != nil {
		return nil, fmt.Sprintf("cannot read: %v", err)
	}
	if int64(len(data)) > l.maxBytes {
		return nil, l.tooBig(int64(len(data)))
	}
	return data, ""
}

func (l *loader) tooBig(size int64) string {
	return fmt.Sprintf("too large: %d bytes (limit %d)", size, l.maxBytes)
}

// problemFrom turns a Parse error into a skipping Problem for path.
func problemFrom(path string, err error) Problem {
	var p Problem
	if errors.As(err, &p) {
		p.Path, p.Skipped = path, true
		return p
	}
	return skip(path, err.Error())
}

// outside returns why a symbolic link at path is not followed: it is
// broken or leads out of the corpus directory. It returns "" for a file
// that is not a link, or a link that stays inside.
func (l *loader) outside(path string) string {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		return ""
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "broken symbolic link"
	}
	rel, err := filepath.Rel(l.root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "symbolic link to a file outside the corpus directory (not served)"
	}
	return ""
}
