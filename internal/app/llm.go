package app

import (
	"log/slog"
	"net/url"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/llm"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// newEmbedder returns the embedder [embed] asks for: the built-in one,
// or an OpenAI-compatible endpoint.
func newEmbedder(cfg config.Config, log *slog.Logger, meter *llm.Meter) retrieve.Embedder {
	if cfg.Embed.Provider != config.ProviderOpenAI {
		return retrieve.NewHashEmbedder(0)
	}
	log = log.With("component", "embed")
	client := llm.NewClient(llm.ClientOptions{
		BaseURL: cfg.Embed.BaseURL,
		APIKey:  cfg.LLM.APIKey.Reveal(),
		Retry:   llm.Retry{Retries: cfg.Embed.Retries},
		Logger:  log,
	})
	e := llm.NewEmbedder(client, llm.EmbedderOptions{
		Model:      cfg.Embed.Model,
		Dimensions: cfg.Embed.Dimensions,
		BatchSize:  cfg.Embed.BatchSize,
		Timeout:    cfg.Embed.Timeout,
		Meter:      meter,
		Logger:     log,
	})
	log.Debug("embedding with an OpenAI-compatible API", "embedder", e.Identity(), "base_url", showURL(cfg.Embed.BaseURL))
	return e
}

// useLLM makes the service answer and condense follow-ups with the
// language model when the config asks for it (answer.mode, or auto with
// a server configured). The service's composer stays the fallback.
func useLLM(svc *answer.Service, cfg config.Config, log *slog.Logger, meter *llm.Meter) {
	if !cfg.UseLLM() {
		return
	}
	log = log.With("component", "llm")
	chat := llm.Chat{
		Client: llm.NewClient(llm.ClientOptions{
			BaseURL: cfg.LLM.BaseURL,
			APIKey:  cfg.LLM.APIKey.Reveal(),
			Retry:   llm.Retry{Retries: cfg.LLM.Retries},
			Logger:  log,
		}),
		Model:       cfg.LLM.Model,
		Temperature: cfg.LLM.Temperature,
		MaxTokens:   cfg.LLM.MaxTokens,
		Timeout:     cfg.LLM.Timeout,
		Meter:       meter,
		Logger:      log,
	}
	svc.Composer = &llm.Composer{Chat: chat, Fallback: svc.Composer, Disagreements: extractive.DetectDisagreements}
	svc.Condenser = &llm.Condenser{Chat: chat}
	log.Debug("answering with a language model", "model", cfg.LLM.Model, "base_url", showURL(cfg.LLM.BaseURL))
}

// showURL is a base URL fit for a log line: OpenAI's when empty, and
// without any user or password in it.
func showURL(s string) string {
	if s == "" {
		return "https://api.openai.com/v1"
	}
	u, err := url.Parse(s)
	if err != nil {
		return "(unparseable)"
	}
	return u.Redacted()
}
