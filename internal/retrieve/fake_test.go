package retrieve

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
)

// countingEmbedder wraps the hash embedder and counts the texts it embeds.
type countingEmbedder struct {
	*HashEmbedder
	id string
	mu sync.Mutex
	n  int
}

func newCounting(id string) *countingEmbedder {
	return &countingEmbedder{HashEmbedder: NewHashEmbedder(64), id: id}
}

func (c *countingEmbedder) Identity() string { return c.id }

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	c.n += len(texts)
	c.mu.Unlock()
	return c.HashEmbedder.Embed(ctx, texts)
}

func (c *countingEmbedder) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// badEmbedder returns what it is told to.
type badEmbedder struct{ vec []float32 }

func (b badEmbedder) Identity() string { return "bad" }
func (b badEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i := range out {
		out[i] = append([]float32(nil), b.vec...)
	}
	return out, nil
}

// syncBuffer is a log sink that tests can read.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Split(strings.TrimSpace(s.b.String()), "\n")
}

func testLogger() (*slog.Logger, *syncBuffer) {
	buf := &syncBuffer{}
	return slog.New(slog.NewTextHandler(buf, nil)), buf
}

// testChunks builds chunks of one document per text.
func testChunks(texts ...string) []Chunk {
	out := make([]Chunk, len(texts))
	for i, t := range texts {
		doc := fmt.Sprintf("doc%d", i)
		out[i] = Chunk{ID: doc + "#0", DocID: doc, Text: t, End: len(t)}
	}
	return out
}
