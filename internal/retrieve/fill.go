package retrieve

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"github.com/almaty-news/newsbot/internal/shares"
	"github.com/philippgille/chromem-go"
)

// store adds the chunks with their vectors to fresh chromem-go
// collections, one per partition (one in all when unpartitioned). No
// metadata: nothing filters on it, and a map per chunk costs memory at
// archive scale.
func (ix *Index) store(ctx context.Context) ([]*chromem.Collection, error) {
	db := chromem.NewDB()
	embed := func(ctx context.Context, text string) ([]float32, error) {
		vs, err := ix.emb.Embed(ctx, []string{text})
		if err != nil {
			return nil, err
		}
		return vs[0], nil
	}
	byPart := make([][]int, ix.parts.count())
	for i := range ix.chunks {
		p := ix.parts.partitionOf(i)
		byPart[p] = append(byPart[p], i)
	}
	colls := make([]*chromem.Collection, len(byPart))
	for p, idx := range byPart {
		name := "passages"
		if ix.parts != nil {
			name = fmt.Sprintf("passages-%d", p)
		}
		coll, err := db.GetOrCreateCollection(name, map[string]string{"embedder": ix.emb.Identity()}, embed)
		if err != nil {
			return nil, fmt.Errorf("create collection: %w", err)
		}
		if err := ix.fillChunks(ctx, coll, idx); err != nil {
			return nil, fmt.Errorf("add chunks: %w", err)
		}
		colls[p] = coll
	}
	return colls, nil
}

// fillChunks adds the chunks of the given places to coll (fill).
func (ix *Index) fillChunks(ctx context.Context, coll *chromem.Collection, places []int) error {
	return fill(ctx, coll, len(places), func(k int) chromem.Document {
		i := places[k]
		return chromem.Document{ID: ix.chunks[i].ID, Embedding: ix.vectors[i], Content: ix.chunks[i].Text}
	})
}

// fill adds doc(0) to doc(n-1), which carry their embeddings, to coll on
// every processor, each worker adding a contiguous share one document at
// a time. chromem's AddDocuments starts a goroutine per document (at
// archive scale, more work than adding it) and stops silently when ctx
// is cancelled; fill returns ctx's error then.
func fill(ctx context.Context, coll *chromem.Collection, n int, doc func(i int) chromem.Document) error {
	errs := make([]error, runtime.GOMAXPROCS(0))
	shares.Run(n, fillShare, func(w, from, to int) {
		for i := from; i < to; i++ {
			if (i-from)%fillShare == 0 && ctx.Err() != nil {
				errs[w] = ctx.Err()
				return
			}
			d := doc(i)
			if err := coll.AddDocument(ctx, d); err != nil {
				errs[w] = fmt.Errorf("add chunk %s: %w", d.ID, err)
				return
			}
		}
	})
	return errors.Join(errs...)
}

// fillShare is the fewest documents a worker of fill adds, and how often
// it looks at its context.
const fillShare = 1024
