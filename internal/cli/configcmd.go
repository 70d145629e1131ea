package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/version"
)

// configPath is the config file to read: --config, else $BOT_CONFIG, else
// ./config.toml when present, else none (the defaults).
func configPath(c *common, getenv func(string) string) string {
	if c.config != "" {
		return c.config
	}
	if p := getenv(config.EnvConfigFile); p != "" {
		return p
	}
	if _, err := os.Stat(defaultConfigFile); err == nil {
		return defaultConfigFile
	}
	return ""
}

func runConfig(_ context.Context, args []string, env Env) error {
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(env.Stdout, "Usage: bot config check [--config FILE] [--corpus DIR] [--k N]")
			return errHelp
		}
		return usagef("config: want a subcommand: bot config check")
	}
	fs, c := newFlags("config check", "config check [--config FILE] [--corpus DIR] [--k N]", env.Stderr)
	pos, err := parse(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("config check: unexpected argument %q", pos[0])
	}
	return checkConfig(c, env)
}

// checkConfig prints the effective configuration, where its values came
// from, the environment with secrets redacted, and every problem at once.
func checkConfig(c *common, env Env) error {
	path := configPath(c, env.Getenv)
	cfg, problems := config.Check(path)
	applied := cfg.ApplyEnv(env.Getenv)
	if c.corpus != "" {
		cfg.Corpus.Dir = c.corpus
	}
	if c.k != 0 {
		cfg.Retrieve.K = c.k
	}
	if err := cfg.Validate(); err != nil {
		problems = append(problems, unjoin(err)...)
	}
	problems = append(problems, checkPaths(cfg)...)

	w := env.Stdout
	fmt.Fprintf(w, "# %s: effective configuration\n", version.String())
	if path == "" {
		fmt.Fprintln(w, "# config file: none (defaults)")
	} else {
		fmt.Fprintf(w, "# config file: %s\n", path)
	}
	for _, o := range applied {
		fmt.Fprintf(w, "# %s set by %s\n", o.Key, o.Var)
	}
	fmt.Fprintln(w)
	if err := cfg.WriteTOML(w); err != nil {
		return err
	}
	fmt.Fprintln(w, "\n# environment (secrets are never shown)")
	for _, e := range config.Environment(env.Getenv) {
		fmt.Fprintf(w, "#   %-16s %-28s %s\n", e.Var, e.Shown, e.Note)
	}
	return reportProblems(w, problems)
}

// reportProblems lists the problems and returns an error (exit 2) when
// there are any.
func reportProblems(w io.Writer, problems []error) error {
	if len(problems) == 0 {
		fmt.Fprintln(w, "\n# no problems found")
		return nil
	}
	fmt.Fprintf(w, "\n# %d problem(s):\n", len(problems))
	for _, p := range problems {
		fmt.Fprintf(w, "#   - %v\n", p)
	}
	return usagef("config check: %d problem(s) in the configuration", len(problems))
}

// unjoin splits an errors.Join error into its parts.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// checkPaths checks what Validate cannot: that the corpus directory
// exists and that an existing cache directory is writable.
func checkPaths(cfg config.Config) []error {
	var errs []error
	info, err := os.Stat(cfg.Corpus.Dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		errs = append(errs, fmt.Errorf("corpus.dir: directory %q not found", cfg.Corpus.Dir))
	case err != nil:
		errs = append(errs, fmt.Errorf("corpus.dir: %v", err))
	case !info.IsDir():
		errs = append(errs, fmt.Errorf("corpus.dir: %q is not a directory", cfg.Corpus.Dir))
	}
	if dir := cfg.Index.CacheDir; dir != "" && dir != "off" {
		if err := checkWritable(dir); err != nil {
			errs = append(errs, fmt.Errorf("index.cache_dir: %v", err))
		}
	}
	return errs
}

// checkWritable reports whether a file can be created in dir. A directory
// that does not exist yet is fine: it is created on first use.
func checkWritable(dir string) error {
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%q is not a directory", dir)
	}
	f, err := os.CreateTemp(dir, ".write-check-*")
	if err != nil {
		return fmt.Errorf("%q is not writable: %v", dir, err)
	}
	f.Close()
	return os.Remove(f.Name())
}
