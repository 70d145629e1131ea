package library

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/almaty-news/newsbot/internal/atomicfile"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/mapfile"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// The cuts file, beside the index cache (Options.cutsPath), remembers
// where each article was cut into passages, so that a start takes the
// passages of an unchanged article from it instead of finding its
// sentences again. An article is unchanged when its file's hash is the
// one the file recorded; the passages are a function of that text and of
// how it is cut (cutsIdentity), so the file needs nothing else to be
// right. Little-endian, strings as a uint32 length and bytes:
//
//	magic | identity | n | per article: ID, hash, passages,
//	passages×(start, end) (uint32, offsets in the file) | CRC-32C
//
// written to a temporary file, synced and renamed over the old one.
const cutsMagic = "newsbot passage cuts 1\n"

var cutsCRC = crc32.MakeTable(crc32.Castagnoli)

// cutsProbe exercises what cutting an article depends on: paragraphs, a
// heading, abbreviations, quotes, decimals, and sentences longer than a
// passage.
const cutsProbe = "Unrest in the west\n\nProtests began in Zhanaozen on 2 January after the price of " +
	"liquefied gas doubled. Mr. Tokayev said: \"Order will be restored.\" The U.S. embassy " +
	"urged calm; 3.5 million people were affected.\n\nTroops arrived. The airport closed, " +
	"reopened and closed again while officials, who declined to be named, said that talks " +
	"between the government, the unions, the regional administration and the protesters " +
	"continued late into the night without agreement on any of the points raised."

// cutsIdentity names how articles are cut with opt: the options, and what
// they and the code make of a probe text. Another identity invalidates a
// cuts file. A change to package chunk that the probe does not show must
// change the version in cutsMagic, or starts keep the old passages of
// unchanged articles.
func cutsIdentity(opt chunk.Options) string {
	id := fmt.Sprintf("%+v", opt)
	for _, size := range []int{opt.Size, 80} {
		o := opt
		o.Size = size
		for _, c := range chunk.Split(cutsProbe, o) {
			id += " " + strconv.Itoa(c.Start) + "-" + strconv.Itoa(c.End)
		}
	}
	return id
}

// cuts are the passages' places of the articles of a cuts file, sorted
// by article ID as the file lists them (a snapshot's order). They are
// views of the file's contents, read once: no map, no string and no list
// per article, which at archive scale cost a start more than the reading.
type cuts []articleCuts

type articleCuts struct {
	id, hash string
	spans    []byte // start, end of each passage in the article's text (uint32s)
}

// readCuts reads the cuts file at path made with the identity id. A
// missing file gives no cuts and no error; a damaged one or one of
// another identity gives no cuts and the reason.
func readCuts(path, id string) (cuts, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read passage cuts: %w", err)
	}
	if len(data) < len(cutsMagic)+4 || string(data[:len(cutsMagic)]) != cutsMagic {
		return nil, errors.New("read passage cuts: not a version 1 cuts file")
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, cutsCRC) != binary.LittleEndian.Uint32(data[len(body):]) {
		return nil, errors.New("read passage cuts: checksum mismatch")
	}
	r := &cutsReader{mapfile.Records{B: body, Off: len(cutsMagic)}}
	if r.str() != id {
		return nil, errors.New("read passage cuts: articles were cut another way")
	}
	n := r.U32()
	c := make(cuts, 0, min(n, uint32(len(body)/12))) // an article takes 12 bytes or more
	for ; n > 0 && r.Err == nil; n-- {
		a := articleCuts{id: r.str(), hash: r.str()}
		a.spans = r.Next(8 * int(r.U32()))
		if len(c) > 0 && c[len(c)-1].id >= a.id && r.Err == nil {
			r.Err = fmt.Errorf("article %q out of order", a.id)
		}
		c = append(c, a)
	}
	if r.Err == nil && r.Off != len(r.B) {
		r.Err = errors.New("trailing bytes")
	}
	if r.Err != nil {
		return nil, fmt.Errorf("read passage cuts: %w", r.Err)
	}
	return c, nil
}

// find returns the place in c of d's record, when its file is the one
// recorded and the record fits its text, else -1.
func (c cuts) find(d corpus.Document) int {
	i, ok := slices.BinarySearchFunc(c, d.ID, func(a articleCuts, id string) int { return strings.Compare(a.id, id) })
	if !ok || c[i].hash != d.Hash {
		return -1
	}
	for k := 0; k < len(c[i].spans); k += 8 {
		if s, e := c[i].span(k / 8); s > e || e > len(d.Text) {
			return -1
		}
	}
	return i
}

// count is how many passages the article at place i has.
func (c cuts) count(i int) int { return len(c[i].spans) / 8 }

// appendPassages appends to out the recorded passages of d, whose record
// is at place i (find).
func (c cuts) appendPassages(out []retrieve.Chunk, i int, d corpus.Document) []retrieve.Chunk {
	for k := range c.count(i) {
		s, e := c[i].span(k)
		out = append(out, passage(d, k, s, e))
	}
	return out
}

// span is where passage k starts and ends in the article's text.
func (a articleCuts) span(k int) (start, end int) {
	return int(binary.LittleEndian.Uint32(a.spans[8*k:])), int(binary.LittleEndian.Uint32(a.spans[8*k+4:]))
}

// cutsReader walks a cuts file, remembering the first error.
type cutsReader struct{ mapfile.Records }

// str returns the next string, a view of the file's contents (read into
// memory, never written again).
func (r *cutsReader) str() string {
	b := r.Next(int(r.U32()))
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// saveCuts writes the cuts of the snapshot's articles to path atomically.
func (s *Snapshot) saveCuts(path, id string) error {
	all, total := s.index.Chunks(), 0
	for _, d := range s.docs {
		total += s.chunks[d.ID]
	}
	if total != len(all) {
		return fmt.Errorf("save passage cuts: %d passages indexed, %d counted by article", len(all), total)
	}
	err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
		crc := crc32.New(cutsCRC)
		var b []byte
		var werr error
		flush := func() {
			crc.Write(b)
			if werr == nil {
				_, werr = w.Write(b)
			}
			b = b[:0]
		}
		str := func(s string) { b = append(binary.LittleEndian.AppendUint32(b, uint32(len(s))), s...) }
		b = append(b, cutsMagic...)
		str(id)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(s.docs)))
		at := 0
		for _, d := range s.docs {
			str(d.ID)
			str(d.Hash)
			n := s.chunks[d.ID]
			b = binary.LittleEndian.AppendUint32(b, uint32(n))
			for _, c := range all[at : at+n] {
				b = binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(b, uint32(c.Start)), uint32(c.End))
			}
			at += n
			if len(b) > 1<<16 {
				flush()
			}
		}
		flush()
		if werr == nil {
			_, werr = w.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
		}
		return werr
	})
	if err != nil {
		return fmt.Errorf("save passage cuts: %w", err)
	}
	return nil
}
