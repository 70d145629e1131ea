package discord

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/bwmarrin/discordgo"
)

func TestMayAdd(t *testing.T) {
	b := newTestBot(t, newFakeClock(), Options{AddRoles: []string{"555"}})
	cases := []struct {
		name string
		m    *discordgo.Member
		want bool
	}{
		{"direct message", nil, false},
		{"plain member", &discordgo.Member{Roles: []string{"1"}, Permissions: discordgo.PermissionSendMessages}, false},
		{"manage server", &discordgo.Member{Permissions: discordgo.PermissionManageGuild}, true},
		{"administrator", &discordgo.Member{Permissions: discordgo.PermissionAdministrator}, true},
		{"configured role", &discordgo.Member{Roles: []string{"1", "555"}}, true},
	}
	for _, tc := range cases {
		if got := b.mayAdd(&discordgo.Interaction{Member: tc.m}); got != tc.want {
			t.Errorf("mayAdd(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// /add is registered only when the bot can add articles.
func TestWithAdd(t *testing.T) {
	names := func(cmds []*discordgo.ApplicationCommand) string {
		var out []string
		for _, c := range cmds {
			out = append(out, c.Name)
		}
		return strings.Join(out, ",")
	}
	without := newTestBot(t, newFakeClock(), Options{})
	if got := names(without.withAdd(Commands(0))); strings.Contains(got, "add") {
		t.Errorf("commands without an Adder = %s, want no add", got)
	}
	with := newTestBot(t, newFakeClock(), Options{Adder: stubAdder{}})
	if got := names(with.withAdd(Commands(0))); !strings.HasSuffix(got, ",add") {
		t.Errorf("commands with an Adder = %s, want add last", got)
	}
}

func TestAddedCardAndProvenance(t *testing.T) {
	d := article("2024-05-03-ledger-river", "River *bursts* its banks @everyone", "The Ledger", "2024-05-03", "https://ledger.example/river", "Body text.")
	d.Added = "2024-05-03T09:30:00Z"
	m := addedCard(d, 4)
	checkLimits(t, m.responseData())
	e := m.Embeds[0]
	if !m.Ephemeral || !strings.HasPrefix(e.Title, "Added: ") || e.URL != d.URL || reLiveMention.MatchString(e.Title) {
		t.Errorf("addedCard() = %+v, want a private card titled Added:, linking the article, pinging nobody", e)
	}
	card := sourceCard(d, 4, false).Embeds[0]
	var added string
	for _, f := range card.Fields {
		if f.Name == "Added" {
			added = f.Value
		}
	}
	ts := time.Date(2024, 5, 3, 9, 30, 0, 0, time.UTC).Unix()
	if !strings.Contains(added, fmt.Sprintf("<t:%d:f>", ts)) || !strings.Contains(added, "2024-05-03 09:30 UTC") {
		t.Errorf("/source Added field = %q, want when it was added", added)
	}
}

type stubAdder struct{}

func (stubAdder) Add(context.Context, string) (corpus.Document, error) { return corpus.Document{}, nil }
func (stubAdder) Passages(corpus.Document) int                         { return 0 }
