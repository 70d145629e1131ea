package fakediscord_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
	"github.com/bwmarrin/discordgo"
)

// redirect points discordgo's endpoint base variables at apiURL until the test
// ends. They are process globals: tests using them must not run in parallel.
func redirect(t testing.TB, apiURL string) {
	t.Helper()
	api := apiURL + "/"
	vars := map[*string]string{
		&discordgo.EndpointAPI:          api,
		&discordgo.EndpointGuilds:       api + "guilds/",
		&discordgo.EndpointChannels:     api + "channels/",
		&discordgo.EndpointUsers:        api + "users/",
		&discordgo.EndpointGateway:      api + "gateway",
		&discordgo.EndpointGatewayBot:   api + "gateway/bot",
		&discordgo.EndpointWebhooks:     api + "webhooks/",
		&discordgo.EndpointApplications: api + "applications",
	}
	for p, v := range vars {
		old := *p
		*p = v
		t.Cleanup(func() { *p = old })
	}
}

// newSession returns a discordgo session for s with reconnects off. Open it
// after adding handlers; it is closed before s shuts down.
func newSession(t testing.TB, s *fakediscord.Server) *discordgo.Session {
	t.Helper()
	redirect(t, s.APIURL())
	sess, err := discordgo.New("Bot " + fakediscord.Token)
	if err != nil {
		t.Fatalf("discordgo.New() = %v", err)
	}
	sess.ShouldReconnectOnError = false
	sess.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages |
		discordgo.IntentMessageContent
	return sess
}

// ctxFor returns a context that ends with the test, after at most 5 s.
func ctxFor(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestSession drives one real discordgo session (Close costs a second) through
// the gateway and REST paths a Q&A bot uses.
func TestSession(t *testing.T) {
	fake := fakediscord.New(t)
	sess := newSession(t, fake)
	handled := make(chan error, 8)
	sess.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		handled <- answerInteraction(s, i)
	})
	sess.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) {
		handled <- answerMessage(s, m)
	})
	if err := sess.Open(); err != nil {
		t.Fatalf("Open() = %v", err)
	}
	t.Cleanup(func() { sess.Close() })
	if err := fake.WaitReady(ctxFor(t)); err != nil {
		t.Fatalf("WaitReady() = %v", err)
	}
	if sess.State.User == nil || sess.State.User.ID != fakediscord.BotID {
		t.Fatalf("State.User = %+v, want ID %s", sess.State.User, fakediscord.BotID)
	}

	t.Run("identify", func(t *testing.T) { testIdentify(t, fake) })
	t.Run("slash command", func(t *testing.T) { testSlashCommand(t, fake, handled) })
	t.Run("deferred with edit and followup", func(t *testing.T) { testDeferred(t, fake, handled) })
	t.Run("autocomplete", func(t *testing.T) { testAutocomplete(t, fake, handled) })
	t.Run("component in DM", func(t *testing.T) { testComponent(t, fake, handled) })
	t.Run("mention reply", func(t *testing.T) { testMentionReply(t, fake, handled) })
	t.Run("rate limit retried", func(t *testing.T) { testRateLimit(t, fake, sess) })
	t.Run("file upload", func(t *testing.T) { testFileUpload(t, fake, sess) })
	t.Run("bulk overwrite", func(t *testing.T) { testBulkOverwrite(t, fake, sess) })
	t.Run("errors", func(t *testing.T) { testErrors(t, fake, sess) })
}

// answerInteraction is the test bot's interaction handler.
func answerInteraction(s *discordgo.Session, i *discordgo.InteractionCreate) error {
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		var typed string
		for _, o := range i.ApplicationCommandData().Options {
			if o.Focused {
				typed = o.StringValue()
			}
		}
		return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
				{Name: typed + "?", Value: typed + "?"},
			}},
		})
	case discordgo.InteractionMessageComponent:
		if i.User == nil {
			return errors.New("component in DM: User = nil")
		}
		return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "more for " + i.MessageComponentData().CustomID},
		})
	}
	data := i.ApplicationCommandData()
	if data.Name == "slow" {
		return answerDeferred(s, i.Interaction)
	}
	resp := &discordgo.InteractionResponseData{Content: fmt.Sprintf("%s|%v|%d|%s",
		data.GetOption("question").StringValue(), data.GetOption("private").BoolValue(),
		data.GetOption("count").IntValue(), i.Member.User.ID)}
	if data.GetOption("private").BoolValue() {
		resp.Flags = discordgo.MessageFlagsEphemeral
	}
	return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource, Data: resp,
	})
}

// answerDeferred defers, edits the original response and sends a followup.
func answerDeferred(s *discordgo.Session, i *discordgo.Interaction) error {
	err := s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
	})
	if err != nil {
		return err
	}
	content := "done"
	msg, err := s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &content})
	if err != nil {
		return err
	}
	if msg.Content != "done" || msg.ID == "" {
		return fmt.Errorf("InteractionResponseEdit() = %+v, want content done and an ID", msg)
	}
	f, err := s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{Content: "sources"})
	if err != nil {
		return err
	}
	if f.Content != "sources" || f.ChannelID != i.ChannelID {
		return fmt.Errorf("FollowupMessageCreate() = %+v, want content sources in %s", f, i.ChannelID)
	}
	return nil
}

// answerMessage replies to a mention, quoting the message it replied to.
func answerMessage(s *discordgo.Session, m *discordgo.MessageCreate) error {
	if m.Author.ID == s.State.User.ID {
		return nil
	}
	if m.MessageReference == nil || m.ReferencedMessage == nil {
		return fmt.Errorf("MESSAGE_CREATE: reference %+v, referenced %+v, want both", m.MessageReference, m.ReferencedMessage)
	}
	parent, err := s.ChannelMessage(m.ChannelID, m.MessageReference.MessageID)
	if err != nil {
		return err
	}
	_, err = s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
		Content:         "re: " + parent.Content,
		Reference:       m.Reference(),
		AllowedMentions: &discordgo.MessageAllowedMentions{},
		Embeds:          []*discordgo.MessageEmbed{{Title: "Sources"}},
	})
	return err
}

// await returns the next handler result.
func await(t *testing.T, handled <-chan error) {
	t.Helper()
	select {
	case err := <-handled:
		if err != nil {
			t.Fatalf("handler: %v", err)
		}
	case <-ctxFor(t).Done():
		t.Fatal("handler did not run")
	}
}
