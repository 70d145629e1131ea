package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func TestParseLLMAndEmbed(t *testing.T) {
	c, err := Parse(strings.NewReader(`
[answer]
mode = "llm"
[llm]
model = "llama3.1:8b"
base_url = "http://localhost:11434/v1"
temperature = 0
max_tokens = 300
timeout = "45s"
retries = 3
[embed]
provider = "openai"
model = "nomic-embed-text"
batch_size = 16
dimensions = 256
timeout = "10s"
retries = 1
`))
	if err != nil {
		t.Fatal(err)
	}
	c.ApplyOpenAIEnv(env(nil))
	if err := c.Validate(); err != nil {
		t.Fatalf("Validate() = %v, want nil", err)
	}
	want := LLM{Model: "llama3.1:8b", BaseURL: "http://localhost:11434/v1", Temperature: 0, MaxTokens: 300, Timeout: 45 * time.Second, Retries: 3}
	if c.LLM != want {
		t.Errorf("LLM = %+v, want %+v", c.LLM, want)
	}
	if c.Embed.BaseURL != want.BaseURL || c.Embed.BatchSize != 16 || c.Embed.Dimensions != 256 || c.Embed.Timeout != 10*time.Second {
		t.Errorf("Embed = %+v, want base URL from [llm], batch 16, 256 dims, 10s", c.Embed)
	}
}

func TestDefaultsStayOffline(t *testing.T) {
	c := Default()
	c.ApplyOpenAIEnv(env(nil))
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.UseLLM() || c.Embed.Provider != ProviderBuiltin {
		t.Errorf("defaults: UseLLM() = %v, provider %q; want false, builtin", c.UseLLM(), c.Embed.Provider)
	}
}

func TestUseLLM(t *testing.T) {
	for _, tc := range []struct {
		mode, file string
		env        map[string]string
		want       bool
	}{
		{"auto", "", nil, false},
		{"auto", "", map[string]string{EnvOpenAIAPIKey: "sk-x"}, true},
		{"auto", "", map[string]string{EnvOpenAIBaseURL: "http://localhost:8080/v1"}, true},
		{"auto", "http://localhost:8080/v1", nil, true},
		{"extractive", "", map[string]string{EnvOpenAIAPIKey: "sk-x"}, false},
		{"llm", "http://vllm:8000/v1", nil, true},
	} {
		c := Default()
		c.Answer.Mode, c.LLM.BaseURL = tc.mode, tc.file
		c.ApplyOpenAIEnv(env(tc.env))
		if got := c.UseLLM(); got != tc.want {
			t.Errorf("mode %q base_url %q env %v: UseLLM() = %v, want %v", tc.mode, tc.file, tc.env, got, tc.want)
		}
	}
}

func TestBaseURLPrecedence(t *testing.T) {
	c := Default()
	c.LLM.BaseURL = "http://file:1/v1"
	c.ApplyOpenAIEnv(env(map[string]string{EnvOpenAIBaseURL: "http://env:2/v1"}))
	if c.LLM.BaseURL != "http://env:2/v1" {
		t.Errorf("llm.base_url = %q, want OPENAI_BASE_URL's: the environment wins over the file", c.LLM.BaseURL)
	}
	c = Default()
	c.LLM.BaseURL = "http://file:1/v1"
	c.ApplyOpenAIEnv(env(nil))
	if c.LLM.BaseURL != "http://file:1/v1" || c.Embed.BaseURL != "http://file:1/v1" {
		t.Errorf("base URLs = %q, %q; want the file's for both", c.LLM.BaseURL, c.Embed.BaseURL)
	}
	c = Default()
	c.ApplyOpenAIEnv(env(map[string]string{EnvOpenAIBaseURL: "http://env:2/v1"}))
	if c.LLM.BaseURL != "http://env:2/v1" || c.Embed.BaseURL != "http://env:2/v1" {
		t.Errorf("base URLs = %q, %q; want OPENAI_BASE_URL for both", c.LLM.BaseURL, c.Embed.BaseURL)
	}
}

func TestValidateLLMNamesEveryKey(t *testing.T) {
	c := Default()
	c.Answer.Mode = "llm"
	c.LLM = LLM{Model: "", BaseURL: "localhost:11434", Temperature: 3, MaxTokens: 1, Timeout: 0, Retries: 99}
	c.Embed = Embed{Provider: "openai", Model: "", BaseURL: "ftp://x", BatchSize: 0, Dimensions: -1, Timeout: time.Hour, Retries: -1}
	err := c.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want errors")
	}
	for _, key := range []string{"llm.model", "llm.base_url", "llm.temperature", "llm.max_tokens", "llm.timeout", "llm.retries",
		"embed.model", "embed.base_url", "embed.batch_size", "embed.dimensions", "embed.timeout", "embed.retries"} {
		if !strings.Contains(err.Error(), key+":") {
			t.Errorf("Validate() does not name %s:\n%v", key, err)
		}
	}
	c = Default()
	c.Answer.Mode = "llm"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "answer.mode") {
		t.Errorf("mode llm without a server: Validate() = %v, want an answer.mode error", err)
	}
	c.Answer.Mode = "smart"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "answer.mode") {
		t.Errorf("mode smart: Validate() = %v, want an answer.mode error", err)
	}
}

func TestUnknownLLMKeyIsAnError(t *testing.T) {
	if _, err := Parse(strings.NewReader("[llm]\napi_key = \"sk-oops\"\n")); err == nil || !strings.Contains(err.Error(), "llm.api_key") {
		t.Errorf("Parse(llm.api_key) = %v, want unknown key llm.api_key", err)
	}
}

func TestSecretNeverPrinted(t *testing.T) {
	const key = "sk-very-secret"
	c := Default()
	c.ApplyOpenAIEnv(env(map[string]string{EnvOpenAIAPIKey: key}))
	if c.LLM.APIKey.Reveal() != key {
		t.Fatalf("Reveal() = %q, want the key", c.LLM.APIKey.Reveal())
	}
	var outs []string
	outs = append(outs, fmt.Sprintf("%v", c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), fmt.Sprint(c.LLM.APIKey))
	js, _ := json.Marshal(c)
	outs = append(outs, string(js))
	var tb bytes.Buffer
	if err := toml.NewEncoder(&tb).Encode(c); err != nil {
		t.Fatal(err)
	}
	outs = append(outs, tb.String())
	var lb bytes.Buffer
	slog.New(slog.NewJSONHandler(&lb, nil)).Info("config", "llm", c.LLM, "key", c.LLM.APIKey)
	slog.New(slog.NewTextHandler(&lb, nil)).Info("config", "llm", c.LLM, "key", c.LLM.APIKey)
	outs = append(outs, lb.String())
	for _, o := range outs {
		if strings.Contains(o, key) {
			t.Errorf("the API key leaked into: %s", o)
		}
	}
}
