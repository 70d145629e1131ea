package config

import (
	"net/netip"
	"strings"
	"testing"
)

func TestFeedsValidate(t *testing.T) {
	c, err := Parse(strings.NewReader(`[feeds]
urls = ["https://news.example/rss.xml", "ftp://x/feed", "not a url"]
interval = "10s"
allow_networks = ["10.0.0.0/8", "127.0.0.1", "nonsense"]
max_bytes = 10
timeout = "0s"
max_redirects = 0
host_interval = "2m"
add_roles = ["123", "moderators"]
`))
	if err != nil {
		t.Fatal(err)
	}
	err = c.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want errors")
	}
	for _, key := range []string{`feeds.urls: want http or https links, got "ftp://x/feed"`, `got "not a url"`, "feeds.interval", `feeds.allow_networks: want an address or CIDR such as "10.0.0.0/8", got "nonsense"`,
		`feeds.add_roles: "moderators" is not a Discord role ID`, "feeds.max_bytes", "feeds.timeout", "feeds.max_redirects", "feeds.host_interval"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("Validate() = %v, want it to name %s", err, key)
		}
	}
	if strings.Contains(err.Error(), "news.example") {
		t.Errorf("Validate() = %v, want the good feed URL accepted", err)
	}
	want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("127.0.0.1/32")}
	if got := c.Feeds.Networks(); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Networks() = %v, want %v", got, want)
	}
	if err := Default().Validate(); err != nil {
		t.Errorf("Default().Validate() = %v, want nil", err)
	}
}
