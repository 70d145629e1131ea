package retrieve

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"unsafe"

	"github.com/almaty-news/newsbot/internal/shares"
)

// prepared is what Build has for the chunks before storing them.
type prepared struct {
	keys    []textKey
	vectors [][]float32
	lex     *lexical
	stats   BuildStats
	// unchanged: the cache file already holds exactly this.
	unchanged bool
	backing   *mapping      // what the reused vectors lie in
	parts     *partitioning // see planPartitions
}

// prepare returns a unit vector and the analysis of every text, taking
// what it can by text from opt.Reuse, else from the cache at
// opt.CachePath, and embedding and tokenizing only the rest.
func prepare(ctx context.Context, chunks []Chunk, texts []string, opt Options, log *slog.Logger) (prepared, error) {
	id := opt.Embedder.Identity()
	out := prepared{keys: opt.Reuse.keysOf(chunks), stats: BuildStats{Chunks: len(texts)}}
	p, fromCache := opt.Reuse.prior(), false
	if p == nil && opt.CachePath != "" && !opt.NoVectors {
		var state cacheState
		var err error
		p, state, err = loadCache(opt.CachePath, id)
		switch state {
		case cacheMissing:
			log.Info("no index cache yet; embedding the corpus", "cache", opt.CachePath, "embedder", id)
		case cacheCorrupt, cacheOtherEmbedder:
			log.Warn("index cache unusable; rebuilding it from the corpus", "cache", opt.CachePath, "reason", err)
		}
		fromCache = p != nil
	}
	if p == nil {
		p = &prior{lex: lexicalFrom(nil)}
	}
	src := p.sources(chunks, out.keys)
	out.backing = p.backing
	usable := p.vectors != nil && p.embedder == id
	out.vectors = make([][]float32, len(texts))
	fresh := map[int]chunkTerms{}
	var todo []int
	for i, j := range src {
		if j < 0 {
			fresh[i] = analyzeChunk(texts[i])
		}
		if j >= 0 && usable {
			out.vectors[i] = p.vectors[j]
			out.stats.Reused++
			continue
		}
		todo = append(todo, i)
	}
	if opt.NoVectors {
		out.vectors, todo = nil, nil
	}
	if err := embedTodo(ctx, texts, todo, out.vectors, opt, &out.stats); err != nil {
		return prepared{}, err
	}
	out.lex = p.lex.derive(src, fresh, p.chunks)
	if !opt.NoVectors {
		inherit := &prior{}
		if usable {
			inherit = p
		}
		out.parts = planPartitions(opt.plan, inherit, src, out.vectors)
	}
	out.unchanged = fromCache && identity(src, len(p.keys)) && out.parts.sameCentroids(p.parts)
	return out, nil
}

// embedTodo embeds texts[todo] in batches into vectors.
func embedTodo(ctx context.Context, texts []string, todo []int, vectors [][]float32, opt Options, stats *BuildStats) error {
	dim := 0
	for _, v := range vectors {
		if v != nil {
			dim = len(v)
			break
		}
	}
	batch := opt.batch()
	for start := 0; start < len(todo); start += batch {
		idx := todo[start:min(start+batch, len(todo))]
		in := make([]string, len(idx))
		for j, i := range idx {
			in[j] = texts[i]
		}
		out, err := opt.Embedder.Embed(ctx, in)
		if err != nil {
			return fmt.Errorf("embed chunks: %w", err)
		}
		if len(out) != len(in) {
			return fmt.Errorf("embed chunks: got %d vectors for %d texts", len(out), len(in))
		}
		for j, i := range idx {
			v := out[j]
			if dim == 0 {
				dim = len(v)
			}
			if err := checkVector(v, dim); err != nil {
				return fmt.Errorf("embed chunk %d: %w", i, err)
			}
			vectors[i] = v
		}
		stats.Embedded += len(idx)
		if opt.Progress != nil {
			opt.Progress(stats.Reused+stats.Embedded, len(texts))
		}
	}
	return nil
}

// checkVector checks v's dimension and normalises it.
func checkVector(v []float32, dim int) error {
	if len(v) == 0 {
		return fmt.Errorf("%w: empty", ErrBadVector)
	}
	if len(v) != dim {
		return fmt.Errorf("%w: dimension %d, want %d", ErrBadVector, len(v), dim)
	}
	return normalize(v)
}

// keysOf returns the text key of every chunk, taking it from ix for a
// chunk of the same ID and text instead of hashing again, and hashing on
// every processor.
func (ix *Index) keysOf(chunks []Chunk) []textKey {
	keys := make([]textKey, len(chunks))
	shares.Run(len(chunks), keyShare, func(_, from, to int) {
		for i := from; i < to; i++ {
			c := chunks[i]
			if ix != nil {
				if j, ok := ix.byID[c.ID]; ok && ix.chunks[j].Text == c.Text {
					keys[i] = ix.keys[j]
					continue
				}
			}
			keys[i] = sha256.Sum256(unsafe.Slice(unsafe.StringData(c.Text), len(c.Text))) // read only: no copy
		}
	})
	return keys
}

// keyShare is the fewest chunks a goroutine of keysOf hashes.
const keyShare = 4096

// prior returns what ix knows of its chunks for a new build; nil for a
// nil Index.
func (ix *Index) prior() *prior {
	if ix == nil {
		return nil
	}
	return &prior{embedder: ix.emb.Identity(), keys: ix.keys, vectors: ix.vectors, lex: ix.lex, chunks: ix.chunks, byID: ix.byID, backing: ix.backing, parts: ix.parts}
}

// SaveCache writes the index's vectors and lexical index to the cache
// file at path, for a build with Options.DeferCacheSave.
func (ix *Index) SaveCache(path string) error {
	if ix.vectors == nil && len(ix.chunks) > 0 {
		return errors.New("save index cache: the index holds no vectors (built with NoVectors)")
	}
	return saveCache(path, ix.prior())
}
