package config

import (
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestApplyEnv(t *testing.T) {
	c := Default()
	applied := c.ApplyEnv(env(map[string]string{
		"BOT_HTTP_LISTEN":     ":9000",
		"BOT_CORPUS_DIR":      "/app/corpus",
		"BOT_INDEX_CACHE_DIR": "/data/cache",
		"BOT_LOG_FORMAT":      "json",
		"BOT_LOG_LEVEL":       "",
	}))
	if c.HTTP.Listen != ":9000" || c.Corpus.Dir != "/app/corpus" || c.Index.CacheDir != "/data/cache" || c.Log.Format != "json" {
		t.Errorf("ApplyEnv() gave %+v", c)
	}
	if c.Log.Level != "info" {
		t.Errorf("log.level = %q, want the default: an empty variable overrides nothing", c.Log.Level)
	}
	var keys []string
	for _, o := range applied {
		keys = append(keys, o.Key+"="+o.Var)
	}
	want := "corpus.dir=BOT_CORPUS_DIR index.cache_dir=BOT_INDEX_CACHE_DIR http.listen=BOT_HTTP_LISTEN log.format=BOT_LOG_FORMAT"
	if got := strings.Join(keys, " "); got != want {
		t.Errorf("ApplyEnv() applied %s, want %s", got, want)
	}
}

func TestApplyEnvModels(t *testing.T) {
	c := Default()
	c.ApplyEnv(env(map[string]string{
		"BOT_ANSWER_MODE":    "llm",
		"BOT_LLM_MODEL":      "llama3.2",
		"BOT_EMBED_PROVIDER": "openai",
		"BOT_EMBED_MODEL":    "nomic-embed-text",
		"BOT_DATA_DIR":       "/data",
	}))
	if c.Answer.Mode != "llm" || c.LLM.Model != "llama3.2" || c.Embed.Provider != "openai" || c.Embed.Model != "nomic-embed-text" || c.Discord.DataDir != "/data" {
		t.Errorf("ApplyEnv() gave answer.mode=%q llm.model=%q embed.provider=%q embed.model=%q discord.data_dir=%q",
			c.Answer.Mode, c.LLM.Model, c.Embed.Provider, c.Embed.Model, c.Discord.DataDir)
	}
}

func TestEnvironmentRedactsSecrets(t *testing.T) {
	tests := []struct {
		name, value, want string
	}{
		{EnvDiscordToken, "MTIzNDU2.secret-token", "set (redacted)"},
		{EnvDiscordToken, "", "not set"},
		{EnvOpenAIAPIKey, "sk-secret", "set (redacted)"},
		{EnvOpenAIBaseURL, "http://ollama:11434/v1", "http://ollama:11434/v1"},
		{EnvOpenAIBaseURL, "https://user:hunter2@llm.example/v1", "https://user:xxxxx@llm.example/v1"},
		{EnvOpenAIBaseURL, "http://[bad", "set (redacted: not a valid URL)"},
		{EnvDiscordAPIURL, "", "not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"="+tt.value, func(t *testing.T) {
			for _, e := range Environment(env(map[string]string{tt.name: tt.value})) {
				if e.Var != tt.name {
					continue
				}
				if e.Shown != tt.want {
					t.Errorf("Environment() shows %s as %q, want %q", tt.name, e.Shown, tt.want)
				}
				return
			}
			t.Errorf("Environment() does not list %s", tt.name)
		})
	}
}

func TestEnvSetsStoreAndShard(t *testing.T) {
	env := map[string]string{"BOT_STORE_KIND": "postgres", "BOT_SHARD_ID": "1", "BOT_SHARD_COUNT": "2"}
	c := Default()
	c.ApplyEnv(func(k string) string { return env[k] })
	if c.Store.Kind != StorePostgres || c.Discord.ShardID != 1 || c.Discord.ShardCount != 2 {
		t.Errorf("after ApplyEnv: store.kind %q, shard %d of %d; want postgres, 1 of 2", c.Store.Kind, c.Discord.ShardID, c.Discord.ShardCount)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	env["BOT_SHARD_ID"] = "one"
	c.ApplyEnv(func(k string) string { return env[k] })
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "discord.shard_id") {
		t.Errorf("BOT_SHARD_ID=one: Validate() = %v, want an error naming discord.shard_id", err)
	}
}

func TestEnvironmentRedactsDatabaseURL(t *testing.T) {
	env := map[string]string{EnvDatabaseURL: "postgres://bot:s3cr3t@db:5432/news"}
	for _, e := range Environment(func(k string) string { return env[k] }) {
		if e.Var == EnvDatabaseURL {
			if strings.Contains(e.Shown, "s3cr3t") || !strings.Contains(e.Shown, "db:5432") {
				t.Errorf("Environment shows %s as %q, want the URL without its password", e.Var, e.Shown)
			}
			return
		}
	}
	t.Errorf("Environment does not list %s", EnvDatabaseURL)
}
