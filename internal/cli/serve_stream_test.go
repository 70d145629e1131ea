package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// streamQuestion is the question the streaming tests ask; the model's
// scripted answer cites the passages it is given.
const streamQuestion = "What sparked the protests?"

var streamAnswer = []string{"Protests began ", "over a near-doubling ", "of fuel prices [1]. ", "They spread ", "to other cities [2]."}

// TestServeStreamsTheAnswer runs bot serve with a language model (a fake
// OpenAI-compatible server that streams when the test says): a slow answer
// is deferred, its draft edited in as it is written at most once a second
// of the bot's clock, and the last edit is the verified answer exactly as
// a direct reply would have been.
func TestServeStreamsTheAnswer(t *testing.T) {
	model := newFakeModel(t)
	h := startServe(t, harnessOptions{env: map[string]string{config.EnvOpenAIBaseURL: model.URL()}})
	var direct wireMessage
	steps := []struct {
		name string
		run  func(*testing.T)
	}{
		{"fast answer direct, no drafts", func(t *testing.T) { direct = testStreamDirect(t, h, model) }},
		{"slow answer drafted then final", func(t *testing.T) { testStreamDrafts(t, h, model, direct) }},
		{"stream cut off midway", func(t *testing.T) { testStreamCutOff(t, h, model) }},
	}
	for _, s := range steps {
		if !t.Run(s.name, func(t *testing.T) { h.t = t; s.run(t) }) {
			break
		}
	}
	h.t = t
	t.Run("every message pings nobody and fits", func(t *testing.T) { checkAllMessages(t, h.fake.Calls()) })
}

// awaitModel waits for the bot's request to the model.
func awaitModel(t *testing.T, h *harness, model *fakeModel) map[string]any {
	t.Helper()
	select {
	case body := <-model.requested:
		return body
	case <-h.ctx().Done():
		t.Fatalf("the bot never asked the model\nlogs:\n%s", h.logs)
		return nil
	}
}

func testStreamDirect(t *testing.T, h *harness, model *fakeModel) wireMessage {
	sent := h.ask(streamQuestion)
	awaitModel(t, h, model)
	model.say(streamAnswer...)
	model.end("stop")
	_, cb := h.callback(sent)
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 || !strings.HasPrefix(cb.Data.Embeds[0].Footer.Text, "Written by") {
		t.Fatalf("fast streamed answer = %+v, want the model's answer directly (type 4)", cb)
	}
	for _, c := range h.fake.Calls() {
		if c.Path == sent.OriginalPath() {
			t.Errorf("a direct answer was edited: %v", c)
		}
	}
	return cb.Data
}

