package discord

import (
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

func TestNameMentions(t *testing.T) {
	users := []*discordgo.User{
		{ID: "42", Username: "akim_press", GlobalName: "Akim Press"},
		{ID: "43", Username: "reporter"},
		nil,
	}
	tests := []struct{ in, want string }{
		{"what did <@42> say?", "what did Akim Press say?"},
		{"<@!43> and <@42>", "reporter and Akim Press"},
		{"<@99> <@&456> what sparked it?", "<@99> <@&456> what sparked it?"},
	}
	for _, tt := range tests {
		if got := nameMentions(tt.in, users); got != tt.want {
			t.Errorf("nameMentions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// What is left of the markup goes in the one cleaning step.
	q, err := answer.CleanQuestion(nameMentions("<@99> <@&456> <#7> what did <@42> say? @here", users), 0)
	if err != nil || q != "what did Akim Press say?" {
		t.Errorf("cleaned = %q, %v; want %q", q, err, "what did Akim Press say?")
	}
}

func TestResolvedUsers(t *testing.T) {
	i := &discordgo.Interaction{Data: discordgo.ApplicationCommandInteractionData{
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{
			Users: map[string]*discordgo.User{"42": {ID: "42", Username: "akim"}},
		},
	}}
	if got := nameMentions("what did <@42> say?", resolvedUsers(i)); got != "what did akim say?" {
		t.Errorf("with the resolved users = %q, want the name", got)
	}
	if got := resolvedUsers(&discordgo.Interaction{}); got != nil {
		t.Errorf("resolvedUsers(no data) = %v, want none", got)
	}
}
