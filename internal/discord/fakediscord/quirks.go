package fakediscord

import (
	"encoding/json"
	"net/http"
	"strings"
)

// Quirks are behaviours of servers that implement Discord's API only in
// part, such as Spacebar. The zero value is Discord's behaviour.
type Quirks struct {
	// Token is the bot token accepted instead of the constant Token.
	Token string
	// StrictCommands answers 400 Invalid Form Body to a command
	// registration with a null anywhere, or an option with autocomplete,
	// min_length, max_length or channel_types.
	StrictCommands bool
	// RefuseCommands answers 400 to every command registration.
	RefuseCommands bool
	// NoEphemeral answers 500 to an interaction callback with flags 64
	// (ephemeral) in a guild.
	NoEphemeral bool
	// HollowDeferral accepts a deferred callback (type 5) but creates no
	// message: edits of @original and followups then answer 404 Unknown Webhook.
	HollowDeferral bool
	// NoDirectMessages answers 403 to opening a direct message channel.
	NoDirectMessages bool
	// StringPublicFlags sends every user's public_flags as a string, in
	// REST responses and gateway events (discordgo cannot decode those).
	StringPublicFlags bool
}

// SpacebarToken is a bot token of Spacebar's shape: 408 characters, three
// base64url parts joined by dots, like an ES512 JWT.
var SpacebarToken = strings.Repeat("e", 36) + "." + strings.Repeat("p", 200) + "." + strings.Repeat("s", 170)

// Spacebar returns the quirks observed on Spacebar: a 408-character token,
// strict command registration, no ephemeral callbacks in guilds, hollow
// deferrals and public_flags as a string. Direct messages work.
func Spacebar() Quirks {
	return Quirks{Token: SpacebarToken, StrictCommands: true, NoEphemeral: true, HollowDeferral: true, StringPublicFlags: true}
}

// SetQuirks makes the fake behave as q says from now on.
func (s *Server) SetQuirks(q Quirks) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.quirks = q
}

// tokenLocked is the bot token the fake accepts; s.mu must be held.
func (s *Server) tokenLocked() string {
	if s.quirks.Token != "" {
		return s.quirks.Token
	}
	return Token
}

// quirkLocked writes the refusal q calls for, if any, and reports whether
// it did; s.mu must be held.
func (s *Server) quirkLocked(w http.ResponseWriter, r *http.Request, body []byte) bool {
	q := s.quirks
	path := strings.TrimPrefix(r.URL.Path, APIPath)
	switch {
	case r.Method == http.MethodPut && strings.HasSuffix(path, "/commands") &&
		(q.RefuseCommands || q.StrictCommands && strictRefuses(body)):
		writeError(w, http.StatusBadRequest, codeInvalidBody, "Invalid Form Body")
		return true
	case q.NoEphemeral && r.Method == http.MethodPost && strings.HasPrefix(path, "/interactions/") && ephemeralInGuildLocked(s, r, body):
		writeError(w, http.StatusInternalServerError, 0, "Internal Server Error")
		return true
	case q.NoDirectMessages && r.Method == http.MethodPost && path == "/users/@me/channels":
		writeError(w, http.StatusForbidden, 50007, "Cannot send messages to this user")
		return true
	}
	return false
}

// strictRefuses reports whether a strict server refuses a command payload.
func strictRefuses(body []byte) bool {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return true
	}
	refused := false
	walk(v, func(m map[string]any) {
		for k, e := range m {
			switch k {
			case "autocomplete", "min_length", "max_length", "channel_types":
				refused = true
			}
			if e == nil {
				refused = true
			}
		}
	})
	return refused
}

// ephemeralInGuildLocked reports whether a callback asks for an ephemeral
// message in a guild channel.
func ephemeralInGuildLocked(s *Server, r *http.Request, body []byte) bool {
	var cb struct {
		Data struct {
			Flags int `json:"flags"`
		} `json:"data"`
	}
	if json.Unmarshal(body, &cb) != nil || cb.Data.Flags&64 == 0 {
		return false
	}
	parts := strings.Split(r.URL.Path, "/") // .../interactions/{id}/{token}/callback
	if len(parts) < 3 {
		return false
	}
	in := s.inters[parts[len(parts)-2]]
	return in != nil && s.channels[in.channelID] != ""
}

// stringFlags returns the JSON b with every user's public_flags a string.
func stringFlags(b []byte) []byte {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return b
	}
	walk(v, func(m map[string]any) {
		if _, ok := m["username"]; ok {
			m["public_flags"] = "0"
		}
	})
	return mustJSON(v)
}

// walk calls f on every JSON object in v.
func walk(v any, f func(map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		f(x)
		for _, e := range x {
			walk(e, f)
		}
	case []any:
		for _, e := range x {
			walk(e, f)
		}
	}
}
