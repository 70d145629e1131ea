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
	if question == "-" {
		if !*asJSON {
			return usagef("ask: reading questions from stdin needs --json")
		}
	} else if _, err := answer.CleanQuestion(question, 0); errors.Is(err, answer.ErrEmptyQuestion) {
		return usagef("ask: the question is empty")
	}
	a, err := openApp(ctx, c, env, nil)
	if err != nil {
		return err
	}
	if question == "-" {
		return a.askLines(ctx, env)
	}
	r, err := a.asker.Ask(ctx, question)
	if errors.Is(err, answer.ErrQuestionTooLong) {
		return usagef("ask: %v", err)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(jsonReply(r))
	}
	_, err = fmt.Fprint(env.Stdout, textReply(r))
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
