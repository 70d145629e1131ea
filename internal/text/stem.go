package text

import (
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// maxCachedStems bounds the stem cache; past it, words are stemmed afresh.
const maxCachedStems = 200_000

// stems memoises Snowball: stemming is the main cost of analysing text,
// and news vocabulary is small and repetitive.
var stems struct {
	m sync.Map // word → stem
	n atomic.Int64
}

// Stem returns the Snowball (Porter2) English stem of the lower-case word
// w; numbers come back unchanged. It is safe for concurrent use.
func Stem(w string) string {
	if v, ok := stems.m.Load(w); ok {
		return v.(string)
	}
	s := w
	if w != "" && !IsNumber(w) {
		s = english.Stem(w, true)
	}
	if stems.n.Load() < maxCachedStems {
		if _, loaded := stems.m.LoadOrStore(w, s); !loaded {
			stems.n.Add(1)
		}
	}
	return s
}
