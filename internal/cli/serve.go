package cli

import (
	"context"
	"fmt"

	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/config"
)

func runServe(ctx context.Context, args []string, env Env) error {
	return serve(ctx, args, env, app.ServeDeps{})
}

// serve runs the Discord bot until ctx ends (SIGINT/SIGTERM in main).
func serve(ctx context.Context, args []string, env Env, deps app.ServeDeps) error {
	fs, c := newFlags("serve", `serve [--corpus DIR] [--config FILE] [--k N]

Runs the Discord bot until interrupted. DISCORD_TOKEN must hold the bot
token; DISCORD_API_URL overrides discord.api_url. See README.md, "Discord".`, env.Stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("serve: unexpected argument %q", pos[0])
	}
	token, err := config.DiscordToken(env.Getenv)
	if err != nil {
		return usagef("%v", err)
	}
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return err
	}
	cfg.Discord = cfg.Discord.WithEnv(env.Getenv)
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	deps.DatabaseURL = env.Getenv(config.EnvDatabaseURL)
	return app.Serve(ctx, cfg, newLogger(env.Stderr, cfg.Log), token, deps)
}
