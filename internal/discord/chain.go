package discord

import (
	"context"
	"slices"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

// Bounds on the conversation read for a follow-up.
const (
	maxChainHops = 8 // messages fetched along a reply chain
	maxTurns     = 4 // earlier exchanges passed to the Answerer
)

// history returns the earlier turns of the conversation m continues: the
// bot's answers up the chain of replies m starts, oldest first, each with
// the question it answered. A message that replies to nothing, in a
// thread started from a message, continues from that message. The chain
// is read through the REST API, at most maxChainHops messages up; a
// message that cannot be fetched ends it.
func (b *Bot) history(ctx context.Context, s *discordgo.Session, m *discordgo.Message, me string) []answer.Turn {
	chain := b.replyChain(ctx, s, m)
	if len(chain) == 0 && m.GuildID != "" {
		chain = b.threadStart(ctx, s, m.ChannelID)
	}
	return turns(chain, me)
}

// threadStart returns the message a thread was started from, and the
// reply chain above it, or nil when channelID is no such thread. A thread
// started from a message has that message's ID, in the parent channel.
func (b *Bot) threadStart(ctx context.Context, s *discordgo.Session, channelID string) []*discordgo.Message {
	ch, err := b.channel(ctx, s, channelID)
	if err != nil || !ch.IsThread() || ch.ParentID == "" {
		return nil
	}
	start, err := s.ChannelMessage(ch.ParentID, ch.ID, discordgo.WithContext(ctx))
	if err != nil {
		b.log.Debug("fetch thread start", "thread", ch.ID, "err", b.redact(err))
		return nil
	}
	return append([]*discordgo.Message{start}, b.replyChain(ctx, s, start)...)
}

// replyChain returns the messages m replies to, newest first, m excluded.
func (b *Bot) replyChain(ctx context.Context, s *discordgo.Session, m *discordgo.Message) []*discordgo.Message {
	var chain []*discordgo.Message
	cur := m
	for len(chain) < maxChainHops {
		ref := cur.MessageReference
		if ref == nil || ref.MessageID == "" {
			break
		}
		next := cur.ReferencedMessage
		if next == nil || next.ID != ref.MessageID {
			channel := ref.ChannelID
			if channel == "" {
				channel = cur.ChannelID
			}
			var err error
			next, err = s.ChannelMessage(channel, ref.MessageID, discordgo.WithContext(ctx))
			if err != nil {
				b.log.Debug("fetch replied-to message", "message", ref.MessageID, "err", b.redact(err))
				break
			}
		}
		chain = append(chain, next)
		cur = next
	}
	return chain
}

// turns reads the exchanges out of a reply chain, newest message first:
// each answer of the bot (an embed it rendered), with the question it
// replied to, or the question its title repeats.
func turns(chain []*discordgo.Message, me string) []answer.Turn {
	var out []answer.Turn
	for i, msg := range chain {
		if msg == nil || msg.Author == nil || msg.Author.ID != me {
			continue
		}
		e := answerEmbedOf(msg)
		if e == nil {
			continue
		}
		t := answer.Turn{Question: plain(e.Title), Answer: plain(e.Description)}
		if i+1 < len(chain) {
			if q := chain[i+1]; q != nil && q.Author != nil && q.Author.ID != me &&
				msg.MessageReference != nil && msg.MessageReference.MessageID == q.ID {
				t.Question = collapse(stripMention(q.Content, me))
			}
		}
		out = append(out, t)
		if len(out) == maxTurns {
			break
		}
	}
	slices.Reverse(out)
	return out
}

// answerEmbedOf returns the answer or abstention embed of a bot message.
func answerEmbedOf(m *discordgo.Message) *discordgo.MessageEmbed {
	for _, e := range m.Embeds {
		if e != nil && (e.Color == colorAnswer || e.Color == colorAbstain) {
			return e
		}
	}
	return nil
}
