package llm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

func embedderFor(f *fakeAPI, o EmbedderOptions) (*Embedder, *noSleep) {
	sl := &noSleep{}
	if o.Model == "" {
		o.Model = "fake-embed"
	}
	return NewEmbedder(f.client(Retry{Retries: 2, BaseDelay: testBackoff, Sleep: sl.sleep}, nil), o), sl
}

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("passage %d about protests in city %d", i, i%7)
	}
	return out
}

func TestEmbedBatchesAndNormalises(t *testing.T) {
	f := newFake(t)
	e, _ := embedderFor(f, EmbedderOptions{BatchSize: 4, Dimensions: 8, Meter: &Meter{}})
	in := texts(10)
	vs, err := e.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	calls := f.requests("/v1/embeddings")
	if len(calls) != 3 {
		t.Fatalf("%d requests for 10 texts in batches of 4, want 3", len(calls))
	}
	for i, want := range []int{4, 4, 2} {
		b := calls[i].Body
		if n := len(b["input"].([]any)); n != want || b["model"] != "fake-embed" || b["dimensions"] != 8.0 || calls[i].Auth != "Bearer "+testKey {
			t.Errorf("request %d: %d inputs, model %v, dimensions %v, auth %q; want %d, fake-embed, 8, the key", i+1, n, b["model"], b["dimensions"], calls[i].Auth, want)
		}
	}
	for i, v := range vs {
		var sum float64
		for _, x := range v {
			sum += float64(x) * float64(x)
		}
		if math.Abs(sum-1) > 1e-5 {
			t.Errorf("vector %d has length² %g, want 1", i, sum)
		}
		want := fakeVector(in[i], 8)
		if err := retrieve.Normalize(want); err != nil {
			t.Fatal(err)
		}
		if retrieveCos(v, want) < 0.9999 {
			t.Errorf("vector %d does not belong to text %d: the response's index order was not followed", i, i)
		}
	}
	if tot := e.opt.Meter.Totals(); tot.EmbedCalls != 3 || tot.EmbedTokens != 50 {
		t.Errorf("meter = %+v, want 3 calls, 50 tokens", tot)
	}
	if got := e.Identity(); got != "openai/fake-embed/8" {
		t.Errorf("Identity() = %q, want openai/fake-embed/8", got)
	}
}

func retrieveCos(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestEmbedRejectsBadVectors(t *testing.T) {
	for name, s := range map[string]step{
		"zero vector": func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
			writeJSON(w, map[string]any{"data": []any{map[string]any{"index": 0, "embedding": []float32{0, 0, 0}}}})
		},
		"too few": func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
			writeJSON(w, map[string]any{"data": []any{}})
		},
		"repeated index": func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
			writeJSON(w, map[string]any{"data": []any{map[string]any{"index": 0, "embedding": []float32{1, 2}}, map[string]any{"index": 0, "embedding": []float32{1, 2}}}})
		},
		"mixed dimensions": func(f *fakeAPI, w http.ResponseWriter, r *http.Request) {
			writeJSON(w, map[string]any{"data": []any{map[string]any{"index": 0, "embedding": []float32{1, 2}}, map[string]any{"index": 1, "embedding": []float32{1, 2, 3}}}})
		},
	} {
		f := newFake(t)
		f.embeds = []step{s}
		e, _ := embedderFor(f, EmbedderOptions{})
		in := []string{"a", "b"}
		if name == "zero vector" {
			in = in[:1]
		}
		if _, err := e.Embed(context.Background(), in); !errors.Is(err, retrieve.ErrBadVector) {
			t.Errorf("%s: err = %v, want ErrBadVector", name, err)
		}
	}
}

func TestEmbedRetries429(t *testing.T) {
	f := newFake(t)
	f.embeds = []step{status(429, "Retry-After", "1"), embedOK}
	e, sl := embedderFor(f, EmbedderOptions{})
	if _, err := e.Embed(context.Background(), texts(3)); err != nil {
		t.Fatal(err)
	}
	if n := len(f.requests("/v1/embeddings")); n != 2 || len(sl.got()) != 1 {
		t.Errorf("%d requests, waits %v; want 2 requests and one wait", n, sl.got())
	}
}

func TestQueryEmbeddingsAreCachedAndBounded(t *testing.T) {
	f := newFake(t)
	e, _ := embedderFor(f, EmbedderOptions{CacheSize: 2})
	ctx := context.Background()
	q := []string{"what sparked the protests"}
	first, _ := e.Embed(ctx, q)
	first[0][0] = 42 // a caller scribbling on its vector changes nothing cached
	again, err := e.Embed(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.requests("/v1/embeddings")); n != 1 {
		t.Errorf("%d requests for the same question twice, want 1", n)
	}
	if again[0][0] == 42 {
		t.Error("the cached vector was changed through a returned slice")
	}
	e.Embed(ctx, []string{"two"})
	e.Embed(ctx, []string{"three"})
	if e.cache.len() != 2 {
		t.Errorf("cache holds %d, want its bound 2", e.cache.len())
	}
	e.Embed(ctx, q) // evicted: asked again
	if n := len(f.requests("/v1/embeddings")); n != 4 {
		t.Errorf("%d requests, want 4 after the first question was evicted", n)
	}
	e.Embed(ctx, texts(3)) // batches are not cached
	if e.cache.len() != 2 {
		t.Errorf("cache holds %d after a batch, want 2", e.cache.len())
	}
}

// TestIndexReusesOpenAIVectors builds an index with the OpenAI embedder
// twice over one cache file: the restart embeds nothing; another model
// re-embeds everything instead of mixing vectors.
func TestIndexReusesOpenAIVectors(t *testing.T) {
	f := newFake(t)
	lib := testLibrary(t)
	chunks := lib.Index().Chunks()
	cache := filepath.Join(t.TempDir(), "index.gob")
	build := func(model string) retrieve.BuildStats {
		e, _ := embedderFor(f, EmbedderOptions{Model: model})
		_, stats, err := retrieve.Build(context.Background(), chunks, retrieve.Options{Embedder: e, CachePath: cache})
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	if s := build("m1"); s.Embedded != len(chunks) {
		t.Errorf("first build embedded %d of %d chunks", s.Embedded, len(chunks))
	}
	before := len(f.requests("/v1/embeddings"))
	if s := build("m1"); s.Embedded != 0 || s.Reused != len(chunks) || len(f.requests("/v1/embeddings")) != before {
		t.Errorf("restart: %+v and %d new requests; want everything reused, no request", s, len(f.requests("/v1/embeddings"))-before)
	}
	if s := build("m2"); s.Embedded != len(chunks) {
		t.Errorf("another model: embedded %d of %d; want all re-embedded", s.Embedded, len(chunks))
	}
}

func TestSearchWithOpenAIEmbedder(t *testing.T) {
	f := newFake(t)
	lib := testLibrary(t)
	e, _ := embedderFor(f, EmbedderOptions{})
	ix, _, err := retrieve.Build(context.Background(), lib.Index().Chunks(), retrieve.Options{Embedder: e})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ix.Search(context.Background(), "how many police officers were injured", 3)
	if err != nil || len(ps) == 0 {
		t.Fatalf("Search() = %v, %v", ps, err)
	}
}
