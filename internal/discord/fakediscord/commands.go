package fakediscord

import (
	"encoding/json"
	"io"
	"net/http"
)

const codeUnknownApplication = 10002

// Commands returns the application commands registered for guildID (global
// commands for ""), as the JSON array GET .../commands would return.
func (s *Server) Commands(guildID string) json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return mustJSON(s.commandsLocked(guildID))
}

func (s *Server) commandsLocked(guildID string) []any {
	if cmds := s.commands[guildID]; cmds != nil {
		return cmds
	}
	return []any{}
}

// putCommands answers the bulk overwrite: the new list, with IDs kept for
// names registered before and fresh ones otherwise.
func (s *Server) putCommands(w http.ResponseWriter, r *http.Request) {
	var cmds []map[string]any
	if !s.commandApp(w, r) {
		return
	}
	body, _ := io.ReadAll(r.Body)
	if json.Unmarshal(body, &cmds) != nil || cmds == nil {
		writeError(w, http.StatusBadRequest, codeInvalidBody, "Invalid Form Body")
		return
	}
	guild := r.PathValue("g")
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []any{}
	for _, c := range cmds {
		out = append(out, s.commandLocked(guild, c))
	}
	s.commands[guild] = out
	writeJSON(w, http.StatusOK, mustJSON(out))
}

// postCommand answers a single create, which replaces a command of the same name.
func (s *Server) postCommand(w http.ResponseWriter, r *http.Request) {
	if !s.commandApp(w, r) {
		return
	}
	c, ok := decodeBody(w, r)
	if !ok {
		return
	}
	guild := r.PathValue("g")
	s.mu.Lock()
	defer s.mu.Unlock()
	cmd := s.commandLocked(guild, c)
	var out []any
	for _, old := range s.commands[guild] {
		if old.(map[string]any)["name"] != cmd["name"] {
			out = append(out, old)
		}
	}
	s.commands[guild] = append(out, cmd)
	writeJSON(w, http.StatusCreated, mustJSON(cmd))
}

func (s *Server) getCommands(w http.ResponseWriter, r *http.Request) {
	if !s.commandApp(w, r) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, mustJSON(s.commandsLocked(r.PathValue("g"))))
}

// commandApp answers 404 Unknown Application unless the path names AppID.
func (s *Server) commandApp(w http.ResponseWriter, r *http.Request) bool {
	if r.PathValue("app") != AppID {
		writeError(w, http.StatusNotFound, codeUnknownApplication, "Unknown Application")
		return false
	}
	return true
}

// commandLocked returns c as Discord stores it: with id, application_id,
// version, type and, for a guild command, guild_id.
func (s *Server) commandLocked(guild string, c map[string]any) map[string]any {
	name, _ := c["name"].(string)
	out := make(map[string]any, len(c)+4)
	for k, v := range c {
		out[k] = v
	}
	out["id"] = s.commandIDLocked(guild, name)
	out["application_id"] = AppID
	out["version"] = s.newIDLocked()
	if _, ok := out["type"]; !ok {
		out["type"] = 1
	}
	if guild != "" {
		out["guild_id"] = guild
	}
	return out
}

// commandIDLocked returns the ID of the command named name, registered for
// guild or globally, or a fresh ID.
func (s *Server) commandIDLocked(guild, name string) string {
	for _, scope := range []string{guild, ""} {
		for _, c := range s.commands[scope] {
			if m := c.(map[string]any); m["name"] == name {
				return m["id"].(string)
			}
		}
	}
	return s.newIDLocked()
}
