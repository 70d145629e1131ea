package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// allowedChannel reports whether the bot answers in a channel: any when
// no allow-list is set, direct messages always, a listed channel, or a
// thread whose parent is listed.
func (b *Bot) allowedChannel(ctx context.Context, s *discordgo.Session, guildID, channelID string) bool {
	if len(b.allowed) == 0 || guildID == "" || b.allowed[channelID] {
		return true
	}
	if channelID == "" {
		return false
	}
	ch, err := b.channel(ctx, s, channelID)
	if err != nil {
		return false
	}
	return ch.IsThread() && b.allowed[ch.ParentID]
}

// channel looks a channel up in the gateway's state, else through REST.
func (b *Bot) channel(ctx context.Context, s *discordgo.Session, id string) (*discordgo.Channel, error) {
	if s.State != nil {
		if ch, err := s.State.Channel(id); err == nil {
			return ch, nil
		}
	}
	ch, err := s.Channel(id, discordgo.WithContext(ctx))
	if err != nil {
		b.log.Debug("look up channel", "channel", id, "err", b.redact(err))
		return nil, err
	}
	return ch, nil
}
