package app

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestCachePathNamesEverythingThatChangesVectors(t *testing.T) {
	base := config.Default()
	base.Index.CacheDir = t.TempDir()
	base.Corpus.Dir = "corpus"
	api := base
	api.Embed = config.Embed{Provider: config.ProviderOpenAI, Model: "nomic-embed-text", BaseURL: "http://a:11434/v1"}
	variants := map[string]func(c *config.Config){
		"builtin":    func(c *config.Config) { *c = base },
		"api":        func(c *config.Config) {},
		"server":     func(c *config.Config) { c.Embed.BaseURL = "http://b:11434/v1" },
		"model":      func(c *config.Config) { c.Embed.Model = "mxbai-embed-large" },
		"dimensions": func(c *config.Config) { c.Embed.Dimensions = 256 },
		"corpus":     func(c *config.Config) { c.Corpus.Dir = "other" },
	}
	path := func(c config.Config) string {
		p, err := cachePath(c)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	seen := map[string]string{}
	for name, change := range variants {
		c := api
		change(&c)
		p, err := cachePath(c)
		if err != nil {
			t.Fatal(err)
		}
		if other, ok := seen[p]; ok {
			t.Errorf("cachePath: %s and %s share the file %s", name, other, p)
		}
		seen[p] = name
		if again, _ := cachePath(c); again != p {
			t.Errorf("cachePath(%s) = %s, then %s", name, p, again)
		}
	}
	batch := api
	batch.Embed.BatchSize, batch.Embed.Retries = 7, 9
	if p1, p2 := path(api), path(batch); p1 != p2 {
		t.Errorf("cachePath changes with the batch size and retries, which change no vector: %s, %s", p1, p2)
	}
	if p := path(base); !strings.HasSuffix(p, ".idx"+retrieve.CacheVersion) {
		t.Errorf("cachePath() = %s, want it named after the layout version %s", p, retrieve.CacheVersion)
	}
	off := base
	off.Index.CacheDir = "off"
	if p := path(off); p != "" {
		t.Errorf("cachePath(cache_dir = off) = %q, want none", p)
	}
}

func TestPruneCaches(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	files := map[string]time.Duration{ // name -> age
		"index-aaaa-1111.idx2":          90 * 24 * time.Hour, // the one in use: kept, marked used
		"index-aaaa-2222.idx2":          40 * 24 * time.Hour, // an old embedder
		"index-bbbb-1111.idx2":          2 * 24 * time.Hour,  // another corpus, used lately
		"index-aaaa-1111.idx2.corpus":   90 * 24 * time.Hour, // beside the one in use: kept
		"index-aaaa-1111.idx2.cuts":     90 * 24 * time.Hour, // beside the one in use: kept
		"index-aaaa-1111.idx2.tmp-1234": 40 * 24 * time.Hour, // an interrupted write
		".index-aaaa-1111.idx2.tmp-99":  40 * 24 * time.Hour, // one by atomicfile (hidden)
		"index-aaaa-1111.gob":           40 * 24 * time.Hour, // the version-1 layout, unused since
		"index-bbbb-1111.gob":           2 * 24 * time.Hour,  // version 1, used lately by an older build
		"notes.txt":                     90 * 24 * time.Hour, // not a cache
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	current := filepath.Join(dir, "index-aaaa-1111.idx2")
	pruneCaches(slog.New(slog.NewTextHandler(io.Discard, nil)), current, now, cacheMaxAge)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if got, want := strings.Join(left, ","), "index-aaaa-1111.idx2,index-aaaa-1111.idx2.corpus,index-aaaa-1111.idx2.cuts,index-bbbb-1111.gob,index-bbbb-1111.idx2,notes.txt"; got != want {
		t.Errorf("after pruneCaches: %s, want %s", got, want)
	}
	if info, err := os.Stat(current); err != nil || !info.ModTime().Equal(now) {
		t.Errorf("the cache in use was not marked used: %v, %v", info.ModTime(), err)
	}
}
