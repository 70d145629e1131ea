package library

import (
	"context"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// A start with a cache records where each article was cut; the next start
// takes the passages of the unchanged articles from that record, cuts an
// edited article again, and ignores a record made with other options.
func TestStartTakesUnchangedPassagesFromTheCutsFile(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
	src := Options{Dir: f.dir, Chunk: chunk.Options{Size: 200}, Embedder: retrieve.NewHashEmbedder(0),
		CachePath: filepath.Join(t.TempDir(), "index.idx4")}
	open := func(opt Options) *Snapshot {
		t.Helper()
		s, err := Open(ctx, opt)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	fresh := func(opt Options) []retrieve.Chunk { opt.CachePath = ""; return open(opt).Index().Chunks() }
	first := open(src)
	c, err := readCuts(src.cutsPath(), cutsIdentity(src.Chunk))
	if err != nil || len(c) != 2 {
		t.Fatalf("cuts file after a start = %d articles, %v; want 2", len(c), err)
	}
	// A record of other cuts under these options' name is taken as it is:
	// the passages come from the file, not from cutting.
	other := src
	other.Chunk.Size = 100
	if reflect.DeepEqual(fresh(other), first.Index().Chunks()) {
		t.Fatal("100-byte passages are those of 200 bytes: the test shows nothing")
	}
	if err := open(other).saveCuts(src.cutsPath(), cutsIdentity(src.Chunk)); err != nil {
		t.Fatal(err)
	}
	if got, want := open(src).Index().Chunks(), fresh(other); !reflect.DeepEqual(got, want) {
		t.Errorf("start with a record of 100-byte cuts = %d passages, want the %d recorded", len(got), len(want))
	}
	if err := first.saveCuts(src.cutsPath(), cutsIdentity(src.Chunk)); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(src.cutsPath())
	if got := open(src).Index().Chunks(); !reflect.DeepEqual(got, first.Index().Chunks()) {
		t.Errorf("second start = %+v\nwant %+v", got, first.Index().Chunks())
	}
	if after, _ := os.Stat(src.cutsPath()); !after.ModTime().Equal(before.ModTime()) {
		t.Error("a start with nothing to cut rewrote the cuts file")
	}
	f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday morning", "late on Thursday night, after the curfew", 1))
	if got, want := open(src).Index().Chunks(), fresh(src); !reflect.DeepEqual(got, want) {
		t.Errorf("start after an edit = %+v\nwant %+v", got, want)
	}
	if got, want := open(other).Index().Chunks(), fresh(other); !reflect.DeepEqual(got, want) {
		t.Errorf("start with other options = %d passages, want the %d they cut", len(got), len(want))
	}
}

// A damaged cuts file, or one of another identity, gives nothing.
func TestReadCutsRefusesDamage(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle})
	path, id := filepath.Join(t.TempDir(), "x.cuts"), cutsIdentity(chunk.Options{Size: 200})
	if err := f.lib.Current().saveCuts(path, id); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := readCuts(path, cutsIdentity(chunk.Options{Size: 300})); c != nil || err == nil {
		t.Errorf("readCuts(another identity) = %v, %v; want nothing and an error", c, err)
	}
	for _, at := range []int{0, len(cutsMagic) + 5, len(data) / 2, len(data) - 1} {
		bad := append([]byte(nil), data...)
		bad[at] ^= 0x10
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if c, err := readCuts(path, id); c != nil || err == nil {
			t.Errorf("readCuts(byte %d flipped) = %v, %v; want nothing and an error", at, c, err)
		}
	}
	for _, cut := range []int{0, 10, len(data) - 2} {
		if err := os.WriteFile(path, data[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		if c, err := readCuts(path, id); c != nil || err == nil {
			t.Errorf("readCuts(cut at %d) = %v, %v; want nothing and an error", cut, c, err)
		}
	}
	if c, err := readCuts(filepath.Join(t.TempDir(), "none"), id); c != nil || err != nil {
		t.Errorf("readCuts(no file) = %v, %v; want nothing and no error", c, err)
	}
}

// A cuts file lists its articles by ID, as a snapshot holds them, so a
// start finds each by searching; one that does not is refused, not
// half-searched.
func TestReadCutsRefusesArticlesOutOfOrder(t *testing.T) {
	id := cutsIdentity(chunk.Options{Size: 200})
	file := func(ids ...string) string {
		str := func(b []byte, s string) []byte {
			return append(binary.LittleEndian.AppendUint32(b, uint32(len(s))), s...)
		}
		b := str([]byte(cutsMagic), id)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(ids)))
		for _, a := range ids {
			b = binary.LittleEndian.AppendUint32(str(str(b, a), "hash-"+a), 1)
			b = binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(b, 0), 4)
		}
		b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, cutsCRC))
		path := filepath.Join(t.TempDir(), "x.cuts")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	c, err := readCuts(file("alpha", "bravo", "charlie"), id)
	if err != nil || len(c) != 3 {
		t.Fatalf("readCuts(three articles in order) = %d, %v; want 3", len(c), err)
	}
	for _, a := range []string{"alpha", "bravo", "charlie"} {
		d := corpus.Document{ID: a, Hash: "hash-" + a, Text: "Some text."}
		i := c.find(d)
		if i < 0 {
			t.Errorf("find(%s) = %d, want its record", a, i)
			continue
		}
		if ps := c.appendPassages(nil, i, d); len(ps) != 1 || ps[0].Text != "Some" || ps[0].ID != a+"#0" {
			t.Errorf("appendPassages(%s) = %+v, want its one recorded passage", a, ps)
		}
	}
	for _, d := range []corpus.Document{
		{ID: "delta", Hash: "hash-delta", Text: "Some text."}, // not listed
		{ID: "bravo", Hash: "hash-other", Text: "Some text."}, // changed
		{ID: "bravo", Hash: "hash-bravo", Text: "So"},         // shorter than its record
	} {
		if i := c.find(d); i >= 0 {
			t.Errorf("find(%s, %s, %q) = %d, want none", d.ID, d.Hash, d.Text, i)
		}
	}
	for _, ids := range [][]string{{"bravo", "alpha"}, {"alpha", "alpha"}} {
		if c, err := readCuts(file(ids...), id); c != nil || err == nil {
			t.Errorf("readCuts(%v) = %v, %v; want nothing and an error", ids, c, err)
		}
	}
}
