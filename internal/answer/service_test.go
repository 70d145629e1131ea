package answer

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// countingRetriever counts analyses and which search it was asked.
type countingRetriever struct {
	analyses, searches, queries int
}

func (c *countingRetriever) Search(context.Context, string, int) ([]retrieve.Passage, error) {
	c.searches++
	return nil, nil
}

func (c *countingRetriever) SearchQuery(_ context.Context, q retrieve.Query, _ int) ([]retrieve.Passage, error) {
	c.queries++
	return nil, nil
}

func (c *countingRetriever) Analyze(q string) retrieve.Query {
	c.analyses++
	return retrieve.Query{Text: q}
}

func TestServiceAnalysesAQuestionOnce(t *testing.T) {
	r := &countingRetriever{}
	svc := &Service{Retriever: r, Composer: plainComposer{}}
	if _, err := svc.Ask(context.Background(), "What rose?"); err != nil {
		t.Fatal(err)
	}
	if r.analyses != 1 || r.queries != 1 || r.searches != 0 {
		t.Errorf("Ask() analysed %d times, searched %d by query and %d by text; want 1, 1, 0", r.analyses, r.queries, r.searches)
	}
}
