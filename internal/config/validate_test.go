package config

import (
	"strings"
	"testing"
	"time"
)

func TestValidateNamesEveryKey(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		key  string // the key the one error must name
	}{
		{"empty corpus dir", func(c *Config) { c.Corpus.Dir = "" }, "corpus.dir"},
		{"zero max file bytes", func(c *Config) { c.Corpus.MaxFileBytes = 0 }, "corpus.max_file_bytes"},
		{"tiny chunks", func(c *Config) { c.Chunk.Size = 10; c.Chunk.Overlap = 0 }, "chunk.size"},
		{"overlap too big", func(c *Config) { c.Chunk.Overlap = 400 }, "chunk.overlap"},
		{"k zero", func(c *Config) { c.Retrieve.K = 0 }, "retrieve.k"},
		{"too many sentences", func(c *Config) { c.Answer.MaxSentences = 11 }, "answer.max_sentences"},
		{"coverage 1", func(c *Config) { c.Answer.MinCoverage = 1 }, "answer.min_coverage"},
		{"verified 0", func(c *Config) { c.Answer.MinVerified = 0 }, "answer.min_verified"},
		{"short questions", func(c *Config) { c.Answer.MaxQuestionChars = 5 }, "answer.max_question_chars"},
		{"log level", func(c *Config) { c.Log.Level = "loud" }, "log.level"},
		{"log format", func(c *Config) { c.Log.Format = "xml" }, "log.format"},
		{"listen without port", func(c *Config) { c.HTTP.Listen = "localhost" }, "http.listen"},
		{"listen port zero", func(c *Config) { c.HTTP.Listen = ":0" }, "http.listen"},
		{"listen port words", func(c *Config) { c.HTTP.Listen = ":http" }, "http.listen"},
		{"listen port too big", func(c *Config) { c.HTTP.Listen = "0.0.0.0:70000" }, "http.listen"},
		{"negative debounce", func(c *Config) { c.Reload.Debounce = Duration(-time.Second) }, "reload.debounce"},
		{"long debounce", func(c *Config) { c.Reload.Debounce = Duration(2 * time.Minute) }, "reload.debounce"},
		{"fast poll", func(c *Config) { c.Reload.Poll = Duration(10 * time.Millisecond) }, "reload.poll"},
		{"store kind", func(c *Config) { c.Store.Kind = "sqlite" }, "store.kind"},
		{"store poll", func(c *Config) { c.Store.Poll = 0 }, "store.poll"},
		{"no shards", func(c *Config) { c.Discord.ShardCount = 0 }, "discord.shard_count"},
		{"shard beyond count", func(c *Config) { c.Discord.ShardID, c.Discord.ShardCount = 2, 2 }, "discord.shard_id"},
		{"negative shard", func(c *Config) { c.Discord.ShardID = -1 }, "discord.shard_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.edit(&c)
			err := c.Validate()
			if err == nil {
				t.Fatalf("Validate() = nil, want an error naming %s", tt.key)
			}
			errs := err.(interface{ Unwrap() []error }).Unwrap()
			if len(errs) != 1 {
				t.Fatalf("Validate() = %d errors, want 1: %v", len(errs), err)
			}
			if !strings.HasPrefix(errs[0].Error(), tt.key+": ") {
				t.Errorf("Validate() = %q, want it to start with %q", errs[0], tt.key+": ")
			}
		})
	}
}

func TestValidateAcceptsGoodValues(t *testing.T) {
	for _, listen := range []string{"", ":8080", "127.0.0.1:9090", "[::]:8080", "bot.internal:1"} {
		c := Default()
		c.HTTP.Listen = listen
		c.Reload.Poll = Duration(30 * time.Second)
		c.Reload.Debounce = 0
		if err := c.Validate(); err != nil {
			t.Errorf("Validate() with http.listen %q = %v, want nil", listen, err)
		}
	}
}

func TestValidateReportsEveryProblemAtOnce(t *testing.T) {
	c := Default()
	c.Chunk.Size = 10
	c.HTTP.Listen = "nope"
	c.Reload.Poll = Duration(time.Millisecond)
	c.Log.Level = "loud"
	err := c.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want 4 problems")
	}
	for _, key := range []string{"chunk.size", "http.listen", "reload.poll", "log.level"} {
		if !strings.Contains(err.Error(), key+": ") {
			t.Errorf("Validate() = %q, want a problem naming %s", err, key)
		}
	}
}
