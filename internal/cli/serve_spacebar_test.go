package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// TestServeOnSpacebar runs bot serve against a fake that behaves like
// Spacebar: a 408-character token, command registration refused (400),
// 500 on ephemeral callbacks, 404 on edits after a deferral, and users
// with public_flags as a string in every event and response. The bot
// stays up, answers an @mention and a public /ask with a cited reply,
// tells a private asker something, and counts only delivered answers as
// answered.
func TestServeOnSpacebar(t *testing.T) {
	q := fakediscord.Spacebar()
	q.RefuseCommands = true
	addr := freeAddr(t)
	h := startServe(t, harnessOptions{quirks: &q, extra: "[http]\nlisten = \"" + addr + "\"\n"})
	base := "http://" + addr
	parent := t

	put := h.waitCall("command registration", fakediscord.MatchPrefix("PUT", fakediscord.APIPath+"/applications/"))
	if put.Status != 400 || strings.Contains(string(put.JSON()), "null") {
		t.Errorf("registration = %d %s, want 400 to a payload without null", put.Status, put.JSON())
	}
	waitHTTP(t, base+"/readyz", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "slash commands not registered") && strings.Contains(body, "Invalid Form Body")
	})
	waitHTTP(t, base+"/metrics", func(_ int, body string) bool {
		return strings.Contains(body, `newsbot_discord_command_registrations_total{result="failed"}`)
	})
	if n := strings.Count(h.logs.String(), "slash commands not registered"); n != 1 {
		t.Errorf("%d log lines about the refused registration, want 1\nlogs:\n%s", n, h.logs)
	}

	t.Run("mention", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		asked, err := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: h.user(),
			Content: "<@" + fakediscord.BotID + "> What sparked the protests?", Mentions: []string{fakediscord.BotID}})
		if err != nil {
			t.Fatal(err)
		}
		_, m := h.reply(fakediscord.ChannelID, asked)
		if len(m.Embeds) != 1 || len(m.Embeds[0].Fields) == 0 {
			t.Errorf("reply to the mention = %+v, want a cited answer", m.Embeds)
		}
	})
	t.Run("public ask", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		_, cb := h.callback(h.ask("What sparked the protests?", fakediscord.Option{Name: "private", Value: false}))
		if cb.Type != 4 || cb.Data.Flags&64 != 0 || len(cb.Data.Embeds) != 1 || len(cb.Data.Embeds[0].Fields) == 0 {
			t.Errorf("public /ask = type %d flags %d %+v, want a public cited answer", cb.Type, cb.Data.Flags, cb.Data.Embeds)
		}
	})
	t.Run("private ask by DM", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		user := h.user()
		sent := h.interact(fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID, UserID: user,
			Options: []fakediscord.Option{{Name: "question", Value: "What sparked the protests?"}, {Name: "private", Value: true}}})
		dm := h.waitCall("the answer by DM", fakediscord.Match("POST", fakediscord.APIPath+"/channels/"+fakediscord.DMChannelFor(user)+"/messages"))
		var m wireMessage
		decodeJSON(t, dm.JSON(), &m)
		if len(m.Embeds) != 1 || len(m.Embeds[0].Fields) == 0 {
			t.Errorf("DM = %+v, want the cited answer", m.Embeds)
		}
		note := h.waitCall("the public note", func(c fakediscord.Call) bool {
			return c.Path == sent.CallbackPath() && c.Status == 204
		})
		if !strings.Contains(string(note.JSON()), "direct message") {
			t.Errorf("note = %s, want it to say the answer went by direct message", note.JSON())
		}
	})
	t.Run("private ask, no DMs", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		noDM := q
		noDM.NoDirectMessages = true
		h.fake.SetQuirks(noDM)
		defer h.fake.SetQuirks(q)
		sent := h.ask("What sparked the protests?", fakediscord.Option{Name: "private", Value: true})
		note := h.waitCall("the public note", func(c fakediscord.Call) bool {
			return c.Path == sent.CallbackPath() && c.Status == 204
		})
		if !strings.Contains(string(note.JSON()), "couldn't send you that answer privately") || strings.Contains(string(note.JSON()), "embeds\":[{") {
			t.Errorf("note = %s, want only a short public note", note.JSON())
		}
	})
	t.Run("slow answer after a refused edit", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		h.gate.arm()
		sent := h.ask("How many police officers were killed?", fakediscord.Option{Name: "private", Value: false})
		h.awaitStarted()
		h.clock.Advance(h.budget)
		if _, cb := h.callback(sent); cb.Type != 5 {
			t.Fatalf("callback type %d, want 5 (deferred)", cb.Type)
		}
		h.gate.release <- struct{}{}
		c := h.waitCall("the answer in the channel", func(c fakediscord.Call) bool {
			return c.Method == "POST" && c.Path == fakediscord.APIPath+"/channels/"+fakediscord.ChannelID+"/messages" &&
				strings.Contains(string(c.JSON()), "police officers") && c.Status == 200
		})
		var m wireMessage
		decodeJSON(t, c.JSON(), &m)
		if !strings.HasPrefix(m.Content, "For ") || len(m.Embeds) != 1 || len(m.Embeds[0].Fields) == 0 {
			t.Errorf("channel message = %q %+v, want the cited answer, saying whom it is for", m.Content, m.Embeds)
		}
	})

	t.Run("notice goes out publicly", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		sent := h.ask("   ")
		c := h.waitCall("the public notice", func(c fakediscord.Call) bool {
			return c.Path == sent.CallbackPath() && c.Status == 204
		})
		var cb wireCallback
		decodeJSON(t, c.JSON(), &cb)
		if cb.Data.Flags&64 != 0 || !strings.Contains(cb.Data.Content, "empty") {
			t.Errorf("notice = %s, want the public refusal of an empty question", c.JSON())
		}
	})
	t.Run("refused edit becomes a followup", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		h.fake.SetQuirks(fakediscord.Quirks{Token: q.Token, RefuseCommands: true}) // deferrals work here
		defer h.fake.SetQuirks(q)
		h.gate.arm()
		sent := h.ask("How many police officers were killed?", fakediscord.Option{Name: "private", Value: false})
		h.awaitStarted()
		h.clock.Advance(h.budget)
		h.callback(sent)
		h.fake.Fail("PATCH", sent.OriginalPath(), 404, `{"message":"Unknown Webhook","code":10015}`, 1)
		h.gate.release <- struct{}{}
		c := h.waitCall("the followup", fakediscord.Match("POST", sent.FollowupPath()))
		var m wireMessage
		decodeJSON(t, c.JSON(), &m)
		if c.Status != 200 || len(m.Embeds) != 1 || len(m.Embeds[0].Fields) == 0 {
			t.Errorf("followup = %d %+v, want the cited answer", c.Status, m.Embeds)
		}
	})

	metrics := waitHTTP(t, base+"/metrics", func(_ int, body string) bool {
		return strings.Contains(body, `outcome="undelivered"`) && countOutcome(body, "answered") == 5
	})
	if n := countOutcome(metrics, "undelivered"); n != 1 {
		t.Errorf("undelivered questions = %d, want 1\n%s", n, metrics)
	}
	if !strings.Contains(metrics, `newsbot_undelivered_total{cause="http_403",frontend="discord"} 1`) {
		t.Errorf("/metrics lacks the undelivered answer's cause")
	}
	logs := h.logs.String()
	if n := strings.Count(logs, `"msg":"question answered"`); n != 5 {
		t.Errorf("%d \"question answered\" log lines, want 5 (the delivered ones)", n)
	}
	if !strings.Contains(logs, `"msg":"answer undelivered"`) || !strings.Contains(logs, `"cause":"http_403"`) {
		t.Errorf("no \"answer undelivered\" log line with its cause\nlogs:\n%s", logs)
	}
	if !strings.Contains(logs, `"component":"discordgo"`) {
		t.Errorf("discordgo's own complaint about the events it could not decode is not in the log")
	}

	t.Run("registration retried", func(t *testing.T) {
		h.t = t
		defer func() { h.t = parent }()
		h.fake.SetQuirks(fakediscord.Spacebar()) // strict, but takes a plain payload
		h.clock.Advance(registerRetryWait)
		waitHTTP(t, base+"/readyz", func(_ int, body string) bool { return strings.Contains(body, "slash commands registered") })
		var cmds []map[string]any
		if err := json.Unmarshal(h.fake.Commands(fakediscord.GuildID), &cmds); err != nil || len(cmds) == 0 {
			t.Errorf("commands after the retry = %s, %v; want them registered", h.fake.Commands(fakediscord.GuildID), err)
		}
	})
	if strings.Contains(h.logs.String(), fakediscord.SpacebarToken) {
		t.Error("the token appears in the log")
	}
}

