package library

import (
	"log/slog"
	"strconv"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/shares"
)

// cut returns the passages of s's articles, article after article in the
// order of s.docs, and records how many each has. An unchanged article
// keeps the passages it had in opt.Reuse or, on a start, those the cuts
// file records (see cutsMagic); the others are cut now. The passages are
// made in place, in one array: at archive scale, a list per article and
// copying them all again cost a start more than the making.
func (s *Snapshot) cut(opt Options) []retrieve.Chunk {
	docs := s.docs
	prev := opt.Reuse.passages()
	var recorded cuts
	if path := opt.cutsPath(); opt.Reuse == nil && path != "" {
		var err error
		if recorded, err = readCuts(path, cutsIdentity(opt.Chunk)); err != nil {
			opt.logger().Warn("passage cuts unusable; cutting every article", "err", err)
		}
	}
	perDoc := make([][]retrieve.Chunk, len(docs))
	at := make([]int, len(docs)) // the article's record in recorded, -1 for none
	kept := make([]bool, len(docs))
	var split []int // the articles to cut: new or changed
	for i, d := range docs {
		s.byID[d.ID] = i
		if at[i] = -1; recorded != nil {
			at[i] = recorded.find(d)
			kept[i] = at[i] >= 0
		} else {
			perDoc[i], kept[i] = prev(d)
		}
		if !kept[i] {
			split = append(split, i)
		}
	}
	splitAll(docs, split, perDoc, opt.Chunk)
	total := 0
	for i, d := range docs {
		n := len(perDoc[i])
		if at[i] >= 0 {
			n = recorded.count(at[i])
		}
		total += n
		s.chunks[d.ID] = n
	}
	s.cutsStale = opt.cutsPath() != "" && (len(split) > 0 || opt.Reuse == nil && len(recorded) != len(docs))
	chunks := make([]retrieve.Chunk, 0, total) // one allocation at archive scale
	for i, cs := range perDoc {
		switch {
		case at[i] >= 0:
			chunks = recorded.appendPassages(chunks, at[i], docs[i])
		case kept[i]:
			chunks = rebase(chunks, cs, docs[i])
		default:
			chunks = append(chunks, cs...)
		}
	}
	return chunks
}

// cutsPath is the cuts file kept beside the index cache, "" without a
// cache.
func (opt Options) cutsPath() string {
	if opt.CachePath == "" {
		return ""
	}
	return opt.CachePath + cutsSuffix
}

// saveCutsLogged writes the cuts file when s's passages are not the
// ones it records; a failure only costs the next start the cutting.
func (s *Snapshot) saveCutsLogged(opt Options) {
	if !s.cutsStale {
		return
	}
	if err := s.saveCuts(opt.cutsPath(), cutsIdentity(opt.Chunk)); err != nil {
		opt.logger().Warn("passage cuts not saved; the next start cuts every article", "err", err)
	}
}

func (opt Options) logger() *slog.Logger {
	if opt.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return opt.Logger
}

// Split cuts an article into the index's passages, with their IDs
// ("<doc>#<ordinal>") and byte offsets in the article. A shared store keeps
// the same passages (pgstore.SyncOptions.Split).
func Split(d corpus.Document, opt chunk.Options) []retrieve.Chunk {
	var out []retrieve.Chunk
	for _, c := range chunk.Split(d.Body(), opt) {
		out = append(out, passage(d, c.Ordinal, d.BodyStart+c.Start, d.BodyStart+c.End))
	}
	return out
}

// passage is article d's passage number k, the bytes start to end of its
// text: the one form of a passage and its ID ("<doc>#<ordinal>").
func passage(d corpus.Document, k, start, end int) retrieve.Chunk {
	return retrieve.Chunk{ID: d.ID + "#" + strconv.Itoa(k), DocID: d.ID, Ordinal: k, Start: start, End: end, Text: d.Text[start:end]}
}

// splitAll cuts the articles docs[todo] into perDoc, on every processor
// when there are many (a start).
func splitAll(docs []corpus.Document, todo []int, perDoc [][]retrieve.Chunk, opt chunk.Options) {
	shares.Run(len(todo), splitShare, func(_, from, to int) {
		for _, i := range todo[from:to] {
			perDoc[i] = Split(docs[i], opt)
		}
	})
}

// splitShare is the fewest articles a goroutine of splitAll cuts.
const splitShare = 256

// rebase appends to out the passages of an unchanged article with their
// texts taken from d, this load's copy, so the previous copy can be freed.
func rebase(out, cs []retrieve.Chunk, d corpus.Document) []retrieve.Chunk {
	for _, c := range cs {
		c.Text = d.Text[c.Start:c.End] // the same bytes: the file's hash is unchanged
		out = append(out, c)
	}
	return out
}

// passages returns a function giving the passages an article had in s
// when its file is unchanged (same ID and hash), for a rebuild to keep
// them; it finds none for a nil Snapshot. The index holds the passages
// article after article, in the order of s.docs.
func (s *Snapshot) passages() func(corpus.Document) ([]retrieve.Chunk, bool) {
	if s == nil {
		return func(corpus.Document) ([]retrieve.Chunk, bool) { return nil, false }
	}
	all := s.index.Chunks()
	start := make([]int, len(s.docs)+1)
	for j, d := range s.docs {
		start[j+1] = start[j] + s.chunks[d.ID]
	}
	return func(d corpus.Document) ([]retrieve.Chunk, bool) {
		j, ok := s.byID[d.ID]
		if !ok || s.docs[j].Hash != d.Hash || start[len(s.docs)] != len(all) {
			return nil, false
		}
		return all[start[j]:start[j+1]:start[j+1]], true
	}
}
