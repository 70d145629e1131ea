package llm

import (
	"context"
	"fmt"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
)

// Notes a Composer puts on a reply it could not get from the model.
const (
	NoteUnavailable = "the language model was unavailable"
	NoteUnverified  = "the language model's answer cited no passage"
)

// DefaultMaxSentences is the longest answer the prompt asks for.
const DefaultMaxSentences = 4

// Composer answers with a chat model from the retrieved passages, then
// verifies the answer before it leaves: every [n] must name a passage the
// model was given (others are dropped), the citations are renumbered in
// order of appearance, and each citation is the retrieved passage itself,
// verbatim with its offsets in the article. When the model fails, or its
// answer cites nothing and is not an abstention, the Fallback answers.
type Composer struct {
	Chat
	Fallback     answer.Composer // the extractive composer; nil abstains instead
	MaxSentences int             // DefaultMaxSentences when <= 0
	// Disagreements finds what the passages give different versions of,
	// so the prompt can tell the model; nil tells it nothing.
	Disagreements answer.Detector
}

var _ answer.StreamComposer = (*Composer)(nil)

// Compose answers in.Question from in.Passages.
func (c *Composer) Compose(ctx context.Context, in answer.Input) (answer.Reply, error) {
	return c.compose(ctx, in, nil)
}

// ComposeStream answers like Compose, passing the verified draft to
// onDelta while the model writes: markers are already renumbered, and an
// abstention is never shown as text.
func (c *Composer) ComposeStream(ctx context.Context, in answer.Input, onDelta func(string)) (answer.Reply, error) {
	return c.compose(ctx, in, onDelta)
}

func (c *Composer) compose(ctx context.Context, in answer.Input, onDelta func(string)) (answer.Reply, error) {
	if len(in.Passages) == 0 || answer.IsInjection(in.Question) {
		return c.fallback().Compose(ctx, in) // it abstains; no model needed
	}
	start := time.Now()
	msgs, err := answerMessages(in, c.maxSentences(), c.Disagreements)
	if err != nil {
		return answer.Reply{}, fmt.Errorf("build prompt: %w", err)
	}
	d := newDraft(len(in.Passages), onDelta)
	callCtx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	var res completion
	if onDelta != nil {
		res, err = c.stream(callCtx, msgs, d.write)
	} else if res, err = c.complete(callCtx, msgs); err == nil {
		d.write(res.text)
	}
	if err != nil {
		c.Meter.failed()
		c.log().Warn("language model unavailable; answering extractively",
			"cause", cause(err), "model", c.Model, "ms", since(start), "err", err)
		return c.fallbackWith(ctx, in, NoteUnavailable)
	}
	d.close()
	c.Meter.chat(c.model(res.model), res.usage)
	r, ok := c.reply(in, d, res.model)
	c.log().Info("language model answer", "model", r.Model,
		"prompt_tokens", res.usage.PromptTokens, "completion_tokens", res.usage.CompletionTokens,
		"citations", len(r.Citations), "abstained", r.Abstained, "verified", ok, "ms", since(start))
	if !ok {
		return c.fallbackWith(ctx, in, NoteUnverified)
	}
	return r, nil
}

// reply turns the verified draft into a Reply; ok is false when the
// answer is not an abstention and cites no given passage.
func (c *Composer) reply(in answer.Input, d *draft, served string) (answer.Reply, bool) {
	r := answer.Reply{Composer: answer.ComposerLLM, Model: c.model(served)}
	if d.abstained() {
		r.Text, r.Abstained = answer.AbstainText, true
		return r, true
	}
	for i, g := range d.cited() {
		p := in.Passages[g-1]
		cit := answer.Citation{N: i + 1, DocID: p.DocID, ChunkID: p.ID, Text: p.Text, Start: p.Start, End: p.End}
		if in.Docs != nil {
			if doc, ok := in.Docs.Document(p.DocID); ok {
				cit.Title, cit.Outlet, cit.Date, cit.URL = doc.Title, doc.Outlet, doc.Date, doc.URL
			}
		}
		r.Citations = append(r.Citations, cit)
	}
	r.Text = d.final()
	return r, len(r.Citations) > 0
}

// fallbackWith answers with the fallback composer and says why.
func (c *Composer) fallbackWith(ctx context.Context, in answer.Input, note string) (answer.Reply, error) {
	r, err := c.fallback().Compose(ctx, in)
	if err != nil {
		return answer.Reply{}, err
	}
	r.Note = note
	return r, nil
}

func (c *Composer) fallback() answer.Composer {
	if c.Fallback == nil {
		return abstainer{}
	}
	return c.Fallback
}

// abstainer is the fallback of a Composer given none: it says the
// articles don't answer rather than show an unchecked answer.
type abstainer struct{}

func (abstainer) Compose(context.Context, answer.Input) (answer.Reply, error) {
	return answer.Reply{Text: answer.AbstainText, Abstained: true, Composer: answer.ComposerLLM}, nil
}

func (c *Composer) maxSentences() int {
	if c.MaxSentences <= 0 {
		return DefaultMaxSentences
	}
	return c.MaxSentences
}
