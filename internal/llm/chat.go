package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Chat defaults.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxTokens = 400
)

// Chat is a chat model on an OpenAI-compatible server, with the settings
// every call uses. Composer and Condenser share one.
type Chat struct {
	Client      *openai.Client
	Model       string
	Temperature float64       // 0 to 2
	MaxTokens   int           // DefaultMaxTokens when <= 0
	Timeout     time.Duration // per call, retries included; DefaultTimeout when <= 0
	Meter       *Meter        // counts calls and tokens; may be nil
	Logger      *slog.Logger  // nil discards logs
}

// Failures of a call that returned without an HTTP or network error.
var (
	ErrCutOff    = errors.New("stream ended without a finish reason")
	ErrTruncated = errors.New("answer cut off at max_tokens")
	ErrFiltered  = errors.New("answer stopped by the content filter")
	ErrNoChoices = errors.New("response has no choices")
)

// completion is what one chat call produced.
type completion struct {
	text  string
	model string // as the server reports it
	usage openai.Usage
}

// request is the chat request for msgs. Reasoning models (o1, o3, o4,
// gpt-5) reject max_tokens and any temperature but the default, so they
// get max_completion_tokens and no temperature.
func (c *Chat) request(msgs []openai.ChatCompletionMessage) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{Model: c.Model, Messages: msgs}
	n := c.MaxTokens
	if n <= 0 {
		n = DefaultMaxTokens
	}
	if reasoningModel(c.Model) {
		req.MaxCompletionTokens = n
		return req
	}
	req.MaxTokens = n
	// go-openai drops a zero temperature from the JSON (omitempty), and
	// servers then use their own default, often 0.8 or 1: send the
	// smallest temperature that survives instead.
	req.Temperature = max(float32(c.Temperature), 1e-6)
	return req
}

func reasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// complete makes one chat call and returns the whole answer.
func (c *Chat) complete(ctx context.Context, msgs []openai.ChatCompletionMessage) (completion, error) {
	resp, err := c.Client.CreateChatCompletion(ctx, c.request(msgs))
	if err != nil {
		return completion{}, err
	}
	if len(resp.Choices) == 0 {
		return completion{}, ErrNoChoices
	}
	ch := resp.Choices[0]
	if err := finished(ch.FinishReason, false); err != nil {
		return completion{}, err
	}
	return completion{text: ch.Message.Content, model: resp.Model, usage: resp.Usage}, nil
}

// stream makes one streaming chat call, passing each piece of text to
// onDelta as it arrives. A stream that ends without a finish reason was
// cut off, even though go-openai reports a plain io.EOF.
func (c *Chat) stream(ctx context.Context, msgs []openai.ChatCompletionMessage, onDelta func(string)) (completion, error) {
	req := c.request(msgs)
	req.Stream = true
	req.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	s, err := c.Client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return completion{}, err
	}
	defer s.Close()
	var out completion
	var text strings.Builder
	var finish openai.FinishReason
	for {
		chunk, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return completion{}, fmt.Errorf("read stream: %w", err)
		}
		if chunk.Usage != nil {
			out.usage = *chunk.Usage
		}
		if chunk.Model != "" {
			out.model = chunk.Model
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if ch.Delta.Content != "" {
				text.WriteString(ch.Delta.Content)
				onDelta(ch.Delta.Content)
			}
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
		}
	}
	if err := finished(finish, true); err != nil {
		return completion{}, err
	}
	out.text = text.String()
	return out, nil
}

// finished checks why the model stopped. A streamed answer must say; a
// whole response without a reason is accepted (some servers leave it out).
func finished(reason openai.FinishReason, streamed bool) error {
	switch reason {
	case openai.FinishReasonStop:
		return nil
	case "":
		if streamed {
			return ErrCutOff
		}
		return nil
	case openai.FinishReasonLength:
		return ErrTruncated
	case openai.FinishReasonContentFilter:
		return ErrFiltered
	case openai.FinishReasonToolCalls, openai.FinishReasonFunctionCall:
		return fmt.Errorf("model asked to call a tool (finish reason %q)", reason)
	}
	return nil // "eos" and others: the model finished
}

func (c *Chat) timeout() time.Duration {
	if c.Timeout <= 0 {
		return DefaultTimeout
	}
	return c.Timeout
}

func (c *Chat) log() *slog.Logger { return orDiscard(c.Logger) }

func (c *Chat) model(served string) string {
	if served != "" {
		return served
	}
	return c.Model
}
