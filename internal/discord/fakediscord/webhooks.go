package fakediscord

import (
	"net/http"
)

// Interaction callback types (Discord's InteractionResponseType).
const (
	respondPong               = 1
	respondMessage            = 4
	respondDeferredMessage    = 5
	respondDeferredUpdate     = 6
	respondUpdateMessage      = 7
	respondAutocompleteResult = 8
	respondModal              = 9
	respondPremiumRequired    = 10
	respondLaunchActivity     = 12
)

// postCallback answers POST /interactions/{id}/{token}/callback like Discord:
// 204 once per dispatched interaction, 404 10062 for an unknown one, 400 40060
// for a second response, 400 50035 for a type that does not fit.
func (s *Server) postCallback(w http.ResponseWriter, r *http.Request) {
	body, ok := decodeBody(w, r)
	if !ok {
		return
	}
	typ, _ := body["type"].(float64)
	data, _ := body["data"].(map[string]any)

	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.inters[r.PathValue("token")]
	switch {
	case in == nil || in.id != r.PathValue("id"):
		writeError(w, http.StatusNotFound, codeUnknownInteraction, "Unknown interaction")
		return
	case in.acked:
		writeError(w, http.StatusBadRequest, codeAlreadyAcked, "Interaction has already been acknowledged.")
		return
	case !fits(in.typ, int(typ)):
		writeError(w, http.StatusBadRequest, codeInvalidBody, "Invalid Form Body: interaction response type")
		return
	}
	in.acked = true
	switch int(typ) {
	case respondMessage:
		in.original = s.botMessageLocked(in.channelID, "", data)["id"].(string)
	case respondDeferredMessage:
		if s.quirks.HollowDeferral {
			in.hollow = true
			break
		}
		msg := map[string]any{} // Discord shows "thinking…" until the first edit
		if f, ok := data["flags"]; ok {
			msg["flags"] = f // ephemeral (64) sticks to the later edit
		}
		in.original = s.botMessageLocked(in.channelID, "", msg)["id"].(string)
	case respondDeferredUpdate:
		in.original = in.messageID
	case respondUpdateMessage:
		in.original = in.messageID
		s.editMessageLocked(in.channelID, in.messageID, data)
	}
	w.WriteHeader(http.StatusNoContent)
}

// fits reports whether callback type cb may answer an interaction of type it.
func fits(it InteractionType, cb int) bool {
	switch cb {
	case respondMessage, respondDeferredMessage, respondModal, respondPremiumRequired, respondLaunchActivity:
		return it == Command || it == Component
	case respondDeferredUpdate, respondUpdateMessage:
		return it == Component
	case respondAutocompleteResult:
		return it == Autocomplete
	case respondPong:
		return false // answers only HTTP pings, which the fake never sends
	}
	return false
}

// webhookLocked returns the interaction behind webhook path values, or answers
// 404 Unknown Webhook and returns nil. Followups and edits need an acknowledged
// interaction.
func (s *Server) webhookLocked(w http.ResponseWriter, r *http.Request) *interaction {
	in := s.inters[r.PathValue("token")]
	if r.PathValue("app") != AppID || in == nil || !in.acked || in.hollow {
		writeError(w, http.StatusNotFound, codeUnknownWebhook, "Unknown Webhook")
		return nil
	}
	return in
}

// messageIDLocked resolves "@original" to the original response's ID.
func (in *interaction) messageIDLocked(m string) string {
	if m == "@original" {
		return in.original
	}
	return m
}

// postFollowup answers POST /webhooks/{app}/{token}: the message with ?wait=true, 204 otherwise.
func (s *Server) postFollowup(w http.ResponseWriter, r *http.Request) {
	body, ok := decodeBody(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookLocked(w, r)
	if in == nil {
		return
	}
	msg := s.botMessageLocked(in.channelID, "", body)
	if r.URL.Query().Get("wait") != "true" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	writeJSON(w, http.StatusOK, mustJSON(msg))
}

func (s *Server) getWebhookMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookLocked(w, r)
	if in == nil {
		return
	}
	msg, ok := s.messages[in.channelID+"/"+in.messageIDLocked(r.PathValue("m"))]
	if !ok {
		writeError(w, http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	writeJSON(w, http.StatusOK, mustJSON(msg))
}

func (s *Server) patchWebhookMessage(w http.ResponseWriter, r *http.Request) {
	body, ok := decodeBody(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookLocked(w, r)
	if in == nil {
		return
	}
	msg := s.editMessageLocked(in.channelID, in.messageIDLocked(r.PathValue("m")), body)
	if msg == nil {
		writeError(w, http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	writeJSON(w, http.StatusOK, mustJSON(msg))
}

func (s *Server) deleteWebhookMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookLocked(w, r)
	if in == nil {
		return
	}
	key := in.channelID + "/" + in.messageIDLocked(r.PathValue("m"))
	if _, ok := s.messages[key]; !ok {
		writeError(w, http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	delete(s.messages, key)
	w.WriteHeader(http.StatusNoContent)
}
