package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

func testSources(t *testing.T, h *harness) {
	_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "sources", GuildID: fakediscord.GuildID}))
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("/sources = %+v, want one embed", cb)
	}
	e := cb.Data.Embeds[0]
	if e.Title != "Articles (5)" || !strings.Contains(e.Description, "001\\_d67718a03dd027f7") && !strings.Contains(e.Description, "001_d67718a03dd027f7") {
		t.Errorf("/sources embed = %q / %q, want the 5 articles", e.Title, e.Description)
	}
	if len(cb.Data.Components) != 0 {
		t.Errorf("/sources of 5 articles has buttons %v, want none (one page)", cb.Data.buttons())
	}
}

func testSourceAutocomplete(t *testing.T, h *harness) {
	_, cb := h.callback(h.interact(fakediscord.Interaction{Type: fakediscord.Autocomplete, Name: "source", GuildID: fakediscord.GuildID,
		Options: []fakediscord.Option{{Name: "article", Value: "troops", Focused: true}}}))
	if cb.Type != 8 || len(cb.Data.Choices) == 0 || len(cb.Data.Choices) > 25 {
		t.Fatalf("autocomplete = type %d with %d choices, want type 8 with 1 to 25", cb.Type, len(cb.Data.Choices))
	}
	for _, c := range cb.Data.Choices {
		text, err := os.ReadFile(filepath.Join("..", "..", "corpus", c.Value+".txt"))
		if err != nil || !strings.Contains(strings.ToLower(string(text)), "troops") || len([]rune(c.Name)) > 100 {
			t.Errorf("choice %q = %q does not name an article about troops (%v)", c.Name, c.Value, err)
		}
	}
	pick := cb.Data.Choices[0]
	_, cb = h.callback(h.interact(fakediscord.Interaction{Name: "source", GuildID: fakediscord.GuildID,
		Options: []fakediscord.Option{{Name: "article", Value: pick.Value}}}))
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("/source = %+v, want the article's card", cb)
	}
	e := cb.Data.Embeds[0]
	if !strings.HasPrefix(pick.Name, strings.TrimSuffix(e.Title, "…")[:20]) || e.Description == "" || len(e.Fields) < 4 {
		t.Errorf("/source card = %+v, want title %q, opening and fields", e, pick.Name)
	}
	_, cb = h.callback(h.interact(fakediscord.Interaction{Name: "source", GuildID: fakediscord.GuildID,
		Options: []fakediscord.Option{{Name: "article", Value: "no such article"}}}))
	if cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "can't find") {
		t.Errorf("/source of an unknown article = %+v, want a private note", cb.Data)
	}
}

