package config

import (
	"net/url"
)

// The environment variables the bot reads secrets and endpoints from.
// Secrets never come from the config file and are never printed or logged.
const (
	EnvDiscordToken  = "DISCORD_TOKEN"
	EnvOpenAIAPIKey  = "OPENAI_API_KEY"
	EnvOpenAIBaseURL = "OPENAI_BASE_URL"
	EnvDiscordAPIURL = "DISCORD_API_URL"
)

// EnvStatus is one environment variable as `bot config check` shows it.
type EnvStatus struct {
	Var   string
	Shown string // the value, "set (redacted)" or "not set"
	Note  string // what it is for
}

// Environment describes the secret and endpoint variables without
// revealing a secret: secrets show only whether they are set, and
// passwords in URLs are redacted.
func Environment(getenv func(string) string) []EnvStatus {
	secret := func(name string) string {
		if getenv(name) == "" {
			return "not set"
		}
		return "set (redacted)"
	}
	plain := func(name string) string {
		v := getenv(name)
		if v == "" {
			return "not set"
		}
		return redactURL(v)
	}
	return []EnvStatus{
		{EnvDiscordToken, secret(EnvDiscordToken), "bot token; bot serve needs it"},
		{EnvOpenAIAPIKey, secret(EnvOpenAIAPIKey), "key for an OpenAI-compatible API; local servers may need none"},
		{EnvOpenAIBaseURL, plain(EnvOpenAIBaseURL), "OpenAI-compatible API base URL (for Ollama: http://ollama:11434/v1)"},
		{EnvDiscordAPIURL, plain(EnvDiscordAPIURL), "Discord REST base; default https://discord.com/api/v9"},
		{EnvDatabaseURL, plain(EnvDatabaseURL), "Postgres URL of store.kind = \"postgres\" (password redacted)"},
	}
}

// redactURL hides the password of a URL with user info, and any value
// that does not parse as a URL but might hold one.
func redactURL(v string) string {
	u, err := url.Parse(v)
	if err != nil {
		return "set (redacted: not a valid URL)"
	}
	if u.User != nil {
		return u.Redacted()
	}
	return v
}

// minSecretLen is the shortest value Secrets returns: a shorter "key"
// (local servers accept any, "none", "ollama") is no secret, and hiding
// every occurrence of a common word would garble the output.
const minSecretLen = 8

// Secrets returns the secret values the environment configures, for
// redaction from everything the bot prints: the Discord token, the API
// key and the passwords in the endpoint URLs. Values shorter than 8 bytes
// are left out.
func Secrets(getenv func(string) string) []string {
	var out []string
	add := func(v string) {
		if len(v) >= minSecretLen {
			out = append(out, v)
		}
	}
	add(getenv(EnvDiscordToken))
	add(getenv(EnvOpenAIAPIKey))
	for _, name := range []string{EnvOpenAIBaseURL, EnvDiscordAPIURL} {
		if u, err := url.Parse(getenv(name)); err == nil && u.User != nil {
			if p, ok := u.User.Password(); ok {
				add(p)
			}
		}
	}
	return out
}
