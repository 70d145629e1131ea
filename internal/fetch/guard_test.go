package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestBlocked(t *testing.T) {
	cases := map[string]string{
		"127.0.0.1": "loopback", "::1": "loopback", "10.1.2.3": "private", "172.16.0.9": "private",
		"192.168.1.1": "private", "fd12::1": "private", "100.64.0.1": "private",
		"169.254.169.254": "link-local", "fe80::1": "link-local", "0.0.0.0": "unspecified", "::": "unspecified",
		"0.1.2.3": "unspecified", "224.0.0.1": "link-local", "239.1.1.1": "multicast", "ff02::1": "link-local", "ff05::2": "multicast",
		"fd00:ec2::254": "private", "100.100.100.200": "private", "::ffff:127.0.0.1": "loopback",
		"93.184.215.14": "", "2606:2800:21f:cb07:6820:80da:af6b:8b2c": "",
	}
	for in, want := range cases {
		if got := Blocked(netip.MustParseAddr(in)); got != want {
			t.Errorf("Blocked(%s) = %q, want %q", in, got, want)
		}
	}
}

// fakeResolver answers every host with its fixed addresses.
type fakeResolver map[string][]string

func (f fakeResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	var out []net.IPAddr
	for _, s := range f[host] {
		out = append(out, net.IPAddr{IP: net.ParseIP(s)})
	}
	if len(out) == 0 {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return out, nil
}

// A name that resolves to a refused address is never dialled.
func TestGuardChecksResolvedAddresses(t *testing.T) {
	r := fakeResolver{
		"intranet.example": {"10.0.0.7"}, "metadata.example": {"169.254.169.254"},
		"loop.example": {"127.0.0.1"}, "v6loop.example": {"::1"}, "zero.example": {"0.0.0.0"},
		"mapped.example": {"::ffff:192.168.0.1"},
	}
	c := NewClient(Options{Resolver: r})
	for host := range r {
		_, err := c.Get(context.Background(), "http://"+host+"/news", Conditional{})
		if !errors.Is(err, ErrBlocked) {
			t.Errorf("Get(%s) error = %v, want ErrBlocked", host, err)
		}
	}
	for _, raw := range []string{"http://127.0.0.1/", "http://[::1]:8080/", "http://169.254.169.254/latest/meta-data/"} {
		if _, err := c.Get(context.Background(), raw, Conditional{}); !errors.Is(err, ErrBlocked) {
			t.Errorf("Get(%s) error = %v, want ErrBlocked", raw, err)
		}
	}
}

// A redirect from an allowed server to a refused address is refused.
func TestGuardChecksEveryRedirect(t *testing.T) {
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		switch r.URL.Path {
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-name":
			http.Redirect(w, r, "http://intranet.example/admin", http.StatusMovedPermanently)
		case "/to-localhost":
			http.Redirect(w, r, "http://[::1]/", http.StatusFound)
		}
	}))
	defer srv.Close()
	c := NewClient(Options{
		Resolver:      fakeResolver{"intranet.example": {"192.168.10.10"}},
		AllowNetworks: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}, // the test server only
	})
	for _, p := range []string{"/to-metadata", "/to-name", "/to-localhost"} {
		if _, err := c.Get(context.Background(), srv.URL+p, Conditional{}); !errors.Is(err, ErrBlocked) {
			t.Errorf("Get(%s) error = %v, want ErrBlocked", p, err)
		}
	}
	if hits != 3 {
		t.Errorf("test server hit %d times, want 3 (one per first hop)", hits)
	}
}

func TestSchemes(t *testing.T) {
	c := NewClient(Options{})
	for _, raw := range []string{"ftp://example.org/a", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)", "/relative", "http:///nohost"} {
		if _, err := c.Get(context.Background(), raw, Conditional{}); !errors.Is(err, ErrScheme) {
			t.Errorf("Get(%q) error = %v, want ErrScheme", raw, err)
		}
	}
}
