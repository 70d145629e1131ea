package answer

import (
	"context"
	"fmt"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// DefaultK is how many passages are retrieved per question.
const DefaultK = 8

// Retriever finds the passages relevant to a question.
type Retriever interface {
	Search(ctx context.Context, q string, k int) ([]retrieve.Passage, error)
	Analyze(q string) retrieve.Query
}

// queryRetriever searches with a question already analysed, so that a
// question is analysed once; retrieve.Index and library.Snapshot are ones.
type queryRetriever interface {
	SearchQuery(ctx context.Context, q retrieve.Query, k int) ([]retrieve.Passage, error)
}

// Catalog looks up the article a passage comes from.
type Catalog interface {
	Document(id string) (corpus.Document, bool)
}

// Input is what a Composer gets: the question, its analysis and the
// retrieved passages, best first.
type Input struct {
	Question string
	Query    retrieve.Query
	Passages []retrieve.Passage
	Docs     Catalog
	// Quotes returns the quote index of the whole corpus served, built
	// once per snapshot (see library.Snapshot.Quotes); nil when Docs has
	// none.
	Quotes func() (*news.QuoteIndex, error)
}

// quoteIndexer is a Catalog with a quote index; *library.Snapshot is one.
type quoteIndexer interface {
	Quotes() (*news.QuoteIndex, error)
}

// Composer writes the answer for one question from retrieved passages.
type Composer interface {
	Compose(ctx context.Context, in Input) (Reply, error)
}

// Service answers questions: clean the question, retrieve, compose.
type Service struct {
	Retriever   Retriever
	Docs        Catalog
	Composer    Composer
	K           int       // passages to retrieve; DefaultK when <= 0
	MaxQuestion int       // characters; DefaultMaxQuestion when <= 0
	Condenser   Condenser // for AskFollowup; KeywordCondenser when nil
}

// Ask answers one question. It returns ErrEmptyQuestion or
// ErrQuestionTooLong (wrapped) for a question it will not take.
func (s *Service) Ask(ctx context.Context, question string) (Reply, error) {
	return s.ask(ctx, question, nil)
}

// ask answers one question, streaming the draft to onDelta when it is
// not nil and the Composer can stream.
func (s *Service) ask(ctx context.Context, question string, onDelta func(string)) (Reply, error) {
	start := time.Now()
	q, err := CleanQuestion(question, s.MaxQuestion)
	if err != nil {
		return Reply{}, err
	}
	k := s.K
	if k <= 0 {
		k = DefaultK
	}
	query := s.Retriever.Analyze(q)
	var passages []retrieve.Passage
	if qr, ok := s.Retriever.(queryRetriever); ok {
		passages, err = qr.SearchQuery(ctx, query, k) // the question analysed once
	} else {
		passages, err = s.Retriever.Search(ctx, q, k)
	}
	if err != nil {
		return Reply{}, fmt.Errorf("retrieve: %w", err)
	}
	retrieved := time.Now()
	in := Input{Question: q, Query: query, Passages: passages, Docs: s.Docs}
	if qs, ok := s.Docs.(quoteIndexer); ok {
		in.Quotes = qs.Quotes
	}
	r, err := s.compose(ctx, in, onDelta)
	if err != nil {
		return Reply{}, fmt.Errorf("compose: %w", err)
	}
	done := time.Now()
	r.Question = q
	r.Passages = passages
	r.Timings = Timings{Retrieve: retrieved.Sub(start), Answer: done.Sub(retrieved), Total: done.Sub(start)}
	return r, nil
}
