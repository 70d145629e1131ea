package cli

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// BenchmarkServeAskDirect measures, against the fake Discord and the seed
// corpus, the time from dispatching INTERACTION_CREATE for /ask to the
// answer arriving as the initial response (target: ≤ 50 ms).
func BenchmarkServeAskDirect(b *testing.B) {
	h := startServe(b, harnessOptions{wallClock: true, discord: "rate_limit = 0\n"})
	questions := []string{"What sparked the protests?", "How many police officers were killed?", "Who won the 2022 World Cup?"}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		call, cb := h.callback(h.ask(questions[i%len(questions)]))
		if cb.Type != 4 {
			b.Fatalf("callback type %d, want 4 (direct)", cb.Type)
		}
		lat = append(lat, call.At.Sub(start))
	}
	b.StopTimer()
	report(b, lat, "ms-to-answer")
}

// BenchmarkServeAskDeferred measures the slow path with the real clock and
// a 100 ms reply budget: how long after the budget the deferred ack goes
// out (target: ≤ 100 ms), and how long after the composer finishes the
// answer is edited in.
func BenchmarkServeAskDeferred(b *testing.B) {
	const budget = 100 * time.Millisecond
	h := startServe(b, harnessOptions{wallClock: true, discord: fmt.Sprintf("rate_limit = 0\nreply_budget = %q\n", budget)})
	var ack, edit []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.gate.arm()
		start := time.Now()
		sent := h.ask("What sparked the protests?")
		h.awaitStarted()
		call, cb := h.callback(sent)
		if cb.Type != 5 {
			b.Fatalf("callback type %d, want 5 (deferred)", cb.Type)
		}
		ack = append(ack, call.At.Sub(start)-budget)
		released := time.Now()
		h.gate.release <- struct{}{}
		e := h.waitCall("edit", fakediscord.Match("PATCH", sent.OriginalPath()))
		edit = append(edit, e.At.Sub(released))
	}
	b.StopTimer()
	report(b, ack, "ms-ack-after-budget")
	report(b, edit, "ms-edit-after-answer")
}

// report adds the median and the worst of durations as metrics.
func report(b *testing.B, d []time.Duration, unit string) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	ms := func(x time.Duration) float64 { return float64(x.Microseconds()) / 1000 }
	b.ReportMetric(ms(d[len(d)/2]), unit+"-p50")
	b.ReportMetric(ms(d[len(d)-1]), unit+"-max")
}

// BenchmarkServeAskStreamed measures, with the real clock, a fake Discord
// and a fake model that waits before its first token, the time from
// INTERACTION_CREATE for /ask to the first draft of the answer shown (the
// first edit of the deferred response), and the same less the model's
// delay: what the bot adds. With a 200 ms reply budget, the first token
// comes after the budget (400 ms) or before it (50 ms: the draft shows
// once the response is deferred).
func BenchmarkServeAskStreamed(b *testing.B) {
	const budget = 200 * time.Millisecond
	for _, delay := range []time.Duration{400 * time.Millisecond, 50 * time.Millisecond} {
		b.Run(fmt.Sprintf("first-token-after-%v", delay), func(b *testing.B) {
			model := newFakeModel(b)
			h := startServe(b, harnessOptions{wallClock: true, discord: fmt.Sprintf("rate_limit = 0\nreply_budget = %q\n", budget),
				env: map[string]string{config.EnvOpenAIBaseURL: model.URL()}})
			var first, added []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				sent := h.ask(streamQuestion)
				<-model.requested
				model.pieces <- modelPiece{text: streamAnswer[0], wait: delay}
				draft := h.waitCall("first draft", fakediscord.Match("PATCH", sent.OriginalPath()))
				model.say(streamAnswer[1:]...)
				model.end("stop")
				if _, err := h.fake.WaitCalls(h.ctx(), 2, fakediscord.Match("PATCH", sent.OriginalPath())); err != nil {
					b.Fatal(err) // the final answer
				}
				first = append(first, draft.At.Sub(start))
				added = append(added, draft.At.Sub(start)-max(delay, budget))
			}
			b.StopTimer()
			report(b, first, "ms-to-first-draft")
			report(b, added, "ms-added-by-bot")
		})
	}
}
