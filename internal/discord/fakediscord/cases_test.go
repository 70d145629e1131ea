package fakediscord_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
	"github.com/bwmarrin/discordgo"
)

// callback is the JSON of an interaction callback.
type callback struct {
	Type int `json:"type"`
	Data struct {
		Content string `json:"content"`
		Flags   int    `json:"flags"`
		Choices []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"choices"`
	} `json:"data"`
}

// waitCallback waits for the callback of sent and decodes it.
func waitCallback(t *testing.T, fake *fakediscord.Server, sent fakediscord.SentInteraction) callback {
	t.Helper()
	c, err := fake.WaitCall(ctxFor(t), fakediscord.Match("POST", sent.CallbackPath()))
	if err != nil {
		t.Fatalf("WaitCall(callback) = %v", err)
	}
	if c.Status != http.StatusNoContent {
		t.Errorf("callback status = %d, want 204", c.Status)
	}
	var cb callback
	if err := c.Decode(&cb); err != nil {
		t.Fatal(err)
	}
	return cb
}

func testIdentify(t *testing.T, fake *fakediscord.Server) {
	var id struct {
		Token   string `json:"token"`
		Intents int    `json:"intents"`
	}
	if err := json.Unmarshal(fake.Identify(), &id); err != nil {
		t.Fatalf("Identify() = %s: %v", fake.Identify(), err)
	}
	if id.Token != "Bot "+fakediscord.Token {
		t.Errorf("identify token = %q, want %q", id.Token, "Bot "+fakediscord.Token)
	}
	if id.Intents&int(discordgo.IntentMessageContent) == 0 {
		t.Errorf("identify intents = %b, want IntentMessageContent set", id.Intents)
	}
}

func testSlashCommand(t *testing.T, fake *fakediscord.Server, handled <-chan error) {
	sent, err := fake.Interaction(fakediscord.Interaction{
		Name: "ask", GuildID: fakediscord.GuildID,
		Options: []fakediscord.Option{
			{Name: "question", Value: "why?"}, {Name: "private", Value: true}, {Name: "count", Value: 3},
		},
	})
	if err != nil {
		t.Fatalf("Interaction() = %v", err)
	}
	await(t, handled)
	cb := waitCallback(t, fake, sent)
	want := "why?|true|3|" + fakediscord.UserID
	if cb.Type != 4 || cb.Data.Content != want || cb.Data.Flags != 64 {
		t.Errorf("callback = %+v, want type 4, content %q, flags 64", cb, want)
	}
}

func testDeferred(t *testing.T, fake *fakediscord.Server, handled <-chan error) {
	sent, err := fake.Interaction(fakediscord.Interaction{Name: "slow", GuildID: fakediscord.GuildID})
	if err != nil {
		t.Fatalf("Interaction() = %v", err)
	}
	await(t, handled)
	if cb := waitCallback(t, fake, sent); cb.Type != 5 {
		t.Errorf("callback type = %d, want 5", cb.Type)
	}
	edit, err := fake.WaitCall(ctxFor(t), fakediscord.Match("PATCH", sent.OriginalPath()))
	if err != nil || edit.Status != http.StatusOK {
		t.Errorf("edit of @original = %v, %v; want 200", edit, err)
	}
	f, err := fake.WaitCall(ctxFor(t), fakediscord.Match("POST", sent.FollowupPath()))
	if err != nil || f.Query.Get("wait") != "true" {
		t.Errorf("followup = %v, %v; want ?wait=true", f, err)
	}
}

func testAutocomplete(t *testing.T, fake *fakediscord.Server, handled <-chan error) {
	sent, err := fake.Interaction(fakediscord.Interaction{
		Type: fakediscord.Autocomplete, Name: "ask", GuildID: fakediscord.GuildID,
		Options: []fakediscord.Option{{Name: "question", Value: "wh", Focused: true}},
	})
	if err != nil {
		t.Fatalf("Interaction() = %v", err)
	}
	await(t, handled)
	cb := waitCallback(t, fake, sent)
	if cb.Type != 8 || len(cb.Data.Choices) != 1 || cb.Data.Choices[0].Value != "wh?" {
		t.Errorf("callback = %+v, want type 8 with choice wh?", cb)
	}
}

func testComponent(t *testing.T, fake *fakediscord.Server, handled <-chan error) {
	sent, err := fake.Interaction(fakediscord.Interaction{Type: fakediscord.Component, CustomID: "more:1"})
	if err != nil {
		t.Fatalf("Interaction() = %v", err)
	}
	await(t, handled)
	if cb := waitCallback(t, fake, sent); cb.Type != 7 || cb.Data.Content != "more for more:1" {
		t.Errorf("callback = %+v, want type 7, content %q", cb, "more for more:1")
	}
}

func testMentionReply(t *testing.T, fake *fakediscord.Server, handled <-chan error) {
	parent := fake.AddMessage(fakediscord.Message{GuildID: fakediscord.GuildID, Content: "earlier answer"})
	id, err := fake.Message(fakediscord.Message{
		GuildID: fakediscord.GuildID, Content: "<@" + fakediscord.BotID + "> and then?",
		Mentions: []string{fakediscord.BotID}, ReplyTo: parent,
	})
	if err != nil {
		t.Fatalf("Message() = %v", err)
	}
	await(t, handled)
	c, err := fake.WaitCall(ctxFor(t), fakediscord.Match("POST", fakediscord.APIPath+"/channels/"+fakediscord.ChannelID+"/messages"))
	if err != nil {
		t.Fatalf("WaitCall(send) = %v", err)
	}
	var body struct {
		Content   string `json:"content"`
		Reference struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
		Embeds []struct {
			Title string `json:"title"`
		} `json:"embeds"`
	}
	if err := c.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body.Content != "re: earlier answer" || body.Reference.MessageID != id || len(body.Embeds) != 1 {
		t.Errorf("sent message = %+v, want content %q replying to %s with 1 embed", body, "re: earlier answer", id)
	}
}

func testRateLimit(t *testing.T, fake *fakediscord.Server, sess *discordgo.Session) {
	path := fakediscord.APIPath + "/channels/42/messages"
	fake.Fail("POST", path, http.StatusTooManyRequests, fakediscord.BodyRateLimited, 1)
	if _, err := sess.ChannelMessageSend("42", "hello"); err != nil {
		t.Fatalf("ChannelMessageSend() after one 429 = %v, want nil", err)
	}
	var statuses []int
	for _, c := range fake.Calls() {
		if c.Path == path {
			statuses = append(statuses, c.Status)
		}
	}
	if want := []int{429, 200}; !reflect.DeepEqual(statuses, want) {
		t.Errorf("statuses of %s = %v, want %v", path, statuses, want)
	}
}

func testFileUpload(t *testing.T, fake *fakediscord.Server, sess *discordgo.Session) {
	msg, err := sess.ChannelMessageSendComplex("43", &discordgo.MessageSend{
		Content: "see file",
		Files:   []*discordgo.File{{Name: "a.txt", Reader: strings.NewReader("x")}},
	})
	if err != nil || msg.Content != "see file" {
		t.Fatalf("ChannelMessageSendComplex(file) = %+v, %v; want content %q", msg, err, "see file")
	}
	c, err := fake.WaitCall(ctxFor(t), fakediscord.Match("POST", fakediscord.APIPath+"/channels/43/messages"))
	if err != nil {
		t.Fatalf("WaitCall(send) = %v", err)
	}
	var body struct {
		Content string `json:"content"`
	}
	if err := c.Decode(&body); err != nil || body.Content != "see file" {
		t.Errorf("multipart payload_json = %s, %v; want content %q", c.JSON(), err, "see file")
	}
}

func testBulkOverwrite(t *testing.T, fake *fakediscord.Server, sess *discordgo.Session) {
	cmds, err := sess.ApplicationCommandBulkOverwrite(fakediscord.AppID, fakediscord.GuildID, []*discordgo.ApplicationCommand{
		{Name: "ask", Description: "Ask the archive"},
	})
	if err != nil {
		t.Fatalf("ApplicationCommandBulkOverwrite() = %v", err)
	}
	if len(cmds) != 1 || cmds[0].ID == "" || cmds[0].Name != "ask" {
		t.Fatalf("ApplicationCommandBulkOverwrite() = %+v, want ask with an ID", cmds)
	}
	path := fakediscord.APIPath + "/applications/" + fakediscord.AppID + "/guilds/" + fakediscord.GuildID + "/commands"
	c, err := fake.WaitCall(ctxFor(t), fakediscord.Match("PUT", path))
	if err != nil {
		t.Fatalf("WaitCall(PUT commands) = %v", err)
	}
	var sentCmds []map[string]any
	if err := c.Decode(&sentCmds); err != nil || len(sentCmds) != 1 || sentCmds[0]["description"] != "Ask the archive" {
		t.Errorf("PUT body = %s, want one command described %q", c.Body, "Ask the archive")
	}
	if got := string(fake.Commands(fakediscord.GuildID)); got == "[]" {
		t.Errorf("Commands(GuildID) = %s, want the registered command", got)
	}
}

func testErrors(t *testing.T, fake *fakediscord.Server, sess *discordgo.Session) {
	respond := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	err := sess.InteractionRespond(&discordgo.Interaction{ID: "1", Token: "stale"}, respond)
	if code := restCode(err); code != discordgo.ErrCodeUnknownInteraction {
		t.Errorf("InteractionRespond(unknown) = %v, want code %d", err, discordgo.ErrCodeUnknownInteraction)
	}

	fake.Fail("POST", fakediscord.APIPath+"/channels/", http.StatusInternalServerError, fakediscord.BodyServerError, 1)
	_, err = sess.ChannelMessageSend("42", "x")
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != http.StatusInternalServerError {
		t.Errorf("ChannelMessageSend() with Fail 500 = %v, want a 500 RESTError", err)
	}
	if _, err := sess.ChannelMessageSend("42", "x"); err != nil {
		t.Errorf("ChannelMessageSend() after the failure was used up = %v, want nil", err)
	}

	if _, err := sess.Request("GET", fake.APIURL()+"/nope", nil); err == nil {
		t.Errorf("Request(GET unknown path) = nil, want a 404 error")
	}
}

// restCode returns the Discord error code in err, or 0.
func restCode(err error) int {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Message != nil {
		return rest.Message.Code
	}
	return 0
}
