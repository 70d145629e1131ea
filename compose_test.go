package newsbot_test

import (
	"bytes"
	"net"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/almaty-news/newsbot/internal/config"
)

// compose is the part of the compose file the checks read.
type compose struct {
	Services map[string]struct {
		Build       any               `yaml:"build"`
		EnvFile     any               `yaml:"env_file"`
		Environment map[string]string `yaml:"environment"`
		Volumes     []string          `yaml:"volumes"`
		Ports       []string          `yaml:"ports"`
		Restart     string            `yaml:"restart"`
		Profiles    []string          `yaml:"profiles"`
		Image       string            `yaml:"image"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
			Required  *bool  `yaml:"required"`
		} `yaml:"depends_on"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

func parseCompose(t *testing.T) compose {
	t.Helper()
	var c compose
	dec := yaml.NewDecoder(bytes.NewReader([]byte(read(t, "compose.yaml"))))
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("parse compose.yaml: %v", err)
	}
	return c
}

func TestCompose(t *testing.T) {
	c := parseCompose(t)
	env := parseDockerfile(t).env()
	bot, ok := c.Services["bot"]
	if !ok {
		t.Fatal("compose.yaml has no bot service")
	}
	if bot.Build == nil {
		t.Error("the bot service does not build the Dockerfile")
	}
	if bot.EnvFile != ".env" && !slices.Contains(anyStrings(bot.EnvFile), ".env") {
		t.Errorf("bot env_file = %v, want .env", bot.EnvFile)
	}
	for k := range bot.Environment {
		if k == config.EnvDiscordToken || k == config.EnvOpenAIAPIKey {
			t.Errorf("compose.yaml sets the secret %s; secrets belong in .env", k)
		}
	}
	if !slices.Contains(bot.Volumes, "./corpus:"+env["BOT_CORPUS_DIR"]+":ro") {
		t.Errorf("bot volumes %v, want ./corpus mounted read-only at %s", bot.Volumes, env["BOT_CORPUS_DIR"])
	}
	var data string
	for _, v := range bot.Volumes {
		if name, ok := strings.CutSuffix(v, ":/data"); ok {
			data = name
		}
	}
	if _, declared := c.Volumes[data]; data == "" || !declared {
		t.Errorf("bot volumes %v, want a named volume (declared under volumes:) at /data", bot.Volumes)
	}
	if bot.Restart != "unless-stopped" {
		t.Errorf("bot restart = %q, want unless-stopped", bot.Restart)
	}
	_, port, _ := net.SplitHostPort(env["BOT_HTTP_LISTEN"])
	if len(bot.Ports) == 0 || !strings.HasSuffix(bot.Ports[0], ":"+port) {
		t.Errorf("bot ports %v, want the operator port %s published", bot.Ports, port)
	}
	if len(bot.Profiles) != 0 {
		t.Errorf("bot profiles %v, want none: docker compose up must start it", bot.Profiles)
	}
}

func TestComposeOllamaProfile(t *testing.T) {
	c := parseCompose(t)
	ollama, ok := c.Services["ollama"]
	if !ok || !slices.Contains(ollama.Profiles, "ollama") || !strings.HasPrefix(ollama.Image, "ollama/ollama") {
		t.Fatalf("ollama service = %+v, want ollama/ollama in profile ollama", ollama)
	}
	for name, dep := range c.Services["bot"].DependsOn {
		if !slices.Contains(c.Services[name].Profiles, "ollama") {
			continue
		}
		if dep.Required == nil || *dep.Required {
			t.Errorf("bot depends_on %s without required: false: docker compose up would fail without the profile", name)
		}
	}
	// The profile points the bot at Ollama through .env (see its comment).
	example := read(t, ".env.example")
	for _, want := range []string{"COMPOSE_PROFILES=ollama", "OPENAI_BASE_URL=http://ollama:11434/v1"} {
		if !strings.Contains(example, want) {
			t.Errorf(".env.example lacks %q", want)
		}
	}
}

func TestEnvExample(t *testing.T) {
	example := read(t, ".env.example")
	for _, name := range []string{config.EnvDiscordToken, config.EnvOpenAIAPIKey, config.EnvOpenAIBaseURL} {
		if !strings.Contains(example, name+"=") {
			t.Errorf(".env.example does not document %s", name)
		}
	}
	// No real secret: every secret is empty or a placeholder.
	for _, line := range strings.Split(example, "\n") {
		line = strings.TrimPrefix(strings.TrimSpace(line), "# ")
		for _, name := range []string{config.EnvDiscordToken, config.EnvOpenAIAPIKey} {
			if v, ok := strings.CutPrefix(line, name+"="); ok && v != "" && !strings.HasSuffix(v, "...") {
				t.Errorf(".env.example holds a value for %s: %q", name, v)
			}
		}
	}
	if !slices.Contains(strings.Fields(read(t, ".gitignore")), ".env") {
		t.Error(".gitignore does not keep .env out of git")
	}
}

func anyStrings(v any) []string {
	var out []string
	if list, ok := v.([]any); ok {
		for _, x := range list {
			switch x := x.(type) {
			case string:
				out = append(out, x)
			case map[string]any:
				if p, ok := x["path"].(string); ok {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

func TestComposeShardsProfile(t *testing.T) {
	c := parseCompose(t)
	pg, ok := c.Services["postgres"]
	if !ok || !slices.Contains(pg.Profiles, "shards") || !strings.HasPrefix(pg.Image, "pgvector/pgvector") {
		t.Fatalf("postgres service = %+v, want pgvector/pgvector in profile shards", pg)
	}
	if pw := pg.Environment["POSTGRES_PASSWORD"]; !strings.HasPrefix(pw, "${POSTGRES_PASSWORD") {
		t.Errorf("postgres POSTGRES_PASSWORD = %q, want it from .env", pw)
	}
	ports := map[string]bool{}
	for i, name := range []string{"shard-0", "shard-1"} {
		s, ok := c.Services[name]
		if !ok || !slices.Contains(s.Profiles, "shards") {
			t.Fatalf("%s = %+v, want a service in profile shards", name, s)
		}
		env := s.Environment
		if env["BOT_STORE_KIND"] != config.StorePostgres || env["BOT_SHARD_COUNT"] != "2" || env["BOT_SHARD_ID"] != strconv.Itoa(i) {
			t.Errorf("%s environment = %v, want store postgres, shard %d of 2", name, env, i)
		}
		if u := env[config.EnvDatabaseURL]; !strings.Contains(u, "@postgres:5432/") || !strings.Contains(u, "${POSTGRES_PASSWORD}") {
			t.Errorf("%s %s = %q, want the postgres service with the password from .env", name, config.EnvDatabaseURL, u)
		}
		if dep, ok := s.DependsOn["postgres"]; !ok || dep.Condition != "service_healthy" {
			t.Errorf("%s depends_on = %+v, want postgres healthy", name, s.DependsOn)
		}
		if !slices.Contains(s.Volumes, "./corpus:/app/corpus:ro") {
			t.Errorf("%s volumes %v, want the shared corpus read-only", name, s.Volumes)
		}
		if len(s.Ports) != 1 || ports[s.Ports[0]] {
			t.Errorf("%s ports %v, want one operator port of its own", name, s.Ports)
		}
		ports[s.Ports[0]] = true
	}
	if !strings.Contains(read(t, ".env.example"), "POSTGRES_PASSWORD=") {
		t.Error(".env.example does not document POSTGRES_PASSWORD")
	}
}
