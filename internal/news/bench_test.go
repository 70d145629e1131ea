package news

import (
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// benchSentences are figures as news reports give them, of several events.
var benchSentences = []string{
	"Dozens of anti-Government protesters have been killed along with at least 12 police officers during attacks.",
	"State TV said at least 12 law enforcement personnel died in clashes, while more than 350 police officers had been injured.",
	"At least 14 people perished when the ferry sank off the coast on Sunday morning.",
	"The coast guard said 11 died and 40 passengers were still missing, while 12 crew were rescued.",
	"Gunmen seized five airliners at the airport; officials later said four aircraft had been captured.",
	"Thirty workers were hurt in the factory fire and 200 residents were evacuated from nearby streets.",
	"The quake claimed the lives of 300 villagers, and rescuers said more than 1,000 people lost their homes.",
	"The minister spoke for an hour about the budget and the price of bread in the capital.",
}

// BenchmarkClaims measures reading the figures of a sentence, with the
// lexicon lookups memoised after the first round.
func BenchmarkClaims(b *testing.B) {
	for b.Loop() {
		for _, s := range benchSentences {
			Claims(s)
		}
	}
}

// BenchmarkCompare measures grouping the figures of several reports.
func BenchmarkCompare(b *testing.B) {
	var claims []Claim
	for _, s := range benchSentences {
		claims = append(claims, Claims(s)...)
	}
	for b.Loop() {
		Compare(claims)
	}
}

// BenchmarkBuildTimeline measures the timeline of a synthetic corpus of
// 2,000 articles (about 13k passages); scripts/scalebench runs 100k.
func BenchmarkBuildTimeline(b *testing.B) {
	docs := synthDocs(b, 2000)
	for b.Loop() {
		BuildTimeline(docs)
	}
}

// BenchmarkIndexQuotes measures the quote index of the same corpus.
func BenchmarkIndexQuotes(b *testing.B) {
	docs := synthDocs(b, 2000)
	for b.Loop() {
		IndexQuotes(docs)
	}
}

func synthDocs(b *testing.B, n int) []corpus.Document {
	b.Helper()
	docs := make([]corpus.Document, n)
	for i := range docs {
		d, err := corpus.Parse(synth.Name(i), []byte(synth.Article(1, i)))
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = d
	}
	return docs
}
