package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/jackc/pgx/v5/pgconn"
)

// Documents returns the stored articles sorted by ID, parsed as from
// disk, and the corpus version they are. An article that no longer
// parses (a newer parser) is reported as a problem, not an error.
func (s *Store) Documents(ctx context.Context) ([]corpus.Document, []corpus.Problem, int64, error) {
	var docs []corpus.Document
	var problems []corpus.Problem
	var version int64
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, nil, 0, s.wrap("read store", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// One transaction: the version and the rows agree.
	if err := tx.QueryRow(ctx, `SELECT version FROM corpus_state`).Scan(&version); err != nil {
		return nil, nil, 0, s.wrap("read store", err)
	}
	rows, err := tx.Query(ctx, `SELECT path, content FROM documents ORDER BY id`)
	if err != nil {
		return nil, nil, 0, s.wrap("read store", err)
	}
	paths, contents, err := collectPairs(rows)
	if err != nil {
		return nil, nil, 0, s.wrap("read store", err)
	}
	for i, p := range paths {
		d, err := corpus.Parse(p, []byte(contents[i]))
		var prob corpus.Problem
		switch {
		case errors.As(err, &prob):
			problems = append(problems, prob)
		case err != nil:
			return nil, nil, 0, fmt.Errorf("read store: parse %s: %w", p, err)
		default:
			docs = append(docs, d)
		}
	}
	return docs, problems, version, nil
}

// Version returns the corpus version: 0 before the first Sync, then one
// more per Sync that changed something.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := s.pool.QueryRow(ctx, `SELECT version FROM corpus_state`).Scan(&v); err != nil {
		return 0, s.wrap("read corpus version", err)
	}
	return v, nil
}

// wrap adds op to err; a failure to reach the database (anything but an
// error the server returned, or the caller's cancellation) becomes one
// matching ErrUnavailable that names DATABASE_URL without its password.
func (s *Store) wrap(op string, err error) error {
	var pgErr *pgconn.PgError
	var embErr embedError
	if errors.As(err, &pgErr) || errors.As(err, &embErr) || errors.Is(err, context.Canceled) || errors.Is(err, ErrUnavailable) {
		return fmt.Errorf("%s: %w", op, err)
	}
	if errors.Is(err, context.DeadlineExceeded) && !pgconn.Timeout(err) {
		return fmt.Errorf("%s: %w", op, err)
	}
	return s.connError(op, err)
}
