package discord

import (
	"strings"
	"testing"
)

func TestPassageIDRoundTrip(t *testing.T) {
	long := strings.Repeat("very-long-article-name-", 10)
	fifty := strings.Repeat("x", maxRefLen)
	for _, doc := range []string{"000_b395c66eadaac4a8", "with:colons:in:it", long, fifty} {
		p := passageRef{N: 20, Start: 1234567, End: 1234999, ChunkStart: 1234000, ChunkEnd: 1235999, Hash: textHash("x"), Doc: docRef(doc)}
		id := p.customID(doc)
		if len(id) > maxCustomID {
			t.Errorf("customID() = %q: %d characters, over %d", id, len(id), maxCustomID)
		}
		got, ok := parsePassageID(id)
		if !ok || got != p {
			t.Errorf("parsePassageID(%q) = %+v, %v; want %+v", id, got, ok, p)
		}
		// Offsets of a huge article leave no room for a 50-character ID.
		huge := p
		huge.Start, huge.End, huge.ChunkStart, huge.ChunkEnd = 1<<30, 1<<30+9, 1<<30-1, 1<<30+99 // ten digits each, and an int on 32-bit machines too
		id = huge.customID(doc)
		if got, ok := parsePassageID(id); len(id) > maxCustomID || !ok || got.Doc != docRef(doc) && got.Doc != hashRef(doc) {
			t.Errorf("customID(huge offsets) = %q (%d characters), parsed %+v", id, len(id), got)
		}
	}
}

func TestParsePassageIDRejects(t *testing.T) {
	for _, id := range []string{"", "p:", "p:1:2:3", "p:a:1:2:3:4:h:doc", "p:1:2:3:4:5:h:", "p:-1:2:3:4:5:h:d", "fb:up"} {
		if p, ok := parsePassageID(id); ok {
			t.Errorf("parsePassageID(%q) = %+v, want not ok", id, p)
		}
	}
}

func TestPageID(t *testing.T) {
	for _, page := range []int{0, 1, 99} {
		id := pageID("next", page)
		if got, ok := parsePageID(id); !ok || got != page {
			t.Errorf("parsePageID(%q) = %d, %v; want %d", id, got, ok, page)
		}
	}
	for _, id := range []string{"src:", "src:next", "src:next:x", "src:next:-2", "p:1"} {
		if _, ok := parsePageID(id); ok {
			t.Errorf("parsePageID(%q) ok, want not", id)
		}
	}
}

func TestDocRef(t *testing.T) {
	if got := docRef("001_d67718a03dd027f7"); got != "001_d67718a03dd027f7" {
		t.Errorf("docRef(short) = %q, want the ID", got)
	}
	long := strings.Repeat("x", 60)
	if got := docRef(long); len(got) != 17 || got[0] != '~' {
		t.Errorf("docRef(long) = %q, want ~ and 16 hex digits", got)
	}
}
