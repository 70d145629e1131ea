package fetch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// UserAgent names the project to the sites it fetches from.
const UserAgent = "newsbot/1.0 (+https://github.com/almaty-news/newsbot; self-hosted news Q&A bot)"

// Options configure a Client. Zero values take the defaults noted.
type Options struct {
	MaxBytes      int64          // largest body read; 5 MiB when 0
	Timeout       time.Duration  // whole request, body included; 20s when 0
	MaxRedirects  int            // 5 when 0
	HostInterval  time.Duration  // least time between two requests to one host; 0 = none
	AllowNetworks []netip.Prefix // addresses allowed although Blocked refuses them (an intranet; tests)
	Resolver      Resolver       // net.DefaultResolver when nil
	UserAgent     string         // UserAgent when ""
}

// Client fetches pages under the limits of its Options. It is safe for
// concurrent use.
type Client struct {
	http  *http.Client
	opt   Options
	hosts *hostLimiter
}

// Response is a fetched body, converted to UTF-8 when it is text.
type Response struct {
	URL          *url.URL // after redirects
	Status       int      // 200, or 304 for a conditional request that changed nothing
	ContentType  string   // media type without parameters
	Body         []byte
	ETag         string
	LastModified string
}

// Conditional holds the validators of an earlier response.
type Conditional struct{ ETag, LastModified string }

// NewClient returns a Client with the given options.
func NewClient(opt Options) *Client {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 5 << 20
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 20 * time.Second
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = 5
	}
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent
	}
	g := newGuard(opt.Resolver, opt.AllowNetworks)
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us, past the guard
		DialContext:           g.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConns:          10,
		IdleConnTimeout:       30 * time.Second,
	}
	c := &Client{opt: opt, hosts: newHostLimiter(opt.HostInterval)}
	c.http = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

// checkRedirect refuses other schemes, loops and long chains; the guard
// checks each redirect's address when it dials.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if err := checkScheme(req.URL); err != nil {
		return err
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("back to %s: %w", req.URL.Redacted(), ErrRedirectLoop)
		}
	}
	if len(via) > c.opt.MaxRedirects {
		return fmt.Errorf("more than %d: %w", c.opt.MaxRedirects, ErrRedirects)
	}
	return c.hosts.wait(req.Context(), req.URL.Host)
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: %w", u.Scheme, ErrScheme)
	}
	if u.Host == "" {
		return fmt.Errorf("no host: %w", ErrScheme)
	}
	return nil
}

// Get fetches rawURL, sending cond's validators when set.
func (c *Client) Get(ctx context.Context, rawURL string, cond Conditional) (Response, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return Response{}, fmt.Errorf("parse url: %w", err)
	}
	if err := checkScheme(u); err != nil {
		return Response{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	if err := c.hosts.wait(ctx, u.Host); err != nil {
		return Response{}, classify(err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Response{}, fmt.Errorf("new request: %w", err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return Response{}, classify(err)
	}
	defer resp.Body.Close()
	out := Response{URL: resp.Request.URL, Status: resp.StatusCode, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		return out, nil
	}
	if resp.StatusCode != http.StatusOK {
		return out, &StatusError{Status: resp.Status}
	}
	ct := resp.Header.Get("Content-Type")
	out.ContentType = mediaType(ct)
	body, err := c.read(resp.Body)
	if err != nil {
		return out, err
	}
	out.Body, err = toUTF8(body, ct)
	return out, err
}

// read reads at most MaxBytes of body, failing beyond that.
func (c *Client) read(body io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", classify(err))
	}
	if int64(len(b)) > c.opt.MaxBytes {
		return nil, fmt.Errorf("over %d bytes: %w", c.opt.MaxBytes, ErrTooLarge)
	}
	return b, nil
}

// toUTF8 converts a text body from its declared charset (the header's, a
// <meta> tag's, or an XML declaration's) to UTF-8.
func toUTF8(b []byte, contentType string) ([]byte, error) {
	mt := mediaType(contentType)
	if !strings.HasPrefix(mt, "text/") && !strings.Contains(mt, "html") && !strings.Contains(mt, "xml") {
		return b, nil
	}
	if strings.Contains(mt, "xml") && !strings.Contains(mt, "html") {
		return b, nil // feeds: the XML parser reads the encoding declaration itself
	}
	r, err := charset.NewReader(strings.NewReader(string(b)), contentType)
	if err != nil {
		return nil, fmt.Errorf("decode charset: %w", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("decode charset: %w", err)
	}
	// A page that is not in the charset it declares: keep what reads.
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}

func mediaType(ct string) string {
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}
