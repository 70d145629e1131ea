package answer_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/almaty-news/newsbot/internal/news"
)

func TestAskBeforeTheFirstSnapshot(t *testing.T) {
	a := answer.NewAsker(library.New(library.ServeOptions{}), &answer.Service{Composer: &extractive.Extractive{}}, "test", answer.AskerOptions{})
	if _, err := a.Ask(context.Background(), "anything?"); !errors.Is(err, library.ErrNotLoaded) {
		t.Errorf("Ask() before Start = %v, want library.ErrNotLoaded", err)
	}
}

// blockingComposer signals when a question reaches it and waits for
// release before composing with the extractive composer.
type blockingComposer struct {
	started chan struct{}
	release chan struct{}
}

func (c *blockingComposer) Compose(ctx context.Context, in answer.Input) (answer.Reply, error) {
	c.started <- struct{}{}
	<-c.release
	return (&extractive.Extractive{}).Compose(ctx, in)
}

func TestInFlightQuestionKeepsItsSnapshot(t *testing.T) {
	c := &blockingComposer{started: make(chan struct{}), release: make(chan struct{})}
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle}, c)
	type result struct {
		r   answer.Reply
		err error
	}
	done := make(chan result)
	go func() {
		r, err := f.asker("test").Ask(context.Background(), "Where did the protests begin after the gas price doubled?")
		done <- result{r, err}
	}()
	<-c.started // retrieval is done against snapshot 1; composing waits

	f.remove(t, "fuel.md")
	if res := f.reload(t); !res.Changed {
		t.Fatal("Reload() did not swap")
	}
	if _, ok := f.lib.Current().Document("fuel"); ok {
		t.Fatal("fuel is still served after its deletion")
	}
	c.release <- struct{}{}
	got := <-done
	if got.err != nil || got.r.Abstained || len(got.r.Citations) == 0 {
		t.Fatalf("in-flight Ask() = %+v, %v; want an answer", got.r, got.err)
	}
	for _, cit := range got.r.Citations {
		if cit.DocID != "fuel" || !strings.Contains(fuelArticle, cit.Text) || cit.Title != "Fuel price protests spread" {
			t.Errorf("citation %+v, want one from the deleted article as the first snapshot had it", cit)
		}
	}
	// The next question sees the new snapshot.
	go func() {
		r, err := f.asker("test").Ask(context.Background(), "Where did the protests begin after the gas price doubled?")
		done <- result{r, err}
	}()
	<-c.started
	c.release <- struct{}{}
	if got := <-done; !got.r.Abstained && len(got.r.Citations) > 0 && got.r.Citations[0].DocID == "fuel" {
		t.Errorf("a question after the swap cited the deleted article: %+v", got.r.Citations)
	}
}

// checkingComposer checks that the passages it is given come from the
// catalog it is given: retrieval and composition used one snapshot.
type checkingComposer struct {
	mu       sync.Mutex
	mismatch []string
}

func (c *checkingComposer) Compose(ctx context.Context, in answer.Input) (answer.Reply, error) {
	lib := in.Docs.(*library.Snapshot)
	for _, p := range in.Passages {
		ch, ok := lib.Index().Chunk(p.ID)
		doc, _ := lib.Document(p.DocID)
		if !ok || ch.Text != p.Text || doc.Text[p.Start:p.End] != p.Text {
			c.mu.Lock()
			c.mismatch = append(c.mismatch, p.ID)
			c.mu.Unlock()
		}
	}
	return (&extractive.Extractive{}).Compose(ctx, in)
}

func TestQuestionsDuringReloads(t *testing.T) {
	c := &checkingComposer{}
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle, "troops.md": troopsArticle}, c)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := range 4 {
		wg.Go(func() {
			asker := f.asker(fmt.Sprintf("worker%d", i))
			for ctx.Err() == nil {
				r, err := asker.Ask(context.Background(), "When did the troops land at the airport?")
				if err != nil {
					errs <- err
					return
				}
				for _, cit := range r.Citations {
					if cit.DocID != "troops" {
						errs <- fmt.Errorf("citation of %s, want troops", cit.DocID)
						return
					}
				}
			}
		})
	}
	for i := range 20 {
		day := []string{"Thursday", "Friday"}[i%2]
		f.write(t, "troops.md", strings.Replace(troopsArticle, "Thursday", day, 1))
		if i%3 == 0 {
			f.write(t, "cabinet.txt", cabinetArticle)
		} else {
			f.write(t, "cabinet.txt", cabinetArticle+"More news followed.\n")
		}
		f.reload(t)
	}
	cancel()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(c.mismatch) > 0 {
		t.Errorf("passages not from the catalog they were composed with: %v", c.mismatch)
	}
}

