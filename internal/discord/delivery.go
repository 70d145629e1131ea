package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// What the bot says when a private reply had to take another way.
const (
	msgSentByDM     = "I couldn't answer you privately here, so I sent the answer to you in a direct message."
	msgNotPrivately = "I couldn't send you that answer privately (this server refuses private replies and direct messages); ask again without private:true to see it here."
)

// delivered reports whether the message went out despite err: nil, or a
// 2xx whose body discordgo could not decode (Spacebar sends some fields
// with other types); the server took the message either way.
func delivered(err error) bool {
	return err == nil || errors.Is(err, discordgo.ErrJSONUnmarshal)
}

// way is one way of sending a message; send reports what the server said.
type way struct {
	name string
	send func() error
}

// firstWay tries the ways in order until one delivers, and returns its
// name; or "" and every refusal, joined.
func firstWay(ways ...way) (string, error) {
	var errs []error
	for _, w := range ways {
		err := w.send()
		if delivered(err) {
			return w.name, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", w.name, err))
	}
	return "", errors.Join(errs...)
}

// fallbackWays are the ways left for m once the interaction's own
// responses were refused: a private answer goes by direct message, else a
// public note says it could not be sent (the answer itself then counts as
// undelivered); anything else goes to the channel, publicly and pinging
// nobody, prefixed with whom it is for.
func (r *responder) fallbackWays(m message) []way {
	if m.personal {
		return []way{{"dm", func() error { return r.directMessage(m) }}}
	}
	pub := m
	pub.Ephemeral = false
	if u := interactionUser(r.i); u != nil {
		pub.Content = "For " + displayName(u) + ": " + pub.Content
	}
	return []way{{"channel", func() error {
		_, err := r.s.ChannelMessageSendComplex(r.i.ChannelID, pub.messageSend(nil), r.opts()...)
		return err
	}}}
}

// tell sends a short public note about the interaction, pinging nobody,
// the first way that works; it is best effort.
func (r *responder) tell(text string) {
	note := textMessage(text, false)
	ways := []way{
		{"followup", func() error {
			_, err := r.s.FollowupMessageCreate(r.i, true, note.webhookParams(), r.opts()...)
			return err
		}},
		{"channel", func() error {
			_, err := r.s.ChannelMessageSendComplex(r.i.ChannelID, note.messageSend(nil), r.opts()...)
			return err
		}},
	}
	if r.state == pending {
		ways = append([]way{{"direct", func() error { return r.respond(note) }}}, ways...)
	}
	if via, _ := firstWay(ways...); via == "direct" {
		r.state, r.firstAt = sent, r.clk.Now()
	}
}

// directMessage sends m to the asker in a direct message. The channel is
// read tolerantly: only its ID matters.
func (r *responder) directMessage(m message) error {
	u := interactionUser(r.i)
	if u == nil {
		return errors.New("no user to write to")
	}
	url := discordgo.EndpointUserChannels("@me")
	body, err := r.s.RequestWithBucketID(http.MethodPost, url, struct {
		RecipientID string `json:"recipient_id"`
	}{u.ID}, url, r.opts()...)
	if err != nil {
		return fmt.Errorf("open a direct message: %w", err)
	}
	var ch struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(body, &ch); err != nil || ch.ID == "" {
		return errors.New("open a direct message: no channel ID in the answer")
	}
	m.Ephemeral = false
	_, err = r.s.ChannelMessageSendComplex(ch.ID, m.messageSend(nil), r.opts()...)
	return err
}

// displayName is how the bot names a user in text.
func displayName(u *discordgo.User) string {
	if u.GlobalName != "" {
		return u.GlobalName
	}
	return u.Username
}

// cause is a short label for why a reply was not delivered, for metrics:
// the last way's refusal when several were tried.
func cause(err error) string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		if errs := j.Unwrap(); len(errs) > 0 {
			err = errs[len(errs)-1]
		}
	}
	var re *discordgo.RESTError
	switch {
	case errors.As(err, &re) && re.Response != nil:
		return fmt.Sprintf("http_%d", re.Response.StatusCode)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "timeout"
	}
	return "error"
}
