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
	ch, err := s.State.Channel(channelID)
	if err != nil {
		ch, err = s.Channel(channelID, discordgo.WithContext(ctx))
	}
	if err != nil {
		b.log.Debug("look up channel", "channel", channelID, "err", b.redact(err))
		return false
	}
	return ch.IsThread() && b.allowed[ch.ParentID]
}
