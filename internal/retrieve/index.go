package retrieve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"

	"github.com/almaty-news/newsbot/internal/text"
	"github.com/philippgille/chromem-go"
)

// DefaultBatchSize is how many chunks are embedded per call.
const DefaultBatchSize = 64

// Options configure Build.
type Options struct {
	Embedder  Embedder              // required
	CachePath string                // embedding cache file; "" for none
	BatchSize int                   // chunks per embedding call; DefaultBatchSize when <= 0
	Logger    *slog.Logger          // nil discards logs
	Progress  func(done, total int) // called after each embedded batch; may be nil
	// Lexicon relates question words to the words of passages (WordNet
	// with the operator's aliases, text.NewLexicon); nil is WordNet alone.
	Lexicon *text.Lexicon
	// Reuse is an earlier index whose vectors are reused for unchanged
	// chunk texts when it was built by the same embedder, so a reload
	// re-embeds only what changed even without a cache file. May be nil.
	Reuse *Index
	// DeferCacheSave leaves writing the cache file to the caller
	// (Index.SaveCache), for example once the new index serves.
	DeferCacheSave bool
	// NoVectors builds the lexical index alone: no chunk is embedded, no
	// vector is held and no cache is read or written. The vectors live in
	// a shared store, searched with SearchVectors; the Embedder still
	// embeds the questions.
	NoVectors bool
	// plan sets when and how finely the vectors are partitioned; the
	// zero value is the default (partition.go). Tests lower it.
	plan partitionPlan
}

// BuildStats says what Build did.
type BuildStats struct {
	Chunks   int // chunks indexed
	Embedded int // chunks embedded now
	Reused   int // chunks whose vectors came from the cache
}

// Index is an immutable hybrid index over a set of chunks. It is safe for
// concurrent use.
type Index struct {
	chunks  []Chunk
	vectors [][]float32 // parallel to chunks
	keys    []textKey   // parallel to chunks: the SHA-256 of the text
	byID    map[string]int
	lex     *lexical
	// colls are the chromem-go collections holding the vectors: one per
	// partition of parts, or one when parts is nil (partition.go).
	colls []*chromem.Collection
	parts *partitioning
	// owns is whether the index may hand colls on to the next build (see
	// collections): true until a build takes them.
	owns    atomic.Bool
	emb     Embedder
	lexicon *text.Lexicon
	backing *mapping // the cache file some vectors lie in; nil for none
	// noLexical and noVector leave a ranking out of the fusion, to
	// measure what each adds (tests only).
	noLexical, noVector bool
}

// Build embeds the chunks (reusing cached vectors where the text and the
// embedder are unchanged), stores them in an in-memory chromem-go
// collection and builds the lexical index.
func Build(ctx context.Context, chunks []Chunk, opt Options) (*Index, BuildStats, error) {
	if opt.Embedder == nil {
		return nil, BuildStats{}, errors.New("build index: no embedder")
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ix := &Index{chunks: chunks, byID: make(map[string]int, len(chunks)), emb: opt.Embedder, lexicon: opt.Lexicon}
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		if _, dup := ix.byID[c.ID]; dup {
			return nil, BuildStats{}, fmt.Errorf("build index: duplicate chunk id %q", c.ID)
		}
		ix.byID[c.ID] = i
		texts[i] = c.Text
	}
	p, err := prepare(ctx, chunks, texts, opt, log)
	if err != nil {
		return nil, BuildStats{}, fmt.Errorf("build index: %w", err)
	}
	ix.vectors, ix.keys, ix.lex, ix.backing, ix.parts = p.vectors, p.keys, p.lex, p.backing, p.parts
	if opt.NoVectors {
		return ix, p.stats, nil
	}
	if ix.colls, err = ix.collections(ctx, opt.Reuse); err != nil {
		return nil, BuildStats{}, fmt.Errorf("build index: %w", err)
	}
	if opt.CachePath != "" && !opt.DeferCacheSave && !p.unchanged {
		if err := ix.SaveCache(opt.CachePath); err != nil {
			// The index works without its cache; the next start re-embeds.
			log.Warn("index cache not saved", "cache", opt.CachePath, "err", err)
		}
	}
	return ix, p.stats, nil
}

func (o Options) batch() int {
	if o.BatchSize <= 0 {
		return DefaultBatchSize
	}
	return o.BatchSize
}

// collections returns the chromem-go collections of the chunks:
// reuse's, brought up to date, when they hold the vectors of the same
// embedder partitioned by the same centroids and no other build took
// them, else new ones (store). Bringing them up to date adds only the
// chunks that are new or changed, each to its partition, and deletes
// those that are gone, so a reload after one edit neither copies nor
// rescans the store. The collections move to the new index: reuse keeps
// searching them, and the questions it still answers during the swap may
// miss a deleted chunk or skip a new one.
func (ix *Index) collections(ctx context.Context, reuse *Index) ([]*chromem.Collection, error) {
	if reuse == nil || reuse.emb.Identity() != ix.emb.Identity() || len(ix.vectors) == 0 ||
		len(reuse.vectors) == 0 || len(reuse.vectors[0]) != len(ix.vectors[0]) ||
		!ix.parts.sameCentroids(reuse.parts) || !reuse.owns.CompareAndSwap(true, false) {
		colls, err := ix.store(ctx)
		ix.owns.Store(err == nil)
		return colls, err
	}
	gone := make([][]string, len(reuse.colls)) // by partition
	for j, c := range reuse.chunks {
		if i, ok := ix.byID[c.ID]; !ok || ix.parts.partitionOf(i) != reuse.parts.partitionOf(j) {
			p := reuse.parts.partitionOf(j)
			gone[p] = append(gone[p], c.ID)
		}
	}
	var added []int
	for i, c := range ix.chunks {
		if j, ok := reuse.byID[c.ID]; !ok || reuse.keys[j] != ix.keys[i] || ix.parts.partitionOf(i) != reuse.parts.partitionOf(j) {
			added = append(added, i)
		}
	}
	colls := reuse.colls
	for p, ids := range gone {
		if len(ids) > 0 {
			if err := colls[p].Delete(ctx, nil, nil, ids...); err != nil {
				return nil, fmt.Errorf("delete %d chunks: %w", len(ids), err)
			}
		}
	}
	// Not cancelled halfway: the collections are already the new index's.
	err := fill(context.WithoutCancel(ctx), len(added), func(k int) (*chromem.Collection, chromem.Document) {
		return colls[ix.parts.partitionOf(added[k])], ix.document(added[k])
	})
	if err != nil {
		return nil, fmt.Errorf("add %d chunks: %w", len(added), err)
	}
	ix.owns.Store(true)
	return colls, nil
}

// Len is the number of chunks in the index.
func (ix *Index) Len() int { return len(ix.chunks) }

// Chunks returns the indexed chunks in the order given to Build.
func (ix *Index) Chunks() []Chunk { return ix.chunks }

// Chunk returns the chunk with the given ID.
func (ix *Index) Chunk(id string) (Chunk, bool) {
	i, ok := ix.byID[id]
	if !ok {
		return Chunk{}, false
	}
	return ix.chunks[i], true
}

// Embedder returns the embedder the index was built with.
func (ix *Index) Embedder() Embedder { return ix.emb }
