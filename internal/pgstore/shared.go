package pgstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// RateLimiter allows each user n questions in any window of the given
// length, counted across every process sharing the store.
type RateLimiter struct {
	store  *Store
	n      int
	window time.Duration
}

// RateLimiter returns a limiter of n questions per user per window.
func (s *Store) RateLimiter(n int, window time.Duration) *RateLimiter {
	return &RateLimiter{store: s, n: n, window: window}
}

// Allow records a question by user at now and reports whether it may be
// asked; when not, wait is how long until it may. Questions older than
// the window are forgotten. The user's rows are locked for the check, so
// two processes cannot both let through the n+1st question.
func (l *RateLimiter) Allow(ctx context.Context, user string, now time.Time) (ok bool, wait time.Duration, err error) {
	if l.n <= 0 {
		return true, 0, nil
	}
	since := now.Add(-l.window)
	err = pgx.BeginFunc(ctx, l.store.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('ratelimit:' || $1))`, user); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM questions_asked WHERE user_id = $1 AND asked_at <= $2`, user, since); err != nil {
			return err
		}
		var n int
		var oldest *time.Time
		if err := tx.QueryRow(ctx, `SELECT count(*), min(asked_at) FROM questions_asked WHERE user_id = $1`, user).Scan(&n, &oldest); err != nil {
			return err
		}
		if n >= l.n {
			wait = oldest.Add(l.window).Sub(now)
			return nil
		}
		ok = true
		_, err := tx.Exec(ctx, `INSERT INTO questions_asked (user_id, asked_at) VALUES ($1, $2)`, user, now)
		return err
	})
	if err != nil {
		return false, 0, l.store.wrap("rate limit", err)
	}
	return ok, wait, nil
}

// RecordFeedback stores one feedback record (a vote on an answer) as
// JSON, with the time it was given.
func (s *Store) RecordFeedback(ctx context.Context, at time.Time, record any) error {
	b, err := json.Marshal(record)
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO feedback (at, record) VALUES ($1, $2)`, at, string(b)); err != nil {
		return s.wrap("record feedback", err)
	}
	return nil
}

// Feedback returns the stored feedback records since the given time,
// oldest first, as JSON.
func (s *Store) Feedback(ctx context.Context, since time.Time) ([]json.RawMessage, error) {
	rows, err := s.pool.Query(ctx, `SELECT record::text FROM feedback WHERE at >= $1 ORDER BY at, id`, since)
	if err != nil {
		return nil, s.wrap("read feedback", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (json.RawMessage, error) {
		var s string
		err := r.Scan(&s)
		return json.RawMessage(s), err
	})
	if err != nil {
		return nil, s.wrap("read feedback", err)
	}
	return out, nil
}
