package discord

import (
	"context"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
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
		b.sendError(rq, b.failure(err))
		return
	}
	b.send(rq, renderReply(r, private))
	b.logAnswer("ask", rq.user.ID, r, start, rq.rs.path(), streamed...)
}

// newAskDrafter returns a drafter showing the draft of the answer to q in
// rq's deferred response.
func (b *Bot) newAskDrafter(rq *request, q string, private bool) *drafter {
	show := func(text string) error { return rq.rs.draft(renderDraft(q, text, private)) }
	fail := func(err error) { b.log.Warn("show the draft answer; the final answer follows", "err", b.redact(err)) }
	return newDrafter(b.clock, show, fail)
}

// logAnswer logs one answered question, with any attributes in extra.
func (b *Bot) logAnswer(via, user string, r answer.Reply, start time.Time, path string, extra ...any) {
	attrs := append([]any{"via", via, "user", user, "path", path,
		"ms", ms(b.clock.Now().Sub(start)), "abstained", r.Abstained, "citations", len(r.Citations), "composer", r.Composer}, extra...)
	b.log.Info("question answered", attrs...)
	b.log.Debug("question text", "via", via, "user", user, "question", r.Question)
}
