package pgstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	pgxvec "github.com/pgvector/pgvector-go/pgx"
)

// EnvURL is the environment variable that holds the database URL.
const EnvURL = "DATABASE_URL"

// ErrUnavailable reports that the database could not be reached; callers
// branch on it (errors.Is) to tell the user to try again later.
var ErrUnavailable = errors.New("database unavailable")

// Options configure Open.
type Options struct {
	// MaxConns caps the connection pool; 4 when 0. PGlite serves as many
	// connections as its -m flag allows.
	MaxConns int32
	Logger   *slog.Logger // nil discards
}

// Store is the corpus and the shared serving state in one Postgres
// database. It is safe for concurrent use.
type Store struct {
	pool *pgxpool.Pool
	conn *pgx.ConnConfig // for the migration and LISTEN connections
	url  string          // only for Redact; never logged
	log  *slog.Logger
}

// Open connects to the database at dbURL and applies the schema
// migrations. Errors name DATABASE_URL and never contain its password.
func Open(ctx context.Context, dbURL string, opt Options) (*Store, error) {
	if dbURL == "" {
		return nil, fmt.Errorf("open store: %s is not set", EnvURL)
	}
	cfg, err := pgxpool.ParseConfig(dbURL)
	if err != nil {
		return nil, fmt.Errorf("open store: %s is not a valid Postgres URL", EnvURL)
	}
	cfg.MaxConns = opt.MaxConns
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = 4
	}
	cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
		return pgxvec.RegisterTypes(ctx, c)
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Store{conn: cfg.ConnConfig, url: dbURL, log: log.With("component", "store")}
	// The vector type exists only after the first migration: connect
	// without registering it, migrate, then open the real pool.
	if err := s.migrateOnce(ctx); err != nil {
		return nil, err
	}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, fmt.Errorf("open store: connect to %s (%s): %w", EnvURL, Redact(dbURL), ErrUnavailable)
	}
	if err := s.pool.Ping(ctx); err != nil {
		s.pool.Close()
		return nil, s.connError("open store", err)
	}
	return s, nil
}

// migrateOnce applies the migrations over one plain connection.
func (s *Store) migrateOnce(ctx context.Context) error {
	c, err := pgx.ConnectConfig(ctx, s.conn.Copy())
	if err != nil {
		return s.connError("open store", err)
	}
	defer c.Close(context.WithoutCancel(ctx))
	if err := migrate(ctx, c); err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	return nil
}

// connError wraps a failure to reach the database: it names DATABASE_URL
// with the password removed, and matches ErrUnavailable. Of the driver's
// message only the cause of a failed connection is kept (a dial or
// server error), since the rest may quote connection settings.
func (s *Store) connError(op string, err error) error {
	cause := "cannot connect"
	var ce *pgconn.ConnectError
	switch {
	case errors.As(err, &ce) && ce.Unwrap() != nil:
		cause += " (" + s.scrub(ce.Unwrap().Error()) + ")"
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		cause = "timed out connecting"
	default:
		cause += " (" + s.scrub(err.Error()) + ")"
	}
	return fmt.Errorf("%s: %s to the database at %s=%s: %w", op, cause, EnvURL, Redact(s.url), ErrUnavailable)
}

// scrub removes the URL's password from msg, should the driver quote it.
func (s *Store) scrub(msg string) string {
	if u, err := url.Parse(s.url); err == nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
	}
	return msg
}

// Close closes the connection pool.
func (s *Store) Close() {
	if s.pool != nil {
		s.pool.Close()
	}
}

// Ping reports whether the database answers; the error matches
// ErrUnavailable. It is the store's readiness check.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return s.connError("ping store", err)
	}
	return nil
}

// Redact returns dbURL without its password and query parameters, for
// messages; a string that does not parse as a URL is replaced entirely.
func Redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil || u.Host == "" || !strings.HasPrefix(u.Scheme, "postgres") {
		return "(unparseable URL)"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	u.RawQuery, u.Fragment = "", ""
	return u.String()
}
