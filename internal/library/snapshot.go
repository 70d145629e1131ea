package library

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/text"
)

// Options configure Open.
type Options struct {
	Dir       string // corpus directory
	MaxBytes  int64  // largest article file; corpus.DefaultMaxBytes when 0
	Chunk     chunk.Options
	Embedder  retrieve.Embedder // required
	CachePath string            // embedding cache file; "" for none
	Logger    *slog.Logger
	Progress  func(done, total int)
	// Reuse is an earlier Snapshot whose vectors are reused for unchanged
	// passages (see retrieve.Options.Reuse). May be nil.
	Reuse *Snapshot
	// Load, when set, gives the articles instead of reading Dir (a shared
	// store, internal/pgstore); Dir still holds the aliases file.
	Load func(ctx context.Context) ([]corpus.Document, []corpus.Problem, error)
	// Vectors, when set, holds the passages' vectors (a shared store,
	// internal/pgstore): the snapshot keeps only the lexical index, which
	// question analysis needs, and searches with it and with the store's
	// vectors (retrieve.Index.SearchVectors). No cache file is used.
	Vectors retrieve.Vectors

	deferCacheSave bool // Reload writes the cache once the snapshot serves
	// firstLoad: Open's load, which maps the corpus manifest rather than
	// read it (corpus.MapManifest); reloads read it.
	firstLoad bool
}

// load reads the articles: with opt.Load when set, else from opt.Dir,
// with the corpus manifest beside the cache (see manifestPath).
func (opt Options) load(ctx context.Context) ([]corpus.Document, []corpus.Problem, error) {
	if opt.Load != nil {
		return opt.Load(ctx)
	}
	path := opt.manifestPath()
	if path == "" {
		return corpus.Load(opt.Dir, corpus.Options{MaxBytes: opt.MaxBytes})
	}
	log := opt.logger()
	read := corpus.ReadManifest
	if opt.firstLoad {
		read = corpus.MapManifest
	}
	m, err := read(path)
	if err != nil {
		log.Warn("corpus manifest unusable; reading every article", "err", err)
	}
	docs, problems, err := corpus.Load(opt.Dir, corpus.Options{MaxBytes: opt.MaxBytes, Manifest: m})
	if err == nil && m.Changed() {
		if err := m.Save(path); err != nil {
			log.Warn("corpus manifest not saved; the next start reads every changed article", "err", err)
		}
	}
	return docs, problems, err
}

// manifestPath is the corpus manifest kept beside the index cache
// (corpus.Manifest), "" without a cache.
func (opt Options) manifestPath() string {
	if opt.CachePath == "" {
		return ""
	}
	return opt.CachePath + manifestSuffix
}

// Suffixes of the files kept beside the index cache.
const (
	manifestSuffix = ".corpus"
	cutsSuffix     = ".cuts"
)

// CacheFiles lists the files a library with the index cache at cachePath
// keeps: the cache itself, the corpus manifest and the passage cuts.
func CacheFiles(cachePath string) []string {
	return []string{cachePath, cachePath + manifestSuffix, cachePath + cutsSuffix}
}

// Snapshot is one immutable version of the served corpus: the articles,
// their passages, the retrieval index and the views derived from them
// (timeline, quote index), each built at most once. It is safe for
// concurrent use; a reload builds a new one.
type Snapshot struct {
	docs     []corpus.Document
	byID     map[string]int
	chunks   map[string]int // chunks per document
	problems []corpus.Problem
	index    *retrieve.Index
	stats    retrieve.BuildStats
	views    views
	aliases  string           // the aliases file's content, "" for none
	vectors  retrieve.Vectors // Options.Vectors; nil: the index holds them
	// cutsStale: the cuts file (Options.cutsPath) does not record these
	// articles' passages.
	cutsStale bool

	// Set by Library before the snapshot is published, never after.
	generation int
	loaded     time.Time
	retained   map[string]bool
}

