package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/almaty-news/newsbot/internal/eval"
	"github.com/almaty-news/newsbot/internal/metrics"
)

func runEval(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("eval", "eval --questions FILE [--json] [--verbose] [--corpus DIR] [--config FILE] [--k N]", env.Stderr)
	questions := fs.String("questions", "", "eval file: one JSON question per line (required)")
	asJSON := fs.Bool("json", false, "print the metrics as JSON")
	verbose := fs.Bool("verbose", false, "also print every question that was answered wrongly")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *questions == "" || len(pos) > 0 {
		return usagef("eval: want --questions FILE and no other arguments")
	}
	f, err := os.Open(*questions)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	cases, err := eval.ReadCases(f)
	if err != nil {
		return fmt.Errorf("eval: %s: %w", *questions, err)
	}
	a, err := openAppStore(ctx, c, env)
	if err != nil {
		return err
	}
	defer a.Close()
	rep, err := eval.Run(ctx, a.Asker(metrics.FrontendEval), a.Corpus, cases)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if *verbose {
		for _, r := range rep.Results {
			if !r.Correct || !r.CitationsOK {
				fmt.Fprintf(env.Stdout, "✗ %s (%s) %s\n    %s\n", r.Case.ID, r.Case.Kind, r.Case.Question, r.Reply.Text)
			}
			if r.Case.Answerable() && !r.Recalled {
				fmt.Fprintf(env.Stdout, "✗ %s (%s) evidence not in the top %d passages: %s\n", r.Case.ID, r.Case.Kind, eval.RecallAt, r.Case.Question)
			}
		}
	}
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(rep)
	}
	_, err = fmt.Fprintf(env.Stdout, `questions            %d
accuracy             %.3f
answerable accuracy  %.3f
abstention accuracy  %.3f
false abstentions    %.3f
recall@5             %.3f
MRR                  %.3f
citation validity    %.3f
answer up front      %.3f
median words         %.0f
p50 / p95            %.2f ms / %.2f ms
`, rep.Questions, rep.Accuracy, rep.AnswerableAccuracy, rep.AbstentionAccuracy, rep.FalseAbstentions,
		rep.RecallAt5, rep.MRR, rep.CitationValidity, rep.AnswerUpFront, rep.MedianWords, rep.P50Ms, rep.P95Ms)
	return err
}
