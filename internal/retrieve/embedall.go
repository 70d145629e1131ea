package retrieve

import (
	"context"
	"fmt"
	"log/slog"
)

// embedAll returns a unit vector per text, taking what it can from the
// cache at opt.CachePath and embedding the rest in batches. The cache is
// rewritten (atomically) when it gained or lost vectors.
func embedAll(ctx context.Context, texts []string, opt Options, log *slog.Logger) ([][]float32, BuildStats, error) {
	id := opt.Embedder.Identity()
	cached := map[string][]float32{}
	if opt.CachePath != "" {
		var state cacheState
		var err error
		cached, state, err = loadCache(opt.CachePath, id)
		switch state {
		case cacheMissing:
			log.Info("no index cache yet; embedding the corpus", "cache", opt.CachePath, "embedder", id)
		case cacheCorrupt, cacheOtherEmbedder:
			log.Warn("index cache unusable; rebuilding it from the corpus", "cache", opt.CachePath, "reason", err)
		}
	}
	stats := BuildStats{Chunks: len(texts)}
	vectors := make([][]float32, len(texts))
	keep := make(map[string][]float32, len(texts))
	previous := opt.Reuse.vectorsFor(id)
	fromPrevious := 0
	var todo []int
	for i, t := range texts {
		k := textKey(t)
		v, ok := cached[k]
		if !ok {
			if v, ok = previous[k]; ok {
				fromPrevious++
			}
		}
		if ok {
			vectors[i] = v
			keep[k] = v
			stats.Reused++
			continue
		}
		todo = append(todo, i)
	}
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
			return nil, BuildStats{}, fmt.Errorf("embed chunks: %w", err)
		}
		if len(out) != len(in) {
			return nil, BuildStats{}, fmt.Errorf("embed chunks: got %d vectors for %d texts", len(out), len(in))
		}
		for j, i := range idx {
			v := out[j]
			if dim == 0 {
				dim = len(v)
			}
			if err := checkVector(v, dim); err != nil {
				return nil, BuildStats{}, fmt.Errorf("embed chunk %d: %w", i, err)
			}
			vectors[i] = v
			keep[textKey(texts[i])] = v
		}
		stats.Embedded += len(idx)
		if opt.Progress != nil {
			opt.Progress(stats.Reused+stats.Embedded, len(texts))
		}
	}
	if opt.CachePath != "" && (stats.Embedded > 0 || fromPrevious > 0 || len(keep) != len(cached)) {
		if err := saveCache(opt.CachePath, id, keep); err != nil {
			// The index works without its cache; the next start re-embeds.
			log.Warn("index cache not saved", "cache", opt.CachePath, "err", err)
		}
	}
	return vectors, stats, nil
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

// vectorsFor returns ix's vectors keyed by chunk text, or nil when ix is
// nil or was built by another embedder than id.
func (ix *Index) vectorsFor(id string) map[string][]float32 {
	if ix == nil || ix.emb.Identity() != id {
		return nil
	}
	m := make(map[string][]float32, len(ix.chunks))
	for i, c := range ix.chunks {
		m[textKey(c.Text)] = ix.vectors[i]
	}
	return m
}
