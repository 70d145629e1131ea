package discord

import (
	"context"
	"runtime/debug"

	"github.com/bwmarrin/discordgo"
)

// request is one interaction being handled.
type request struct {
	s       *discordgo.Session
	i       *discordgo.Interaction
	rs      *responder
	user    *discordgo.User // nil when the event came without one
	closing bool            // the bot is shutting down: take no new question
}

// onInteraction handles INTERACTION_CREATE: it routes by type, recovers
// from panics and makes sure the user hears back.
func (b *Bot) onInteraction(s *discordgo.Session, ev *discordgo.InteractionCreate) {
	if ev == nil || ev.Interaction == nil {
		return
	}
	received := b.clock.Now()
	closing := b.flight.start()
	defer b.flight.done()
	rq := &request{
		s: s, i: ev.Interaction, closing: closing, user: interactionUser(ev.Interaction),
		rs: &responder{s: s, i: ev.Interaction, ctx: b.work, clk: b.clock},
	}
	ctx, cancel := context.WithTimeout(b.work, answerTimeout)
	defer cancel()
	defer b.recoverInteraction(rq)

	switch rq.i.Type {
	case discordgo.InteractionApplicationCommand:
		b.onCommand(ctx, rq)
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.onAutocomplete(ctx, rq)
	case discordgo.InteractionMessageComponent:
		b.onComponent(ctx, rq)
	default:
		b.log.Debug("interaction of unhandled type ignored", "type", int(rq.i.Type))
		return
	}
	if at := rq.rs.acked(); !at.IsZero() {
		b.log.Debug("interaction answered", "type", int(rq.i.Type), "ack_ms", ms(at.Sub(received)),
			"total_ms", ms(b.clock.Now().Sub(received)), "path", rq.rs.path())
	}
}

// recoverInteraction turns a panic in a handler into a logged error and
// the generic apology.
func (b *Bot) recoverInteraction(rq *request) {
	v := recover()
	if v == nil {
		return
	}
	b.log.Error("panic in interaction handler", "panic", v, "stack", string(debug.Stack()))
	if rq.i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		b.sendChoices(rq, nil)
		return
	}
	b.sendError(rq, msgGeneric)
}

// onCommand routes a slash command.
func (b *Bot) onCommand(ctx context.Context, rq *request) {
	data, ok := rq.i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		b.log.Warn("slash command without command data")
		b.sendError(rq, msgGeneric)
		return
	}
	if !b.allowedChannel(ctx, rq.s, rq.i.GuildID, rq.i.ChannelID) {
		b.sendError(rq, msgChannel)
		return
	}
	switch data.Name {
	case cmdAsk:
		b.onAsk(ctx, rq, data.Options)
	case cmdSources:
		b.onSources(rq)
	case cmdSource:
		b.onSource(rq, data.Options)
	case cmdTimeline:
		b.onTimeline(rq, data.Options)
	case cmdQuote:
		b.onQuote(rq, data.Options)
	case cmdAdd:
		b.onAdd(ctx, rq, data.Options)
	default:
		b.log.Warn("unknown slash command", "name", data.Name)
		b.sendError(rq, msgUnknown)
	}
}

// onComponent routes a button press by its custom ID.
func (b *Bot) onComponent(ctx context.Context, rq *request) {
	data, ok := rq.i.Data.(discordgo.MessageComponentInteractionData)
	if !ok {
		b.sendError(rq, msgStaleButton)
		return
	}
	id := data.CustomID
	if p, ok := parsePassageID(id); ok {
		b.onPassage(rq, p)
		return
	}
	if page, ok := parsePageID(id); ok {
		b.onSourcesPage(rq, page)
		return
	}
	if q, ok := parseTimelineID(id); ok {
		b.onTimelinePage(rq, q)
		return
	}
	switch id {
	case idVoteUp, idVoteDown:
		b.onVote(ctx, rq, id == idVoteUp)
	default:
		b.log.Debug("unknown button", "custom_id", id)
		b.sendError(rq, msgStaleButton)
	}
}

// send replies with m, logging a failure; it returns the way m went out
// ("" when none worked) and the refusals.
func (b *Bot) send(rq *request, m message) (string, error) {
	via, err := rq.rs.reply(m)
	if err != nil {
		b.log.Warn("reply to interaction not delivered", "err", b.oneLine(err), "interaction", rq.i.ID)
	} else if via != "direct" && via != "deferred" {
		b.log.Info("reply to interaction delivered another way", "via", via, "interaction", rq.i.ID)
	}
	return via, err
}

// sendError replies with a short private message.
func (b *Bot) sendError(rq *request, text string) (string, error) {
	return b.send(rq, textMessage(text, true))
}

// sendChoices answers an autocomplete request, logging a failure.
func (b *Bot) sendChoices(rq *request, c []*discordgo.ApplicationCommandOptionChoice) {
	if err := rq.rs.choices(c); err != nil {
		b.log.Warn("answer autocomplete", "err", b.redact(err), "interaction", rq.i.ID)
	}
}

// interactionUser is the user behind an interaction: the member's in a
// guild, the user's in a DM, nil when the event carries neither.
func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

// stringOption returns the value of a string option, "" when it is
// missing or of another type.
func stringOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) (string, bool) {
	for _, o := range opts {
		if o != nil && o.Name == name {
			v, ok := o.Value.(string)
			return v, ok
		}
	}
	return "", false
}

// boolOption returns the value of a boolean option, def when it is
// missing or of another type.
func boolOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string, def bool) bool {
	for _, o := range opts {
		if o != nil && o.Name == name {
			if v, ok := o.Value.(bool); ok {
				return v
			}
		}
	}
	return def
}
