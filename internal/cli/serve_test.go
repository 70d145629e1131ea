package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// TestServe drives one `bot serve` through everything a user can do. The
// steps share the bot (closing a discordgo session costs a second) and
// run in order; discordgo's endpoints are process globals, so no test
// here runs in parallel.
func TestServe(t *testing.T) {
	h := startServe(t, harnessOptions{})
	steps := []struct {
		name string
		run  func(*testing.T, *harness)
	}{
		{"commands registered per guild", testCommandsRegistered},
		{"ask answered directly", testAskDirect},
		{"ask deferred then edited", testAskDeferred},
		{"ask private", testAskPrivate},
		{"abstention", testAbstention},
		{"partial events", testPartialEvents},
		{"sources", testSources},
		{"source autocomplete", testSourceAutocomplete},
		{"timeline", testTimeline},
		{"quote", testQuote},
		{"passage button", testPassageButton},
		{"mention in a channel", testMention},
		{"feedback button", testFeedbackButton},
		{"direct message", testDirectMessage},
		{"follow-up in a reply chain", testFollowup},
		{"follow-up in a thread", testThreadFollowup},
		{"rate-limited user", testRateLimited},
		{"disallowed channel", testDisallowedChannel},
		{"over-long question", testOverLong},
		{"429 from the REST API", testRESTRateLimit},
		{"hostile question", testHostile},
		{"handler panic", testPanic},
		{"graceful shutdown", testShutdown},
	}
	for _, s := range steps {
		if !t.Run(s.name, func(t *testing.T) { h.t = t; s.run(t, h) }) {
			break
		}
	}
	h.t = t
	t.Run("every message pings nobody and fits", func(t *testing.T) { checkAllMessages(t, h.fake.Calls()) })
	if strings.Contains(h.logs.String(), fakediscord.Token) {
		t.Error("the token appears in the log")
	}
}

func testCommandsRegistered(t *testing.T, h *harness) {
	var cmds []struct {
		Name string `json:"name"`
	}
	decodeJSON(t, h.fake.Commands(fakediscord.GuildID), &cmds)
	var names []string
	for _, c := range cmds {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "ask,sources,source,timeline,quote,add" {
		t.Errorf("guild commands = %v, want ask, sources, source, timeline, quote, add", names)
	}
	if global := string(h.fake.Commands("")); global != "[]" {
		t.Errorf("global commands = %s, want none when guild_ids are set", global)
	}
}

// cliCitation is a citation as `bot ask --json` prints it.
type cliCitation struct {
	Doc  string `json:"doc"`
	Text string `json:"text"`
}

// cliAnswer answers q through `bot ask --json`, the command line's path.
func cliAnswer(t *testing.T, q string) (answerText string, cites []cliCitation) {
	t.Helper()
	var out, errs bytes.Buffer
	env := Env{Getenv: func(string) string { return "" }, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errs}
	cfg := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(cfg, []byte("[index]\ncache_dir = \"off\"\n"), 0o644)
	if code := Main(context.Background(), []string{"ask", "--json", "--config", cfg, "--corpus", "../../corpus", q}, env); code != 0 {
		t.Fatalf("bot ask = %d: %s", code, errs.String())
	}
	var r struct {
		Answer    string        `json:"answer"`
		Citations []cliCitation `json:"citations"`
	}
	decodeJSON(t, out.Bytes(), &r)
	return r.Answer, r.Citations
}

func testAskDirect(t *testing.T, h *harness) {
	const q = "What sparked the protests?"
	start := time.Now()
	sent := h.ask(q)
	call, cb := h.callback(sent)
	t.Logf("measured: INTERACTION_CREATE → direct answer in the initial response: %v", call.At.Sub(start))
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("callback = type %d with %d embeds, want type 4 (the answer, directly) with 1", cb.Type, len(cb.Data.Embeds))
	}
	e := cb.Data.Embeds[0]
	if e.Title != q || !strings.Contains(e.Description, "[1]") {
		t.Errorf("answer embed = %q / %q, want the question as title and a cited answer", e.Title, e.Description)
	}
	// The embed cites exactly the passages the answer service cites.
	_, want := cliAnswer(t, q)
	var passageIDs []string
	for _, id := range cb.Data.buttons() {
		if strings.HasPrefix(id, "p:") {
			passageIDs = append(passageIDs, id)
		}
	}
	if len(e.Fields) != len(want) || len(passageIDs) != len(want) {
		t.Fatalf("%d source fields and %d passage buttons, want %d citations", len(e.Fields), len(passageIDs), len(want))
	}
	for i, c := range want {
		if !strings.HasPrefix(e.Fields[i].Name, fmt.Sprintf("[%d] ", i+1)) || !strings.Contains(e.Fields[i].Value, "`"+c.Doc+"`") {
			t.Errorf("source field %d = %q / %q, want [%d] naming %s", i, e.Fields[i].Name, e.Fields[i].Value, i+1, c.Doc)
		}
		sum := sha256.Sum256([]byte(c.Text))
		if parts := strings.Split(passageIDs[i], ":"); parts[6] != hex.EncodeToString(sum[:4]) || parts[7] != c.Doc {
			t.Errorf("passage button %d = %q, want it to point at the passage of %s cited as [%d]", i, passageIDs[i], c.Doc, i+1)
		}
	}
	h.lastAnswer = cb.Data
}

