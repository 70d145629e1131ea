package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// TestServeGlobalCommandsAndPagination runs a bot without guild IDs or a
// channel allow-list over a corpus of 12 articles: commands go global,
// and /sources pages with buttons.
func TestServeGlobalCommandsAndPagination(t *testing.T) {
	dir := t.TempDir()
	topics := []string{"bridges", "harvests", "elections", "rivers", "museums", "railways", "forests", "markets", "schools", "harbours", "bakeries", "libraries"}
	for i, topic := range topics {
		text := fmt.Sprintf("Report %d on %s in the region.\n\nOfficials said the %s were inspected on day %d of the survey.\n", i+1, topic, topic, i+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d_%s.txt", i, topic)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := startServe(t, harnessOptions{corpus: dir, discord: "rate_limit = 0\n"})
	h.waitCall("global registration", fakediscord.Match("PUT", fakediscord.APIPath+"/applications/"+fakediscord.AppID+"/commands"))

	_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "sources", GuildID: fakediscord.GuildID, ChannelID: "300000000000000077"}))
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 || cb.Data.Embeds[0].Title != "Articles (12)" {
		t.Fatalf("/sources = %+v, want the first page of 12 articles", cb)
	}
	if f := cb.Data.Embeds[0].Footer; f == nil || !strings.HasPrefix(f.Text, "Page 1 of 2") {
		t.Errorf("first page footer = %+v, want Page 1 of 2", f)
	}
	rows := cb.Data.Components
	if len(rows) != 1 || len(rows[0].Components) != 2 || !rows[0].Components[0].Disabled || rows[0].Components[1].Disabled {
		t.Fatalf("first page buttons = %+v, want Previous (disabled) and Next", rows)
	}
	next := rows[0].Components[1].CustomID
	_, cb = h.callback(h.interact(fakediscord.Interaction{Type: fakediscord.Component, CustomID: next, GuildID: fakediscord.GuildID}))
	if cb.Type != 7 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("Next = %+v, want the message updated in place (type 7)", cb)
	}
	e := cb.Data.Embeds[0]
	if !strings.HasPrefix(e.Footer.Text, "Page 2 of 2") || !strings.Contains(e.Description, "libraries") || strings.Contains(e.Description, "bridges") {
		t.Errorf("second page = %q / %q, want articles 11 and 12 only", e.Footer.Text, e.Description)
	}
	if b := cb.Data.Components[0].Components; b[0].Disabled || !b[1].Disabled {
		t.Errorf("second page buttons = %+v, want Previous enabled and Next disabled", b)
	}
	checkAllMessages(t, h.fake.Calls())
}

// TestServeToken checks that a missing or malformed DISCORD_TOKEN stops
// `bot serve` at once with one line naming the variable and exit code 2,
// and that the token never shows.
func TestServeToken(t *testing.T) {
	for _, tok := range []string{"", "   ", "not a token because it has spaces", `"quoted.token.value"`} {
		var out, errs bytes.Buffer
		env := Env{
			Getenv: func(k string) string {
				if k == "DISCORD_TOKEN" {
					return tok
				}
				return ""
			},
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errs,
		}
		code := Main(context.Background(), []string{"serve"}, env)
		msg := errs.String()
		if code != 2 || !strings.Contains(msg, "DISCORD_TOKEN") || strings.Count(msg, "\n") != 1 {
			t.Errorf("serve with DISCORD_TOKEN=%q = %d, %q; want 2 and one line naming DISCORD_TOKEN", tok, code, msg)
		}
		if strings.TrimSpace(tok) != "" && strings.Contains(msg, strings.Trim(tok, `"`)) {
			t.Errorf("serve printed the token: %q", msg)
		}
	}
}
