package metrics

import "time"

// Front ends, the values of the frontend label.
const (
	FrontendCLI     = "cli"
	FrontendDiscord = "discord"
	FrontendEval    = "eval"
)

// Outcome is what became of a question.
type Outcome string

// Outcomes of a question.
const (
	Answered  Outcome = "answered"  // a cited answer
	Abstained Outcome = "abstained" // the articles do not cover it, said plainly
	Error     Outcome = "error"     // something failed; the user got the generic error
	Rejected  Outcome = "rejected"  // not taken: empty or too long
	// Undelivered: an answer or message was composed but the chat server
	// refused every way of sending it; see ObserveUndelivered for the cause.
	Undelivered Outcome = "undelivered"
)

// Question is one question as a front end handled it.
type Question struct {
	Frontend string  // FrontendCLI, FrontendDiscord, ...
	Composer string  // "extractive" or "llm"; "" when no answer was composed
	Outcome  Outcome //
	Retrieve time.Duration
	Answer   time.Duration
	Total    time.Duration // the whole request
}

// ObserveQuestion counts a question and records its latencies. Retrieval
// and answering times are recorded only for questions that got that far
// (answered or abstained).
func (m *Metrics) ObserveQuestion(q Question) {
	if m == nil {
		return
	}
	composer := q.Composer
	if composer == "" {
		composer = "none"
	}
	m.questions.WithLabelValues(q.Frontend, composer, string(q.Outcome)).Inc()
	m.request.WithLabelValues(q.Frontend, string(q.Outcome)).Observe(q.Total.Seconds())
	if q.Outcome == Answered || q.Outcome == Abstained {
		m.retrieval.WithLabelValues(q.Frontend).Observe(q.Retrieve.Seconds())
		m.answering.WithLabelValues(q.Frontend, composer).Observe(q.Answer.Seconds())
	}
}

// AddTokens counts the tokens of one language model call.
func (m *Metrics) AddTokens(model string, prompt, completion int) {
	if m == nil {
		return
	}
	m.tokens.WithLabelValues(model, "prompt").Add(float64(max(prompt, 0)))
	m.tokens.WithLabelValues(model, "completion").Add(float64(max(completion, 0)))
}

// ObserveFeedback counts one feedback vote: true for 👍, false for 👎.
func (m *Metrics) ObserveFeedback(up bool) {
	if m == nil {
		return
	}
	vote := "down"
	if up {
		vote = "up"
	}
	m.feedback.WithLabelValues(vote).Inc()
}

// SetCorpus records the size of the index now being served.
func (m *Metrics) SetCorpus(documents, chunks, problems int) {
	if m == nil {
		return
	}
	m.documents.Set(float64(documents))
	m.chunks.Set(float64(chunks))
	m.problems.Set(float64(problems))
}

// Reload results, the values of the result label of corpus_reloads_total.
const (
	ReloadOK        = "ok"        // a new index is being served
	ReloadFailed    = "failed"    // the previous index is still being served
	ReloadUnchanged = "unchanged" // nothing changed on disk; nothing rebuilt
)

// ObserveReload counts a corpus reload and, for a rebuilt index, how many
// passages were embedded and how many reused their previous vector.
func (m *Metrics) ObserveReload(result string, embedded, reused int) {
	if m == nil {
		return
	}
	m.reloads.WithLabelValues(result).Inc()
	m.indexed.WithLabelValues("embedded").Add(float64(embedded))
	m.indexed.WithLabelValues("reused").Add(float64(reused))
}

// GatewayState is the Discord gateway connection's state.
type GatewayState string

// Gateway states.
const (
	GatewayConnecting   GatewayState = "connecting"
	GatewayConnected    GatewayState = "connected"
	GatewayDisconnected GatewayState = "disconnected"
)

var gatewayStates = []GatewayState{GatewayConnecting, GatewayConnected, GatewayDisconnected}

// SetGatewayState records the Discord gateway's current state.
func (m *Metrics) SetGatewayState(s GatewayState) {
	if m == nil {
		return
	}
	for _, st := range gatewayStates {
		v := 0.0
		if st == s {
			v = 1
		}
		m.gateway.WithLabelValues(string(st)).Set(v)
	}
}

// Rate limiters, the values of the limiter label of rate_limited_total.
const (
	LimiterUser     = "user"     // the bot's own per-user question limit
	LimiterUpstream = "upstream" // a 429 from Discord or the language model API
)

// ObserveRateLimited counts one request refused or delayed by a limiter.
func (m *Metrics) ObserveRateLimited(frontend, limiter string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(frontend, limiter).Inc()
}

// ObserveCommandRegistration counts one attempt to register the Discord
// slash commands and records whether they are now registered.
func (m *Metrics) ObserveCommandRegistration(ok bool) {
	if m == nil {
		return
	}
	result, v := "failed", 0.0
	if ok {
		result, v = "ok", 1
	}
	m.commands.WithLabelValues(result).Inc()
	m.registered.Set(v)
}

// ObserveUndelivered counts a reply that could not be delivered, by cause
// (a short label such as "refused", "expired" or "rate_limited").
func (m *Metrics) ObserveUndelivered(frontend, cause string) {
	if m == nil {
		return
	}
	m.undelivered.WithLabelValues(frontend, cause).Inc()
}
