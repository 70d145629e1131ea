package discord

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// responder answers one interaction. It knows whether the initial
// response has gone out, so a reply is always sent the way that works:
// as the initial response, as an edit of a deferred one, or as a
// followup. It is safe for concurrent use: the budget timer may defer
// while the handler is about to reply.
type responder struct {
	s   *discordgo.Session
	i   *discordgo.Interaction
	ctx context.Context // for the REST calls
	clk Clock

	mu       sync.Mutex
	state    responseState
	private  bool      // the deferred response is ephemeral
	deferred bool      // the answer came by edit, after a deferred response
	firstAt  time.Time // when the initial response was sent
}

type responseState int

const (
	pending  responseState = iota // no response yet
	deferred                      // acknowledged, answer to come by edit
	sent                          // a message went out
)

func (r *responder) opts() []discordgo.RequestOption {
	return []discordgo.RequestOption{discordgo.WithContext(r.ctx)}
}

// deferReply acknowledges the interaction with "thinking…" if nothing has
// been sent yet.
func (r *responder) deferReply(private bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.state != pending {
		return nil
	}
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
	}
	if private {
		resp.Data.Flags = discordgo.MessageFlagsEphemeral
	}
	if err := r.s.InteractionRespond(r.i, resp, r.opts()...); err != nil {
		return fmt.Errorf("defer response: %w", err)
	}
	r.state, r.private, r.deferred, r.firstAt = deferred, private, true, r.clk.Now()
	return nil
}

// reply sends m: as the initial response, or in place of the deferred
// one. An ephemeral m after a public deferral replaces the "thinking…"
// with an ephemeral followup, since an edit cannot make a message private.
// When the server refuses that, m goes another way (see fallbackWays): an
// ephemeral notice publicly, a refused edit as a followup, at last a
// channel message. It returns the way m went out, or every refusal.
func (r *responder) reply(m message) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var ways []way
	switch {
	case r.state == pending:
		ways = append(ways, way{"direct", func() error { return r.respond(m) }})
		if m.Ephemeral && !m.personal {
			pub := m
			pub.Ephemeral = false
			ways = append(ways, way{"public", func() error { return r.respond(pub) }})
		}
	case r.state == deferred && (r.private || !m.Ephemeral):
		ways = append(ways, way{"deferred", func() error {
			_, err := r.s.InteractionResponseEdit(r.i, m.webhookEdit(), r.opts()...)
			return err
		}})
		ways = append(ways, r.followup(m))
	default:
		ways = append(ways, way{"followup", func() error {
			if err := r.s.InteractionResponseDelete(r.i, r.opts()...); !delivered(err) {
				return fmt.Errorf("delete deferred response: %w", err)
			}
			return r.followup(m).send()
		}})
	}
	via, err := firstWay(append(ways, r.fallbackWays(m)...)...)
	switch via { // a direct message or a channel message leaves the interaction as it was
	case "direct", "public":
		r.state, r.firstAt = sent, r.clk.Now()
	case "deferred", "followup":
		r.state = sent
	}
	switch {
	case m.personal && via == "dm":
		r.tell(msgSentByDM)
	case m.personal && err != nil:
		r.tell(msgNotPrivately)
	}
	return via, err
}

// respond sends m as the initial response.
func (r *responder) respond(m message) error {
	return r.s.InteractionRespond(r.i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource, Data: m.responseData(),
	}, r.opts()...)
}

// followup is the way of sending m as a followup message.
func (r *responder) followup(m message) way {
	return way{"followup", func() error {
		_, err := r.s.FollowupMessageCreate(r.i, true, m.webhookParams(), r.opts()...)
		return err
	}}
}

// draft edits a deferred response with m, a draft of the answer; it does
// nothing once the answer was sent, or before the deferral.
func (r *responder) draft(m message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.state != deferred {
		return nil
	}
	if _, err := r.s.InteractionResponseEdit(r.i, m.webhookEdit(), r.opts()...); !delivered(err) {
		return fmt.Errorf("edit deferred response with a draft: %w", err)
	}
	return nil
}

// update replaces the message a button is on (a /sources page turn).
func (r *responder) update(m message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	err := r.s.InteractionRespond(r.i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage, Data: m.responseData(),
	}, r.opts()...)
	if err != nil {
		return fmt.Errorf("update message: %w", err)
	}
	r.state, r.firstAt = sent, r.clk.Now()
	return nil
}

// choices answers an autocomplete request.
func (r *responder) choices(c []*discordgo.ApplicationCommandOptionChoice) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c == nil {
		c = []*discordgo.ApplicationCommandOptionChoice{}
	}
	err := r.s.InteractionRespond(r.i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: c},
	}, r.opts()...)
	if err != nil {
		return fmt.Errorf("autocomplete: %w", err)
	}
	r.state, r.firstAt = sent, r.clk.Now()
	return nil
}

// acked returns when the initial response went out (zero if not yet).
func (r *responder) acked() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.firstAt
}

// path says how the answer went out: "direct" or "deferred".
func (r *responder) path() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.deferred {
		return "deferred"
	}
	return "direct"
}
