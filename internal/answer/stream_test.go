package answer

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

type stubRetriever struct{}

func (stubRetriever) Search(context.Context, string, int) ([]retrieve.Passage, error) {
	return []retrieve.Passage{{Chunk: retrieve.Chunk{ID: "d#0", DocID: "d", Text: "Fuel prices rose."}}}, nil
}

func (stubRetriever) Analyze(q string) retrieve.Query { return retrieve.Query{Text: q} }

// plainComposer composes without streaming, as the extractive one does.
type plainComposer struct{}

func (plainComposer) Compose(context.Context, Input) (Reply, error) { return Reply{Text: "plain"}, nil }

// stubStreamer streams a fixed draft and returns a fixed reply.
type stubStreamer struct{ deltas []string }

func (s stubStreamer) Compose(context.Context, Input) (Reply, error) {
	return Reply{Text: "whole", Composer: ComposerLLM}, nil
}

func (s stubStreamer) ComposeStream(_ context.Context, in Input, onDelta func(string)) (Reply, error) {
	for _, d := range s.deltas {
		onDelta(d)
	}
	return Reply{Text: "streamed", Composer: ComposerLLM}, nil
}

func TestAskStream(t *testing.T) {
	ctx := context.Background()
	var got []string
	onDelta := func(d string) { got = append(got, d) }

	svc := &Service{Retriever: stubRetriever{}, Composer: stubStreamer{deltas: []string{"a", "b"}}}
	if !svc.CanStream() {
		t.Error("CanStream() = false for a StreamComposer")
	}
	r, err := svc.AskStream(ctx, "What rose?", onDelta)
	if err != nil || r.Text != "streamed" || len(got) != 2 || r.Question != "What rose?" {
		t.Errorf("AskStream() = %q, %v with deltas %q; want the streamed reply after a, b", r.Text, err, got)
	}
	if r, _ := svc.Ask(ctx, "What rose?"); r.Text != "whole" {
		t.Errorf("Ask() = %q, want the composer's plain Compose", r.Text)
	}
	got = nil
	if r, _ := svc.AskFollowupStream(ctx, []Turn{{Question: "What rose?"}}, "and why?", onDelta); r.Question != "and why?" || len(got) != 2 {
		t.Errorf("AskFollowupStream() question %q, deltas %q; want the question as asked, streamed", r.Question, got)
	}

	got = nil
	svc.Composer = plainComposer{}
	if svc.CanStream() {
		t.Error("CanStream() = true for a composer that cannot stream")
	}
	if _, err := svc.AskStream(ctx, "What rose?", onDelta); err != nil || len(got) != 0 {
		t.Errorf("AskStream() with a plain composer: %v, deltas %q; want no deltas", err, got)
	}
}
