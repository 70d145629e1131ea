package config

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// DefaultDiscordAPIURL is Discord's own versioned REST base.
const DefaultDiscordAPIURL = "https://discord.com/api/v9"

// Discord is the [discord] table: how `bot serve` talks to Discord.
type Discord struct {
	APIURL           string   `toml:"api_url"`            // versioned REST base; DISCORD_API_URL overrides it
	GuildIDs         []string `toml:"guild_ids"`          // register commands per guild; empty = globally
	AllowedChannels  []string `toml:"allowed_channels"`   // empty = every channel the bot can see
	RateLimit        int      `toml:"rate_limit"`         // questions per user per rate_window; 0 = no limit
	RateWindow       string   `toml:"rate_window"`        // duration, e.g. "1m"
	MaxQuestionChars int      `toml:"max_question_chars"` // 0 = answer.max_question_chars
	AnswerMentions   bool     `toml:"answer_mentions"`    // answer @mentions and direct messages
	PrivateByDefault bool     `toml:"private_by_default"` // replies are ephemeral unless private:false
	ReplyBudget      string   `toml:"reply_budget"`       // answer directly when ready within this, else defer
	ShutdownGrace    string   `toml:"shutdown_grace"`     // time in-flight questions get to finish on shutdown
	DataDir          string   `toml:"data_dir"`           // where feedback.jsonl is written
	ShardID          int      `toml:"shard_id"`           // this process's gateway shard, 0 to shard_count-1
	ShardCount       int      `toml:"shard_count"`        // gateway shards across all processes; 1 = no sharding
}

// DefaultDiscord returns the [discord] defaults.
func DefaultDiscord() Discord {
	return Discord{
		APIURL:          DefaultDiscordAPIURL,
		GuildIDs:        []string{}, // as TOML decodes "[]"
		AllowedChannels: []string{},
		RateLimit:       5,
		RateWindow:      "1m",
		AnswerMentions:  true,
		ReplyBudget:     "1.5s",
		ShutdownGrace:   "10s",
		DataDir:         "data",
		ShardCount:      1,
	}
}

// WithEnv returns d with the environment's overrides applied:
// DISCORD_API_URL replaces api_url when set.
func (d Discord) WithEnv(getenv func(string) string) Discord {
	if v := strings.TrimSpace(getenv(EnvDiscordAPIURL)); v != "" {
		d.APIURL = v
	}
	return d
}

// RateWindowDuration is rate_window parsed; call after Validate.
func (d Discord) RateWindowDuration() time.Duration { return mustDuration(d.RateWindow) }

// ReplyBudgetDuration is reply_budget parsed; call after Validate.
func (d Discord) ReplyBudgetDuration() time.Duration { return mustDuration(d.ReplyBudget) }

// ShutdownGraceDuration is shutdown_grace parsed; call after Validate.
func (d Discord) ShutdownGraceDuration() time.Duration { return mustDuration(d.ShutdownGrace) }

func mustDuration(s string) time.Duration {
	v, _ := time.ParseDuration(s)
	return v
}

// validateDiscord returns the problems of the [discord] table, each naming its key.
func validateDiscord(d Discord) []error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("discord.%s: "+format, append([]any{key}, args...)...))
	}
	if err := checkAPIURL(d.APIURL); err != nil {
		bad("api_url", "%v (or set %s)", err, EnvDiscordAPIURL)
	}
	for _, id := range d.GuildIDs {
		if !isSnowflake(id) {
			bad("guild_ids", "%q is not a Discord ID (digits only)", id)
		}
	}
	for _, id := range d.AllowedChannels {
		if !isSnowflake(id) {
			bad("allowed_channels", "%q is not a Discord ID (digits only)", id)
		}
	}
	if d.RateLimit < 0 {
		bad("rate_limit", "must be 0 (no limit) or more, got %d", d.RateLimit)
	}
	if w, err := time.ParseDuration(d.RateWindow); err != nil || w <= 0 {
		bad("rate_window", "must be a positive duration such as \"1m\", got %q", d.RateWindow)
	}
	if n := d.MaxQuestionChars; n != 0 && (n < 10 || n > 4000) {
		bad("max_question_chars", "must be 0 (use answer.max_question_chars) or between 10 and 4000, got %d", n)
	}
	if b, err := time.ParseDuration(d.ReplyBudget); err != nil || b < 0 || b > 2500*time.Millisecond {
		bad("reply_budget", "must be a duration between 0s and 2.5s (Discord wants an answer within 3 s), got %q", d.ReplyBudget)
	}
	if g, err := time.ParseDuration(d.ShutdownGrace); err != nil || g < 0 || g > 5*time.Minute {
		bad("shutdown_grace", "must be a duration between 0s and 5m, got %q", d.ShutdownGrace)
	}
	if strings.TrimSpace(d.DataDir) == "" {
		bad("data_dir", "must not be empty")
	}
	if d.ShardCount < 1 {
		bad("shard_count", "must be at least 1, got %d", d.ShardCount)
	} else if d.ShardID < 0 || d.ShardID >= d.ShardCount {
		bad("shard_id", "must be between 0 and shard_count-1 (%d), got %d", d.ShardCount-1, d.ShardID)
	}
	return errs
}

// checkAPIURL accepts an absolute http or https URL without query or fragment.
func checkAPIURL(s string) error {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return errors.New("not a URL")
	case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return fmt.Errorf("want an absolute http(s) URL such as %q, got %q", DefaultDiscordAPIURL, s)
	case u.RawQuery != "" || u.Fragment != "":
		return fmt.Errorf("want no query or fragment in %q", s)
	}
	return nil
}

// isSnowflake reports whether s looks like a Discord ID.
func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// DiscordToken returns the bot token from DISCORD_TOKEN, without a "Bot "
// prefix. A missing or malformed token is an error naming the variable;
// the error never contains the token.
func DiscordToken(getenv func(string) string) (string, error) {
	tok := strings.TrimSpace(getenv(EnvDiscordToken))
	tok = strings.TrimPrefix(tok, "Bot ")
	if tok == "" {
		return "", fmt.Errorf("%s is not set: put the bot token from the Discord developer portal in it", EnvDiscordToken)
	}
	if !plausibleToken(tok) {
		return "", fmt.Errorf("%s does not look like a bot token (want printable ASCII without spaces or quotes)", EnvDiscordToken)
	}
	return tok, nil
}

// plausibleToken checks only what any server's token has in common:
// printable ASCII with no white space or quotes (those are copy-and-paste
// mistakes). The length is free: Discord's tokens are about 70 characters,
// Spacebar's 408; the server says at start-up whether it takes the token.
func plausibleToken(tok string) bool {
	for _, r := range tok {
		if r <= ' ' || r > '~' || r == '"' || r == '\'' {
			return false
		}
	}
	return tok != ""
}
