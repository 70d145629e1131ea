package fakediscord

import (
	"encoding/json"
	"maps"
	"time"
)

// Default places and people for events that do not name their own.
const (
	// GuildID is the default guild of guild events.
	GuildID = "300000000000000001"
	// ChannelID is the default channel of guild events.
	ChannelID = "300000000000000002"
	// DMChannelID is the default channel of direct-message events.
	DMChannelID = "300000000000000003"
	// UserID is the default author of messages and interactions.
	UserID = "300000000000000004"
	// UserName is the username of UserID.
	UserName = "reader"
)

// Message describes a user's message for Message and AddMessage.
type Message struct {
	ID         string // generated if empty
	ChannelID  string // defaults to ChannelID in a guild, DMChannelID in a DM
	GuildID    string // empty for a direct message
	Content    string
	AuthorID   string   // defaults to UserID
	AuthorName string   // defaults to UserName for UserID, "user" otherwise
	Bot        bool     // the author is a bot
	Mentions   []string // IDs of mentioned users; include BotID for an @mention
	ReplyTo    string   // ID of the message, in the same channel, this one replies to
}

// Message dispatches MESSAGE_CREATE for m to the connected client and stores the
// message, so GET /channels/{c}/messages/{id} returns it. A reply carries
// message_reference and, if the replied-to message is stored, referenced_message.
// It returns the message ID.
func (s *Server) Message(m Message) (string, error) {
	id, payload := s.storeMessage(m)
	return id, s.Dispatch("MESSAGE_CREATE", json.RawMessage(payload))
}

// AddMessage stores m without dispatching it, for the bot to fetch later (the
// start of a reply chain, say). It returns the message ID.
func (s *Server) AddMessage(m Message) string {
	id, _ := s.storeMessage(m)
	return id
}

// storeMessage fills m's defaults, stores it, and returns its ID and JSON.
func (s *Server) storeMessage(m Message) (string, []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.ID == "" {
		m.ID = s.newIDLocked()
	}
	if m.ChannelID == "" {
		m.ChannelID = DMChannelID
		if m.GuildID != "" {
			m.ChannelID = ChannelID
		}
	}
	if m.AuthorID == "" {
		m.AuthorID = UserID
	}
	if m.AuthorName == "" {
		m.AuthorName = userName(m.AuthorID)
	}
	s.channels[m.ChannelID] = m.GuildID

	mentions := []any{}
	for _, id := range m.Mentions {
		mentions = append(mentions, userJSON(id, userName(id), id == BotID))
	}
	msg := baseMessage(m.ID, m.ChannelID, m.GuildID, userJSON(m.AuthorID, m.AuthorName, m.Bot))
	msg["content"] = m.Content
	msg["mentions"] = mentions
	if m.GuildID != "" {
		msg["member"] = map[string]any{"roles": []any{}, "joined_at": timestamp()}
	}
	if m.ReplyTo != "" {
		s.setReplyLocked(msg, m.ReplyTo)
	}
	s.messages[m.ChannelID+"/"+m.ID] = msg
	return m.ID, mustJSON(msg)
}

// setReplyLocked makes msg a reply to message replyTo in its channel.
func (s *Server) setReplyLocked(msg map[string]any, replyTo string) {
	ref := map[string]any{"message_id": replyTo, "channel_id": msg["channel_id"]}
	if g, ok := msg["guild_id"]; ok {
		ref["guild_id"] = g
	}
	msg["message_reference"] = ref
	msg["type"] = 19 // REPLY
	if parent, ok := s.messages[msg["channel_id"].(string)+"/"+replyTo]; ok {
		parent = maps.Clone(parent) // Discord nests one level only
		delete(parent, "referenced_message")
		msg["referenced_message"] = parent
	}
}

// botMessageLocked stores a message the bot sent to channelID with the JSON
// fields in body, and returns it.
func (s *Server) botMessageLocked(channelID, id string, body map[string]any) map[string]any {
	if id == "" {
		id = s.newIDLocked()
	}
	msg := baseMessage(id, channelID, s.channels[channelID], userJSON(BotID, BotName, true))
	for k, v := range body {
		if k != "allowed_mentions" && k != "nonce" {
			msg[k] = v
		}
	}
	msg["id"], msg["channel_id"] = id, channelID
	if ref, ok := body["message_reference"].(map[string]any); ok {
		if parent, ok := ref["message_id"].(string); ok {
			s.setReplyLocked(msg, parent)
		}
	}
	s.messages[channelID+"/"+id] = msg
	return msg
}

// editMessageLocked merges body into the stored message and returns the result,
// or nil if there is no such message.
func (s *Server) editMessageLocked(channelID, id string, body map[string]any) map[string]any {
	old, ok := s.messages[channelID+"/"+id]
	if !ok {
		return nil
	}
	msg := maps.Clone(old)
	for k, v := range body {
		if k != "allowed_mentions" {
			msg[k] = v
		}
	}
	msg["edited_timestamp"] = timestamp()
	s.messages[channelID+"/"+id] = msg
	return msg
}

// baseMessage returns the fields every message has.
func baseMessage(id, channelID, guildID string, author map[string]any) map[string]any {
	msg := map[string]any{
		"id": id, "channel_id": channelID, "author": author, "type": 0,
		"content": "", "timestamp": timestamp(), "edited_timestamp": nil,
		"tts": false, "mention_everyone": false, "mentions": []any{}, "mention_roles": []any{},
		"attachments": []any{}, "embeds": []any{}, "pinned": false, "flags": 0,
	}
	if guildID != "" {
		msg["guild_id"] = guildID
	}
	return msg
}

// userJSON returns a user object.
func userJSON(id, name string, bot bool) map[string]any {
	return map[string]any{"id": id, "username": name, "discriminator": "0", "bot": bot}
}

// userName returns the username the fake gives user id.
func userName(id string) string {
	switch id {
	case BotID:
		return BotName
	case UserID:
		return UserName
	}
	return "user"
}

// timestamp returns the current time as Discord formats it.
func timestamp() string { return time.Now().UTC().Format(time.RFC3339Nano) }

// mustJSON marshals v, which the fake builds only from strings, numbers and
// decoded JSON, so marshalling cannot fail.
func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
