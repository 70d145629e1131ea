package retrieve

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// Partitions depend on nothing but the passages: two builds, and a build
// from the cache the first wrote, partition alike and rank alike.
func TestPartitionsAreReproducible(t *testing.T) {
	chunks := synthChunks(4000)
	cache := filepath.Join(t.TempDir(), "index.idx")
	first := buildPlanned(t, chunks, Options{CachePath: cache})
	second := buildPlanned(t, chunks, Options{})
	p, _, err := loadCache(cache, first.emb.Identity())
	if err != nil {
		t.Fatal(err)
	}
	if p.parts == nil || !reflect.DeepEqual(p.parts.centroids, first.parts.centroids) || !reflect.DeepEqual(p.parts.of, first.parts.of) {
		t.Fatalf("cache holds partitioning %v, want the build's", p.parts != nil)
	}
	loaded := buildPlanned(t, chunks, Options{CachePath: cache})
	if !loaded.parts.sameCentroids(loaded.parts) || !reflect.DeepEqual(loaded.parts, first.parts) {
		t.Errorf("build from the cache partitions differently from the build that wrote it")
	}
	if !reflect.DeepEqual(second.parts, first.parts) {
		t.Errorf("two builds of the same passages partition differently")
	}
	ctx := context.Background()
	for _, q := range synth.Questions(5, 20) {
		want, err := first.Search(ctx, q, 8)
		if err != nil {
			t.Fatal(err)
		}
		for name, ix := range map[string]*Index{"second build": second, "cache": loaded} {
			if got, err := ix.Search(ctx, q, 8); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Search(%q) = %v, %v; want %v as the first build", name, q, ids(got), err, ids(want))
			}
		}
	}
}

// A cache whose partitioning names a partition that does not exist is
// refused (and rebuilt) rather than served.
func TestCacheRefusesBadPartitioning(t *testing.T) {
	ix := buildPlanned(t, synthChunks(1200), Options{})
	p := ix.prior()
	bad := *p.parts
	bad.of = append([]int32(nil), p.parts.of...)
	bad.of[7] = int32(len(bad.centroids))
	p.parts = &bad
	cache := filepath.Join(t.TempDir(), "index.idx")
	if err := saveCache(cache, p); err != nil {
		t.Fatal(err)
	}
	if _, state, err := loadCache(cache, ix.emb.Identity()); state != cacheCorrupt {
		t.Errorf("loadCache(chunk in partition %d of %d) = state %v, %v; want corrupt", bad.of[7], len(bad.centroids), state, err)
	}
	p.parts = ix.parts
	if err := saveCache(cache, p); err != nil {
		t.Fatal(err)
	}
	if got, state, err := loadCache(cache, ix.emb.Identity()); state != cacheOK || !reflect.DeepEqual(got.parts, ix.parts) {
		t.Errorf("loadCache(sound partitioning) = state %v, %v; want it back", state, err)
	}
}
