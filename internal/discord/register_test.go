package discord

import (
	"encoding/json"
	"strings"
	"testing"
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