// registerRetryWait is the wait before the first retry of a refused
// command registration (discord's registerRetryFirst).
const registerRetryWait = 30 * 1e9

// countOutcome sums newsbot_questions_total of the Discord front end with
// outcome o in a /metrics body.
func countOutcome(body, o string) int {
	n := 0
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "newsbot_questions_total{") && strings.Contains(line, `frontend="discord"`) &&
			strings.Contains(line, `outcome="`+o+`"`) {
			var v float64
			if _, err := fmt.Sscan(line[strings.LastIndex(line, " ")+1:], &v); err == nil {
				n += int(v)
			}
		}
	}
	return n
}

// TestServeTokenRefused checks that a token the server refuses stops bot
// serve at start with a clear error, before connecting the gateway, and
// without printing the token.
func TestServeTokenRefused(t *testing.T) {
	fake := fakediscord.New(t)
	fake.SetQuirks(fakediscord.Spacebar()) // takes only Spacebar's token
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	writeFile(t, cfg, fmt.Sprintf("[index]\ncache_dir = \"off\"\n\n[discord]\ndata_dir = %q\n", dir))
	var errs bytes.Buffer
	env := Env{
		Getenv: func(k string) string {
			switch k {
			case config.EnvDiscordToken:
				return fakediscord.Token
			case config.EnvDiscordAPIURL:
				return fake.APIURL()
			}
			return ""
		},
		Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &errs,
	}
	code := Main(t.Context(), []string{"serve", "--config", cfg, "--corpus", filepath.Join("..", "..", "corpus")}, env)
	if code == 0 || !strings.Contains(errs.String(), "refused DISCORD_TOKEN (401)") {
		t.Errorf("serve with a refused token = %d, %s; want an error saying the token was refused", code, errs.String())
	}
	if strings.Contains(errs.String(), fakediscord.Token) {
		t.Error("the token appears in the output")
	}
	for _, c := range fake.Calls() {
		if c.Path == fakediscord.APIPath+"/gateway" {
			t.Errorf("the bot connected to the gateway with a refused token")
		}
	}
}
