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
