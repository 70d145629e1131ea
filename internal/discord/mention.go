package discord

import (
	"context"
	"runtime/debug"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

// onMessage answers an @mention in an allowed channel, or a direct
// message, with a reply to the message. A mention that replies to one of
// the bot's answers is a follow-up: the earlier turns are its context.
// Messages by bots, the bot itself included, are ignored.
func (b *Bot) onMessage(s *discordgo.Session, ev *discordgo.MessageCreate) {
	if ev == nil || ev.Message == nil || !b.opt.AnswerMentions {
		return
	}
	m := ev.Message
	if reason := skipReason(s, m); reason != "" {
		b.log.Debug("message ignored", "reason", reason, "message", m.ID)
		return
	}
	me := s.State.User.ID
	closing := b.flight.start()
	defer b.flight.done()
	ctx, cancel := context.WithTimeout(b.work, answerTimeout)
	defer cancel()
	if !b.allowedChannel(ctx, s, m.GuildID, m.ChannelID) {
		b.log.Debug("message ignored", "reason", "channel not allowed", "message", m.ID, "channel", m.ChannelID)
		return
	}
	defer func() {
		if v := recover(); v != nil {
			b.log.Error("panic in message handler", "panic", v, "stack", string(debug.Stack()))
			b.replyTo(s, m, textMessage(msgGeneric, false))
		}
	}()
	b.answerMessage(ctx, s, m, me, closing)
}

// skipReason says why the bot does not answer m, or "" when it does: it
// answers people (not bots, itself included, nor webhooks) who mention it
// in a guild channel or write to it directly.
func skipReason(s *discordgo.Session, m *discordgo.Message) string {
	switch {
	case m.Author == nil:
		return "no author"
	case m.Author.Bot || m.WebhookID != "":
		return "from a bot"
	case s.State == nil || s.State.User == nil:
		return "not ready"
	case m.GuildID != "" && !mentions(m, s.State.User.ID):
		return "not for the bot"
	}
	return ""
}

// answerMessage answers the question in m, a message to the bot.
func (b *Bot) answerMessage(ctx context.Context, s *discordgo.Session, m *discordgo.Message, me string, closing bool) {
	q, refusal := b.admit(closing, m.Author.ID, nameMentions(stripMention(m.Content, me), m.Mentions))
	if refusal != "" {
		b.replyTo(s, m, textMessage(refusal, false))
		return
	}
	history := b.history(ctx, s, m, me)
	start := b.clock.Now()
	typing := func() {
		if err := s.ChannelTyping(m.ChannelID, discordgo.WithContext(b.work)); err != nil {
			b.log.Debug("show typing", "err", b.redact(err))
		}
	}
	r, err := b.answerWithin(ctx, typing, func(ctx context.Context) (answer.Reply, error) {
		if len(history) > 0 {
			return b.ans.AskFollowup(ctx, history, q)
		}
		return b.ans.Ask(ctx, q)
	})
	via := "mention"
	if m.GuildID == "" {
		via = "dm"
	}
	if len(history) > 0 {
		via += " follow-up"
	}
	if err != nil {
		b.settle(via, m.Author.ID, r, err, b.replyTo(s, m, textMessage(b.failure(err), false)), start, "reply")
		return
	}
	b.settle(via, m.Author.ID, r, nil, b.replyTo(s, m, renderReply(r, false)), start, "reply")
}

// replyTo sends msg as a reply to m, which it does not ping; when the
// server refuses the reply, as a plain message in the channel. It returns
// the refusals when neither went out.
func (b *Bot) replyTo(s *discordgo.Session, m *discordgo.Message, msg message) error {
	opt := discordgo.WithContext(b.work)
	_, err := firstWay(
		way{"reply", func() error {
			_, err := s.ChannelMessageSendComplex(m.ChannelID, msg.messageSend(m.SoftReference()), opt)
			return err
		}},
		way{"channel", func() error {
			_, err := s.ChannelMessageSendComplex(m.ChannelID, msg.messageSend(nil), opt)
			return err
		}},
	)
	if err != nil {
		b.log.Warn("reply to message not delivered", "err", b.oneLine(err), "channel", m.ChannelID)
	}
	return err
}

// mentions reports whether m mentions the user id.
func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// stripMention removes the mentions of the user id from content.
func stripMention(content, id string) string {
	content = strings.ReplaceAll(content, "<@"+id+">", " ")
	return strings.ReplaceAll(content, "<@!"+id+">", " ")
}

// nameMentions replaces the mentions of the users in mentioned by their
// display names, so "what did <@42> say?" asks about that person. Other
// mention markup is left to answer.CleanQuestion, which removes it.
func nameMentions(content string, mentioned []*discordgo.User) string {
	for _, u := range mentioned {
		if u == nil || u.ID == "" {
			continue
		}
		name := u.GlobalName
		if name == "" {
			name = u.Username
		}
		for _, markup := range []string{"<@" + u.ID + ">", "<@!" + u.ID + ">"} {
			content = strings.ReplaceAll(content, markup, name)
		}
	}
	return content
}

// resolvedUsers are the users a slash command's options mention, as the
// server resolved them.
func resolvedUsers(i *discordgo.Interaction) []*discordgo.User {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok || data.Resolved == nil {
		return nil
	}
	users := make([]*discordgo.User, 0, len(data.Resolved.Users))
	for _, u := range data.Resolved.Users {
		users = append(users, u)
	}
	return users
}
