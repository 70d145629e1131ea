package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// onVote records a 👍 or 👎 on an answer and thanks the clicker privately.
func (b *Bot) onVote(ctx context.Context, rq *request, up bool) {
	f := Feedback{
		Time: b.clock.Now().UTC(), Vote: "down",
		GuildID: rq.i.GuildID, ChannelID: rq.i.ChannelID,
	}
	if up {
		f.Vote = "up"
	}
	if rq.user != nil {
		f.UserID = rq.user.ID
	}
	if m := rq.i.Message; m != nil {
		f.MessageID = m.ID
		if len(m.Embeds) > 0 && m.Embeds[0] != nil {
			e := m.Embeds[0]
			f.Question, f.Answer = plain(e.Title), plain(e.Description)
			f.Sources = sourceIDs(e)
		}
	}
	if err := b.votes.Record(ctx, f); err != nil {
		b.log.Error("record feedback", "err", err)
		b.sendError(rq, msgGeneric)
		return
	}
	b.log.Info("feedback", "vote", f.Vote, "user", f.UserID, "message", f.MessageID)
	if b.opt.Events.Feedback != nil {
		b.opt.Events.Feedback(up)
	}
	thanks := msgThanksDown
	if up {
		thanks = msgThanksUp
	}
	b.send(rq, textMessage(thanks, true))
}

// sourceIDs reads the article IDs back from an answer's source fields,
// where each value holds the ID as inline code.
func sourceIDs(e *discordgo.MessageEmbed) []string {
	var ids []string
	for _, f := range e.Fields {
		if f == nil {
			continue
		}
		if _, rest, ok := strings.Cut(f.Value, "`"); ok {
			if id, _, ok := strings.Cut(rest, "`"); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}
