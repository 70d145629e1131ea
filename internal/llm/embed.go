package llm

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Embedder defaults.
const (
	DefaultEmbedBatch   = 64
	DefaultEmbedTimeout = 60 * time.Second
	DefaultQueryCache   = 512
)

// EmbedderOptions configure NewEmbedder.
type EmbedderOptions struct {
	Model      string        // e.g. "text-embedding-3-small", "nomic-embed-text"
	Dimensions int           // vector size to ask for; 0 = the model's own (not sent)
	BatchSize  int           // texts per request; DefaultEmbedBatch when <= 0
	Timeout    time.Duration // per request, retries included; DefaultEmbedTimeout when <= 0
	CacheSize  int           // query embeddings kept in memory; DefaultQueryCache when <= 0
	Meter      *Meter
	Logger     *slog.Logger
}

// Embedder is a retrieve.Embedder on an OpenAI-compatible /embeddings
// endpoint. It sends many texts per request, returns unit vectors (a
// zero or malformed vector is an error, never stored) and keeps the
// vectors of recent single-text calls, the questions, in a bounded
// in-memory cache. It is safe for concurrent use.
type Embedder struct {
	client *openai.Client
	opt    EmbedderOptions
	cache  *lru
}

var _ retrieve.Embedder = (*Embedder)(nil)

// NewEmbedder returns an Embedder that calls client.
func NewEmbedder(client *openai.Client, o EmbedderOptions) *Embedder {
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultEmbedBatch
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultEmbedTimeout
	}
	if o.CacheSize <= 0 {
		o.CacheSize = DefaultQueryCache
	}
	return &Embedder{client: client, opt: o, cache: newLRU(o.CacheSize)}
}

// Identity names the provider, model and dimensions, so that an index
// built with other settings is re-embedded rather than mixed.
func (e *Embedder) Identity() string {
	dims := "native"
	if e.opt.Dimensions > 0 {
		dims = strconv.Itoa(e.opt.Dimensions)
	}
	return "openai/" + e.opt.Model + "/" + dims
}

// Embed returns one unit vector per text, BatchSize texts per request.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if len(texts) == 1 {
		if v, ok := e.cache.get(texts[0]); ok {
			return [][]float32{v}, nil
		}
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += e.opt.BatchSize {
		end := min(start+e.opt.BatchSize, len(texts))
		vs, err := e.batch(ctx, texts[start:end])
		if err != nil {
			return nil, fmt.Errorf("embed texts %d-%d of %d (%s): %w", start+1, end, len(texts), e.Identity(), err)
		}
		out = append(out, vs...)
	}
	if len(texts) == 1 {
		e.cache.put(texts[0], out[0])
	}
	return out, nil
}

// batch embeds one request's worth of texts.
func (e *Embedder) batch(ctx context.Context, texts []string) ([][]float32, error) {
	in := make([]string, len(texts))
	for i, t := range texts {
		if in[i] = t; strings.TrimSpace(t) == "" {
			in[i] = " " // OpenAI rejects empty inputs
		}
	}
	ctx, cancel := context.WithTimeout(ctx, e.opt.Timeout)
	defer cancel()
	resp, err := e.client.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
		Input:      in,
		Model:      openai.EmbeddingModel(e.opt.Model),
		Dimensions: e.opt.Dimensions,
	})
	if err != nil {
		return nil, err
	}
	if len(resp.Data) != len(in) {
		return nil, fmt.Errorf("%w: got %d vectors for %d texts", retrieve.ErrBadVector, len(resp.Data), len(in))
	}
	out := make([][]float32, len(in))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(out) || out[d.Index] != nil {
			return nil, fmt.Errorf("%w: bad or repeated index %d", retrieve.ErrBadVector, d.Index)
		}
		if e.opt.Dimensions > 0 && len(d.Embedding) != e.opt.Dimensions {
			return nil, fmt.Errorf("%w: dimension %d, asked for %d", retrieve.ErrBadVector, len(d.Embedding), e.opt.Dimensions)
		}
		if len(d.Embedding) != len(resp.Data[0].Embedding) {
			return nil, fmt.Errorf("%w: dimensions %d and %d in one response", retrieve.ErrBadVector, len(d.Embedding), len(resp.Data[0].Embedding))
		}
		if err := retrieve.Normalize(d.Embedding); err != nil {
			return nil, fmt.Errorf("text %d: %w", d.Index+1, err)
		}
		out[d.Index] = d.Embedding
	}
	e.opt.Meter.embed(resp.Usage)
	return out, nil
}
