package discord

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// maxDroppedFields bounds how many wrong-typed fields tolerantDecode drops.
const maxDroppedFields = 20

// tolerantDecode decodes the JSON raw into v like json.Unmarshal, except
// that fields of the wrong type (a server that sends public_flags as a
// string, or roles as objects) are dropped instead of failing the whole
// value. It returns the paths of the fields it dropped.
func tolerantDecode(raw []byte, v any) ([]string, error) {
	var tree any
	if err := json.Unmarshal(raw, &tree); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	var dropped []string
	for range maxDroppedFields {
		b, err := json.Marshal(tree)
		if err != nil {
			return dropped, fmt.Errorf("decode event: %w", err)
		}
		err = json.Unmarshal(b, v)
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			return dropped, err
		}
		path := te.Field
		if path == "" || !dropPath(tree, strings.Split(path, ".")) {
			// The path is relative to a nested decoder: drop the field
			// by its name wherever it is.
			name := path[strings.LastIndex(path, ".")+1:]
			if name == "" || !dropName(tree, name) {
				return dropped, fmt.Errorf("decode event: %w", err)
			}
		}
		dropped = append(dropped, path)
	}
	return dropped, errors.New("decode event: too many fields of the wrong type")
}

// dropPath deletes the field at path in tree, in every element of the
// arrays along the way; it reports whether it deleted anything.
func dropPath(tree any, path []string) bool {
	switch x := tree.(type) {
	case []any:
		hit := false
		for _, e := range x {
			hit = dropPath(e, path) || hit
		}
		return hit
	case map[string]any:
		if len(path) == 1 {
			_, ok := x[path[0]]
			delete(x, path[0])
			return ok
		}
		next, ok := x[path[0]]
		return ok && dropPath(next, path[1:])
	}
	return false
}

// dropName deletes every field called name anywhere in tree.
func dropName(tree any, name string) bool {
	found := false
	switch x := tree.(type) {
	case []any:
		for _, e := range x {
			found = dropName(e, name) || found
		}
	case map[string]any:
		if _, ok := x[name]; ok {
			delete(x, name)
			found = true
		}
		for _, e := range x {
			found = dropName(e, name) || found
		}
	}
	return found
}

// onRawEvent answers the MESSAGE_CREATE and INTERACTION_CREATE events
// discordgo could not decode (its typed handlers then get an empty value
// and ignore it): the fields the bot needs are decoded tolerantly.
func (b *Bot) onRawEvent(s *discordgo.Session, e *discordgo.Event) {
	if e == nil {
		return
	}
	switch e.Type {
	case "MESSAGE_CREATE":
		var m discordgo.Message
		if json.Unmarshal(e.RawData, &m) == nil {
			return // the typed handler has it
		}
		if !b.decodeTolerantly(e, &m) {
			return
		}
		b.onMessage(s, &discordgo.MessageCreate{Message: &m})
	case "INTERACTION_CREATE":
		var i discordgo.Interaction
		if json.Unmarshal(e.RawData, &i) == nil {
			return
		}
		if !b.decodeTolerantly(e, &i) {
			return
		}
		b.onInteraction(s, &discordgo.InteractionCreate{Interaction: &i})
	}
}

// decodeTolerantly decodes e into v with tolerantDecode, logging what it
// dropped; it reports whether v is usable.
func (b *Bot) decodeTolerantly(e *discordgo.Event, v any) bool {
	dropped, err := tolerantDecode(e.RawData, v)
	if err != nil {
		b.log.Warn("event not understood; ignored", "event", e.Type, "err", err)
		return false
	}
	b.log.Info("event decoded without its wrong-typed fields", "event", e.Type, "dropped", dropped)
	return true
}

// libraryLog is where discordgo's log lines go: the last started Bot's
// logger. discordgo.Logger is a process global, set once.
var (
	libraryLog     atomic.Pointer[libraryLogger]
	libraryLogOnce sync.Once
)

type libraryLogger struct {
	log    *slog.Logger
	redact func(string) string
}

// routeLibraryLog sends discordgo's own log lines into log at WARN (its
// errors, such as an event it could not decode, included), without the
// token.
func (b *Bot) routeLibraryLog(log *slog.Logger) {
	libraryLog.Store(&libraryLogger{log: log.With("component", "discordgo"), redact: b.redactText})
	libraryLogOnce.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			l := libraryLog.Load()
			if l == nil || level > discordgo.LogWarning {
				return
			}
			l.log.Warn(l.redact(fmt.Sprintf(format, a...)))
		}
	})
}
