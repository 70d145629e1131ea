package cli

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// The JSON the bot sends, as far as the tests read it.
type (
	wireCallback struct {
		Type int         `json:"type"`
		Data wireMessage `json:"data"`
	}
	wireMessage struct {
		ID               string        `json:"id"`
		Content          string        `json:"content"`
		Flags            int           `json:"flags"`
		Embeds           []wireEmbed   `json:"embeds"`
		Components       []wireRow     `json:"components"`
		AllowedMentions  *wireMentions `json:"allowed_mentions"`
		MessageReference *struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
		Choices []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"choices"`
	}
	wireEmbed struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Color       int    `json:"color"`
		Fields      []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"fields"`
		Footer *struct {
			Text string `json:"text"`
		} `json:"footer"`
	}
	wireRow struct {
		Components []struct {
			CustomID string `json:"custom_id"`
			Label    string `json:"label"`
			Disabled bool   `json:"disabled"`
		} `json:"components"`
	}
	wireMentions struct {
		Parse       *[]string `json:"parse"`
		Users       []string  `json:"users"`
		Roles       []string  `json:"roles"`
		RepliedUser bool      `json:"replied_user"`
	}
)

// buttons returns the custom IDs of m's buttons.
func (m wireMessage) buttons() []string {
	var ids []string
	for _, r := range m.Components {
		for _, c := range r.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}

// isMessageCall reports whether c sends or edits a message.
func isMessageCall(c fakediscord.Call) bool {
	p := c.Path
	switch {
	case c.Method == "POST" && strings.HasSuffix(p, "/callback"):
		return true
	case c.Method == "PATCH" && strings.Contains(p, "/webhooks/"):
		return true
	case c.Method == "POST" && strings.Contains(p, "/webhooks/"):
		return true
	case c.Method == "POST" && strings.HasSuffix(p, "/messages"):
		return true
	}
	return false
}

var reLiveMention = regexp.MustCompile(`@everyone|@here|<@[!&]?\d`)

// checkAllMessages fails t unless every message the bot sent or edited
// pings nobody and keeps within Discord's limits.
func checkAllMessages(t *testing.T, calls []fakediscord.Call) {
	t.Helper()
	n := 0
	for _, c := range calls {
		if !isMessageCall(c) {
			continue
		}
		var m wireMessage
		if strings.HasSuffix(c.Path, "/callback") {
			var cb wireCallback
			if err := c.Decode(&cb); err != nil {
				t.Errorf("%v: %v", c, err)
				continue
			}
			if cb.Type == 8 { // autocomplete choices are not a message
				continue
			}
			m = cb.Data
		} else if err := c.Decode(&m); err != nil {
			t.Errorf("%v: %v", c, err)
			continue
		}
		n++
		am := m.AllowedMentions
		if am == nil || am.Parse == nil || len(*am.Parse) != 0 || am.RepliedUser || len(am.Users)+len(am.Roles) > 0 {
			t.Errorf("%s %s: allowed_mentions = %+v, want {parse: []}", c.Method, c.Path, am)
		}
		if live := reLiveMention.Find(c.JSON()); live != nil {
			t.Errorf("%s %s: live mention %q in %s", c.Method, c.Path, live, c.JSON())
		}
		checkMessageLimits(t, c, m)
	}
	if n == 0 {
		t.Error("no message calls to check")
	}
}

func checkMessageLimits(t *testing.T, c fakediscord.Call, m wireMessage) {
	t.Helper()
	u := func(s string) int { return len(utf16.Encode([]rune(s))) }
	if u(m.Content) > 2000 {
		t.Errorf("%s: content of %d units", c.Path, u(m.Content))
	}
	total := 0
	for _, e := range m.Embeds {
		total += u(e.Title) + u(e.Description)
		if u(e.Title) > 256 || u(e.Description) > 4096 || len(e.Fields) > 25 {
			t.Errorf("%s: embed over the limits: title %d, description %d, %d fields", c.Path, u(e.Title), u(e.Description), len(e.Fields))
		}
		for _, f := range e.Fields {
			total += u(f.Name) + u(f.Value)
			if u(f.Name) > 256 || u(f.Value) > 1024 {
				t.Errorf("%s: field over the limits: %q", c.Path, f.Name)
			}
		}
		if e.Footer != nil {
			total += u(e.Footer.Text)
		}
	}
	if total > 6000 {
		t.Errorf("%s: embeds total %d units", c.Path, total)
	}
	for _, id := range m.buttons() {
		if len(id) > 100 {
			t.Errorf("%s: custom_id %q over 100", c.Path, id)
		}
	}
}

// decodeJSON unmarshals b into v or fails t.
func decodeJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
}
