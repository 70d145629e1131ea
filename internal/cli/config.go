package cli

import (
	"context"
	"fmt"

	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/config"
)

// defaultConfigFile is read when --config is not given and it exists.
const defaultConfigFile = "config.toml"

// loadConfig reads the config file (see configPath), applies the
// environment (config.EnvOverrides) and the flags, and validates.
func loadConfig(c *common, getenv func(string) string) (config.Config, error) {
	cfg, err := config.Load(configPath(c, getenv))
	if err != nil {
		return config.Config{}, err
	}
	cfg.ApplyEnv(getenv)
	cfg.ApplyOpenAIEnv(getenv)
	if c.corpus != "" {
		cfg.Corpus.Dir = c.corpus
	}
	if c.k != 0 {
		cfg.Retrieve.K = c.k
	}
	if err := cfg.Validate(); err != nil {
		return config.Config{}, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

// openApp loads the config, the corpus and the index.
func openApp(ctx context.Context, c *common, env Env, progress func(done, total int)) (*app.App, error) {
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return nil, err
	}
	return app.Open(ctx, cfg, newLogger(env.Stderr, cfg.Log), progress)
}

// openAppStore is openApp with store.kind honoured (app.OpenWithStore):
// with "postgres", the corpus is served from the store at DATABASE_URL.
func openAppStore(ctx context.Context, c *common, env Env) (*app.App, error) {
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return nil, err
	}
	return app.OpenWithStore(ctx, cfg, newLogger(env.Stderr, cfg.Log), env.Getenv(config.EnvDatabaseURL))
}

// startDaemon loads the config, builds the logger and starts the daemon
// (see app.StartDaemon).
func startDaemon(ctx context.Context, c *common, env Env, adjust func(*app.App)) (*app.Daemon, error) {
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return nil, err
	}
	return app.StartDaemon(ctx, cfg, newLogger(env.Stderr, cfg.Log), env.Getenv(config.EnvDatabaseURL), adjust)
}
