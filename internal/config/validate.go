package config

import (
	"errors"
	"fmt"
)

// MaxK is the most passages a question may retrieve (retrieve.k, --k).
const MaxK = 50

// Validate returns every problem of c at once, each naming its key.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{key}, args...)...))
	}
	if c.Corpus.Dir == "" {
		bad("corpus.dir", "must not be empty")
	}
	if c.Corpus.MaxFileBytes <= 0 {
		bad("corpus.max_file_bytes", "must be positive, got %d", c.Corpus.MaxFileBytes)
	}
	if c.Chunk.Size < 100 {
		bad("chunk.size", "must be at least 100 bytes, got %d", c.Chunk.Size)
	}
	if c.Chunk.Overlap < 0 || c.Chunk.Overlap > c.Chunk.Size/2 {
		bad("chunk.overlap", "must be between 0 and half of chunk.size, got %d", c.Chunk.Overlap)
	}
	if c.Retrieve.K < 1 || c.Retrieve.K > MaxK {
		bad("retrieve.k", "must be between 1 and %d, got %d", MaxK, c.Retrieve.K)
	}
	if c.Answer.MaxSentences < 1 || c.Answer.MaxSentences > 10 {
		bad("answer.max_sentences", "must be between 1 and 10, got %d", c.Answer.MaxSentences)
	}
	if c.Answer.MinCoverage <= 0 || c.Answer.MinCoverage >= 1 {
		bad("answer.min_coverage", "must be between 0 and 1 (exclusive), got %g", c.Answer.MinCoverage)
	}
	if c.Answer.MinVerified <= 0 || c.Answer.MinVerified >= 1 {
		bad("answer.min_verified", "must be between 0 and 1 (exclusive), got %g", c.Answer.MinVerified)
	}
	if c.Answer.MaxQuestionChars < 10 {
		bad("answer.max_question_chars", "must be at least 10, got %d", c.Answer.MaxQuestionChars)
	}
	c.validateLLM(bad)
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "must be debug, info, warn or error, got %q", c.Log.Level)
	}
	switch c.Log.Format {
	case "auto", "text", "json":
	default:
		bad("log.format", "must be auto, text or json, got %q", c.Log.Format)
	}
	errs = append(errs, validateDiscord(c.Discord)...)
	errs = append(errs, c.validateOps()...)
	errs = append(errs, c.validateFeeds()...)
	errs = append(errs, c.validateStore()...)
	return errors.Join(errs...)
}
