package config

import (
	"fmt"
	"strings"
	"testing"
)

func TestDefaultIsValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Errorf("Default().Validate() = %v, want nil", err)
	}
}

func TestParseExampleFile(t *testing.T) {
	c, err := Load("../../config.example.toml")
	if err != nil {
		t.Fatalf("config.example.toml: %v", err)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("config.example.toml does not validate: %v", err)
	}
	if fmt.Sprintf("%+v", c) != fmt.Sprintf("%+v", Default()) { // [] and nil lists print alike
		t.Errorf("config.example.toml = %+v, want the defaults it documents %+v", c, Default())
	}
}

func TestParseRejectsUnknownKeys(t *testing.T) {
	_, err := Parse(strings.NewReader("[corpus]\ndir = \"x\"\ndirr = \"y\"\n[nope]\na = 1\n"))
	if err == nil || !strings.Contains(err.Error(), "corpus.dirr") || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Parse(unknown keys) error = %v, want both keys named", err)
	}
	if _, err := Parse(strings.NewReader("[corpus\n")); err == nil {
		t.Error("Parse(bad TOML) succeeded")
	}
}

func TestValidateNamesEveryKey(t *testing.T) {
	tests := []struct {
		key    string
		mutate func(*Config)
	}{
		{"corpus.dir", func(c *Config) { c.Corpus.Dir = "" }},
		{"corpus.max_file_bytes", func(c *Config) { c.Corpus.MaxFileBytes = 0 }},
		{"chunk.size", func(c *Config) { c.Chunk.Size = 10 }},
		{"chunk.overlap", func(c *Config) { c.Chunk.Overlap = 400 }},
		{"chunk.overlap", func(c *Config) { c.Chunk.Overlap = -1 }},
		{"retrieve.k", func(c *Config) { c.Retrieve.K = 0 }},
		{"answer.max_sentences", func(c *Config) { c.Answer.MaxSentences = 0 }},
		{"answer.min_coverage", func(c *Config) { c.Answer.MinCoverage = 1.5 }},
		{"answer.max_question_chars", func(c *Config) { c.Answer.MaxQuestionChars = 1 }},
		{"log.level", func(c *Config) { c.Log.Level = "loud" }},
		{"log.format", func(c *Config) { c.Log.Format = "xml" }},
	}
	all := Default()
	for _, tt := range tests {
		c := Default()
		tt.mutate(&c)
		tt.mutate(&all)
		err := c.Validate()
		if err == nil || !strings.HasPrefix(err.Error(), tt.key+": ") {
			t.Errorf("Validate() with bad %s = %v, want an error naming it", tt.key, err)
		}
	}
	err := all.Validate()
	for _, tt := range tests {
		if err == nil || !strings.Contains(err.Error(), tt.key+": ") {
			t.Errorf("Validate() with everything wrong = %v, missing %s", err, tt.key)
		}
	}
}
