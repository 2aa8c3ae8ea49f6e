package runtime

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"
)

// checkpoint is one row of the checkpoint table: where one key-range part of one step stands.
type checkpoint struct {
	Step       string
	Part       int
	PlanID     string
	State      string // running, stopped (between batches, by a signal or another part's failure), done, failed
	Position   string // JSON array of the last committed batch's hi, "null" at the start
	RangeEnd   string // JSON array of the part's last key, "null" when open
	Rows       int64
	Skipped    int64
	Rejected   int64
	SourceFP   string
	TargetFP   string
	StartedAt  time.Time
	UpdatedAt  time.Time
	FinishedAt *time.Time
	LastError  string
}

// checkpointColumns is the order of checkpoint_load's result columns.
var checkpointColumns = []string{"step", "part", "plan_id", "state", "position", "range_end", "rows_done",
	"rows_skipped", "rows_rejected", "source_fingerprint", "target_fingerprint", "started_at", "updated_at",
	"finished_at", "last_error"}

// bookkeeper reads and writes checkpoints and the audit through the plan's statements, on a
// target session of its own (a batch's checkpoint goes through the batch's session instead).
type bookkeeper struct {
	r  *runner
	s  Session
	mu sync.Mutex // s is shared by the steps' goroutines
}

func newBookkeeper(ctx context.Context, r *runner) (*bookkeeper, error) {
	s, err := r.tgt.Session(ctx)
	if err != nil {
		return nil, &unreachable{err: fmt.Errorf("target session: %w", err)}
	}
	b := &bookkeeper{r: r, s: s}
	for _, role := range []string{"checkpoint_table", "audit_table"} {
		// Runs of other tenants may be starting at the same moment: ddl absorbs the race.
		if err := ddl(func() error { return b.exec(ctx, nil, role, nil) }); err != nil {
			b.close()
			return nil, err
		}
	}
	return b, nil
}

func (b *bookkeeper) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.s.Close()
}

