package news

import (
	"sync"
	"sync/atomic"
)

// maxMemo bounds each memo: past it, answers are computed, not stored.
const maxMemo = 50_000

// memo remembers a function's answers per word, up to maxMemo words, so
// that lexicon lookups are paid once per word and process. It is safe for
// concurrent use.
type memo[T any] struct {
	m sync.Map // string → T
	n atomic.Int64
}

// get returns f(w), computing it on the first call for w.
func (c *memo[T]) get(w string, f func(string) T) T {
	if v, ok := c.m.Load(w); ok {
		return v.(T)
	}
	v := f(w)
	if c.n.Load() < maxMemo {
		if _, loaded := c.m.LoadOrStore(w, v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}
