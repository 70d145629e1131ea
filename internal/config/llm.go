package config

import (
	"log/slog"
	"net/url"
	"time"
)

// Answer modes, the values of answer.mode.
const (
	ModeAuto       = "auto"       // the LLM when a base URL or API key is configured, else extractive
	ModeExtractive = "extractive" // the built-in composer; no network
	ModeLLM        = "llm"        // an OpenAI-compatible chat model
)

// Embedding providers, the values of embed.provider.
const (
	ProviderBuiltin = "builtin" // the built-in hashed n-gram embedder; no network
	ProviderOpenAI  = "openai"  // any OpenAI-compatible /embeddings endpoint
)

// LLM is the [llm] table: the OpenAI-compatible chat model.
type LLM struct {
	Model       string        `toml:"model"`
	BaseURL     string        `toml:"base_url"` // OPENAI_BASE_URL overrides; "" = OpenAI's API
	Temperature float64       `toml:"temperature"`
	MaxTokens   int           `toml:"max_tokens"`
	Timeout     time.Duration `toml:"timeout"` // per answer, retries included
	Retries     int           `toml:"retries"` // extra attempts after a 429 or 5xx
	APIKey      Secret        `toml:"-"`       // from OPENAI_API_KEY only
}

// Embed is the [embed] table: which embedder indexes the corpus.
type Embed struct {
	Provider   string        `toml:"provider"` // ProviderBuiltin or ProviderOpenAI
	Model      string        `toml:"model"`
	BaseURL    string        `toml:"base_url"`   // "" = llm.base_url
	BatchSize  int           `toml:"batch_size"` // texts per request
	Dimensions int           `toml:"dimensions"` // 0 = the model's own
	Timeout    time.Duration `toml:"timeout"`    // per request, retries included
	Retries    int           `toml:"retries"`
}

// Secret is a value that must never be logged or printed: every way of
// formatting it gives "[redacted]" (or "" when it is empty). Reveal
// returns the value itself, for the one place that sends it.
type Secret string

// Reveal returns the secret itself.
func (s Secret) Reveal() string { return string(s) }

// String redacts the secret.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// GoString redacts the secret in %#v.
func (s Secret) GoString() string { return s.String() }

// MarshalText redacts the secret in TOML and JSON output.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// LogValue redacts the secret in slog output.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// defaultLLM and defaultEmbed are the [llm] and [embed] defaults.
func defaultLLM() LLM {
	return LLM{Model: "gpt-4o-mini", Temperature: 0.2, MaxTokens: 400, Timeout: 30 * time.Second, Retries: 2}
}

func defaultEmbed() Embed {
	return Embed{Provider: ProviderBuiltin, Model: "text-embedding-3-small", BatchSize: 64, Timeout: 60 * time.Second, Retries: 2}
}

// ApplyOpenAIEnv takes the API key from OPENAI_API_KEY (the only place
// it comes from) and, when set, llm.base_url from OPENAI_BASE_URL: the
// environment wins over the file. An empty embed.base_url follows
// llm.base_url. getenv may be nil.
func (c *Config) ApplyOpenAIEnv(getenv func(string) string) {
	if getenv != nil {
		c.LLM.APIKey = Secret(getenv(EnvOpenAIAPIKey))
		if v := getenv(EnvOpenAIBaseURL); v != "" {
			c.LLM.BaseURL = v
		}
	}
	if c.Embed.BaseURL == "" {
		c.Embed.BaseURL = c.LLM.BaseURL
	}
}

// UseLLM reports whether answers come from the language model: mode "llm",
// or mode "auto" with a base URL or an API key configured.
func (c Config) UseLLM() bool {
	switch c.Answer.Mode {
	case ModeLLM:
		return true
	case ModeAuto:
		return c.LLM.reachable()
	}
	return false
}

// reachable reports whether a model server is configured at all.
func (l LLM) reachable() bool { return l.BaseURL != "" || l.APIKey != "" }

// validateLLM checks the [answer] mode, [llm] and [embed] keys.
func (c Config) validateLLM(bad func(key, format string, args ...any)) {
	switch c.Answer.Mode {
	case ModeAuto, ModeExtractive:
	case ModeLLM:
		if !c.LLM.reachable() {
			bad("answer.mode", "%q needs llm.base_url, %s or %s", ModeLLM, EnvOpenAIBaseURL, EnvOpenAIAPIKey)
		}
	default:
		bad("answer.mode", "must be auto, extractive or llm, got %q", c.Answer.Mode)
	}
	if c.LLM.Model == "" {
		bad("llm.model", "must not be empty")
	}
	checkURL(bad, "llm.base_url", c.LLM.BaseURL)
	if c.LLM.Temperature < 0 || c.LLM.Temperature > 2 {
		bad("llm.temperature", "must be between 0 and 2, got %g", c.LLM.Temperature)
	}
	if c.LLM.MaxTokens < 16 || c.LLM.MaxTokens > 32768 {
		bad("llm.max_tokens", "must be between 16 and 32768, got %d", c.LLM.MaxTokens)
	}
	checkTimeout(bad, "llm.timeout", c.LLM.Timeout)
	checkRetries(bad, "llm.retries", c.LLM.Retries)

	switch c.Embed.Provider {
	case ProviderBuiltin:
	case ProviderOpenAI:
		if c.Embed.Model == "" {
			bad("embed.model", "must not be empty with provider %q", ProviderOpenAI)
		}
		if c.Embed.BaseURL == "" && !c.LLM.reachable() {
			bad("embed.provider", "%q needs embed.base_url, llm.base_url, %s or %s", ProviderOpenAI, EnvOpenAIBaseURL, EnvOpenAIAPIKey)
		}
	default:
		bad("embed.provider", "must be builtin or openai, got %q", c.Embed.Provider)
	}
	checkURL(bad, "embed.base_url", c.Embed.BaseURL)
	if c.Embed.BatchSize < 1 || c.Embed.BatchSize > 2048 {
		bad("embed.batch_size", "must be between 1 and 2048, got %d", c.Embed.BatchSize)
	}
	if c.Embed.Dimensions < 0 {
		bad("embed.dimensions", "must not be negative, got %d", c.Embed.Dimensions)
	}
	checkTimeout(bad, "embed.timeout", c.Embed.Timeout)
	checkRetries(bad, "embed.retries", c.Embed.Retries)
}

func checkURL(bad func(key, format string, args ...any), key, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad(key, "must be an http or https URL such as http://localhost:11434/v1, got %q", s)
	}
}

func checkTimeout(bad func(key, format string, args ...any), key string, d time.Duration) {
	if d < 100*time.Millisecond || d > 10*time.Minute {
		bad(key, "must be between 100ms and 10m, got %s", d)
	}
}

func checkRetries(bad func(key, format string, args ...any), key string, n int) {
	if n < 0 || n > 10 {
		bad(key, "must be between 0 and 10, got %d", n)
	}
}