func testStreamDrafts(t *testing.T, h *harness, model *fakeModel, direct wireMessage) {
	sent := h.ask(streamQuestion)
	awaitModel(t, h, model)
	h.clock.Advance(h.budget)
	if _, cb := h.callback(sent); cb.Type != 5 {
		t.Fatalf("callback type %d, want 5 (deferred) when the budget runs out", cb.Type)
	}
	edits := func(n int) []fakediscord.Call {
		t.Helper()
		calls, err := h.fake.WaitCalls(h.ctx(), n, fakediscord.Match("PATCH", sent.OriginalPath()))
		if err != nil {
			t.Fatalf("wait for %d edits: %v\nlogs:\n%s", n, err, h.logs)
		}
		return calls
	}

	written := time.Now()
	model.say(streamAnswer[0])
	first := draftOf(t, edits(1)[0])
	t.Logf("measured: model wrote its first piece → draft edit at the fake Discord: %v", edits(1)[0].At.Sub(written))
	if first != "Protests began …" {
		t.Errorf("first draft = %q, want the first piece at once", first)
	}

	// More text within the same second of the bot's clock: no edit; the
	// drafter waits on the clock.
	timers := h.clock.TimersMade()
	model.say(streamAnswer[1])
	if err := h.clock.WaitTimers(h.ctx(), timers+1); err != nil {
		t.Fatalf("the drafter never waited for the clock: %v", err)
	}
	model.say(streamAnswer[2])
	if n := countCalls(h, fakediscord.Match("PATCH", sent.OriginalPath())); n != 1 {
		t.Fatalf("%d edits within the first second, want 1", n)
	}
	h.clock.Advance(time.Second)
	second := draftOf(t, edits(2)[1])
	if !strings.HasPrefix(second, "Protests began over a near-doubling") {
		t.Errorf("second draft = %q, want the text as it stood a second later", second)
	}

	model.say(streamAnswer[3:]...)
	model.end("stop")
	all := edits(3)
	var final wireMessage
	decodeJSON(t, all[2].JSON(), &final)
	if len(final.Embeds) != 1 || len(final.Embeds[0].Fields) != 2 || !strings.Contains(final.Embeds[0].Description, "[2]") {
		t.Fatalf("final edit = %+v, want the answer with its 2 verified sources", final.Embeds)
	}
	if !sameMessage(final, direct) {
		t.Errorf("final edit differs from the direct answer to the same question:\nedit:   %+v\ndirect: %+v", final, direct)
	}
	h.waitLine(`"msg":"question answered"`, `"drafts":2`)
	if n := countCalls(h, fakediscord.Match("PATCH", sent.OriginalPath())); n != 3 {
		t.Errorf("%d edits in all, want 2 drafts (1 + 1 per second of the clock) and the final answer", n)
	}
}

func testStreamCutOff(t *testing.T, h *harness, model *fakeModel) {
	sent := h.ask(streamQuestion)
	awaitModel(t, h, model)
	h.clock.Advance(h.budget)
	h.callback(sent)
	model.say("Officials told @everyone and <@123> that protests began ")
	calls, err := h.fake.WaitCalls(h.ctx(), 1, fakediscord.Match("PATCH", sent.OriginalPath()))
	if err != nil {
		t.Fatal(err)
	}
	if d := draftOf(t, calls[0]); !strings.Contains(d, "@\u200beveryone") {
		t.Errorf("draft = %q, want the model's text with the mention broken", d)
	}
	model.end("cut")
	calls, err = h.fake.WaitCalls(h.ctx(), 2, fakediscord.Match("PATCH", sent.OriginalPath()))
	if err != nil {
		t.Fatal(err)
	}
	var final wireMessage
	decodeJSON(t, calls[1].JSON(), &final)
	e := final.Embeds[0]
	if !strings.Contains(e.Footer.Text, "Quoted from the articles") || !strings.Contains(e.Footer.Text, "the language model was unavailable") ||
		strings.Contains(e.Description, "Officials told") || len(e.Fields) == 0 {
		t.Errorf("final edit after a cut-off stream = %q / %q, want the extractive answer, cited and marked as such", e.Description, e.Footer.Text)
	}
}

// draftOf returns the text of a draft edit, failing unless it is one: an
// embed without sources or buttons, marked as being written.
func draftOf(t *testing.T, c fakediscord.Call) string {
	t.Helper()
	var m wireMessage
	decodeJSON(t, c.JSON(), &m)
	if len(m.Embeds) != 1 || len(m.Embeds[0].Fields) != 0 || len(m.Components) != 0 || !strings.HasPrefix(m.Embeds[0].Footer.Text, "Writing") {
		t.Fatalf("edit %s is not a draft", c.JSON())
	}
	return m.Embeds[0].Description
}

// sameMessage reports whether a and b show the same embeds and buttons.
func sameMessage(a, b wireMessage) bool {
	ja, _ := json.Marshal([]any{a.Embeds, a.Components})
	jb, _ := json.Marshal([]any{b.Embeds, b.Components})
	return string(ja) == string(jb)
}

// countCalls counts the REST calls so far that match accepts.
func countCalls(h *harness, match func(fakediscord.Call) bool) int {
	n := 0
	for _, c := range h.fake.Calls() {
		if match(c) {
			n++
		}
	}
	return n
}
