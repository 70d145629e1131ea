package pgstore

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/almaty-news/newsbot/internal/pgstore/pglitetest"
)

func TestOpenMigratesOnce(t *testing.T) {
	url := pglitetest.URL(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Go(func() {
			s, err := Open(ctx, url, Options{MaxConns: 2})
			if err == nil {
				s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
	}
	s := open(t)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var n, top int
	if err := s.pool.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &top); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) || top != ms[len(ms)-1].version {
		t.Errorf("schema_migrations has %d rows up to %d, want %d up to %d", n, top, len(ms), ms[len(ms)-1].version)
	}
}

func TestOpenUnreachableNamesURLWithoutSecret(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// Port 1 on loopback: nothing listens there.
	_, err := Open(ctx, "postgres://bot:s3cr3t-pw@127.0.0.1:1/news?sslmode=disable&password=s3cr3t-pw", Options{})
	if err == nil {
		t.Fatal("Open on a closed port succeeded")
	}
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("Open error %q does not match ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), "DATABASE_URL") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("Open error %q does not name DATABASE_URL and its host", err)
	}
	if strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("Open error %q contains the password", err)
	}
}

func TestOpenWithoutURL(t *testing.T) {
	_, err := Open(context.Background(), "", Options{})
	if err == nil || !strings.Contains(err.Error(), "DATABASE_URL is not set") {
		t.Errorf("Open(\"\") = %v, want an error saying DATABASE_URL is not set", err)
	}
	_, err = Open(context.Background(), "::not a url s3cr3t", Options{})
	if err == nil || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("Open(bad URL) = %v, want an error without the URL", err)
	}
}

func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgres://bot:pw@db:5432/news?sslmode=disable", "postgres://bot:xxxxx@db:5432/news"},
		{"postgresql://db/news", "postgresql://db/news"},
		{"host=db password=pw", "(unparseable URL)"},
	} {
		if got := Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
