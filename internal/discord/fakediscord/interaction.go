package fakediscord

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// InteractionType is the type of an INTERACTION_CREATE.
type InteractionType int

// Interaction types the fake can send.
const (
	Command      InteractionType = 2 // a slash command
	Component    InteractionType = 3 // a button press or select menu choice
	Autocomplete InteractionType = 4 // an autocomplete request for a focused option
)

// Interaction describes an INTERACTION_CREATE for Server.Interaction. The zero
// value, with Name set, is a slash command in a DM from UserID.
type Interaction struct {
	Type    InteractionType // Command if zero
	Name    string          // command name (Command, Autocomplete)
	Options []Option        // command options (Command, Autocomplete)

	CustomID      string   // component custom_id (Component)
	ComponentType int      // 2 button (default), 3 string select (Component)
	Values        []string // chosen select values (Component)
	MessageID     string   // message carrying the component; a stub bot message if empty (Component)

	GuildID   string // empty for a direct message: the user then comes as user, not member
	ChannelID string // defaults to ChannelID in a guild, DMChannelID in a DM
	UserID    string // defaults to UserID
	UserName  string // defaults to UserName for UserID, "user" otherwise
	Locale    string // defaults to "en-US"

	Roles       []string // the member's role IDs, in a guild
	Permissions int64    // the member's permission bits in the channel, in a guild
}

// Option is a slash command option as the client sends it.
type Option struct {
	Name    string
	Type    int // inferred when zero: string 3, int 4, bool 5, float64 10, nil with Options 1 (subcommand)
	Value   any
	Focused bool     // the option being typed, for Autocomplete
	Options []Option // options of a subcommand
}

// SentInteraction identifies a dispatched interaction.
type SentInteraction struct {
	ID    string
	Token string
	AppID string
}

// CallbackPath is the path of the initial response, POST .../callback.
func (si SentInteraction) CallbackPath() string {
	return APIPath + "/interactions/" + si.ID + "/" + si.Token + "/callback"
}

// OriginalPath is the path of the original response, edited with PATCH.
func (si SentInteraction) OriginalPath() string {
	return APIPath + "/webhooks/" + si.AppID + "/" + si.Token + "/messages/@original"
}

// FollowupPath is the path followup messages are POSTed to.
func (si SentInteraction) FollowupPath() string {
	return APIPath + "/webhooks/" + si.AppID + "/" + si.Token
}

// interaction is the fake's record of a dispatched interaction.
type interaction struct {
	id, channelID string
	typ           InteractionType
	messageID     string // the component's message
	acked         bool
	original      string // ID of the @original message, once there is one
	hollow        bool   // deferred under Quirks.HollowDeferral: no webhook works
}

// Interaction dispatches INTERACTION_CREATE for in to the connected client and
// returns the ID and token it carried. The fake then accepts exactly one
// callback for it, and, after that, webhook calls with its token. The
// interaction is registered, and the result valid, even when the dispatch fails
// (ErrNotConnected), so a test can also drive the REST side by hand.
func (s *Server) Interaction(in Interaction) (SentInteraction, error) {
	payload, sent, err := s.buildInteraction(in)
	if err != nil {
		return SentInteraction{}, err
	}
	return sent, s.Dispatch("INTERACTION_CREATE", json.RawMessage(payload))
}

// buildInteraction fills in's defaults, registers it, and returns its JSON.
func (s *Server) buildInteraction(in Interaction) ([]byte, SentInteraction, error) {
	if in.Type == 0 {
		in.Type = Command
	}
	if in.ChannelID == "" {
		in.ChannelID = DMChannelID
		if in.GuildID != "" {
			in.ChannelID = ChannelID
		}
	}
	if in.UserID == "" {
		in.UserID = UserID
	}
	if in.UserName == "" {
		in.UserName = userName(in.UserID)
	}
	if in.Locale == "" {
		in.Locale = "en-US"
	}
	opts, err := optionsJSON(in.Options)
	if err != nil {
		return nil, SentInteraction{}, fmt.Errorf("interaction %q: %w", in.Name, err)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	s.channels[in.ChannelID] = in.GuildID
	id := s.newIDLocked()
	sent := SentInteraction{ID: id, Token: "itoken-" + id, AppID: AppID}
	p := map[string]any{
		"id": id, "application_id": AppID, "type": int(in.Type), "token": sent.Token,
		"version": 1, "channel_id": in.ChannelID, "locale": in.Locale,
	}
	user := userJSON(in.UserID, in.UserName, false)
	if in.GuildID != "" {
		p["guild_id"], p["guild_locale"], p["context"] = in.GuildID, "en-US", 0
		p["channel"] = map[string]any{"id": in.ChannelID, "type": 0, "guild_id": in.GuildID}
		roles := []any{}
		for _, r := range in.Roles {
			roles = append(roles, r)
		}
		p["member"] = map[string]any{"user": user, "roles": roles, "joined_at": timestamp(), "permissions": strconv.FormatInt(in.Permissions, 10)}
	} else {
		p["context"] = 1
		p["channel"] = map[string]any{"id": in.ChannelID, "type": 1}
		p["user"] = user
	}

	rec := &interaction{id: id, channelID: in.ChannelID, typ: in.Type}
	switch in.Type {
	case Command, Autocomplete:
		data := map[string]any{"id": s.commandIDLocked(in.GuildID, in.Name), "name": in.Name, "type": 1}
		if len(opts) > 0 {
			data["options"] = opts
		}
		if in.GuildID != "" {
			data["guild_id"] = in.GuildID
		}
		p["data"] = data
	case Component:
		s.componentLocked(p, &in, rec)
	default:
		return nil, SentInteraction{}, fmt.Errorf("interaction %q: unsupported type %d", in.Name, in.Type)
	}
	s.inters[sent.Token] = rec
	return mustJSON(p), sent, nil
}

// componentLocked adds a component interaction's data and message to p.
func (s *Server) componentLocked(p map[string]any, in *Interaction, rec *interaction) {
	if in.ComponentType == 0 {
		in.ComponentType = 2
	}
	data := map[string]any{"custom_id": in.CustomID, "component_type": in.ComponentType}
	if in.Values != nil {
		data["values"] = in.Values
	}
	p["data"] = data
	msg, ok := s.messages[in.ChannelID+"/"+in.MessageID]
	if !ok {
		msg = s.botMessageLocked(in.ChannelID, in.MessageID, nil)
	}
	rec.messageID = msg["id"].(string)
	p["message"] = msg
}

// optionsJSON converts options to their wire form, inferring types.
func optionsJSON(opts []Option) ([]any, error) {
	out := []any{}
	for _, o := range opts {
		typ := o.Type
		if typ == 0 {
			switch o.Value.(type) {
			case string:
				typ = 3
			case int, int32, int64:
				typ = 4
			case bool:
				typ = 5
			case float32, float64:
				typ = 10
			case nil:
				typ = 1
			default:
				return nil, fmt.Errorf("option %q: cannot infer type of %T", o.Name, o.Value)
			}
		}
		m := map[string]any{"name": o.Name, "type": typ}
		if o.Value != nil {
			m["value"] = o.Value
		}
		if o.Focused {
			m["focused"] = true
		}
		if len(o.Options) > 0 {
			sub, err := optionsJSON(o.Options)
			if err != nil {
				return nil, err
			}
			m["options"] = sub
		}
		out = append(out, m)
	}
	return out, nil
}
