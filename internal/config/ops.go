package config

import (
	"fmt"
	"net"
	"strconv"
	"time"
)

// HTTP is the [http] table: the operator HTTP server (/healthz, /readyz,
// /metrics).
type HTTP struct {
	Listen string `toml:"listen"` // host:port; "" = off
}

// Reload is the [reload] table: watching the corpus directory while the
// bot runs.
type Reload struct {
	Watch    bool     `toml:"watch"`    // rebuild the index when corpus files change
	Debounce Duration `toml:"debounce"` // quiet time after the last change before rebuilding
	Poll     Duration `toml:"poll"`     // also rescan this often; 0 = only on file events
}

// defaultReload is the [reload] table's defaults.
func defaultReload() Reload {
	return Reload{Watch: true, Debounce: Duration(time.Second)}
}

// validateOps checks the [http] and [reload] tables.
func (c Config) validateOps() []error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{key}, args...)...))
	}
	if c.HTTP.Listen != "" {
		if err := checkListen(c.HTTP.Listen); err != nil {
			bad("http.listen", "%v", err)
		}
	}
	if d := c.Reload.Debounce.D(); d < 0 || d > time.Minute {
		bad("reload.debounce", "must be between 0s and 1m, got %s", d)
	}
	if p := c.Reload.Poll.D(); p != 0 && (p < time.Second || p > 24*time.Hour) {
		bad("reload.poll", "must be 0s (off) or between 1s and 24h, got %s", p)
	}
	return errs
}

// checkListen accepts "host:port" and ":port" with a port from 1 to 65535.
func checkListen(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("want host:port or :port (for example \":8080\"), got %q", addr)
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 1 || n > 65535 {
		return fmt.Errorf("port must be a number from 1 to 65535, got %q", port)
	}
	return nil
}
