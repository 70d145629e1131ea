package chunk

// DefaultSize is the chunk size, in bytes, used when Options.Size <= 0:
// about 100 English words, one to three news paragraphs, which keeps each
// chunk on one topic while giving an embedding enough context.
const DefaultSize = 600

// DefaultOverlap is the overlap, in bytes, that DefaultOptions suggests:
// enough to repeat one short sentence, such as a lead-in whose "he" or
// "the statement" the next chunk refers to, but no long one. Options{}
// means no overlap; use DefaultOptions for both defaults.
const DefaultOverlap = 150

// Options sets chunk size and overlap, in bytes of text. Size <= 0 means
// DefaultSize; Overlap < 0 means 0, and Overlap >= Size is clamped to
// Size-1.
type Options struct {
	// Size is the most bytes a chunk holds; a longer sentence is cut.
	Size int
	// Overlap is the most bytes of whole sentences at the end of one chunk
	// that are repeated at the start of the next.
	Overlap int
}

// DefaultOptions returns Options with DefaultSize and DefaultOverlap.
func DefaultOptions() Options {
	return Options{Size: DefaultSize, Overlap: DefaultOverlap}
}

// normalized returns opt with the defaults and clamps of Options applied.
func (opt Options) normalized() Options {
	if opt.Size <= 0 {
		opt.Size = DefaultSize
	}
	opt.Overlap = max(0, min(opt.Overlap, opt.Size-1))
	return opt
}
