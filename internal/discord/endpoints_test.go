package discord

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

// endpointVars lists every base variable setAPIBase writes, by name.
func endpointVars() map[string]*string {
	return map[string]*string{
		"EndpointAPI":                &discordgo.EndpointAPI,
		"EndpointGuilds":             &discordgo.EndpointGuilds,
		"EndpointChannels":           &discordgo.EndpointChannels,
		"EndpointUsers":              &discordgo.EndpointUsers,
		"EndpointGateway":            &discordgo.EndpointGateway,
		"EndpointGatewayBot":         &discordgo.EndpointGatewayBot,
		"EndpointWebhooks":           &discordgo.EndpointWebhooks,
		"EndpointStickers":           &discordgo.EndpointStickers,
		"EndpointStageInstances":     &discordgo.EndpointStageInstances,
		"EndpointSKUs":               &discordgo.EndpointSKUs,
		"EndpointVoice":              &discordgo.EndpointVoice,
		"EndpointVoiceRegions":       &discordgo.EndpointVoiceRegions,
		"EndpointNitroStickersPacks": &discordgo.EndpointNitroStickersPacks,
		"EndpointGuildCreate":        &discordgo.EndpointGuildCreate,
		"EndpointApplications":       &discordgo.EndpointApplications,
		"EndpointOAuth2":             &discordgo.EndpointOAuth2,
		"EndpointOAuth2Applications": &discordgo.EndpointOAuth2Applications,
		"EndpointOauth2":             &discordgo.EndpointOauth2,
		"EndpointOauth2Applications": &discordgo.EndpointOauth2Applications,
	}
}

// saveEndpoints restores discordgo's endpoint variables when the test ends.
func saveEndpoints(t *testing.T) map[string]string {
	t.Helper()
	saved := make(map[string]string)
	for name, p := range endpointVars() {
		saved[name] = *p
	}
	t.Cleanup(func() {
		for name, p := range endpointVars() {
			*p = saved[name]
		}
	})
	return saved
}

func TestSetAPIBaseRedirects(t *testing.T) {
	saveEndpoints(t)
	for _, base := range []string{"http://127.0.0.1:1234/api/v9", "http://127.0.0.1:1234/api/v9/"} {
		if err := setAPIBase(base); err != nil {
			t.Fatalf("setAPIBase(%q) = %v, want nil", base, err)
		}
		tests := []struct{ name, got, want string }{
			{"EndpointGateway", discordgo.EndpointGateway, "http://127.0.0.1:1234/api/v9/gateway"},
			{"EndpointGatewayBot", discordgo.EndpointGatewayBot, "http://127.0.0.1:1234/api/v9/gateway/bot"},
			{"EndpointInteractionResponse", discordgo.EndpointInteractionResponse("1", "tok"),
				"http://127.0.0.1:1234/api/v9/interactions/1/tok/callback"},
			{"EndpointInteractionResponseActions", discordgo.EndpointInteractionResponseActions("2", "tok"),
				"http://127.0.0.1:1234/api/v9/webhooks/2/tok/messages/@original"},
			{"EndpointFollowupMessage", discordgo.EndpointFollowupMessage("2", "tok"),
				"http://127.0.0.1:1234/api/v9/webhooks/2/tok"},
			{"EndpointApplicationGlobalCommands", discordgo.EndpointApplicationGlobalCommands("2"),
				"http://127.0.0.1:1234/api/v9/applications/2/commands"},
			{"EndpointApplicationGuildCommands", discordgo.EndpointApplicationGuildCommands("2", "3"),
				"http://127.0.0.1:1234/api/v9/applications/2/guilds/3/commands"},
			{"EndpointChannelMessages", discordgo.EndpointChannelMessages("4"),
				"http://127.0.0.1:1234/api/v9/channels/4/messages"},
			{"EndpointChannelMessage", discordgo.EndpointChannelMessage("4", "5"),
				"http://127.0.0.1:1234/api/v9/channels/4/messages/5"},
			{"EndpointUser", discordgo.EndpointUser("@me"), "http://127.0.0.1:1234/api/v9/users/@me"},
			{"EndpointGuild", discordgo.EndpointGuild("3"), "http://127.0.0.1:1234/api/v9/guilds/3"},
		}
		for _, tt := range tests {
			if tt.got != tt.want {
				t.Errorf("after setAPIBase(%q): %s = %q, want %q", base, tt.name, tt.got, tt.want)
			}
		}
	}
}

func TestSetAPIBaseDefaultRestoresDiscordgo(t *testing.T) {
	saved := saveEndpoints(t)
	if err := setAPIBase("http://127.0.0.1:1/api/v9"); err != nil {
		t.Fatalf("setAPIBase(local) = %v, want nil", err)
	}
	if err := setAPIBase(DefaultAPIURL); err != nil {
		t.Fatalf("setAPIBase(DefaultAPIURL) = %v, want nil", err)
	}
	for name, p := range endpointVars() {
		if *p != saved[name] {
			t.Errorf("after setAPIBase(DefaultAPIURL): %s = %q, want discordgo's %q", name, *p, saved[name])
		}
	}
}

func TestSetAPIBaseRejects(t *testing.T) {
	saveEndpoints(t)
	before := discordgo.EndpointAPI
	for _, base := range []string{
		"",
		"127.0.0.1:1234/api/v9",
		"/api/v9",
		"ws://127.0.0.1:1234/api/v9",
		"http:///api/v9",
		"http://127.0.0.1:1234/api/v9?x=1",
		"http://[::1",
	} {
		if err := setAPIBase(base); err == nil {
			t.Errorf("setAPIBase(%q) = nil, want an error", base)
		}
	}
	if discordgo.EndpointAPI != before {
		t.Errorf("EndpointAPI = %q after rejected bases, want unchanged %q", discordgo.EndpointAPI, before)
	}
}
