package config

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Feeds is the [feeds] table: adding articles from links (bot add, /add)
// and following news feeds while the bot runs.
type Feeds struct {
	URLs          []string `toml:"urls"`           // RSS or Atom feeds polled by bot serve
	Interval      Duration `toml:"interval"`       // time between two polls of the feeds
	Keywords      []string `toml:"keywords"`       // keep only feed items naming one; empty = all
	AddRoles      []string `toml:"add_roles"`      // Discord role IDs allowed to /add besides Manage Server
	AllowNetworks []string `toml:"allow_networks"` // CIDRs fetched from although private or loopback
	MaxBytes      int64    `toml:"max_bytes"`      // largest page or feed read
	Timeout       Duration `toml:"timeout"`        // one fetch, redirects and body included
	MaxRedirects  int      `toml:"max_redirects"`  // redirects followed per fetch
	HostInterval  Duration `toml:"host_interval"`  // least time between two requests to one host
}

// defaultFeeds is the [feeds] table's defaults.
func defaultFeeds() Feeds {
	return Feeds{
		URLs: []string{}, Keywords: []string{}, AddRoles: []string{}, AllowNetworks: []string{},
		Interval: Duration(15 * time.Minute), MaxBytes: 5 << 20, Timeout: Duration(20 * time.Second),
		MaxRedirects: 5, HostInterval: Duration(2 * time.Second),
	}
}

// Networks returns allow_networks parsed; a bare address is a /32 or
// /128. Call after Validate.
func (f Feeds) Networks() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range f.AllowNetworks {
		if p, err := parseNetwork(s); err == nil {
			out = append(out, p)
		}
	}
	return out
}

func parseNetwork(s string) (netip.Prefix, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "/") {
		return netip.ParsePrefix(s)
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// validateFeeds checks the [feeds] table.
func (c Config) validateFeeds() []error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("feeds.%s: "+format, append([]any{key}, args...)...))
	}
	f := c.Feeds
	for _, raw := range f.URLs {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("urls", "want http or https links, got %q", raw)
		}
	}
	if d := f.Interval.D(); d < time.Minute || d > 24*time.Hour {
		bad("interval", "must be between 1m and 24h, got %s", d)
	}
	for _, id := range f.AddRoles {
		if !isSnowflake(id) {
			bad("add_roles", "%q is not a Discord role ID (digits only)", id)
		}
	}
	for _, id := range f.AddRoles {
		if !isSnowflake(id) {
			bad("add_roles", "%q is not a Discord role ID (digits only)", id)
		}
	}
	for _, s := range f.AllowNetworks {
		if _, err := parseNetwork(s); err != nil {
			bad("allow_networks", "want an address or CIDR such as \"10.0.0.0/8\", got %q", s)
		}
	}
	if f.MaxBytes < 1<<10 || f.MaxBytes > 100<<20 {
		bad("max_bytes", "must be between 1024 and 104857600, got %d", f.MaxBytes)
	}
	if d := f.Timeout.D(); d < time.Second || d > 5*time.Minute {
		bad("timeout", "must be between 1s and 5m, got %s", d)
	}
	if f.MaxRedirects < 1 || f.MaxRedirects > 20 {
		bad("max_redirects", "must be between 1 and 20, got %d", f.MaxRedirects)
	}
	if d := f.HostInterval.D(); d < 0 || d > time.Minute {
		bad("host_interval", "must be between 0s and 1m, got %s", d)
	}
	return errs
}
