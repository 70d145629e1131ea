package retrieve

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

func chunksOf(texts ...string) []Chunk {
	cs := make([]Chunk, len(texts))
	for i, t := range texts {
		cs[i] = Chunk{ID: fmt.Sprintf("d#%d", i), DocID: "d", Ordinal: i, Text: t}
	}
	return cs
}

func TestBuildReusesVectorsOfAPreviousIndex(t *testing.T) {
	ctx := context.Background()
	for _, cache := range []string{"", "cache.gob"} {
		t.Run("cache="+cache, func(t *testing.T) {
			emb := newCounting("hash")
			opt := Options{Embedder: emb}
			if cache != "" {
				opt.CachePath = filepath.Join(t.TempDir(), cache)
			}
			first, st, err := Build(ctx, chunksOf("Protests began in Zhanaozen.", "Fuel prices doubled.", "Troops arrived."), opt)
			if err != nil {
				t.Fatal(err)
			}
			if st.Embedded != 3 {
				t.Fatalf("first Build embedded %d chunks, want 3", st.Embedded)
			}
			opt.Reuse = first
			_, st, err = Build(ctx, chunksOf("Protests began in Zhanaozen.", "Fuel prices doubled overnight.", "Troops arrived.", "The cabinet resigned."), opt)
			if err != nil {
				t.Fatal(err)
			}
			if st.Embedded != 2 || st.Reused != 2 || emb.count() != 5 {
				t.Errorf("second Build = %+v after %d embeddings, want 2 embedded, 2 reused, 5 in all", st, emb.count())
			}
		})
	}
}

func TestBuildIgnoresAPreviousIndexOfAnotherEmbedder(t *testing.T) {
	ctx := context.Background()
	first, _, err := Build(ctx, chunksOf("One sentence."), Options{Embedder: NewHashEmbedder(64)})
	if err != nil {
		t.Fatal(err)
	}
	_, st, err := Build(ctx, chunksOf("One sentence."), Options{Embedder: NewHashEmbedder(128), Reuse: first})
	if err != nil {
		t.Fatal(err)
	}
	if st.Embedded != 1 || st.Reused != 0 {
		t.Errorf("Build with another embedder = %+v, want everything embedded again", st)
	}
}
