package library

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
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
	// Reuse is an earlier Library whose vectors are reused for unchanged
	// passages (see retrieve.Options.Reuse). May be nil.
	Reuse *Library
}

// Library is a loaded, indexed corpus. It is immutable and safe for
// concurrent use; a reload builds a new one.
type Library struct {
	docs     []corpus.Document
	byID     map[string]int
	chunks   map[string]int // chunks per document
	problems []corpus.Problem
	index    *retrieve.Index
	stats    retrieve.BuildStats
}

// Open loads the corpus in opt.Dir and indexes it. Bad files are skipped
// and reported by Problems; only an unreadable directory or a failing
// embedder is an error. An empty corpus gives an empty, usable Library.
func Open(ctx context.Context, opt Options) (*Library, error) {
	docs, problems, err := corpus.Load(opt.Dir, corpus.Options{MaxBytes: opt.MaxBytes})
	if err != nil {
		return nil, fmt.Errorf("open library: %w", err)
	}
	return Build(ctx, docs, problems, opt)
}

// Build indexes documents that are already loaded.
func Build(ctx context.Context, docs []corpus.Document, problems []corpus.Problem, opt Options) (*Library, error) {
	l := &Library{docs: docs, problems: problems, byID: map[string]int{}, chunks: map[string]int{}}
	var chunks []retrieve.Chunk
	for i, d := range docs {
		l.byID[d.ID] = i
		for _, c := range chunk.Split(d.Body(), opt.Chunk) {
			chunks = append(chunks, retrieve.Chunk{
				ID:      d.ID + "#" + strconv.Itoa(c.Ordinal),
				DocID:   d.ID,
				Ordinal: c.Ordinal,
				Start:   d.BodyStart + c.Start,
				End:     d.BodyStart + c.End,
				Text:    c.Text,
			})
			l.chunks[d.ID]++
		}
	}
	ix, stats, err := retrieve.Build(ctx, chunks, retrieve.Options{
		Embedder:  opt.Embedder,
		CachePath: opt.CachePath,
		Logger:    opt.Logger,
		Progress:  opt.Progress,
		Reuse:     opt.Reuse.Index(),
	})
	if err != nil {
		return nil, fmt.Errorf("index corpus: %w", err)
	}
	l.index, l.stats = ix, stats
	return l, nil
}

// Documents returns the articles, sorted by ID.
func (l *Library) Documents() []corpus.Document { return l.docs }

// Document returns the article with the given ID.
func (l *Library) Document(id string) (corpus.Document, bool) {
	i, ok := l.byID[id]
	if !ok {
		return corpus.Document{}, false
	}
	return l.docs[i], true
}

// ChunkCount is the number of passages the article was cut into.
func (l *Library) ChunkCount(id string) int { return l.chunks[id] }

// Problems lists the files that were skipped or loaded with a warning.
func (l *Library) Problems() []corpus.Problem { return l.problems }

// Stats says how the index was built (chunks embedded or reused).
func (l *Library) Stats() retrieve.BuildStats { return l.stats }

// Index is the retrieval index; nil for a nil Library.
func (l *Library) Index() *retrieve.Index {
	if l == nil {
		return nil
	}
	return l.index
}

// Search returns the k passages most relevant to q.
func (l *Library) Search(ctx context.Context, q string, k int) ([]retrieve.Passage, error) {
	return l.index.Search(ctx, q, k)
}

// Analyze splits q into content terms with their statistics.
func (l *Library) Analyze(q string) retrieve.Query { return l.index.Analyze(q) }
