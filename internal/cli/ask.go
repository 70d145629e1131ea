package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
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
	a, err := openAppWith(ctx, cfg, newLogger(env.Stderr, cfg.Log), nil)
	if err != nil {
		return err
	}
	if question == "-" {
		return a.askLines(ctx, env)
	}
	var r answer.Reply
	rest := textReply
	if !*asJSON && isTerminal(env.Stdout) && a.service.CanStream() {
		ts := &terminalStream{w: env.Stdout}
		r, err = a.service.AskStream(ctx, question, ts.delta)
		rest = ts.rest
	} else {
		r, err = a.asker.Ask(ctx, question)
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
// per line in the same order. Blank lines are skipped; a question that
// cannot be answered gets an object with an "error" field, and the rest go on.
func (a *app) askLines(ctx context.Context, env Env) error {
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	enc := json.NewEncoder(env.Stdout)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		r, err := a.asker.Ask(ctx, line)
		if err != nil {
			a.log.Warn("question not answered", "err", err)
			if err := enc.Encode(jsonError{Question: line, Error: err.Error()}); err != nil {
				return err
			}
			continue
		}
		if err := enc.Encode(jsonReply(r)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}
