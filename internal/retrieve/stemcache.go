package retrieve

import (
	"sync"
	"sync/atomic"
)

// maxCachedStems bounds the stem cache; past it, words are stemmed afresh.
const maxCachedStems = 200_000

// stemCache memoises stems: Snowball is the main cost of analysing text at
// query time, and news vocabulary is small and repetitive.
var stemCache struct {
	m sync.Map // lower-cased word → stem
	n atomic.Int64
}

func cachedStem(lower string) string {
	if s, ok := stemCache.m.Load(lower); ok {
		return s.(string)
	}
	s := stem(lower)
	if stemCache.n.Load() < maxCachedStems {
		if _, loaded := stemCache.m.LoadOrStore(lower, s); !loaded {
			stemCache.n.Add(1)
		}
	}
	return s
}
