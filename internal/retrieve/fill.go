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
	colls := make([]*chromem.Collection, ix.parts.count())
	for p := range colls {
		name := "passages"
		if ix.parts != nil {
			name = fmt.Sprintf("passages-%d", p)
		}
		coll, err := db.GetOrCreateCollection(name, map[string]string{"embedder": ix.emb.Identity()}, embed)
		if err != nil {
			return nil, fmt.Errorf("create collection: %w", err)
		}
		colls[p] = coll
	}
	err := fill(ctx, len(ix.chunks), func(i int) (*chromem.Collection, chromem.Document) {
		return colls[ix.parts.partitionOf(i)], ix.document(i)
	})
	if err != nil {
		return nil, fmt.Errorf("add chunks: %w", err)
	}
	return colls, nil
}

// document is chunk i as chromem-go stores it.
func (ix *Index) document(i int) chromem.Document {
	return chromem.Document{ID: ix.chunks[i].ID, Embedding: ix.vectors[i], Content: ix.chunks[i].Text}
}

// fill adds doc(0) to doc(n-1), which carry their embeddings, each to
// the collection doc gives with it, on every processor (all partitions
// at once: one partition is often too few documents to share), each worker adding a contiguous share one document at
// a time. chromem's AddDocuments starts a goroutine per document (at
// archive scale, more work than adding it) and stops silently when ctx
// is cancelled; fill returns ctx's error then.
func fill(ctx context.Context, n int, doc func(i int) (*chromem.Collection, chromem.Document)) error {
	errs := make([]error, runtime.GOMAXPROCS(0))
	shares.Run(n, fillShare, func(w, from, to int) {
		for i := from; i < to; i++ {
			if (i-from)%fillShare == 0 && ctx.Err() != nil {
				errs[w] = ctx.Err()
				return
			}
			coll, d := doc(i)
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
