package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/BurntSushi/toml"
)

// Check reads the config file at path ("" = defaults only) and returns
// the configuration with every problem found: unknown keys, each as its
// own error naming the key, and a parse error. The config returned is the
// defaults overlaid with whatever decoded, so the caller can still
// Validate it and show it. Validation is left to the caller because the
// environment and flags may change values first.
func Check(path string) (Config, []error) {
	c := Default()
	if path == "" {
		return c, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return c, []error{fmt.Errorf("load config: %w", err)}
	}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&c)
	if err != nil {
		return Default(), []error{decodeError(path, err)}
	}
	return c, unknownKeys(md)
}

// unknownKeys names every key and table the Config has no field for. The
// keys inside an unknown table are not listed again.
func unknownKeys(md toml.MetaData) []error {
	unknown := map[string]bool{}
	for _, k := range md.Undecoded() {
		unknown[k.String()] = true
	}
	var errs []error
	for _, k := range md.Undecoded() {
		inside := false
		for i := 1; i < len(k); i++ {
			if unknown[k[:i].String()] {
				inside = true
			}
		}
		switch {
		case inside:
		case md.Type(k...) == "Hash":
			errs = append(errs, fmt.Errorf("%s: unknown table", k.String()))
		default:
			errs = append(errs, fmt.Errorf("%s: unknown key", k.String()))
		}
	}
	return errs
}

// WriteTOML writes c as TOML, every key included, as `bot config check`
// shows the effective configuration. c holds no secrets.
func (c Config) WriteTOML(w io.Writer) error {
	if err := toml.NewEncoder(w).Encode(c); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}

// decodeError names the key of a bad value where the decoder knows it:
// "reload.debounce: want a duration ... (config.toml line 3)".
func decodeError(path string, err error) error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	if pe.LastKey != "" {
		return fmt.Errorf("%s: %s (%s line %d)", pe.LastKey, pe.Message, path, pe.Position.Line)
	}
	return fmt.Errorf("%s: %s", path, pe.ErrorWithPosition())
}
