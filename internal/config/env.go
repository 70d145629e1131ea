package config

import (
	"strconv"
	"strings"
)

// EnvConfigFile names the environment variable holding the config file
// path (like --config). The Docker image uses it and the variables below.
const EnvConfigFile = "BOT_CONFIG"

// EnvOverride is an environment variable that overrides one config key.
type EnvOverride struct {
	Var string // e.g. "BOT_HTTP_LISTEN"
	Key string // e.g. "http.listen"
	set func(*Config, string)
}

// EnvOverrides lists the environment variables that override config keys,
// in the order they are applied. An empty variable overrides nothing.
func EnvOverrides() []EnvOverride {
	return []EnvOverride{
		{"BOT_CORPUS_DIR", "corpus.dir", func(c *Config, v string) { c.Corpus.Dir = v }},
		{"BOT_INDEX_CACHE_DIR", "index.cache_dir", func(c *Config, v string) { c.Index.CacheDir = v }},
		{"BOT_HTTP_LISTEN", "http.listen", func(c *Config, v string) { c.HTTP.Listen = v }},
		{"BOT_DATA_DIR", "discord.data_dir", func(c *Config, v string) { c.Discord.DataDir = v }},
		{"BOT_ANSWER_MODE", "answer.mode", func(c *Config, v string) { c.Answer.Mode = v }},
		{"BOT_LLM_MODEL", "llm.model", func(c *Config, v string) { c.LLM.Model = v }},
		{"BOT_EMBED_PROVIDER", "embed.provider", func(c *Config, v string) { c.Embed.Provider = v }},
		{"BOT_EMBED_MODEL", "embed.model", func(c *Config, v string) { c.Embed.Model = v }},
		{"BOT_LOG_LEVEL", "log.level", func(c *Config, v string) { c.Log.Level = v }},
		{"BOT_LOG_FORMAT", "log.format", func(c *Config, v string) { c.Log.Format = v }},
		{"BOT_STORE_KIND", "store.kind", func(c *Config, v string) { c.Store.Kind = v }},
		{"BOT_SHARD_ID", "discord.shard_id", func(c *Config, v string) { c.Discord.ShardID = envInt(v) }},
		{"BOT_SHARD_COUNT", "discord.shard_count", func(c *Config, v string) { c.Discord.ShardCount = envInt(v) }},
	}
}

// ApplyEnv sets every key whose environment variable is set and returns
// the overrides it applied, so `bot config check` can say where a value
// came from. The environment wins over the file; flags win over both.
func (c *Config) ApplyEnv(getenv func(string) string) []EnvOverride {
	var applied []EnvOverride
	for _, o := range EnvOverrides() {
		if v := getenv(o.Var); v != "" {
			o.set(c, v)
			applied = append(applied, o)
		}
	}
	return applied
}

// envInt parses a whole number from the environment; anything else is
// -1, which Validate reports against the key.
func envInt(v string) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return -1
	}
	return n
}
