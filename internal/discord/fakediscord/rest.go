package fakediscord

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// Discord JSON error codes the fake answers with.
const (
	codeUnknownChannel     = 10003
	codeUnknownMessage     = 10008
	codeUnknownWebhook     = 10015
	codeUnknownInteraction = 10062
	codeAlreadyAcked       = 40060
	codeInvalidBody        = 50035
)

// record wraps the REST handler: it checks authorization, applies Fail rules,
// and records each call with its response before the response is sent, so a
// call is in Calls by the time the client sees its answer.
func (s *Server) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ws" || r.URL.Path == "/ws/" {
			next.ServeHTTP(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		call := Call{
			Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(),
			Header: r.Header.Clone(), Body: body, At: time.Now(),
		}

		rec := httptest.NewRecorder()
		s.mu.Lock()
		var fail *failRule
		authorized := r.Header.Get("Authorization") == "Bot "+s.tokenLocked() ||
			(r.Method == http.MethodGet && r.URL.Path == APIPath+"/gateway")
		if authorized {
			fail = s.takeFailLocked(r)
		}
		quirked := authorized && fail == nil && s.quirkLocked(rec, r, body)
		flagsAsString := s.quirks.StringPublicFlags
		s.mu.Unlock()
		switch {
		case quirked:
		case !authorized:
			writeError(rec, http.StatusUnauthorized, 0, "401: Unauthorized")
		case fail != nil:
			writeFail(rec, fail)
		default:
			next.ServeHTTP(rec, r)
		}
		if flagsAsString && rec.Code < 300 && rec.Body.Len() > 0 {
			b := stringFlags(rec.Body.Bytes())
			rec.Body.Reset()
			rec.Body.Write(b)
		}

		call.Status, call.Response = rec.Code, rec.Body.Bytes()
		s.mu.Lock()
		s.calls = append(s.calls, call)
		s.notifyLocked()
		s.mu.Unlock()

		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	})
}

// routeREST registers the REST endpoints the fake implements.
func (s *Server) routeREST(mux *http.ServeMux) {
	api := func(pattern string, h http.HandlerFunc) {
		method, path, _ := strings.Cut(pattern, " ")
		mux.HandleFunc(method+" "+APIPath+path, h)
	}
	api("GET /gateway", s.getGateway)
	api("GET /gateway/bot", s.getGateway)
	api("GET /users/@me", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, mustJSON(userJSON(BotID, BotName, true)))
	})
	api("POST /users/@me/channels", s.postDMChannel)
	api("GET /channels/{c}", s.getChannel)
	api("POST /channels/{c}/typing", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	api("POST /channels/{c}/messages", s.postChannelMessage)
	api("GET /channels/{c}/messages/{m}", s.getChannelMessage)
	api("PATCH /channels/{c}/messages/{m}", s.patchChannelMessage)
	api("DELETE /channels/{c}/messages/{m}", s.deleteChannelMessage)
	api("POST /interactions/{id}/{token}/callback", s.postCallback)
	api("POST /webhooks/{app}/{token}", s.postFollowup)
	api("GET /webhooks/{app}/{token}/messages/{m}", s.getWebhookMessage)
	api("PATCH /webhooks/{app}/{token}/messages/{m}", s.patchWebhookMessage)
	api("DELETE /webhooks/{app}/{token}/messages/{m}", s.deleteWebhookMessage)
	for _, p := range []string{"/applications/{app}/commands", "/applications/{app}/guilds/{g}/commands"} {
		api("PUT "+p, s.putCommands)
		api("POST "+p, s.postCommand)
		api("GET "+p, s.getCommands)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	})
}

func (s *Server) getGateway(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, mustJSON(map[string]any{
		"url": s.GatewayURL(), "shards": 1,
		"session_start_limit": map[string]any{
			"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1,
		},
	}))
}

// postDMChannel opens a direct message channel with the recipient: the
// same channel for the same user each time.
func (s *Server) postDMChannel(w http.ResponseWriter, r *http.Request) {
	body, ok := decodeBody(w, r)
	if !ok {
		return
	}
	user, _ := body["recipient_id"].(string)
	if user == "" {
		writeError(w, http.StatusBadRequest, codeInvalidBody, "Invalid Form Body")
		return
	}
	id := DMChannelFor(user)
	s.mu.Lock()
	s.channels[id] = ""
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, mustJSON(map[string]any{
		"id": id, "type": 1, "recipients": []any{userJSON(user, userName(user), false)},
	}))
}

// DMChannelFor is the ID of the direct message channel the fake opens
// with user.
func DMChannelFor(user string) string { return "5" + user }

// getChannel answers for channels the fake has seen in events or AddMessage.
func (s *Server) getChannel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("c")
	s.mu.Lock()
	guild, ok := s.channels[id]
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, codeUnknownChannel, "Unknown Channel")
		return
	}
	ch := map[string]any{"id": id, "type": 1} // DM
	if guild != "" {
		ch = map[string]any{"id": id, "type": 0, "guild_id": guild, "name": "general"}
	}
	writeJSON(w, http.StatusOK, mustJSON(ch))
}

func (s *Server) postChannelMessage(w http.ResponseWriter, r *http.Request) {
	body, ok := decodeBody(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	b := mustJSON(s.botMessageLocked(r.PathValue("c"), "", body))
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, b)
}

func (s *Server) getChannelMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	msg, ok := s.messages[r.PathValue("c")+"/"+r.PathValue("m")]
	b := mustJSON(msg)
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	writeJSON(w, http.StatusOK, b)
}

func (s *Server) patchChannelMessage(w http.ResponseWriter, r *http.Request) {
	body, ok := decodeBody(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	msg := s.editMessageLocked(r.PathValue("c"), r.PathValue("m"), body)
	b := mustJSON(msg)
	s.mu.Unlock()
	if msg == nil {
		writeError(w, http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	writeJSON(w, http.StatusOK, b)
}

func (s *Server) deleteChannelMessage(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("c") + "/" + r.PathValue("m")
	s.mu.Lock()
	_, ok := s.messages[key]
	delete(s.messages, key)
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// decodeBody reads a JSON object from the body or from a multipart request's
// payload_json part. On failure it answers 400 and returns false.
func decodeBody(w http.ResponseWriter, r *http.Request) (map[string]any, bool) {
	body, _ := io.ReadAll(r.Body)
	call := Call{Header: r.Header, Body: body}
	var v map[string]any
	if err := json.Unmarshal(call.JSON(), &v); err != nil || v == nil {
		writeError(w, http.StatusBadRequest, codeInvalidBody, "Invalid Form Body")
		return nil, false
	}
	return v, true
}

// writeJSON sends a JSON body.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

// writeError sends a Discord JSON error.
func writeError(w http.ResponseWriter, status, code int, message string) {
	writeJSON(w, status, mustJSON(map[string]any{"message": message, "code": code}))
}
