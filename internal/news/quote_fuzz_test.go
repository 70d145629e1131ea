package news

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// quoteSeeds are quotation and attribution shapes that once crashed the
// parsers or stand at their edges.
var quoteSeeds = []string{
	"",
	`"We are watching closely," a U.S. official said.`,
	`"Calm," said the U.N. envoy. "Calm," said U.S.`,
	`“They were liquidated,” she said. He added: “No.”`,
	`According to A.B. Smith, "it is over".`,
	`"a" said "b" told "c," "`,
	"\"x,\" said\n\n\"y.\"\n\"z\"",
	"“‘Nested,’ he said,” she told the U.S. press at a news conference.",
	"\xff\"\xfe,\" \xe2\x80 said \xe2\x80\x9c",
	`Mr. said "hi". Dr said, "no," Washington said.`,
}

// fuzzCorpus adds the seed articles to a fuzz corpus.
func fuzzCorpus(f *testing.F) {
	f.Helper()
	files, _ := filepath.Glob("../../corpus/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatalf("read corpus: %v", err)
		}
		f.Add(string(b))
	}
}

// FuzzQuotes checks that any text gives quotes whose offsets lie in the
// body and whose text is the body's at those offsets.
func FuzzQuotes(f *testing.F) {
	for _, s := range quoteSeeds {
		f.Add(s)
	}
	fuzzCorpus(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range Quotes(doc(text)) {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("Quotes() span [%d,%d) outside a %d-byte text", q.Start, q.End, len(text))
			}
			if text[q.Start:q.End] != q.Text {
				t.Fatalf("Quotes() Text = %q, text at its offsets %q", q.Text, text[q.Start:q.End])
			}
			if q.SentStart > q.Start || q.SentEnd < q.End || q.SentEnd > len(text) {
				t.Fatalf("Quotes() sentence [%d,%d) does not hold quote [%d,%d)", q.SentStart, q.SentEnd, q.Start, q.End)
			}
		}
	})
}

// FuzzAttribute checks that reading the attribution of every quote span
// of any text neither panics nor returns words that are not in the text.
func FuzzAttribute(f *testing.F) {
	for _, s := range quoteSeeds {
		f.Add(s)
	}
	fuzzCorpus(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range quoteSpans(text, 0, len(text)) {
			a := attribute(text, q)
			if a.verbAt >= len(text) {
				t.Fatalf("attribute() verbAt = %d, text has %d bytes", a.verbAt, len(text))
			}
			if utf8.ValidString(text) && !utf8.ValidString(a.subject) {
				t.Fatalf("attribute() subject %q is not UTF-8 though the text is", a.subject)
			}
		}
		for _, s := range []string{text, "the " + text + " official"} {
			name, title := splitName(s)
			if len(name)+len(title) > len(s) {
				t.Fatalf("splitName(%q) = %q, %q: longer than the phrase", s, name, title)
			}
		}
	})
}

// BenchmarkQuotesOneLongSentence is a text of many quotes and no full
// stop: attribution reads a bounded window around each quote, so the time
// grows with the number of quotes, not with their square.
func BenchmarkQuotesOneLongSentence(b *testing.B) {
	for _, n := range []int{500, 2000} {
		text := strings.Repeat(`"We are fine," he said and "ok" `, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Quotes(doc(text))
			}
		})
	}
}
