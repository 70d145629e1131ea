package fakediscord_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// TestSpacebarQuirks checks each switchable behaviour on the wire.
func TestSpacebarQuirks(t *testing.T) {
	s := fakediscord.New(t)
	s.SetQuirks(fakediscord.Spacebar())
	call := func(method, path, token, body string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(method, s.APIURL()+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bot "+token)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	tok := fakediscord.SpacebarToken
	if code, _ := call("GET", "/users/@me", fakediscord.Token, ""); code != 401 {
		t.Errorf("GET /users/@me with Discord's test token = %d, want 401", code)
	}
	if code, body := call("GET", "/users/@me", tok, ""); code != 200 || !strings.Contains(body, `"public_flags":"0"`) {
		t.Errorf("GET /users/@me = %d %s, want 200 and public_flags as a string", code, body)
	}
	cmds := "/applications/" + fakediscord.AppID + "/commands"
	for body, want := range map[string]int{
		`[{"name":"ask","description":"d","options":[{"name":"q","description":"d","type":3,"choices":null}]}]`:  400,
		`[{"name":"ask","description":"d","options":[{"name":"q","description":"d","type":3,"min_length":1}]}]`:  400,
		`[{"name":"ask","description":"d","options":[{"name":"q","description":"d","type":3,"required":true}]}]`: 200,
	} {
		if code, _ := call("PUT", cmds, tok, body); code != want {
			t.Errorf("PUT commands %s = %d, want %d", body, code, want)
		}
	}

	in, _ := s.Interaction(fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID})
	if code, _ := call("POST", strings.TrimPrefix(in.CallbackPath(), fakediscord.APIPath), tok, `{"type":4,"data":{"content":"x","flags":64}}`); code != 500 {
		t.Errorf("ephemeral callback in a guild = %d, want 500", code)
	}
	if code, _ := call("POST", strings.TrimPrefix(in.CallbackPath(), fakediscord.APIPath), tok, `{"type":5}`); code != 204 {
		t.Errorf("deferred callback = %d, want 204", code)
	}
	if code, body := call("PATCH", strings.TrimPrefix(in.OriginalPath(), fakediscord.APIPath), tok, `{"content":"x"}`); code != 404 || !strings.Contains(body, "10015") {
		t.Errorf("edit after a hollow deferral = %d %s, want 404 10015", code, body)
	}

	if code, body := call("POST", "/users/@me/channels", tok, `{"recipient_id":"`+fakediscord.UserID+`"}`); code != 200 || !strings.Contains(body, fakediscord.DMChannelFor(fakediscord.UserID)) {
		t.Errorf("open a DM = %d %s, want 200 and the channel", code, body)
	}
	q := fakediscord.Spacebar()
	q.NoDirectMessages = true
	s.SetQuirks(q)
	if code, _ := call("POST", "/users/@me/channels", tok, `{"recipient_id":"1"}`); code != 403 {
		t.Errorf("open a DM with NoDirectMessages = %d, want 403", code)
	}
}
