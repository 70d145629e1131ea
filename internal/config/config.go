package config

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config mirrors config.example.toml.
type Config struct {
	Corpus   Corpus   `toml:"corpus"`
	Chunk    Chunk    `toml:"chunk"`
	Index    Index    `toml:"index"`
	Retrieve Retrieve `toml:"retrieve"`
	Answer   Answer   `toml:"answer"`
	LLM      LLM      `toml:"llm"`
	Embed    Embed    `toml:"embed"`
	Log      Log      `toml:"log"`
	Discord  Discord  `toml:"discord"`
	HTTP     HTTP     `toml:"http"`
	Reload   Reload   `toml:"reload"`
	Feeds    Feeds    `toml:"feeds"`
	Store    Store    `toml:"store"`
}

// Corpus is the [corpus] table.
type Corpus struct {
	Dir          string `toml:"dir"`
	MaxFileBytes int64  `toml:"max_file_bytes"`
}

// Chunk is the [chunk] table.
type Chunk struct {
	Size    int `toml:"size"`
	Overlap int `toml:"overlap"`
}

// Index is the [index] table.
type Index struct {
	CacheDir string `toml:"cache_dir"` // "" = the user cache directory; "off" = no cache
}

// Retrieve is the [retrieve] table.
type Retrieve struct {
	K int `toml:"k"`
}

// Answer is the [answer] table.
type Answer struct {
	Mode             string  `toml:"mode"` // ModeAuto, ModeExtractive or ModeLLM
	MaxSentences     int     `toml:"max_sentences"`
	MinCoverage      float64 `toml:"min_coverage"`
	MinVerified      float64 `toml:"min_verified"`
	MaxQuestionChars int     `toml:"max_question_chars"`
}

// Log is the [log] table.
type Log struct {
	Level  string `toml:"level"`  // debug, info, warn, error
	Format string `toml:"format"` // auto, text, json
	// Questions adds the question text to the one log line per question.
	Questions bool `toml:"questions"`
}

// Default returns the configuration used when no file is given.
func Default() Config {
	return Config{
		Corpus:   Corpus{Dir: "corpus", MaxFileBytes: 1 << 20},
		Chunk:    Chunk{Size: 600, Overlap: 150},
		Retrieve: Retrieve{K: 8},
		Answer:   Answer{Mode: ModeAuto, MaxSentences: 3, MinCoverage: 0.45, MinVerified: 0.35, MaxQuestionChars: 500},
		LLM:      defaultLLM(),
		Embed:    defaultEmbed(),
		Log:      Log{Level: "info", Format: "auto"},
		Discord:  DefaultDiscord(),
		Reload:   defaultReload(),
		Feeds:    defaultFeeds(),
		Store:    defaultStore(),
	}
}

// Parse reads TOML over the defaults. Unknown keys are an error.
func Parse(r io.Reader) (Config, error) {
	c := Default()
	md, err := toml.NewDecoder(r).Decode(&c)
	if err != nil {
		return Config{}, fmt.Errorf("parse config: %w", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return Config{}, fmt.Errorf("parse config: unknown keys: %s", strings.Join(keys, ", "))
	}
	return c, nil
}

// Load reads the file at path; an empty path gives the defaults.
func Load(path string) (Config, error) {
	if path == "" {
		return Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return Config{}, fmt.Errorf("load config: %w", err)
	}
	defer f.Close()
	c, err := Parse(f)
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}