func testAskDeferred(t *testing.T, h *harness) {
	h.gate.arm()
	sent := h.ask("How many police officers were killed?")
	h.awaitStarted()
	fired := time.Now()
	h.clock.Advance(h.budget)
	call, cb := h.callback(sent)
	t.Logf("measured: deferred ack %v after the reply budget ran out", call.At.Sub(fired))
	if cb.Type != 5 {
		t.Fatalf("callback type = %d, want 5 (deferred) while the answer is being computed", cb.Type)
	}
	for _, c := range h.fake.Calls() {
		if c.Path == sent.OriginalPath() {
			t.Fatalf("the answer was edited in before the composer finished: %v", c)
		}
	}
	released := time.Now()
	h.gate.release <- struct{}{}
	edit := h.waitCall("edit of the deferred response", fakediscord.Match("PATCH", sent.OriginalPath()))
	t.Logf("measured: composer done → answer edited in: %v", edit.At.Sub(released))
	var m wireMessage
	decodeJSON(t, edit.JSON(), &m)
	if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Description, "police officers") || len(m.Embeds[0].Fields) == 0 {
		t.Errorf("edited answer = %+v, want the cited answer", m.Embeds)
	}
}

func testAskPrivate(t *testing.T, h *harness) {
	_, cb := h.callback(h.ask("What sparked the protests?", fakediscord.Option{Name: "private", Value: true}))
	if cb.Type != 4 || cb.Data.Flags&64 == 0 {
		t.Errorf("private answer: type %d flags %d, want type 4 with the ephemeral flag 64", cb.Type, cb.Data.Flags)
	}
	h.gate.arm()
	sent := h.ask("What sparked the protests?", fakediscord.Option{Name: "private", Value: true})
	h.awaitStarted()
	h.clock.Advance(h.budget)
	_, cb = h.callback(sent)
	h.gate.release <- struct{}{}
	h.waitCall("edit", fakediscord.Match("PATCH", sent.OriginalPath()))
	if cb.Type != 5 || cb.Data.Flags&64 == 0 {
		t.Errorf("private deferral: type %d flags %d, want type 5 with flag 64", cb.Type, cb.Data.Flags)
	}
}

func testAbstention(t *testing.T, h *harness) {
	_, cb := h.callback(h.ask("Who won the 2022 World Cup?"))
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("callback = %+v, want the abstention directly", cb)
	}
	e := cb.Data.Embeds[0]
	if len(e.Fields) != 0 || !strings.Contains(e.Description, "don't cover") || e.Color == h.lastAnswerColor() {
		t.Errorf("abstention embed = %+v, want no sources, a plain statement, another colour", e)
	}
	for _, id := range cb.Data.buttons() {
		if strings.HasPrefix(id, "p:") {
			t.Errorf("abstention has passage button %q", id)
		}
	}
}

func testPartialEvents(t *testing.T, h *harness) {
	// A message without an author is ignored.
	noAuthor := fmt.Sprintf(`{"id":"900000000000000001","channel_id":%q,"guild_id":%q,"content":"<@%s> What sparked the protests?","mentions":[{"id":%q}]}`,
		fakediscord.ChannelID, fakediscord.GuildID, fakediscord.BotID, fakediscord.BotID)
	if err := h.fake.Dispatch("MESSAGE_CREATE", json.RawMessage(noAuthor)); err != nil {
		t.Fatal(err)
	}
	h.waitLine(`"msg":"message ignored"`, `"reason":"no author"`, "900000000000000001")
	// A direct message with no mentions, member or type still gets its answer.
	bare := fmt.Sprintf(`{"id":"900000000000000002","channel_id":%q,"content":"What sparked the protests?","author":{"id":%q}}`,
		fakediscord.DMChannelID, h.user())
	if err := h.fake.Dispatch("MESSAGE_CREATE", json.RawMessage(bare)); err != nil {
		t.Fatal(err)
	}
	if _, m := h.reply(fakediscord.DMChannelID, "900000000000000002"); len(m.Embeds) != 1 {
		t.Errorf("reply to a bare DM = %+v, want the answer", m)
	}
	// An interaction without member or user gets a short private error.
	noUser := fmt.Sprintf(`{"id":"900000000000000003","application_id":%q,"type":2,"token":"partial","channel_id":%q,"guild_id":%q,"data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"hi"}]}}`,
		fakediscord.AppID, fakediscord.ChannelID, fakediscord.GuildID)
	if err := h.fake.Dispatch("INTERACTION_CREATE", json.RawMessage(noUser)); err != nil {
		t.Fatal(err)
	}
	c := h.waitCall("callback of the partial interaction", fakediscord.Match("POST", fakediscord.APIPath+"/interactions/900000000000000003/partial/callback"))
	var cb wireCallback
	decodeJSON(t, c.JSON(), &cb)
	if cb.Type != 4 || cb.Data.Flags != 64 || cb.Data.Content == "" {
		t.Errorf("partial interaction answered %+v, want a private message", cb)
	}
	// An option of an unexpected type is no question.
	_, cb = h.callback(h.interact(fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID, UserID: h.user(),
		Options: []fakediscord.Option{{Name: "question", Type: 4, Value: 42}}}))
	if cb.Data.Content != "That question is empty." || cb.Data.Flags != 64 {
		t.Errorf("question of type integer answered %+v, want the private empty-question message", cb.Data)
	}
}