// on runs f on s, or, when s is nil, on the bookkeeping session under the lock. The bookkeeping
// session outlives every batch, so it meets what the batch sessions meet (a killed session, a
// failover): when its connection is lost, a new one is opened and f runs again, with the run's
// retry policy. Every bookkeeping statement may run twice: checkpoint_save is an upsert,
// checkpoint_reset a delete, audit_finish an update, checkpoint_load a read, the DDL says IF NOT
// EXISTS, and auditStart accepts its own row found already there.
func (b *bookkeeper) on(ctx context.Context, s Session, f func(Session) error) error {
	if s != nil {
		return f(s)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for attempt := 0; ; attempt++ {
		err := f(b.s)
		if err == nil || !transient(err) || b.r.tgt == nil || attempt+1 >= b.r.opts.Retries {
			return err
		}
		wait := backoff(attempt)
		b.r.log.Warn("transient error, retrying", "bookkeeping", true, "attempt", attempt+1, "of", b.r.opts.Retries,
			"wait", wait.Round(time.Millisecond), "error", err.Error())
		time.Sleep(wait)
		if !lostConnection(err) {
			continue
		}
		ns, oerr := b.r.tgt.Session(ctx)
		if oerr != nil {
			continue // the old session stays, dead: the next attempt fails on it and tries again
		}
		b.s.Close()
		b.s = ns
	}
}

// exec runs a setup statement with the run's binds plus extra, on s (a batch's session, in its
// transaction) or, when s is nil, on the bookkeeping session.
func (b *bookkeeper) exec(ctx context.Context, s Session, role string, extra binds) error {
	st, err := b.r.l.mustSetup(role)
	if err != nil {
		return err
	}
	args, err := b.r.base.with(extra).args(st)
	if err != nil {
		return err
	}
	return b.on(ctx, s, func(s Session) error {
		if _, err := s.Exec(ctx, b.r.l.sql(st), args); err != nil {
			return fmt.Errorf("%s (%s): %w", role, st.File, err)
		}
		return nil
	})
}

// load reads every checkpoint of this migration and parameter set, on s or, when s is nil, on the
// bookkeeping session.
func (b *bookkeeper) load(ctx context.Context, s Session) ([]checkpoint, error) {
	st, err := b.r.l.mustSetup("checkpoint_load")
	if err != nil {
		return nil, err
	}
	args, err := b.r.base.args(st)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	if err := b.on(ctx, s, func(s Session) error {
		rows, err = s.Query(ctx, b.r.l.sql(st), args)
		return err
	}); err != nil {
		return nil, fmt.Errorf("checkpoint_load: %w", err)
	}
	var out []checkpoint
	for _, row := range rows {
		if len(row) < len(checkpointColumns) {
			return nil, fmt.Errorf("checkpoint_load returns %d columns, want %d (%s)", len(row), len(checkpointColumns), strings.Join(checkpointColumns, ", "))
		}
		cp := checkpoint{
			Step: str(row[0]), Part: int(num(row[1])), PlanID: str(row[2]), State: str(row[3]),
			Position: str(row[4]), RangeEnd: str(row[5]), Rows: num(row[6]), Skipped: num(row[7]),
			Rejected: num(row[8]), SourceFP: str(row[9]), TargetFP: str(row[10]), LastError: str(row[14]),
		}
		cp.StartedAt, _ = row[11].(time.Time)
		cp.UpdatedAt, _ = row[12].(time.Time)
		if t, ok := row[13].(time.Time); ok {
			cp.FinishedAt = &t
		}
		out = append(out, cp)
	}
	return out, nil
}

// save upserts a checkpoint through session s (inside the batch's transaction when it is open).
func (b *bookkeeper) save(ctx context.Context, s Session, cp checkpoint) error {
	var finished any
	if cp.FinishedAt != nil {
		finished = cp.FinishedAt.UTC()
	}
	var lastErr any
	if cp.LastError != "" {
		lastErr = cp.LastError
	}
	return b.exec(ctx, s, "checkpoint_save", binds{
		"step": cp.Step, "part": cp.Part, "state": cp.State, "position": cp.Position, "range_end": cp.RangeEnd,
		"rows_done": cp.Rows, "rows_skipped": cp.Skipped, "rows_rejected": cp.Rejected,
		"started_at": cp.StartedAt.UTC(), "updated_at": time.Now().UTC(), "finished_at": finished, "last_error": lastErr,
	})
}

func (b *bookkeeper) reset(ctx context.Context) error {
	return b.exec(ctx, nil, "checkpoint_reset", nil)
}

func (b *bookkeeper) auditStart(ctx context.Context, action string) error {
	user, host := osIdentity()
	err := b.exec(ctx, nil, "audit_insert", binds{
		"run_id": b.r.runID, "params": b.r.params.JSON(), "os_user": user, "host": host, "action": action,
		"started_at": time.Now().UTC(),
	})
	if duplicateKey(err) {
		// The run id is this run's own, random: the first attempt committed before its connection
		// was lost, and the retry found the row.
		return nil
	}
	return err
}

// duplicateKey reports a unique-key violation.
func duplicateKey(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return pg.Code == "23505"
	}
	var my *mysql.MySQLError
	return errors.As(err, &my) && my.Number == 1062
}

func (b *bookkeeper) auditFinish(ctx context.Context, outcome, detail string, rows int64) error {
	var d any
	if detail != "" {
		d = detail
	}
	return b.exec(ctx, nil, "audit_finish", binds{
		"run_id": b.r.runID, "finished_at": time.Now().UTC(), "rows_moved": rows, "outcome": outcome, "detail": d,
	})
}

func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

func num(v any) int64 {
	switch x := normalize(v, "int64").(type) {
	case int64:
		return x
	case string:
		var n int64
		fmt.Sscan(x, &n)
		return n
	}
	return 0
}
