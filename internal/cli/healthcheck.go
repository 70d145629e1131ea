package cli

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/almaty-news/newsbot/internal/ops"
)

// runHealthcheck asks the running bot's /healthz, for Docker's
// HEALTHCHECK: exit 0 when it answers 200, 1 otherwise. The address is
// --addr, else http.listen from the config and environment.
func runHealthcheck(ctx context.Context, args []string, env Env) error {
	fs := newBareFlags("healthcheck", "healthcheck [--addr HOST:PORT] [--config FILE] [--timeout 3s]", env.Stderr)
	addr := fs.String("addr", "", "address of the operator HTTP server (default http.listen)")
	cfgPath := fs.String("config", "", "TOML config file (default ./config.toml when present)")
	timeout := fs.Duration("timeout", 3*time.Second, "give up after this long")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("healthcheck: unexpected argument %q", pos[0])
	}
	if *addr == "" {
		cfg, err := loadConfig(&common{config: *cfgPath}, env.Getenv)
		if err != nil {
			return err
		}
		if cfg.HTTP.Listen == "" {
			return fmt.Errorf("healthcheck: the operator HTTP server is off (set http.listen or BOT_HTTP_LISTEN)")
		}
		*addr = cfg.HTTP.Listen
	}
	url, err := ops.HealthURL(*addr)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	if err := ops.Healthcheck(ctx, healthClient, url); err != nil {
		return err
	}
	_, err = fmt.Fprintln(env.Stdout, "ok")
	return err
}

// healthClient never goes through a proxy: the bot is on this host.
var healthClient = &http.Client{Transport: &http.Transport{Proxy: nil}}
