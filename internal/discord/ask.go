package discord

import (
	"context"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/bwmarrin/discordgo"
)

// onAsk answers /ask question:<text> [private:<bool>]. An answer ready
// within the reply budget is the initial response; a slower one is
// deferred and edited in. When the answer can be streamed (a language
// model writes it), the deferred response shows the draft as it is
// written, edited at most once per draftEvery, until the final edit
// with the verified answer, exactly as it would have been sent directly.
func (b *Bot) onAsk(ctx context.Context, rq *request, opts []*discordgo.ApplicationCommandInteractionDataOption) {
	if rq.user == nil {
		b.log.Warn("/ask without a user")
		b.sendError(rq, msgNoUser)
		return
	}
	private := boolOption(opts, optPrivate, b.opt.PrivateByDefault)
	question, _ := stringOption(opts, optQuestion)
	question = nameMentions(question, resolvedUsers(rq.i))
	q, refusal := b.admit(rq.closing, rq.user.ID, question)
	if refusal != "" {
		b.sendError(rq, refusal)
		return
	}
	start := b.clock.Now()
	ask := func(ctx context.Context) (answer.Reply, error) { return b.ans.Ask(ctx, q) }
	var d *drafter
	if sa, ok := b.ans.(StreamAnswerer); ok && sa.CanStream() {
		d = b.newAskDrafter(rq, q, private)
		defer d.close()
		ask = func(ctx context.Context) (answer.Reply, error) { return sa.AskStream(ctx, q, d.write) }
	}
	late := func() {
		if err := rq.rs.deferReply(private); err != nil {
			b.log.Warn("defer /ask", "err", b.redact(err))
			return
		}
		if d != nil {
			d.deferredNow()
		}
	}
	r, err := b.answerWithin(ctx, late, ask)
	var streamed []any
	if d != nil {
		shown, first := d.close() // no draft may follow the answer
		if shown > 0 {
			streamed = []any{"drafts", shown, "first_draft_ms", ms(first.Sub(start))}
		}
	}
	if err != nil {
		_, sendErr := b.sendError(rq, b.failure(err))
		b.settle("ask", rq.user.ID, r, err, sendErr, start, rq.rs.path())
		return
	}
	m := renderReply(r, private)
	m.personal = private
	via, sendErr := b.send(rq, m)
	b.settle("ask", rq.user.ID, r, nil, sendErr, start, rq.rs.path(), append(streamed, "delivered_via", via)...)
}

// newAskDrafter returns a drafter showing the draft of the answer to q in
// rq's deferred response.
func (b *Bot) newAskDrafter(rq *request, q string, private bool) *drafter {
	show := func(text string) error { return rq.rs.draft(renderDraft(q, text, private)) }
	fail := func(err error) { b.log.Warn("show the draft answer; the final answer follows", "err", b.redact(err)) }
	return newDrafter(b.clock, show, fail)
}

// settle logs and counts one question once its reply was sent or
// refused: "question answered" only when the reply was delivered (an
// abstention included), else "answer undelivered" with the cause. askErr
// is the Answerer's error, sendErr what the server said to every way of
// sending the reply.
func (b *Bot) settle(via, user string, r answer.Reply, askErr, sendErr error, start time.Time, path string, extra ...any) {
	total := b.clock.Now().Sub(start)
	q := metrics.Question{Frontend: metrics.FrontendDiscord, Composer: r.Composer, Outcome: outcome(r, askErr, sendErr),
		Retrieve: r.Timings.Retrieve, Answer: r.Timings.Answer, Total: total}
	attrs := append([]any{"via", via, "user", user, "path", path, "outcome", string(q.Outcome), "ms", ms(total),
		"retrieve_ms", ms(r.Timings.Retrieve), "answer_ms", ms(r.Timings.Answer),
		"abstained", r.Abstained, "citations", len(r.Citations), "composer", r.Composer}, extra...)
	switch {
	case sendErr != nil:
		c := cause(sendErr)
		b.log.Warn("answer undelivered", append(attrs, "cause", c, "err", b.oneLine(sendErr))...)
		if b.opt.Events.Undelivered != nil {
			b.opt.Events.Undelivered(c)
		}
	case askErr == nil:
		b.log.Info("question answered", attrs...)
		b.log.Debug("question text", "via", via, "user", user, "question", r.Question)
	}
	if b.opt.Events.Question != nil {
		b.opt.Events.Question(q)
	}
}

// outcome is what became of a question: the Answerer's error decides
// first; then whether the reply was delivered.
func outcome(r answer.Reply, askErr, sendErr error) metrics.Outcome {
	if askErr == nil && sendErr != nil {
		return metrics.Undelivered
	}
	return answer.Outcome(r, askErr)
}
