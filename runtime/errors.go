package runtime

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"
)

// Exit codes of datamove run; cli documents them.
const (
	ExitDone        = 0 // every step finished (or there was nothing to do)
	ExitFailed      = 1 // a batch failed with a non-transient error; the checkpoint is at the last good batch
	ExitUsage       = 2 // the command line is wrong
	ExitUnreachable = 3 // a database could not be reached (or another unexpected error)
	ExitInterrupted = 4 // stopped by a signal after the batch in flight; run again to resume
	ExitRefused     = 5 // refused before writing: plan changed, schema drifted, bad parameters, foreign checkpoints
)

// ExitCode maps an error returned by Run or Status to the exit code.
func ExitCode(err error) int {
	var (
		r *refusal
		u *unreachable
		g *usageError
	)
	switch {
	case err == nil:
		return ExitDone
	case errors.Is(err, ErrInterrupted):
		return ExitInterrupted
	case errors.As(err, &r):
		return ExitRefused
	case errors.As(err, &g):
		return ExitUsage
	case errors.As(err, &u):
		return ExitUnreachable
	}
	return ExitFailed
}

// ErrInterrupted is returned when a signal stopped the run after the batch in flight.
var ErrInterrupted = errors.New("interrupted: the batch in flight was finished and recorded; run the same command again to resume")

// refusal is a reason not to start (or not to go on) that is no database error.
type refusal struct{ msg string }

func (e *refusal) Error() string { return e.msg }

// unreachable wraps a connection failure.
type unreachable struct{ err error }

func (e *unreachable) Error() string { return e.err.Error() }
func (e *unreachable) Unwrap() error { return e.err }

type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// unsettled is a COMMIT whose outcome could not be learned: retrying the batch blind could apply
// it twice, so it stops the run, and a resume starts from the checkpoint as it then stands.
type unsettled struct{ err error }

func (e *unsettled) Error() string { return e.err.Error() }
func (e *unsettled) Unwrap() error { return e.err }

// transient reports whether an error is worth retrying: serialization failures, deadlocks, lock
// timeouts, and lost connections. Everything else stops the run.
func transient(err error) bool {
	var u *unsettled
	if err == nil || errors.Is(err, context.Canceled) || errors.As(err, &u) {
		return false
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch {
		case pg.Code == "40001", pg.Code == "40P01", pg.Code == "55P03", pg.Code == "57P01", pg.Code == "57P02",
			pg.Code == "57P03", strings.HasPrefix(pg.Code, "08"):
			return true
		}
		return false
	}
	var my *mysql.MySQLError
	if errors.As(err, &my) {
		switch my.Number {
		case 1205, 1213, 1053, 2006, 2013, 1927, 4031:
			return true
		}
		return false
	}
	return lostConnection(err)
}

// lostConnection reports an error that means the connection is gone, so the outcome of a
// statement in flight (a COMMIT) is unknown.
func lostConnection(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, mysql.ErrInvalidConn) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return strings.HasPrefix(pg.Code, "08") || pg.Code == "57P01"
	}
	var my *mysql.MySQLError
	if errors.As(err, &my) {
		return my.Number == 2006 || my.Number == 2013
	}
	if pgconn.SafeToRetry(err) || pgconn.Timeout(err) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "conn closed") || strings.Contains(msg, "connection reset") ||
		strings.Contains(msg, "broken pipe") || strings.Contains(msg, "unexpected EOF")
}
