// The container build files cannot be built here (no Docker engine runs on
// the development and CI machines), so this test parses them with the
// parsers Docker itself uses and checks what matters: a static, stamped,
// non-root image whose build step is the script CI runs.
package newsbot_test

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"

	"github.com/almaty-news/newsbot/internal/config"
)

// buildScript is the one build command the Dockerfile and CI share.
const buildScript = "scripts/build.sh"

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// dockerfile is the parsed Dockerfile.
type dockerfile struct {
	stages   []instructions.Stage
	metaArgs map[string]string
}

func parseDockerfile(t *testing.T) dockerfile {
	t.Helper()
	res, err := parser.Parse(strings.NewReader(read(t, "Dockerfile")))
	if err != nil {
		t.Fatalf("parse Dockerfile: %v", err)
	}
	for _, w := range res.Warnings {
		t.Errorf("Dockerfile warning: %s", w.Short)
	}
	stages, args, err := instructions.Parse(res.AST, nil)
	if err != nil {
		t.Fatalf("parse Dockerfile instructions: %v", err)
	}
	d := dockerfile{stages: stages, metaArgs: map[string]string{}}
	for _, a := range args {
		for _, kv := range a.Args {
			if kv.Value != nil {
				d.metaArgs[kv.Key] = *kv.Value
			}
		}
	}
	return d
}

