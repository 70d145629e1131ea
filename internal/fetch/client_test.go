package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// loopback allows the httptest servers, on 127.0.0.1, past the guard.
var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

func testClient(opt Options) *Client {
	opt.AllowNetworks = loopback
	return NewClient(opt)
}

func TestClientErrors(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more</p>", 100))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>first words"))
		w.(http.Flusher).Flush()
		<-r.Context().Done() // the rest never comes
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(Options{MaxBytes: 64 << 10, Timeout: 300 * time.Millisecond, MaxRedirects: 4})
	cases := map[string]error{
		"/loop/a": ErrRedirectLoop, "/chain/0": ErrRedirects, "/endless": ErrTooLarge,
		"/slow": ErrTimeout, "/gone": ErrStatus,
	}
	for path, want := range cases {
		if _, err := c.Get(context.Background(), srv.URL+path, Conditional{}); !errors.Is(err, want) {
			t.Errorf("Get(%s) error = %v, want %v", path, err, want)
		}
	}
}

func TestClientTLSError(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	_, err := testClient(Options{}).Get(context.Background(), srv.URL, Conditional{}) // a self-signed certificate
	if !errors.Is(err, ErrTLS) || Outcome(err) != "tls" {
		t.Errorf("Get(self-signed) error = %v (outcome %q), want ErrTLS", err, Outcome(err))
	}
}

// Pages in a declared legacy charset arrive as UTF-8, whether the
// charset is in the header or only in a <meta> tag.
func TestClientConvertsCharsets(t *testing.T) {
	cyr, err := charmap.Windows1251.NewEncoder().String("<html><body><p>Жители Алматы</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	latin, err := charmap.ISO8859_1.NewEncoder().String(`<html><head><meta charset="iso-8859-1"></head><body><p>naïve café</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/cp1251", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		w.Write([]byte(cyr))
	})
	mux.HandleFunc("/meta", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(latin))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(Options{})
	for path, want := range map[string]string{"/cp1251": "Жители Алматы", "/meta": "naïve café"} {
		resp, err := c.Get(context.Background(), srv.URL+path, Conditional{})
		if err != nil {
			t.Fatalf("Get(%s) error = %v", path, err)
		}
		if !strings.Contains(string(resp.Body), want) {
			t.Errorf("Get(%s) body = %q, want it to contain %q", path, resp.Body, want)
		}
	}
}

// The bot names itself, and sends the validators of an earlier response.
func TestClientHeadersAndConditionalGet(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") == "Fri, 03 May 2024 07:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Fri, 03 May 2024 07:00:00 GMT")
		w.Write([]byte("<html></html>"))
	}))
	defer srv.Close()
	c := testClient(Options{})
	first, err := c.Get(context.Background(), srv.URL, Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ua, "newsbot") {
		t.Errorf("User-Agent = %q, want it to name newsbot", ua)
	}
	again, err := c.Get(context.Background(), srv.URL, Conditional{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil || again.Status != http.StatusNotModified {
		t.Errorf("conditional Get() = %d, %v, want 304", again.Status, err)
	}
}

// A second request to a host waits its turn; other hosts do not wait.
func TestHostLimiter(t *testing.T) {
	l := newHostLimiter(time.Hour)
	ctx := context.Background()
	if err := l.wait(ctx, "a.example"); err != nil {
		t.Fatalf("first wait = %v, want nil", err)
	}
	if err := l.wait(ctx, "b.example"); err != nil {
		t.Fatalf("other host wait = %v, want nil", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- l.wait(cctx, "A.example") }()
	select {
	case err := <-done:
		t.Fatalf("second wait on the same host returned %v at once, want it to wait", err)
	default:
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled wait = %v, want context.Canceled", err)
	}
}