func testPassageButton(t *testing.T, h *harness) {
	var id string
	for _, b := range h.lastAnswer.buttons() {
		if strings.HasPrefix(b, "p:1:") {
			id = b
		}
	}
	if id == "" {
		t.Fatal("the direct answer had no Passage 1 button")
	}
	_, cb := h.callback(h.interact(fakediscord.Interaction{Type: fakediscord.Component, CustomID: id, GuildID: fakediscord.GuildID, UserID: h.user()}))
	if cb.Type != 4 || cb.Data.Flags != 64 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("passage button = %+v, want a private embed", cb)
	}
	_, cites := cliAnswer(t, "What sparked the protests?")
	got := strings.ReplaceAll(cb.Data.Embeds[0].Description, `\`, "")
	if want := "**" + strings.Join(strings.Fields(cites[0].Text), " ") + "**"; !strings.Contains(got, want) {
		t.Errorf("passage view = %q, want the cited passage verbatim in bold: %q", got, want)
	}
}

func testMention(t *testing.T, h *harness) {
	asked, err := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: h.user(),
		Content: "<@" + fakediscord.BotID + "> How many police officers were killed?", Mentions: []string{fakediscord.BotID}})
	if err != nil {
		t.Fatal(err)
	}
	c, m := h.reply(fakediscord.ChannelID, asked)
	if len(m.Embeds) != 1 || m.Embeds[0].Title != "How many police officers were killed?" || len(m.Embeds[0].Fields) == 0 {
		t.Fatalf("mention reply = %+v, want the cited answer", m)
	}
	var sentMsg wireMessage
	decodeJSON(t, c.Response, &sentMsg)
	h.lastMention, h.lastAsked = sentMsg.ID, asked
	// Bots, the bot itself included, are never answered.
	botMsg, _ := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: "399999999999999991", Bot: true,
		Content: "<@" + fakediscord.BotID + "> What sparked the protests?", Mentions: []string{fakediscord.BotID}})
	h.waitLine(`"msg":"message ignored"`, `"reason":"from a bot"`, botMsg)
	// Messages that do not mention the bot are not for it.
	chatter, _ := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: h.user(), Content: "What sparked the protests?"})
	h.waitLine(`"msg":"message ignored"`, `"reason":"not for the bot"`, chatter)
}

func testFeedbackButton(t *testing.T, h *harness) {
	user := h.user()
	_, cb := h.callback(h.interact(fakediscord.Interaction{Type: fakediscord.Component, CustomID: "fb:down",
		MessageID: h.lastMention, GuildID: fakediscord.GuildID, UserID: user}))
	if cb.Type != 4 || cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "Thanks") {
		t.Fatalf("feedback button = %+v, want a private thanks", cb)
	}
	f, err := os.Open(filepath.Join(h.data, "feedback.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var votes []map[string]any
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var v map[string]any
		decodeJSON(t, sc.Bytes(), &v)
		votes = append(votes, v)
	}
	if len(votes) != 1 || votes[0]["vote"] != "down" || votes[0]["user_id"] != user ||
		votes[0]["question"] != "How many police officers were killed?" || votes[0]["message_id"] != h.lastMention {
		t.Errorf("feedback.jsonl = %v, want one down vote by %s on the mention's answer", votes, user)
	}
}

func testDirectMessage(t *testing.T, h *harness) {
	asked, err := h.fake.Message(fakediscord.Message{AuthorID: h.user(), Content: "How many people were injured?"})
	if err != nil {
		t.Fatal(err)
	}
	if _, m := h.reply(fakediscord.DMChannelID, asked); len(m.Embeds) != 1 || len(m.Embeds[0].Fields) == 0 {
		t.Errorf("DM reply = %+v, want the cited answer", m)
	}
}

func testFollowup(t *testing.T, h *harness) {
	asked, err := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: h.user(), ReplyTo: h.lastMention,
		Content: "<@" + fakediscord.BotID + "> and how many were injured?", Mentions: []string{fakediscord.BotID}})
	if err != nil {
		t.Fatal(err)
	}
	_, m := h.reply(fakediscord.ChannelID, asked)
	// The chain is read through REST: the reply names the bot's answer,
	// whose own reference leads to the first question.
	h.waitCall("fetch of the first question", fakediscord.Match("GET", fakediscord.APIPath+"/channels/"+fakediscord.ChannelID+"/messages/"+h.lastAsked))
	if len(m.Embeds) != 1 || m.Embeds[0].Title != "and how many were injured?" {
		t.Fatalf("follow-up reply = %+v, want an answer to the follow-up", m)
	}
	// With the earlier question as context, the answer leads with the
	// injured police; without, it would lead with everyone injured.
	if d := leadSentence(m.Embeds[0].Description); !strings.Contains(d, "police officers had been injured") {
		t.Errorf("follow-up answer leads with %q, want the injured police officers (the earlier question's subject)", d)
	}
}

func testThreadFollowup(t *testing.T, h *harness) {
	// A thread started from the bot's answer has that message's ID; the
	// gateway announces it with its guild. It counts as its parent channel,
	// which is allowed.
	thread := h.lastMention
	guild := fmt.Sprintf(`{"id":%q,"name":"guild","channels":[{"id":%q,"type":0,"guild_id":%q}],"threads":[{"id":%q,"type":11,"guild_id":%q,"parent_id":%q}]}`,
		fakediscord.GuildID, fakediscord.ChannelID, fakediscord.GuildID, thread, fakediscord.GuildID, fakediscord.ChannelID)
	if err := h.fake.Dispatch("GUILD_CREATE", json.RawMessage(guild)); err != nil {
		t.Fatal(err)
	}
	asked, err := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, ChannelID: thread, AuthorID: h.user(),
		Content: "<@" + fakediscord.BotID + "> and how many were injured?", Mentions: []string{fakediscord.BotID}})
	if err != nil {
		t.Fatal(err)
	}
	_, m := h.reply(thread, asked)
	if len(m.Embeds) != 1 || !strings.Contains(leadSentence(m.Embeds[0].Description), "police officers had been injured") {
		t.Errorf("follow-up in a thread = %+v, want it to lead with the injured police officers (the thread's first question)", m.Embeds)
	}
}

// leadSentence is an answer's text up to its first citation marker.
func leadSentence(answer string) string {
	lead, _, _ := strings.Cut(answer, "[")
	return lead
}

func testRateLimited(t *testing.T, h *harness) {
	user := h.user()
	ask := func() wireCallback {
		_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID, UserID: user,
			Options: []fakediscord.Option{{Name: "question", Value: "What sparked the protests?"}}}))
		return cb
	}
	for i := 0; i < 3; i++ {
		if cb := ask(); len(cb.Data.Embeds) != 1 {
			t.Fatalf("question %d = %+v, want an answer within the limit", i+1, cb.Data)
		}
	}
	h.clock.Advance(40 * time.Second)
	if cb := ask(); cb.Data.Content != "You're asking too fast — try again in 20 s." || cb.Data.Flags != 64 {
		t.Errorf("fourth question in a minute = %+v, want the private too-fast message", cb.Data)
	}
	h.clock.Advance(21 * time.Second)
	if cb := ask(); len(cb.Data.Embeds) != 1 {
		t.Errorf("question after the window = %+v, want an answer", cb.Data)
	}
}

func testDisallowedChannel(t *testing.T, h *harness) {
	const other = "300000000000000099"
	_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID, ChannelID: other, UserID: h.user(),
		Options: []fakediscord.Option{{Name: "question", Value: "What sparked the protests?"}}}))
	if cb.Type != 4 || cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "this channel") {
		t.Errorf("/ask in a disallowed channel = %+v, want a private refusal", cb)
	}
	asked, _ := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, ChannelID: other, AuthorID: h.user(),
		Content: "<@" + fakediscord.BotID + "> What sparked the protests?", Mentions: []string{fakediscord.BotID}})
	h.waitLine(`"msg":"message ignored"`, `"reason":"channel not allowed"`, asked)
	for _, c := range h.fake.Calls() {
		if c.Method == "POST" && strings.Contains(c.Path, "/channels/"+other+"/messages") {
			t.Errorf("the bot answered a mention in a disallowed channel: %v", c)
		}
	}
}

func testOverLong(t *testing.T, h *harness) {
	_, cb := h.callback(h.ask(strings.Repeat("why ", 130)))
	if cb.Type != 4 || cb.Data.Flags != 64 || cb.Data.Content != "That question is too long (519 characters); the limit is 500." {
		t.Errorf("over-long question = %+v, want the private too-long message", cb)
	}
}

func testRESTRateLimit(t *testing.T, h *harness) {
	h.fake.Fail("POST", fakediscord.APIPath+"/interactions/", 429, fakediscord.BodyRateLimited, 1)
	sent := h.ask("What sparked the protests?")
	calls, err := h.fake.WaitCalls(h.ctx(), 2, fakediscord.Match("POST", sent.CallbackPath()))
	if err != nil {
		t.Fatalf("wait for the retried callback: %v", err)
	}
	if calls[0].Status != 429 || calls[1].Status != 204 {
		t.Errorf("callback statuses = %d, %d; want 429 then 204 (retried)", calls[0].Status, calls[1].Status)
	}
	var cb wireCallback
	decodeJSON(t, calls[1].JSON(), &cb)
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Errorf("retried callback = %+v, want the answer", cb)
	}
}

func testHostile(t *testing.T, h *harness) {
	q := "@everyone what sparked the protests? ask <@123> and @here"
	_, cb := h.callback(h.ask(q))
	raw, _ := json.Marshal(cb.Data)
	if reLiveMention.Match(raw) {
		t.Errorf("answer to a hostile question carries a live mention: %s", raw)
	}
	if cb.Data.AllowedMentions == nil || cb.Data.AllowedMentions.Parse == nil || len(*cb.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions = %+v, want parse []", cb.Data.AllowedMentions)
	}
	if len(cb.Data.Embeds) != 1 || strings.Contains(cb.Data.Embeds[0].Title, "everyone") || strings.Contains(cb.Data.Embeds[0].Title, "123") ||
		!strings.HasPrefix(cb.Data.Embeds[0].Title, "what sparked the protests?") {
		t.Errorf("hostile question shown as %+v, want it without its mentions", cb.Data.Embeds)
	}
	asked, _ := h.fake.Message(fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: h.user(),
		Content: "<@" + fakediscord.BotID + "> " + q, Mentions: []string{fakediscord.BotID, "123"}})
	c, m := h.reply(fakediscord.ChannelID, asked)
	if reLiveMention.Match(c.JSON()) || m.AllowedMentions == nil || m.AllowedMentions.RepliedUser {
		t.Errorf("mention reply to a hostile question = %s, want no live mention and no ping", c.JSON())
	}
}

func testPanic(t *testing.T, h *harness) {
	h.gate.primePanic()
	_, cb := h.callback(h.ask("What sparked the protests?"))
	if cb.Data.Content != "Something went wrong; it has been logged." || cb.Data.Flags != 64 {
		t.Errorf("after a panic the user got %+v, want the private generic error", cb.Data)
	}
	h.waitLine(`"msg":"panic in interaction handler"`, "test composer exploded")
	h.gate.primePanic()
	asked, _ := h.fake.Message(fakediscord.Message{AuthorID: h.user(), Content: "What sparked the protests?"})
	if _, m := h.reply(fakediscord.DMChannelID, asked); m.Content != "Something went wrong; it has been logged." {
		t.Errorf("after a panic the DM got %+v, want the generic error", m)
	}
	// A failure after a public deferral replaces "thinking…" with a
	// private message: the deferred response goes, an ephemeral followup comes.
	h.gate.arm()
	h.gate.primePanic()
	sent := h.ask("What sparked the protests?")
	h.awaitStarted()
	h.clock.Advance(h.budget)
	if _, cb := h.callback(sent); cb.Type != 5 {
		t.Fatalf("callback type = %d, want 5", cb.Type)
	}
	h.gate.release <- struct{}{}
	h.waitCall("deletion of the deferred response", fakediscord.Match("DELETE", sent.OriginalPath()))
	f := h.waitCall("private followup", fakediscord.Match("POST", sent.FollowupPath()))
	var fm wireMessage
	decodeJSON(t, f.JSON(), &fm)
	if fm.Content != "Something went wrong; it has been logged." || fm.Flags != 64 {
		t.Errorf("followup after a failed deferred answer = %+v, want the private generic error", fm)
	}
	// The bot is still up.
	if _, cb := h.callback(h.ask("What sparked the protests?")); len(cb.Data.Embeds) != 1 {
		t.Errorf("after a panic /ask = %+v, want an answer", cb.Data)
	}
}

func testShutdown(t *testing.T, h *harness) {
	h.gate.arm()
	inFlight := h.ask("How many police officers were killed?")
	h.awaitStarted()
	h.stop() // SIGTERM
	h.waitLine(`"msg":"shutting down: no new questions"`)
	_, cb := h.callback(h.ask("What sparked the protests?"))
	if cb.Data.Flags != 64 || !strings.Contains(cb.Data.Content, "restarting") {
		t.Errorf("question during shutdown = %+v, want a private refusal", cb.Data)
	}
	h.gate.release <- struct{}{}
	_, cb = h.callback(inFlight)
	if len(cb.Data.Embeds) != 1 {
		t.Errorf("question in flight at shutdown = %+v, want its answer", cb.Data)
	}
	if err := h.shutdown(); err != nil {
		t.Errorf("serve returned %v, want nil after a clean shutdown", err)
	}
	h.waitLine(`"msg":"disconnected from discord"`)
}