// Open loads the corpus in opt.Dir and indexes it. Bad files are skipped
// and reported by Problems; only an unreadable directory or a failing
// embedder is an error. An empty corpus gives an empty, usable Snapshot.
func Open(ctx context.Context, opt Options) (*Snapshot, error) {
	opt.firstLoad = true
	docs, problems, err := opt.load(ctx)
	if err != nil {
		return nil, fmt.Errorf("open library: %w", err)
	}
	return Build(ctx, docs, problems, opt)
}

// Build indexes documents that are already loaded, with the aliases file
// of opt.Dir when there is one.
func Build(ctx context.Context, docs []corpus.Document, problems []corpus.Problem, opt Options) (*Snapshot, error) {
	lex, raw, aliasProblems := aliases(opt.Dir)
	return build(ctx, docs, problems, opt, lex, raw, aliasProblems)
}

// build is Build with the aliases file already read (lex, raw and its
// problems, as aliases returns them).
func build(ctx context.Context, docs []corpus.Document, problems []corpus.Problem, opt Options, lex *text.Lexicon, raw string, aliasProblems []corpus.Problem) (*Snapshot, error) {
	problems = append(problems, aliasProblems...)
	s := &Snapshot{docs: docs, problems: problems, byID: make(map[string]int, len(docs)), chunks: make(map[string]int, len(docs)), views: newViews(), aliases: raw, vectors: opt.Vectors}
	chunks := s.cut(opt)
	ix, stats, err := retrieve.Build(ctx, chunks, retrieve.Options{
		Embedder:  opt.Embedder,
		CachePath: opt.CachePath,
		Logger:    opt.Logger,
		Progress:  opt.Progress,
		Reuse:     opt.Reuse.Index(),
		Lexicon:   lex,

		DeferCacheSave: opt.deferCacheSave,
		NoVectors:      opt.Vectors != nil,
	})
	if err != nil {
		return nil, fmt.Errorf("index corpus: %w", err)
	}
	s.index, s.stats = ix, stats
	if s.cutsStale && !opt.deferCacheSave {
		s.saveCutsLogged(opt)
	}
	return s, nil
}

// Documents returns the articles, sorted by ID.
func (s *Snapshot) Documents() []corpus.Document { return s.docs }

// Document returns the article with the given ID.
func (s *Snapshot) Document(id string) (corpus.Document, bool) {
	i, ok := s.byID[id]
	if !ok {
		return corpus.Document{}, false
	}
	return s.docs[i], true
}

// ChunkCount is the number of passages the article was cut into.
func (s *Snapshot) ChunkCount(id string) int { return s.chunks[id] }

// Problems lists the files that were skipped or loaded with a warning.
func (s *Snapshot) Problems() []corpus.Problem { return s.problems }

// Stats says how the index was built (chunks embedded or reused).
func (s *Snapshot) Stats() retrieve.BuildStats { return s.stats }

// Index is the retrieval index; nil for a nil Snapshot.
func (s *Snapshot) Index() *retrieve.Index {
	if s == nil {
		return nil
	}
	return s.index
}

// Search returns the k passages most relevant to q.
func (s *Snapshot) Search(ctx context.Context, q string, k int) ([]retrieve.Passage, error) {
	return s.SearchQuery(ctx, s.Analyze(q), k)
}

// SearchQuery returns the k passages most relevant to a question already
// analysed by Analyze: the question is analysed once. A shared store
// (Options.Vectors) gives the vector side.
func (s *Snapshot) SearchQuery(ctx context.Context, q retrieve.Query, k int) ([]retrieve.Passage, error) {
	if s.vectors != nil {
		return s.index.SearchVectors(ctx, q, k, s.vectors)
	}
	return s.index.SearchQuery(ctx, q, k)
}

// Analyze splits q into content terms with their statistics.
func (s *Snapshot) Analyze(q string) retrieve.Query { return s.index.Analyze(q) }

// Generation is 1 for the first snapshot a Library serves, then one more
// per swap; 0 for a snapshot no Library served.
func (s *Snapshot) Generation() int { return s.generation }

// Loaded is when the Library swapped the snapshot in.
func (s *Snapshot) Loaded() time.Time { return s.loaded }

// Retained reports whether path is a bad file whose previous version the
// snapshot still serves.
func (s *Snapshot) Retained(path string) bool { return s.retained[path] }
