package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// cacheMaxAge is how long an index cache file nobody opened is kept.
const cacheMaxAge = 30 * 24 * time.Hour

// cachePath is the index cache file for the configured corpus and
// embedder, index-<corpus>-<embedder>.idx6 under the cache dir ("6": the
// layout version, retrieve.CacheVersion; older versions ended in .gob,
// .idx2, .idx3, .idx4 and .idx5 and are pruned like any unused cache, as are the corpus
// manifest and the passage cuts beside it, .idx6.corpus and .idx6.cuts,
// when left unchanged that long); "" means
// no cache. The embedder part hashes everything that changes the vectors
// (provider, model, base URL, dimensions): switching to another server or
// model uses another file, and switching back finds the old one.
func cachePath(cfg config.Config) (string, error) {
	dir, err := cacheDir(cfg.Index)
	if dir == "" || err != nil {
		return "", err
	}
	abs, err := filepath.Abs(cfg.Corpus.Dir)
	if err != nil {
		return "", fmt.Errorf("resolve corpus dir: %w", err)
	}
	return filepath.Join(dir, "index-"+shortHash(abs)+"-"+shortHash(embedderKey(cfg.Embed))+".idx"+retrieve.CacheVersion), nil
}

// cacheDir is the directory of the index caches: index.cache_dir, else
// newsbot under the user's cache directory; "" when caching is off.
func cacheDir(ix config.Index) (string, error) {
	switch ix.CacheDir {
	case "off":
		return "", nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("find user cache dir: %w", err)
		}
		return filepath.Join(base, "newsbot"), nil
	}
	return ix.CacheDir, nil
}

// embedderKey names what makes an embedder's vectors: the built-in
// embedder is one; an API's depends on the server, model and size.
func embedderKey(e config.Embed) string {
	if e.Provider != config.ProviderOpenAI {
		return "builtin"
	}
	return strings.Join([]string{e.Provider, e.Model, strings.TrimRight(e.BaseURL, "/"), strconv.Itoa(e.Dimensions)}, "\n")
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}

// pruneCaches marks the cache at current, and the files the library keeps
// beside it, as used, and removes the index caches in its directory that
// nobody used for maxAge (another corpus directory, a model no longer
// configured), with temporary files left by an interrupted write (hidden:
// ".index-…tmp-…"). A file it cannot remove is logged and kept.
func pruneCaches(log *slog.Logger, current string, now time.Time, maxAge time.Duration) {
	if current == "" {
		return
	}
	inUse := map[string]bool{}
	for _, p := range library.CacheFiles(current) {
		inUse[p] = true
		if err := os.Chtimes(p, now, now); err != nil && !os.IsNotExist(err) {
			log.Debug("mark index cache used", "cache", p, "err", err)
		}
	}
	dir := filepath.Dir(current)
	old, _ := filepath.Glob(filepath.Join(dir, "index-*"))
	tmp, _ := filepath.Glob(filepath.Join(dir, ".index-*"))
	for _, p := range append(old, tmp...) {
		info, err := os.Lstat(p)
		if inUse[p] || err != nil || !info.Mode().IsRegular() || now.Sub(info.ModTime()) < maxAge {
			continue
		}
		if err := os.Remove(p); err != nil {
			log.Warn("remove old index cache", "cache", p, "err", err)
			continue
		}
		log.Info("removed an index cache unused for a long time", "cache", p, "unused_days", int(now.Sub(info.ModTime()).Hours()/24))
	}
}
