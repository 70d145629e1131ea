package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/atomicfile"
	"github.com/almaty-news/newsbot/internal/corpus"
	"gopkg.in/yaml.v3"
)

// Store is the corpus directory seen as a place to save articles.
type Store struct {
	Dir      string
	MaxBytes int64 // as corpus.Options.MaxBytes
}

// documents loads the articles the directory holds now.
func (s Store) documents() ([]corpus.Document, error) {
	docs, _, err := corpus.Load(s.Dir, corpus.Options{MaxBytes: s.MaxBytes})
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	return docs, nil
}

func (s Store) maxBytes() int64 {
	if s.MaxBytes > 0 {
		return s.MaxBytes
	}
	return corpus.DefaultMaxBytes
}

// frontMatter is what Save writes before the text, in this order.
type frontMatter struct {
	Title  string `yaml:"title"`
	Outlet string `yaml:"outlet"`
	Date   string `yaml:"date,omitempty"`
	URL    string `yaml:"url"`
	Added  string `yaml:"added"`
}

// Save writes a as a new .md file with front matter and returns it as the
// corpus will load it. The file appears whole or not at all: it is
// written to a hidden temporary file (which the corpus ignores) and
// renamed into place.
func (s Store) Save(a Article, link string, added time.Time) (corpus.Document, error) {
	fm, err := yaml.Marshal(frontMatter{Title: a.Title, Outlet: a.Outlet, Date: a.Date, URL: link, Added: added.UTC().Format(time.RFC3339)})
	if err != nil {
		return corpus.Document{}, fmt.Errorf("save article: %w", err)
	}
	data := []byte("---\n" + string(fm) + "---\n\n" + a.Text + "\n")
	if limit := s.maxBytes(); int64(len(data)) > limit {
		return corpus.Document{}, fmt.Errorf("save article: %d bytes, over corpus.max_file_bytes %d: %w", len(data), limit, ErrTooLarge)
	}
	name := fileName(a, link)
	path := filepath.Join(s.Dir, name)
	doc, err := corpus.Parse(path, data)
	if err != nil {
		return corpus.Document{}, fmt.Errorf("save article: %w", err)
	}
	if err := atomicfile.WriteBytes(path, 0o644, data); err != nil {
		return corpus.Document{}, fmt.Errorf("save article: %w", err)
	}
	return doc, nil
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// fileName is "<date>-<outlet>-<title words>-<hash of the link>.md", short
// and stable, so adding the same link twice could never make two files.
func fileName(a Article, link string) string {
	slug := func(s string, n int) string {
		s = strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
		if len(s) > n {
			s = strings.TrimRight(s[:n], "-")
		}
		return s
	}
	sum := sha256.Sum256([]byte(CanonicalURL(link)))
	var parts []string
	for _, p := range []string{a.Date, slug(a.Outlet, 24), slug(a.Title, 48), hex.EncodeToString(sum[:4])} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "-") + ".md"
}
