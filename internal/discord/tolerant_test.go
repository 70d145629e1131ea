package discord

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestTolerantDecodeMessage decodes a MESSAGE_CREATE that discordgo
// rejects whole (public_flags as a string, roles as objects), keeping
// what the bot needs.
func TestTolerantDecodeMessage(t *testing.T) {
	raw := []byte(`{"id":"9","channel_id":"7","guild_id":"6","content":"<@1> what happened?",
		"author":{"id":"42","username":"reader","public_flags":"0"},
		"member":{"roles":[{"id":"5","name":"mod"}]},
		"mentions":[{"id":"1","username":"bot","bot":true,"public_flags":"0"}],
		"message_reference":{"message_id":"8","channel_id":"7"},
		"referenced_message":{"id":"8","channel_id":"7","content":"earlier","author":{"id":"1","username":"bot","public_flags":"64"}}}`)
	if err := json.Unmarshal(raw, &discordgo.Message{}); err == nil {
		t.Fatal("discordgo decodes the event; the test needs one it cannot")
	}
	var m discordgo.Message
	dropped, err := tolerantDecode(raw, &m)
	if err != nil {
		t.Fatalf("tolerantDecode() = %v", err)
	}
	if m.Author == nil || m.Author.ID != "42" || m.Content != "<@1> what happened?" || m.ChannelID != "7" || m.GuildID != "6" {
		t.Errorf("message = %+v, want author 42, content, channel and guild", m)
	}
	if !mentions(&m, "1") || m.ReferencedMessage == nil || m.ReferencedMessage.Author == nil || m.ReferencedMessage.Author.ID != "1" {
		t.Errorf("mentions %v / referenced %+v, want the bot mentioned and the replied-to message by it", m.Mentions, m.ReferencedMessage)
	}
	if !slices.ContainsFunc(dropped, func(p string) bool { return strings.HasSuffix(p, "public_flags") }) {
		t.Errorf("dropped = %v, want public_flags among them", dropped)
	}
}

// TestTolerantDecodeInteraction decodes a slash command whose user
// carries public_flags as a string.
func TestTolerantDecodeInteraction(t *testing.T) {
	raw := []byte(`{"id":"3","application_id":"2","type":2,"token":"tok","guild_id":"6","channel_id":"7",
		"member":{"user":{"id":"42","username":"reader","public_flags":"0"},"roles":[]},
		"data":{"id":"4","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who?"}]}}`)
	if err := json.Unmarshal(raw, &discordgo.Interaction{}); err == nil {
		t.Fatal("discordgo decodes the event; the test needs one it cannot")
	}
	var i discordgo.Interaction
	if _, err := tolerantDecode(raw, &i); err != nil {
		t.Fatalf("tolerantDecode() = %v", err)
	}
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if u := interactionUser(&i); !ok || u == nil || u.ID != "42" || i.Token != "tok" || data.Name != "ask" {
		t.Fatalf("interaction = %+v, want user 42, token and /ask", i)
	}
	if q, _ := stringOption(data.Options, "question"); q != "who?" {
		t.Errorf("question = %q, want who?", q)
	}
	if _, err := tolerantDecode([]byte(`[1,2`), &i); err == nil {
		t.Error("tolerantDecode(broken JSON) = nil error")
	}
}