func TestAskerLogsAndCountsEveryQuestion(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle}, nil)
	m := f.metrics
	a := f.asker(metrics.FrontendDiscord)
	ctx := context.Background()
	if _, err := a.Ask(ctx, "Where did the protests begin?"); err != nil {
		t.Fatal(err)
	}
	if r, _ := a.Ask(ctx, "Who won the football match?"); !r.Abstained {
		t.Error("an off-topic question was answered")
	}
	if _, err := a.Ask(ctx, "   "); err == nil {
		t.Error("an empty question was taken")
	}
	if _, err := a.AskFollowup(ctx, []answer.Turn{{Question: "Where did the protests begin?"}}, "and when did they spread?"); err != nil {
		t.Fatal(err)
	}
	body := scrape(t, m)
	for _, want := range []string{
		`newsbot_questions_total{composer="extractive",frontend="discord",outcome="answered"} 2`,
		`newsbot_questions_total{composer="extractive",frontend="discord",outcome="abstained"} 1`,
		`newsbot_questions_total{composer="none",frontend="discord",outcome="rejected"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	logs := f.log()
	if n := strings.Count(logs, "msg=question "); n != 4 {
		t.Errorf("%d question log lines, want 4:\n%s", n, logs)
	}
	for _, want := range []string{"component=questions", "frontend=discord", "outcome=answered", "outcome=abstained", "outcome=rejected", "retrieve_ms=", "total_ms=", "generation=1", "citations="} {
		if !strings.Contains(logs, want) {
			t.Errorf("question log lacks %q", want)
		}
	}
	if strings.Contains(logs, "football") {
		t.Error("the question text was logged without log.questions")
	}
}

func TestAskerLogsQuestionTextWhenAsked(t *testing.T) {
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle}, nil)
	f.opt.LogQuestions = true
	if _, err := f.asker("cli").Ask(context.Background(), "Who won the football match?"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(f.log(), `question="Who won the football match?"`) {
		t.Errorf("log lacks the question text:\n%s", f.log())
	}
}

// scrape returns the /metrics exposition text.
func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, err := io.ReadAll(rec.Result().Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wordsComposer streams the extractive answer word by word.
type wordsComposer struct{ extractive.Extractive }

func (c *wordsComposer) ComposeStream(ctx context.Context, in answer.Input, onDelta func(string)) (answer.Reply, error) {
	r, err := c.Compose(ctx, in)
	for _, w := range strings.SplitAfter(r.Text, " ") {
		onDelta(w)
	}
	return r, err
}

func TestAskerStreamsAndCountsOnce(t *testing.T) {
	plain := newFixture(t, map[string]string{"fuel.md": fuelArticle}, nil)
	if plain.asker("test").CanStream() {
		t.Error("CanStream() = true with the extractive composer")
	}
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle}, &wordsComposer{})
	a := f.asker(metrics.FrontendDiscord)
	if !a.CanStream() {
		t.Fatal("CanStream() = false with a streaming composer")
	}
	var draft strings.Builder
	r, err := a.AskStream(context.Background(), "Where did the protests begin?", func(s string) { draft.WriteString(s) })
	if err != nil || draft.String() != r.Text || r.Text == "" {
		t.Fatalf("AskStream() = %q, %v; streamed %q, want the same text", r.Text, err, draft.String())
	}
	draft.Reset()
	r, err = a.AskFollowupStream(context.Background(), []answer.Turn{{Question: "Where did the protests begin?"}}, "and when?", func(s string) { draft.WriteString(s) })
	if err != nil || draft.String() != r.Text {
		t.Fatalf("AskFollowupStream() = %q, %v; streamed %q, want the same text", r.Text, err, draft.String())
	}
	if n := strings.Count(f.log(), "msg=question "); n != 2 {
		t.Errorf("%d question log lines for 2 streamed questions, want 2", n)
	}
	if body := scrape(t, f.metrics); !strings.Contains(body, `frontend="discord",outcome="answered"} 2`) {
		t.Errorf("metrics do not count the 2 streamed questions once each")
	}
}

// quotesComposer records the quote index each question gets.
type quotesComposer struct {
	extractive.Extractive
	got []*news.QuoteIndex
}

func (c *quotesComposer) Compose(ctx context.Context, in answer.Input) (answer.Reply, error) {
	if in.Quotes != nil {
		ix, err := in.Quotes()
		if err != nil {
			return answer.Reply{}, err
		}
		c.got = append(c.got, ix)
	}
	return c.Extractive.Compose(ctx, in)
}

func TestQuestionsShareTheSnapshotsQuoteIndex(t *testing.T) {
	c := &quotesComposer{}
	f := newFixture(t, map[string]string{"fuel.md": fuelArticle}, c)
	a := f.asker("test")
	for range 2 {
		if _, err := a.Ask(context.Background(), "Who said the price made it impossible to run their cars?"); err != nil {
			t.Fatal(err)
		}
	}
	want, _ := f.lib.Current().Quotes()
	if len(c.got) != 2 || c.got[0] != want || c.got[1] != want {
		t.Errorf("quote indexes given = %p, want the snapshot's %p twice", c.got, want)
	}
	f.write(t, "troops.md", troopsArticle)
	f.reload(t)
	if _, err := a.Ask(context.Background(), "Who said the troops would guard government buildings?"); err != nil {
		t.Fatal(err)
	}
	if next, _ := f.lib.Current().Quotes(); len(c.got) != 3 || c.got[2] != next || next == want {
		t.Error("after a reload the question did not get the new snapshot's quote index")
	}
}
