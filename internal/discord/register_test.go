package discord

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestCommandPayload checks the JSON registered: no null anywhere (a
// stricter server refuses "choices": null), and the plain payload, sent
// after a 400, without the option fields such servers refuse.
func TestCommandPayload(t *testing.T) {
	for _, plain := range []bool{false, true} {
		raw, err := commandPayload(Commands(0), plain)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(raw), "null") {
			t.Errorf("commandPayload(plain=%v) has a null: %s", plain, raw)
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatal(err)
		}
		name := "commands_payload"
		if plain {
			name = "commands_payload_plain"
			for _, k := range optionExtras {
				if strings.Contains(string(raw), `"`+k+`"`) {
					t.Errorf("plain payload has %q: %s", k, raw)
				}
			}
		}
		golden(t, name, v)
	}
}

// TestShortError checks the one line logged and shown in /readyz for a
// refused registration: status and the server's message, cut to a
// readable length, without the token.
func TestShortError(t *testing.T) {
	b := newTestBot(t, newFakeClock(), Options{})
	long := "Invalid Form Body " + b.opt.Token + " " + strings.Repeat("options.0.choices: must be an array; ", 40)
	err := fmt.Errorf("wrapped: %w", &discordgo.RESTError{
		Response:     &http.Response{StatusCode: 400},
		ResponseBody: []byte(`{"message":"` + long + `"}`),
		Message:      &discordgo.APIErrorMessage{Code: 50035, Message: long},
	})
	got := b.shortError(err)
	if !strings.HasPrefix(got, "400 Invalid Form Body") || strings.Contains(got, b.opt.Token) || strings.Contains(got, "\n") {
		t.Errorf("shortError() = %q, want one line: the status and message, without the token", got)
	}
	if n := len([]rune(got)); n > maxServerMessage+10 {
		t.Errorf("shortError() is %d characters, want at most about %d", n, maxServerMessage)
	}
	if got := cause(errors.Join(err, &discordgo.RESTError{Response: &http.Response{StatusCode: 403}})); got != "http_403" {
		t.Errorf("cause() = %q, want the last refusal, http_403", got)
	}
}
