package llm

import (
	"sync/atomic"

	openai "github.com/sashabaranov/go-openai"
)

// Meter counts the calls made to the model API and the tokens they used.
// The zero value is ready; a nil *Meter counts nothing. It is safe for
// concurrent use.
type Meter struct {
	// OnChat, when set, is also told the tokens of every chat completion
	// that returned an answer: a hook for a metrics registry (its
	// signature matches an AddTokens(model, prompt, completion) method).
	// It must be safe for concurrent use.
	OnChat func(model string, prompt, completion int)

	calls, failures            atomic.Int64
	promptTokens, answerTokens atomic.Int64
	embedCalls, embedTokens    atomic.Int64
}

// Totals is a snapshot of a Meter.
type Totals struct {
	Calls            int64 // chat completions that returned an answer
	Failures         int64 // chat completions that failed (after retries)
	PromptTokens     int64
	CompletionTokens int64
	EmbedCalls       int64 // embeddings requests that succeeded
	EmbedTokens      int64
}

// chat records one successful chat completion.
func (m *Meter) chat(model string, u openai.Usage) {
	if m == nil {
		return
	}
	if m.OnChat != nil {
		m.OnChat(model, u.PromptTokens, u.CompletionTokens)
	}
	m.calls.Add(1)
	m.promptTokens.Add(int64(u.PromptTokens))
	m.answerTokens.Add(int64(u.CompletionTokens))
}

// failed records one failed chat completion.
func (m *Meter) failed() {
	if m != nil {
		m.failures.Add(1)
	}
}

// embed records one successful embeddings request.
func (m *Meter) embed(u openai.Usage) {
	if m == nil {
		return
	}
	m.embedCalls.Add(1)
	m.embedTokens.Add(int64(u.PromptTokens))
}

// Totals returns the counts so far.
func (m *Meter) Totals() Totals {
	if m == nil {
		return Totals{}
	}
	return Totals{
		Calls:            m.calls.Load(),
		Failures:         m.failures.Load(),
		PromptTokens:     m.promptTokens.Load(),
		CompletionTokens: m.answerTokens.Load(),
		EmbedCalls:       m.embedCalls.Load(),
		EmbedTokens:      m.embedTokens.Load(),
	}
}
