package discord

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Custom IDs of the bot's buttons. Each fits in Discord's 100 characters
// by construction: numbers, a short hash and a docRef of at most 50.
const (
	idVoteUp   = "fb:up"
	idVoteDown = "fb:down"
	prefixPage = "src:"
	prefixPass = "p:"

	prefixTimeline = "tl:"
)

// passageRef points at a cited passage: the cited span [Start, End) and
// the retrieved chunk [ChunkStart, ChunkEnd) around it, in the article's
// text, with a hash of the cited text to notice a changed corpus.
type passageRef struct {
	N                    int
	Start, End           int
	ChunkStart, ChunkEnd int
	Hash                 string
	Doc                  string // docRef
}

// textHash is the short hash a passageRef carries.
func textHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// customID encodes p as "p:N:start:end:chunkStart:chunkEnd:hash:doc". When
// that is too long for Discord, doc becomes the article's 17-character
// hashRef, which always fits.
func (p passageRef) customID(docID string) string {
	id := fmt.Sprintf("%s%d:%d:%d:%d:%d:%s:", prefixPass, p.N, p.Start, p.End, p.ChunkStart, p.ChunkEnd, p.Hash)
	if len(id)+len(p.Doc) > maxCustomID {
		return id + hashRef(docID)
	}
	return id + p.Doc
}

// parsePassageID decodes a customID made by passageRef.customID.
func parsePassageID(id string) (passageRef, bool) {
	rest, ok := strings.CutPrefix(id, prefixPass)
	if !ok {
		return passageRef{}, false
	}
	parts := strings.SplitN(rest, ":", 7)
	if len(parts) != 7 || parts[6] == "" {
		return passageRef{}, false
	}
	var nums [5]int
	for i := range nums {
		n, err := strconv.Atoi(parts[i])
		if err != nil || n < 0 {
			return passageRef{}, false
		}
		nums[i] = n
	}
	p := passageRef{N: nums[0], Start: nums[1], End: nums[2], ChunkStart: nums[3], ChunkEnd: nums[4], Hash: parts[5], Doc: parts[6]}
	return p, true
}

// pageID is the custom ID of a /sources page button; dir keeps the two
// buttons of a message distinct.
func pageID(dir string, page int) string { return prefixPage + dir + ":" + strconv.Itoa(page) }

// parsePageID returns the page a /sources button leads to.
func parsePageID(id string) (int, bool) {
	rest, ok := strings.CutPrefix(id, prefixPage)
	if !ok {
		return 0, false
	}
	_, num, ok := strings.Cut(rest, ":")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	return n, err == nil && n >= 0
}

// timelineID is the custom ID of a /timeline page button:
// "tl:dir:page:from:to", at most 3+5+11+11+10 characters.
func timelineID(dir string, q timelineQuery) string {
	return prefixTimeline + dir + ":" + strconv.Itoa(q.Page) + ":" + q.From + ":" + q.To
}

// parseTimelineID decodes a custom ID made by timelineID.
func parseTimelineID(id string) (timelineQuery, bool) {
	rest, ok := strings.CutPrefix(id, prefixTimeline)
	if !ok {
		return timelineQuery{}, false
	}
	parts := strings.Split(rest, ":")
	if len(parts) != 4 {
		return timelineQuery{}, false
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil || n < 0 {
		return timelineQuery{}, false
	}
	from, to, refusal := dateRange(parts[2], parts[3])
	if refusal != "" {
		return timelineQuery{}, false
	}
	return timelineQuery{From: from, To: to, Page: n}, true
}
