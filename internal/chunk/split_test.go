package chunk

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpus returns the texts of the articles in ../../corpus by file name.
func corpus(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("glob corpus: %d files, err %v", len(files), err)
	}
	texts := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatalf("read corpus: %v", err)
		}
		texts[filepath.Base(f)] = string(b)
	}
	return texts
}

func TestSplitCorpus(t *testing.T) {
	opts := []Options{
		{}, DefaultOptions(), {Size: 100}, {Size: 300, Overlap: 100},
		{Size: 1000, Overlap: 300}, {Size: 5000}, {Size: 1, Overlap: 5},
	}
	for name, text := range corpus(t) {
		for _, opt := range opts {
			chunks := Split(text, opt)
			if len(chunks) == 0 {
				t.Errorf("Split(%s, %+v) = 0 chunks, want some", name, opt)
			}
			checkChunks(t, text, opt, chunks)
			if opt.Size >= 300 {
				checkHeadings(t, name, text, opt, chunks)
			}
		}
	}
}

// checkHeadings checks that no chunk but the last ends with a heading
// paragraph that would fit in a chunk with the sentence after it.
func checkHeadings(t *testing.T, name, text string, opt Options, chunks []Chunk) {
	t.Helper()
	ss := Sentences(text)
	for _, c := range chunks[:len(chunks)-1] {
		i := strings.LastIndex(c.Text, "\n\n")
		last := c.Text[i+2:]
		if i < 0 || !isHeadingParagraph(last) {
			continue
		}
		k := slices.IndexFunc(ss, func(s Span) bool { return s.Start >= c.End })
		if ss[k].End-(c.End-len(last)) <= opt.Size {
			t.Errorf("Split(%s, %+v)[%d] ends with heading %q, want it in the next chunk", name, opt, c.Ordinal, last)
		}
	}
}