// commands returns the stage's commands of type T.
func commands[T any](s instructions.Stage) []T {
	var out []T
	for _, c := range s.Commands {
		if v, ok := c.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

func (d dockerfile) final() instructions.Stage { return d.stages[len(d.stages)-1] }

// env returns the final stage's ENV values.
func (d dockerfile) env() map[string]string {
	env := map[string]string{}
	for _, e := range commands[*instructions.EnvCommand](d.final()) {
		for _, kv := range e.Env {
			env[kv.Key] = kv.Value
		}
	}
	return env
}

func TestDockerfileBuildsWithTheSharedScript(t *testing.T) {
	d := parseDockerfile(t)
	if len(d.stages) < 2 {
		t.Fatalf("Dockerfile has %d stage(s), want a multi-stage build", len(d.stages))
	}
	build := d.stages[0]
	if !strings.HasPrefix(build.BaseName, "golang:${GO_VERSION}") {
		t.Errorf("build stage FROM %s, want golang:${GO_VERSION}...", build.BaseName)
	}
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(read(t, "go.mod"))
	if goVersion == nil || d.metaArgs["GO_VERSION"] != goVersion[1] {
		t.Errorf("ARG GO_VERSION=%s, want go.mod's %v", d.metaArgs["GO_VERSION"], goVersion)
	}
	var builds []string
	for _, s := range d.stages {
		for _, r := range commands[*instructions.RunCommand](s) {
			line := strings.Join(r.CmdLine, " ")
			if strings.Contains(line, "go build") {
				t.Errorf("RUN %q builds without %s: the image must be built as CI builds", line, buildScript)
			}
			if strings.Contains(line, buildScript) {
				builds = append(builds, line)
			}
		}
	}
	if len(builds) != 1 || !strings.Contains(builds[0], "VERSION=${VERSION}") {
		t.Errorf("RUN lines calling %s = %q, want exactly one, passing VERSION", buildScript, builds)
	}
	if ci := read(t, ".ci/run"); !strings.Contains(ci, buildScript) {
		t.Errorf(".ci/run does not run %s, so CI would not build what the image ships", buildScript)
	}
}

func TestBuildScriptMakesAStaticStampedBinary(t *testing.T) {
	script := read(t, buildScript)
	module := regexp.MustCompile(`(?m)^module (\S+)`).FindStringSubmatch(read(t, "go.mod"))[1]
	for _, want := range []string{
		"CGO_ENABLED=0 go build",
		"-trimpath",
		"-X " + module + "/internal/version.Version=${version}",
		"./cmd/bot",
	} {
		if !strings.Contains(script, want) {
			t.Errorf("%s lacks %q", buildScript, want)
		}
	}
	// The -X target must exist, or the stamp is silently dropped.
	if src := read(t, "internal/version/version.go"); !strings.Contains(src, "var Version = ") {
		t.Error("internal/version has no 'var Version = ...' for -ldflags -X to set")
	}
	if info, err := os.Stat(buildScript); err != nil || info.Mode()&0o111 == 0 {
		t.Errorf("%s is not executable", buildScript)
	}
}

func TestDockerfileRuntimeImage(t *testing.T) {
	d := parseDockerfile(t)
	final := d.final()
	// distroless/static ships CA certificates and a nonroot user (65532).
	if !strings.HasPrefix(final.BaseName, "gcr.io/distroless/static") {
		t.Errorf("runtime FROM %s, want gcr.io/distroless/static (CA certificates, no shell)", final.BaseName)
	}
	users := commands[*instructions.UserCommand](final)
	if len(users) == 0 {
		t.Fatal("runtime stage has no USER: it would run as root")
	}
	user := users[len(users)-1].User
	if uid := strings.Split(user, ":")[0]; uid == "" || uid == "root" || uid == "0" {
		t.Errorf("USER %s, want a non-root user", user)
	}

	hc := commands[*instructions.HealthCheckCommand](final)
	if len(hc) != 1 || !slices.Equal(hc[0].Health.Test, []string{"CMD", "/bot", "healthcheck"}) {
		t.Errorf("HEALTHCHECK = %+v, want exec form CMD [\"/bot\", \"healthcheck\"]", hc)
	} else if hc[0].Health.Interval == 0 || hc[0].Health.StartPeriod == 0 {
		t.Errorf("HEALTHCHECK %+v, want an interval and a start period (the first index build takes time)", hc[0].Health)
	}
	ep := commands[*instructions.EntrypointCommand](final)
	if len(ep) != 1 || ep[0].PrependShell || !slices.Equal(ep[0].CmdLine, []string{"/bot"}) {
		t.Errorf("ENTRYPOINT = %+v, want exec form [\"/bot\"]", ep)
	}
	cmd := commands[*instructions.CmdCommand](final)
	if len(cmd) != 1 || cmd[0].PrependShell || !slices.Equal(cmd[0].CmdLine, []string{"serve"}) {
		t.Errorf("CMD = %+v, want [\"serve\"]", cmd)
	}

	copies := commands[*instructions.CopyCommand](final)
	var binary, corpus, data bool
	env := d.env()
	for _, c := range copies {
		switch {
		case c.From == d.stages[0].Name && c.DestPath == "/bot":
			binary = true
		case c.From == "" && slices.Equal(c.SourcePaths, []string{"corpus"}):
			corpus = c.DestPath == env["BOT_CORPUS_DIR"]
		case c.DestPath == "/data":
			data = c.Chown == "65532:65532" // distroless nonroot, so a fresh volume is writable
		}
	}
	if !binary || !corpus || !data {
		t.Errorf("COPY: binary to /bot %v, corpus baked in at BOT_CORPUS_DIR %v, /data owned by nonroot %v; want all", binary, corpus, data)
	}

	var volumes []string
	for _, v := range commands[*instructions.VolumeCommand](final) {
		volumes = append(volumes, v.Volumes...)
	}
	if !slices.Contains(volumes, "/data") || !strings.HasPrefix(env["BOT_INDEX_CACHE_DIR"], "/data/") {
		t.Errorf("VOLUME %v, BOT_INDEX_CACHE_DIR %q: want the index cache on the /data volume", volumes, env["BOT_INDEX_CACHE_DIR"])
	}
	if d := env["BOT_DATA_DIR"]; d != "/data" && !strings.HasPrefix(d, "/data/") {
		t.Errorf("BOT_DATA_DIR %q: want the feedback log on the /data volume", d)
	}
	_, port, err := net.SplitHostPort(env["BOT_HTTP_LISTEN"])
	if err != nil {
		t.Fatalf("BOT_HTTP_LISTEN=%q: %v; the image must turn on the operator HTTP server for its HEALTHCHECK", env["BOT_HTTP_LISTEN"], err)
	}
	var exposed []string
	for _, e := range commands[*instructions.ExposeCommand](final) {
		exposed = append(exposed, e.Ports...)
	}
	if !slices.Contains(exposed, port) {
		t.Errorf("EXPOSE %v, want the operator port %s", exposed, port)
	}
}

func TestDockerfileEnvIsReadByTheBot(t *testing.T) {
	known := map[string]bool{}
	for _, o := range config.EnvOverrides() {
		known[o.Var] = true
	}
	for name := range parseDockerfile(t).env() {
		if !known[name] {
			t.Errorf("the Dockerfile sets %s, which the bot does not read", name)
		}
	}
}

func TestDockerignore(t *testing.T) {
	f, err := os.Open(".dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	patterns, err := ignorefile.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := patternmatcher.New(patterns)
	if err != nil {
		t.Fatal(err)
	}
	excluded := func(path string) bool {
		ok, err := pm.MatchesOrParentMatches(path)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	for _, p := range []string{".git", ".git/HEAD", ".env", ".env.local", "bin/bot", "data/cache/index.gob", ".newsbot-cache/x", "config.toml"} {
		if !excluded(p) {
			t.Errorf(".dockerignore lets %s into the build context", p)
		}
	}
	needed := []string{"go.mod", "go.sum", "cmd/bot/main.go", "internal/cli/cli.go", buildScript}
	err = filepath.WalkDir("corpus", func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			needed = append(needed, filepath.ToSlash(path))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range needed {
		if excluded(p) {
			t.Errorf(".dockerignore keeps %s out of the build context, but the build needs it", p)
		}
	}
}
