package eval_test

import (
	"context"
	"os"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/eval"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// floor is the least (or, atMost, the most) a metric may reach.
type floor struct {
	name   string
	metric func(eval.Report) float64
	bar    float64
	atMost bool
}

// devSet is a corpus, its questions and the floors the offline default
// must keep on it: the level reached when they were set, less a margin,
// so that a change that makes one set worse cannot land unnoticed.
type devSet struct {
	name, corpus, questions string
	thirdParty              bool // read from ../shared/eval when present, never copied here
	floors                  []floor
}

var (
	accuracy   = func(r eval.Report) float64 { return r.Accuracy }
	recall     = func(r eval.Report) float64 { return r.RecallAt5 }
	abstention = func(r eval.Report) float64 { return r.AbstentionAccuracy }
	falseAb    = func(r eval.Report) float64 { return r.FalseAbstentions }
	upFront    = func(r eval.Report) float64 { return r.AnswerUpFront }
	citations  = func(r eval.Report) float64 { return r.CitationValidity }
	words      = func(r eval.Report) float64 { return r.MedianWords }
)

var devSets = []devSet{
	{name: "Almaty", corpus: "../../corpus", questions: "../../testdata/eval/dev.jsonl", floors: []floor{
		{"accuracy", accuracy, 0.90, false},
		{"recall@5", recall, 0.90, false}, // plain BM25 reaches 0.82 here (../shared/eval/baseline_bm25.py)
		{"abstention", abstention, 0.80, false},
		{"false abstentions", falseAb, 0.10, true},
		{"answer up front", upFront, 0.80, false},
		{"median words", words, 35, true},
		{"citation validity", citations, 1, false},
	}},
	{name: "corpus D", corpus: "../../testdata/eval/corpus_d", questions: "../../testdata/eval/corpus_d.jsonl", floors: []floor{
		{"accuracy", accuracy, 0.82, false},
		{"recall@5", recall, 0.944, false}, // plain BM25's
		{"abstention", abstention, 0.80, false},
		{"false abstentions", falseAb, 0.12, true},
		{"answer up front", upFront, 0.75, false},
		{"median words", words, 35, true},
		{"citation validity", citations, 1, false},
	}},
	{name: "SQuAD 2.0 Normans", corpus: "../../../shared/eval/squad2-normans/corpus", questions: "../../../shared/eval/squad2-normans/questions.jsonl", thirdParty: true, floors: []floor{
		{"accuracy", accuracy, 0.62, false},
		{"recall@5", recall, 0.927, false}, // plain BM25's
		{"abstention", abstention, 0.50, false},
		{"false abstentions", falseAb, 0.12, true},
		{"answer up front", upFront, 0.65, false},
		{"median words", words, 35, true},
		{"citation validity", citations, 1, false},
	}},
	{name: "RGB", corpus: "../../../shared/eval/rgb-dev/corpus", questions: "../../../shared/eval/rgb-dev/questions.jsonl", thirdParty: true, floors: []floor{
		{"accuracy", accuracy, 0.60, false},
		{"recall@5", recall, 0.861, false}, // plain BM25's
		{"abstention", abstention, 0.45, false},
		{"false abstentions", falseAb, 0.10, true},
		{"answer up front", upFront, 0.60, false},
		{"median words", words, 35, true},
		{"citation validity", citations, 1, false},
	}},
}

// TestDevSetBar runs every dev set with the offline default and fails
// below its floors. The third-party sets (SQuAD 2.0, RGB: licences of
// their own) are read from ../shared/eval and skipped where it is absent.
func TestDevSetBar(t *testing.T) {
	for _, set := range devSets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.questions); set.thirdParty && err != nil {
				t.Skipf("%s not found: the third-party dev sets live in ../shared/eval", set.questions)
			}
			rep := runSet(t, set)
			t.Logf("accuracy %.3f abstention %.3f false-abstain %.3f up-front %.3f recall@5 %.3f citations %.3f median words %.0f",
				rep.Accuracy, rep.AbstentionAccuracy, rep.FalseAbstentions, rep.AnswerUpFront, rep.RecallAt5, rep.CitationValidity, rep.MedianWords)
			for _, f := range set.floors {
				got := f.metric(rep)
				if f.atMost && got > f.bar || !f.atMost && got < f.bar {
					t.Errorf("%s = %.3f, floor %.3f", f.name, got, f.bar)
				}
			}
		})
	}
}

func runSet(t *testing.T, set devSet) eval.Report {
	t.Helper()
	ctx := context.Background()
	lib, err := library.Open(ctx, library.Options{Dir: set.corpus, Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(set.questions)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := eval.ReadCases(f)
	if err != nil {
		t.Fatal(err)
	}
	svc := &answer.Service{Retriever: lib, Docs: lib, Composer: &extractive.Extractive{}}
	rep, err := eval.Run(ctx, svc, lib, cases)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if !r.Correct || !r.CitationsOK {
			t.Logf("%s %-12s correct=%v cites=%v\n  Q: %s\n  A: %s", r.Case.ID, r.Case.Kind, r.Correct, r.CitationsOK, r.Case.Question, r.Reply.Text)
		}
	}
	return rep
}
