package config

import (
	"strings"
	"testing"
)

func TestDefaultIsValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Errorf("Default().Validate() = %v, want nil", err)
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
