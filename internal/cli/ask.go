package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/metrics"
)

func runAsk(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("ask", `ask [--json] [--corpus DIR] [--config FILE] [--k N] "question"
       bot ask --json -      (one question per line on stdin, one JSON object per line out)`, env.Stderr)
	asJSON := fs.Bool("json", false, "print the answer as one JSON object")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("ask: no question given (try: bot ask \"What sparked the protests?\")")
	}
	question := strings.Join(pos, " ")
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return err
	}
	if question == "-" {
		if !*asJSON {
			return usagef("ask: reading questions from stdin needs --json")
		}
	} else if _, err := answer.CleanQuestion(question, cfg.Answer.MaxQuestionChars); errors.Is(err, answer.ErrEmptyQuestion) {
		return usagef("ask: the question is empty")
	} else if err != nil {
		return usagef("ask: %v", err)
	}
	a, err := app.Open(ctx, cfg, newLogger(env.Stderr, cfg.Log), nil)
	if err != nil {
		return err
	}
	if err := a.RequireArticles(); err != nil {
		return fmt.Errorf("ask: %w", err)
	}
	if question == "-" {
		return askLines(ctx, a, env)
	}
	var r answer.Reply
	rest := textReply
	asker := a.Asker(metrics.FrontendCLI)
	if !*asJSON && isTerminal(env.Stdout) && asker.CanStream() {
		ts := &terminalStream{w: env.Stdout}
		r, err = asker.AskStream(ctx, question, ts.delta)
		rest = ts.rest
	} else {
		r, err = asker.Ask(ctx, question)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(jsonReply(r))
	}
	_, err = fmt.Fprint(env.Stdout, rest(r))
	return err
}

// askLines answers one question per stdin line, writing one JSON object
// per line in the same order, each with its input line number. Blank
// lines are skipped; a question that cannot be answered, however long its
// line, gets an object with an "error" field, and the rest go on.
func askLines(ctx context.Context, a *app.App, env Env) error {
	asker := a.Asker(metrics.FrontendCLI)
	lines := newLineReader(env.Stdin, maxLineBytes(a.Config.Answer.MaxQuestionChars))
	enc := json.NewEncoder(env.Stdout)
	for n := 1; ; n++ {
		line, size, err := lines.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read questions: line %d: %w", n, err)
		}
		var out any
		switch q := strings.TrimSpace(line); {
		case q == "" && size <= len(line):
			continue
		case size > len(line):
			out = jsonError{Line: n, Question: shorten(q, 100), Error: fmt.Sprintf("question too long (%d bytes on the line); the limit is %d characters", size, a.Config.Answer.MaxQuestionChars)}
		default:
			r, err := asker.Ask(ctx, q)
			if err != nil {
				a.Log.Warn("question not answered", "line", n, "err", err)
				out = jsonError{Line: n, Question: q, Error: err.Error()}
				break
			}
			j := jsonReply(r)
			j.Line = n
			out = j
		}
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write answer to line %d: %w", n, err)
		}
	}
}
