package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWithEnv runs the bot in-process with the given environment.
func runWithEnv(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Env{
		Getenv: func(k string) string { return env[k] },
		Stdin:  strings.NewReader(""),
		Stdout: &out,
		Stderr: &errb,
	})
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeFile(t, filepath.Join(corpus, "a.txt"), "An article.\n")
	secrets := map[string]string{
		"DISCORD_TOKEN":   "MTIz.discord-secret-value",
		"OPENAI_API_KEY":  "sk-openai-secret-value",
		"OPENAI_BASE_URL": "https://me:url-secret-value@llm.example/v1",
	}
	tests := []struct {
		name     string
		config   string // file contents; "" = no file
		env      map[string]string
		wantCode int
		want     []string // in stdout
	}{
		{
			name:     "good",
			config:   "[corpus]\ndir = \"" + corpus + "\"\n[http]\nlisten = \":8080\"\n",
			env:      secrets,
			wantCode: 0,
			want:     []string{`listen = ":8080"`, "DISCORD_TOKEN    set (redacted)", "OPENAI_API_KEY   set (redacted)", "https://me:xxxxx@llm.example/v1", "no problems found"},
		},
		{
			name:     "environment overrides",
			config:   "[corpus]\ndir = \"" + corpus + "\"\n",
			env:      map[string]string{"BOT_HTTP_LISTEN": ":9999"},
			wantCode: 0,
			want:     []string{`listen = ":9999"`, "# http.listen set by BOT_HTTP_LISTEN", "DISCORD_TOKEN    not set"},
		},
		{
			name:     "every problem at once",
			config:   "[corpus]\ndir = \"" + filepath.Join(dir, "nowhere") + "\"\n[chunk]\nsize = 10\n[http]\nlisten = \"localhost\"\nport = 1\n[llm2]\nkey = \"x\"\n",
			env:      secrets,
			wantCode: 2,
			want:     []string{"6 problem(s)", "http.port: unknown key", "llm2: unknown table", "chunk.size: must be", "http.listen: want host:port", "corpus.dir: directory"},
		},
		{
			name:     "bad environment value",
			config:   "[corpus]\ndir = \"" + corpus + "\"\n",
			env:      map[string]string{"BOT_LOG_FORMAT": "yaml"},
			wantCode: 2,
			want:     []string{"log.format set by BOT_LOG_FORMAT", "log.format: must be auto, text or json"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "config.toml"), tt.config)
			code, out, errOut := runWithEnv(t, tt.env, "config", "check", "--config", path)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d; stderr: %s", code, tt.wantCode, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, s := range []string{"discord-secret-value", "openai-secret-value", "url-secret-value"} {
				if strings.Contains(out+errOut, s) {
					t.Errorf("output reveals a secret (%s):\n%s%s", s, out, errOut)
				}
			}
		})
	}
}

func TestConfigCheckUsage(t *testing.T) {
	if code, _, errOut := runWithEnv(t, nil, "config"); code != 2 || !strings.Contains(errOut, "bot config check") {
		t.Errorf("bot config = exit %d, %q; want 2 and a hint", code, errOut)
	}
}

func TestConfigFromEnvironmentPath(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "bot.toml"), "[retrieve]\nk = 3\n")
	_, out, _ := runWithEnv(t, map[string]string{"BOT_CONFIG": path}, "config", "check")
	if !strings.Contains(out, "# config file: "+path) || !strings.Contains(out, "k = 3") {
		t.Errorf("BOT_CONFIG not read:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runWithEnv(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "bot dev (go") {
		t.Errorf("bot version = exit %d, %q; want 0 and \"bot dev (go...\"", code, out)
	}
}
