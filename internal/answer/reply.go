package answer

import (
	"time"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Composer names, as reported in Reply.Composer.
const (
	ComposerExtractive = "extractive"
	ComposerLLM        = "llm"
)

// Reply is the answer to one question: the text with [n] markers, the
// citations those markers refer to, and whether the bot abstained.
type Reply struct {
	Question  string
	Text      string     // answer text; [n] refers to Citations[n-1]
	Abstained bool       // the corpus does not answer the question
	Citations []Citation // exactly the passages the text cites, numbered in order of appearance
	// Disagreements lists what the cited reports give different versions
	// of, each version with its citation numbers; the text states them too.
	Disagreements []Disagreement
	Passages      []retrieve.Passage
	Composer      string // ComposerExtractive or ComposerLLM
	Model         string // the LLM model, when Composer is ComposerLLM
	Note          string // a remark for the reader, e.g. that the language model was unavailable
	Timings       Timings
}

// Citation is one cited passage: a verbatim span of a named article.
type Citation struct {
	N       int
	DocID   string
	ChunkID string
	Title   string
	Outlet  string
	Date    string
	URL     string
	Text    string // exactly Document.Text[Start:End]
	Start   int
	End     int
}

// Timings are the durations of the stages of one answer.
type Timings struct {
	Retrieve time.Duration
	Answer   time.Duration
	Total    time.Duration
}

// Abstention texts: plain statements that the articles do not answer.
const (
	AbstainText  = "The articles I have don't cover that, so I can't answer it."
	OffTopicText = "I can only answer questions about the news articles I have, and they don't cover that."
	NoCorpusText = "I have no articles to answer from yet."
)

// Detector finds what the retrieved passages of in give different
// versions of, each version citing passages by their 1-based index in
// in.Passages. The extractive composer's detection is one.
type Detector func(in Input) []Disagreement

// Disagreement is something the retrieved reports give different versions
// of: a figure, the spelling of a name, who said something. Figures that
// count different things are no disagreement and are not listed here.
type Disagreement struct {
	What     string // "how many police were killed", "the spelling of a name"
	Versions []Version
}

// Version is one version of a disagreement and the citations giving it.
type Version struct {
	Value     string // the version in short: "at least 12", "Saltanet Azirbek"
	Text      string // as written in the first report giving it: "at least a dozen police officers"
	Citations []int  // citation numbers of the reply (or passage numbers, see DetectDisagreements)
}
