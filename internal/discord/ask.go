package discord

import (
	"context"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

// onAsk answers /ask question:<text> [private:<bool>]. An answer ready
// within the reply budget is the initial response; a slower one is
// deferred and edited in.
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
	late := func() {
		if err := rq.rs.deferReply(private); err != nil {
			b.log.Warn("defer /ask", "err", b.redact(err))
		}
	}
	r, err := b.answerWithin(ctx, late, func(ctx context.Context) (answer.Reply, error) {
		return b.ans.Ask(ctx, q)
	})
	if err != nil {
		b.sendError(rq, b.failure(err))
		return
	}
	b.send(rq, renderReply(r, private))
	b.logAnswer("ask", rq.user.ID, r, start, rq.rs.path())
}

// logAnswer logs one answered question.
func (b *Bot) logAnswer(via, user string, r answer.Reply, start time.Time, path string) {
	b.log.Info("question answered", "via", via, "user", user, "path", path,
		"ms", ms(b.clock.Now().Sub(start)), "abstained", r.Abstained, "citations", len(r.Citations), "composer", r.Composer)
	b.log.Debug("question text", "via", via, "user", user, "question", r.Question)
}
