package pgstore

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
)

// WatchOptions configure Watch.
type WatchOptions struct {
	// Poll is how often the version is read even without a notification
	// (one may be missed while reconnecting); 10s when 0.
	Poll time.Duration
	// MaxBackoff caps the wait between reconnection attempts; 30s when 0.
	MaxBackoff time.Duration
	// Down is called with the error when the connection is lost and with
	// nil when it is back; may be nil.
	Down func(err error)
}

// Watch calls changed with each corpus version newer than from, until ctx
// ends: it LISTENs on Channel and reads the version every opt.Poll, on a
// connection of its own that it re-opens, with exponential backoff, when
// it drops. It returns ctx's error.
func (s *Store) Watch(ctx context.Context, from int64, opt WatchOptions, changed func(version int64)) error {
	if opt.Poll <= 0 {
		opt.Poll = 10 * time.Second
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 30 * time.Second
	}
	backoff := 100 * time.Millisecond
	down := false
	for {
		err := s.watchConn(ctx, &from, opt, changed, func() {
			backoff = 100 * time.Millisecond
			if down && opt.Down != nil {
				opt.Down(nil)
			}
			down = false
		})
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !down {
			s.log.Warn("lost the store's notification connection; reconnecting", "err", s.wrap("watch store", err))
			if opt.Down != nil {
				opt.Down(s.wrap("watch store", err))
			}
		}
		down = true
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, opt.MaxBackoff)
	}
}

// watchConn listens on one connection until it fails or ctx ends; up is
// called once it is listening.
func (s *Store) watchConn(ctx context.Context, from *int64, opt WatchOptions, changed func(int64), up func()) error {
	c, err := pgx.ConnectConfig(ctx, s.conn.Copy())
	if err != nil {
		return err
	}
	defer c.Close(context.WithoutCancel(ctx))
	if _, err := c.Exec(ctx, "LISTEN "+Channel); err != nil {
		return err
	}
	up()
	for {
		var v int64
		if err := c.QueryRow(ctx, `SELECT version FROM corpus_state`).Scan(&v); err != nil {
			return err
		}
		if v > *from {
			*from = v
			changed(v)
		}
		wctx, cancel := context.WithTimeout(ctx, opt.Poll)
		_, err := c.WaitForNotification(wctx)
		cancel()
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
}
