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
// the question it answered. The chain is read through the REST API, at
// most maxChainHops messages up; a message that cannot be fetched ends it.
func (b *Bot) history(ctx context.Context, s *discordgo.Session, m *discordgo.Message, me string) []answer.Turn {
	var chain []*discordgo.Message // newest first, m excluded
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
	return turns(chain, me)
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
