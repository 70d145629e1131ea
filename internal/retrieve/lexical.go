package retrieve

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// BM25 parameters: the usual defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// lexical is a BM25 index over the chunks' content terms, with its
// vocabulary sorted for prefix lookups.
//
// Postings name a chunk by its slot. In an index built from texts or read
// from the cache, a chunk's slot is its place in the index. An index
// derived from the previous one after a few edits (patch) keeps the
// slots of the unchanged chunks, gives new chunks new slots and maps
// slots to places with pos, so that it shares every posting list the
// edits did not touch instead of renumbering them all.
//
// A patched index shares the base vocabulary (terms, ids, postings) of the
// one it comes from and overlays it with more: the lists of the terms the
// edits touched, and of the new terms, listed in extra.
type lexical struct {
	terms    []string             // the base vocabulary, sorted
	ids      map[string]int32     // term → its place in terms
	postings [][]posting          // by term id: the slots containing it
	more     map[string][]posting // lists that replace or add to the base; nil unless patched
	extra    []string             // the terms of more not in the base, sorted
	lengths  []int32              // content terms per slot
	pos      []int32              // slot → place, -1 for a slot no chunk holds; nil when slots are places
	live     int                  // chunks indexed, when pos is set
	avgLen   float64
	// backing is the cache file whose memory lengths and postings may be
	// views of (cachelex.go), nil for none: held by the index that uses
	// them, and by every index sharing them, so it stays mapped.
	backing *mapping
	// noExpansions ignores the lexicon's expansions of query terms, to
	// measure what they add (tests only).
	noExpansions bool
}

type posting struct {
	slot int32
	tf   int32
}

// n is the number of chunks indexed.
func (lx *lexical) n() int {
	if lx.pos == nil {
		return len(lx.lengths)
	}
	return lx.live
}

// place is the index place of the chunk in slot.
func (lx *lexical) place(slot int32) int {
	if lx.pos == nil {
		return int(slot)
	}
	return int(lx.pos[slot])
}

// vocabulary is the terms, sorted, with terms no chunk has any more.
func (lx *lexical) vocabulary() []string {
	if len(lx.extra) == 0 {
		return lx.terms
	}
	return mergeSorted(lx.terms, lx.extra)
}

// has reports whether term is in the vocabulary.
func (lx *lexical) has(term string) bool {
	if _, ok := lx.ids[term]; ok {
		return true
	}
	_, ok := lx.more[term]
	return ok
}

// termCount is one distinct term of a chunk with its frequency.
type termCount struct {
	term string
	tf   int32
}

// chunkTerms are the distinct content terms of one chunk, sorted, and
// the number of content terms it has: what the lexical index needs of a
// chunk, and what the cache keeps so a start does not re-tokenize.
type chunkTerms struct {
	counts []termCount
	length int32
}

// analyzeChunk counts the content terms of a chunk text.
func analyzeChunk(text string) chunkTerms {
	terms := Terms(text)
	tf := make(map[string]int32, len(terms))
	for _, t := range terms {
		tf[t]++
	}
	ct := chunkTerms{counts: make([]termCount, 0, len(tf)), length: int32(len(terms))}
	for t, n := range tf {
		ct.counts = append(ct.counts, termCount{t, n})
	}
	slices.SortFunc(ct.counts, func(a, b termCount) int { return strings.Compare(a.term, b.term) })
	return ct
}

func newLexical(texts []string) *lexical {
	cts := make([]chunkTerms, len(texts))
	for i, t := range texts {
		cts[i] = analyzeChunk(t)
	}
	return lexicalFrom(cts)
}

// lexicalFrom builds the index from the terms of each chunk.
func lexicalFrom(cts []chunkTerms) *lexical {
	lx := &lexical{ids: make(map[string]int32), lengths: make([]int32, len(cts))}
	var total int64
	for i, ct := range cts {
		for _, c := range ct.counts {
			id, ok := lx.ids[c.term]
			if !ok {
				id = int32(len(lx.terms))
				lx.ids[c.term] = id
				lx.terms = append(lx.terms, c.term)
				lx.postings = append(lx.postings, nil)
			}
			lx.postings[id] = append(lx.postings[id], posting{slot: int32(i), tf: c.tf})
		}
		lx.lengths[i] = ct.length
		total += int64(ct.length)
	}
	if len(cts) > 0 {
		lx.avgLen = float64(total) / float64(len(cts))
	}
	lx.sortVocabulary()
	return lx
}

// sortVocabulary orders terms (and postings with them) and renumbers ids.
func (lx *lexical) sortVocabulary() {
	order := make([]int32, len(lx.terms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(lx.terms[a], lx.terms[b]) })
	terms := make([]string, len(order))
	postings := make([][]posting, len(order))
	for i, old := range order {
		terms[i], postings[i] = lx.terms[old], slices.Clip(lx.postings[old])
		lx.ids[terms[i]] = int32(i)
	}
	lx.terms, lx.postings = terms, postings
}

// list returns the postings of term, nil when no chunk has it.
func (lx *lexical) list(term string) []posting {
	if ps, ok := lx.more[term]; ok {
		return ps
	}
	if id, ok := lx.ids[term]; ok {
		return lx.postings[id]
	}
	return nil
}

// idf is the BM25 inverse document frequency of term; a term no chunk has
// gets the highest possible value.
func (lx *lexical) idf(term string) float64 {
	n := float64(lx.n())
	df := float64(lx.df(term))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// df is the number of chunks that contain term.
func (lx *lexical) df(term string) int { return len(lx.list(term)) }

// minPrefix is the shortest stem that prefix matching applies to.
const minPrefix = 6

// prefixRelated returns the indexed terms of which term is a prefix, or
// that are a prefix of term ("kazakh" and "kazakhstan", "russia" and
// "russian"), both at least minPrefix long, sorted: a binary search of the
// vocabulary and one lookup per shorter prefix.
func (lx *lexical) prefixRelated(term string) []string {
	if len(term) < minPrefix {
		return nil
	}
	var out []string
	for n := minPrefix; n < len(term); n++ {
		if lx.has(term[:n]) {
			out = append(out, term[:n])
		}
	}
	shorter := len(out)
	for _, vocab := range [][]string{lx.terms, lx.extra} {
		for i := sort.SearchStrings(vocab, term); i < len(vocab) && strings.HasPrefix(vocab[i], term); i++ {
			if vocab[i] != term {
				out = append(out, vocab[i])
			}
		}
	}
	slices.Sort(out[shorter:])
	return out // shorter prefixes sort before term, longer words after it
}
