package config

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"testing"
)

// reEnvVar matches the name of an environment variable the bot reads.
var reEnvVar = regexp.MustCompile(`\b(?:BOT|OPENAI|DISCORD)_[A-Z_]+\b`)

// The README and config.example.toml name every environment variable the
// bot reads, and no other.
func TestEnvironmentDocumented(t *testing.T) {
	want := []string{EnvConfigFile, EnvDiscordToken, EnvOpenAIAPIKey, EnvOpenAIBaseURL, EnvDiscordAPIURL}
	for _, o := range EnvOverrides() {
		want = append(want, o.Var)
	}
	sort.Strings(want)
	for _, path := range []string{"../../README.md", "../../config.example.toml"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got := reEnvVar.FindAllString(string(b), -1)
		sort.Strings(got)
		got = slices.Compact(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s names the variables\n %v\nthe bot reads\n %v", path, got, want)
		}
	}
}
