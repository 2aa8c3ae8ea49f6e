package runtime

import (
	"context"
	"fmt"
)

// verifySession is one of verify's connections (the source, the target, and the source again
// for chunk boundaries read ahead). A statement that runs over its deadline (--timeout) leaves
// its connection unusable: both drivers give up on a connection whose statement they abandoned
// (pgx closes it, go-sql-driver marks it bad). Without a new one every later check of the run
// would be unverifiable too ("conn closed"), and the run's row in the verification history would
// be lost; so the next statement after a timeout opens a new connection first.
type verifySession struct {
	Session
	e      Engine
	broken bool
}

func openVerifySession(ctx context.Context, e Engine) (*verifySession, error) {
	s, err := e.Session(ctx)
	if err != nil {
		return nil, err
	}
	return &verifySession{Session: s, e: e}, nil
}

// ready replaces a connection abandoned by a timed-out statement.
func (s *verifySession) ready(ctx context.Context) error {
	if !s.broken {
		return nil
	}
	n, err := s.e.Session(ctx)
	if err != nil {
		return fmt.Errorf("reconnect after a timed-out statement: %w", err)
	}
	s.Session.Close()
	s.Session, s.broken = n, false
	return nil
}

// done notes a statement that failed because its context ended: the connection is gone.
func (s *verifySession) done(ctx context.Context, err error) {
	if err != nil && ctx.Err() != nil {
		s.broken = true
	}
}

func (s *verifySession) Query(ctx context.Context, sql string, args []any) ([][]any, error) {
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	rows, err := s.Session.Query(ctx, sql, args)
	s.done(ctx, err)
	return rows, err
}

func (s *verifySession) Stream(ctx context.Context, sql string, args []any, each func(row []any) error) error {
	if err := s.ready(ctx); err != nil {
		return err
	}
	err := s.Session.Stream(ctx, sql, args, each)
	s.done(ctx, err)
	return err
}

func (s *verifySession) Exec(ctx context.Context, sql string, args []any) (int64, error) {
	if err := s.ready(ctx); err != nil {
		return 0, err
	}
	n, err := s.Session.Exec(ctx, sql, args)
	s.done(ctx, err)
	return n, err
}

// Close closes the connection in use (a method of its own: `defer s.Close()` must not bind the
// connection that was current when it was deferred).
func (s *verifySession) Close() { s.Session.Close() }