// texts returns the texts of chunks.
func texts(chunks []Chunk) []string {
	var out []string
	for _, c := range chunks {
		out = append(out, c.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	// Six sentences of 11 bytes; three with their spaces take 35 bytes.
	six := "Sentence 1. Sentence 2. Sentence 3. Sentence 4. Sentence 5. Sentence 6."
	long := "Long" + strings.Repeat(" word", 30) + "."
	tests := []struct {
		name string
		text string
		opt  Options
		want []string
	}{
		{"empty", "", Options{}, nil},
		{"white space", " \n\n ", Options{Size: 10}, nil},
		{"one chunk", six, Options{}, []string{six}},
		{
			"no overlap", six, Options{Size: 35},
			[]string{"Sentence 1. Sentence 2. Sentence 3.", "Sentence 4. Sentence 5. Sentence 6."},
		},
		{
			"overlap of one sentence", six, Options{Size: 35, Overlap: 11},
			[]string{"Sentence 1. Sentence 2. Sentence 3.", "Sentence 3. Sentence 4. Sentence 5.", "Sentence 5. Sentence 6."},
		},
		{
			"overlap of two sentences", six, Options{Size: 35, Overlap: 23},
			[]string{
				"Sentence 1. Sentence 2. Sentence 3.", "Sentence 2. Sentence 3. Sentence 4.",
				"Sentence 3. Sentence 4. Sentence 5.", "Sentence 4. Sentence 5. Sentence 6.",
			},
		},
		{
			"overlap shorter than a sentence", six, Options{Size: 35, Overlap: 10},
			[]string{"Sentence 1. Sentence 2. Sentence 3.", "Sentence 4. Sentence 5. Sentence 6."},
		},
		{
			"overlap clamped below size", six, Options{Size: 11, Overlap: 50},
			[]string{"Sentence 1.", "Sentence 2.", "Sentence 3.", "Sentence 4.", "Sentence 5.", "Sentence 6."},
		},
		{
			"overlap never repeats a whole chunk", "Aa. Bb. Cc.", Options{Size: 3, Overlap: 2},
			[]string{"Aa.", "Bb.", "Cc."},
		},
		{
			"whole paragraphs", "One here.\n\nTwo here.\n\nThree.", Options{Size: 25},
			[]string{"One here.\n\nTwo here.", "Three."},
		},
		{
			"paragraph kept whole rather than filling", "One here.\n\nTwo here. And more.", Options{Size: 25},
			[]string{"One here.", "Two here. And more."},
		},
		{
			"long paragraph split between sentences", "One here. Two here. Three here.\n\nFour.", Options{Size: 20},
			[]string{"One here. Two here.", "Three here.\n\nFour."},
		},
		{
			"long sentence cut at white space", "Short one. " + long + " Short two.", Options{Size: 50},
			[]string{"Short one.", long[:49], long[50:99], long[100:149], long[150:] + " Short two."},
		},
		{
			"a run without white space is cut between runes", "Intro. " + strings.Repeat("é", 30), Options{Size: 21},
			[]string{"Intro.", strings.Repeat("é", 10), strings.Repeat("é", 10), strings.Repeat("é", 10)},
		},
		{
			"heading joins next paragraph", "Intro sentence.\n\nFlights halted\n\nBody text here.", Options{Size: 31},
			[]string{"Intro sentence.", "Flights halted\n\nBody text here."},
		},
		{
			"question heading joins next paragraph", "Intro sentence.\n\nWhat next?\n\nBody text here.", Options{Size: 30},
			[]string{"Intro sentence.", "What next?\n\nBody text here."},
		},
		{
			"heading kept with sentence in split paragraph", "Aa. Bb. Cc.\n\nHead\n\nDd. Ee. Ff.", Options{Size: 25},
			[]string{"Aa. Bb. Cc.", "Head\n\nDd. Ee. Ff."},
		},
		{
			"heading ends chunk if it cannot join its sentence", "Aa. Bb. Cc.\n\nHead\n\nDddddddddddddddd. Ee.", Options{Size: 21},
			[]string{"Aa. Bb. Cc.\n\nHead", "Dddddddddddddddd. Ee."},
		},
		{
			"heading at end", "Body text here.\n\nThe end", Options{Size: 16},
			[]string{"Body text here.", "The end"},
		},
		{
			"overlap dropped to keep paragraph whole", "Aa. Bb. Cc. Dd.\n\nEe. Ff. Gg.", Options{Size: 15, Overlap: 4},
			[]string{"Aa. Bb. Cc. Dd.", "Ee. Ff. Gg."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chunks := Split(tt.text, tt.opt)
			if got := texts(chunks); !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q, %+v) = %d chunks:\n%q\nwant %d:\n%q", tt.text, tt.opt, len(got), got, len(tt.want), tt.want)
			}
			checkChunks(t, tt.text, tt.opt, chunks)
		})
	}
}

func TestOptionsNormalized(t *testing.T) {
	tests := []struct{ in, want Options }{
		{Options{}, Options{Size: DefaultSize}},
		{Options{Size: -5, Overlap: -1}, Options{Size: DefaultSize}},
		{Options{Size: 100, Overlap: 100}, Options{Size: 100, Overlap: 99}},
		{Options{Size: 1, Overlap: 7}, Options{Size: 1}},
		{DefaultOptions(), Options{Size: DefaultSize, Overlap: DefaultOverlap}},
	}
	for _, tt := range tests {
		if got := tt.in.normalized(); got != tt.want {
			t.Errorf("%+v.normalized() = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	texts := corpus(b)
	var n int64
	for _, text := range texts {
		n += int64(len(text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			Split(text, DefaultOptions())
		}
	}
}

func TestSplitBoundsTextWithoutPunctuation(t *testing.T) {
	text := strings.Repeat("protesters gathered near the square and police watched ", 2000)
	for _, opt := range []Options{{Size: 600, Overlap: 150}, {Size: 100}} {
		chunks := Split(text, opt)
		if len(chunks) < len(text)/opt.Size {
			t.Errorf("Split(%d bytes without punctuation, %+v) = %d chunks, want at least %d", len(text), opt, len(chunks), len(text)/opt.Size)
		}
		for i, c := range chunks {
			if len(c.Text) > opt.Size {
				t.Fatalf("Split(%+v)[%d] = %d bytes, want at most %d", opt, i, len(c.Text), opt.Size)
			}
		}
		checkChunks(t, text, opt, chunks)
	}
}
