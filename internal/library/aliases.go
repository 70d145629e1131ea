package library

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/text"
)

// aliases reads the operator's aliases file beside the articles
// (corpus.AliasesFile). It returns the lexicon to retrieve with, the
// file's content (so a reload notices an edit) and a problem when the file
// is there but cannot be used: the bot then answers with WordNet alone.
func aliases(dir string) (*text.Lexicon, string, []corpus.Problem) {
	path := filepath.Join(dir, corpus.AliasesFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", []corpus.Problem{{Path: path, Reason: fmt.Sprintf("aliases not read: %v", err), Skipped: true}}
	}
	a, err := text.LoadAliases(bytes.NewReader(b))
	if err != nil {
		return nil, string(b), []corpus.Problem{{Path: path, Reason: fmt.Sprintf("aliases not used: %v", err), Skipped: true}}
	}
	return text.NewLexicon(a), string(b), nil
}
