package llm

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/almaty-news/newsbot/internal/answer"
)

// Condenser limits.
const (
	condenseTurns      = 4   // most recent turns shown to the model
	condenseAnswerSize = 600 // bytes of each earlier answer shown
	condenseMaxChars   = 500 // longest rewritten question accepted
)

// Condenser rewrites a follow-up into a standalone question with the chat
// model, so that retrieval sees "how many police officers were injured in
// Almaty?" rather than "and how many were injured?". When the model fails
// or returns something unusable, the Fallback rewrites it.
type Condenser struct {
	Chat
	Fallback answer.Condenser // answer.KeywordCondenser{} when nil
}

var _ answer.Condenser = (*Condenser)(nil)

// Condense returns question as a standalone question. Without history
// there is nothing to resolve and the model is not called.
func (c *Condenser) Condense(ctx context.Context, history []answer.Turn, question string) (string, error) {
	if len(history) == 0 {
		return question, nil
	}
	start := time.Now()
	msgs, err := condenseMessages(recent(history), question)
	if err != nil {
		return "", err
	}
	callCtx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	res, err := c.complete(callCtx, msgs)
	if err != nil {
		c.Meter.failed()
		c.log().Warn("language model unavailable; condensing the follow-up by keywords",
			"cause", cause(err), "model", c.Model, "ms", since(start), "err", err)
		return c.fallback().Condense(ctx, history, question)
	}
	c.Meter.chat(c.model(res.model), res.usage)
	q, ok := standalone(res.text)
	c.log().Info("language model condensed a follow-up", "model", c.model(res.model),
		"prompt_tokens", res.usage.PromptTokens, "completion_tokens", res.usage.CompletionTokens,
		"usable", ok, "ms", since(start))
	if !ok {
		return c.fallback().Condense(ctx, history, question)
	}
	return q, nil
}

// reSpacedMarker is a citation marker with the space before it.
var reSpacedMarker = regexp.MustCompile(`\s*` + reMarker.String())

// recent keeps the last turns, with long answers shortened and their
// citation markers left out.
func recent(history []answer.Turn) []answer.Turn {
	history = history[max(0, len(history)-condenseTurns):]
	out := make([]answer.Turn, len(history))
	for i, t := range history {
		a := reSpacedMarker.ReplaceAllString(t.Answer, "")
		if len(a) > condenseAnswerSize {
			cut := condenseAnswerSize
			for cut > 0 && !utf8.RuneStart(a[cut]) {
				cut--
			}
			a = a[:cut] + "…"
		}
		out[i] = answer.Turn{Question: t.Question, Answer: strings.Join(strings.Fields(a), " ")}
	}
	return out
}

// standalone cleans the model's rewrite: the first non-empty line, without
// a label or quotes around it. It is unusable when empty, too long, or
// the abstention sentinel.
func standalone(text string) (string, bool) {
	var line string
	for _, l := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(l); line != "" {
			break
		}
	}
	for _, label := range []string{"standalone question:", "question:"} {
		if len(line) >= len(label) && strings.EqualFold(line[:len(label)], label) {
			line = strings.TrimSpace(line[len(label):])
		}
	}
	line = strings.Trim(line, "\"'“”`* ")
	if line == "" || utf8.RuneCountInString(line) > condenseMaxChars || strings.Contains(line, Abstain) {
		return "", false
	}
	return line, true
}

func (c *Condenser) fallback() answer.Condenser {
	if c.Fallback == nil {
		return answer.KeywordCondenser{}
	}
	return c.Fallback
}
