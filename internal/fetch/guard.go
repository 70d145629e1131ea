package fetch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// Resolver looks up a host's addresses; *net.Resolver is one. Tests pass
// one that answers private addresses.
type Resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

// sharedRange is carrier-grade NAT space (RFC 6598), private in practice.
// With the ranges Blocked checks it covers the cloud metadata services:
// 169.254.169.254 (AWS, GCP, Azure: link-local), fd00:ec2::254 (AWS
// IPv6: private) and 100.100.100.200 (Alibaba Cloud: shared).
var sharedRange = netip.MustParsePrefix("100.64.0.0/10")

// Blocked reports why ip may not be fetched from, "" when it may: it is
// loopback, private, link-local, unspecified, multicast or a cloud
// metadata address (see sharedRange).
func Blocked(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "invalid"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate(), sharedRange.Contains(ip):
		return "private"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "link-local"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	}
	if ip.Is4() && ip.As4()[0] == 0 { // "this network"
		return "unspecified"
	}
	return ""
}

// guard dials only addresses that Blocked allows, or that are in one of
// the allowed networks the operator configured. It
// resolves the host itself, so the check sees the address actually
// dialled, and checks again in the dialer's Control hook, so nothing
// slips through on the way to the socket. Every redirect dials anew.
type guard struct {
	resolver Resolver
	dialer   net.Dialer
	allow    []netip.Prefix
}

func newGuard(r Resolver, allow []netip.Prefix) *guard {
	if r == nil {
		r = net.DefaultResolver
	}
	g := &guard{resolver: r, allow: allow}
	g.dialer.Control = g.control
	return g
}

// refuse says why ip may not be dialled, "" when it may.
func (g *guard) refuse(ip netip.Addr) string {
	ip = ip.Unmap()
	for _, p := range g.allow {
		if p.Contains(ip) {
			return ""
		}
	}
	return Blocked(ip)
}

// DialContext is the http.Transport's dial function.
func (g *guard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		found, err := g.resolver.LookupIPAddr(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", host, err)
		}
		for _, a := range found {
			if ip, ok := netip.AddrFromSlice(a.IP); ok {
				ips = append(ips, ip.Unmap())
			}
		}
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("resolve %s: no addresses", host)
	}
	var lastErr error
	for _, ip := range ips {
		if why := g.refuse(ip); why != "" {
			lastErr = fmt.Errorf("%s resolves to %s (%s): %w", host, ip, why, ErrBlocked)
			continue
		}
		conn, err := g.dialer.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// control refuses a socket to a blocked address, the last line of defence.
func (g *guard) control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, ErrBlocked)
	}
	if why := g.refuse(ap.Addr()); why != "" {
		return fmt.Errorf("dial %s (%s): %w", ap.Addr(), why, ErrBlocked)
	}
	return nil
}
