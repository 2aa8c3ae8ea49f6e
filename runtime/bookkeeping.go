package runtime

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

// checkpoint is one row of the checkpoint table: where one key-range part of one step stands.
type checkpoint struct {
	Step       string
	Part       int
	PlanID     string
	State      string // running, done, failed
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
		if err := b.exec(ctx, s, role, nil); err != nil {
			s.Close()
			return nil, err
		}
	}
	return b, nil
}

func (b *bookkeeper) close() { b.s.Close() }

// exec runs a setup statement with the run's binds plus extra, on s (the bookkeeping session
// when s is nil or b.s, then under the lock).
func (b *bookkeeper) exec(ctx context.Context, s Session, role string, extra binds) error {
	if s == nil || s == b.s {
		b.mu.Lock()
		defer b.mu.Unlock()
		s = b.s
	}
	st, err := b.r.l.mustSetup(role)
	if err != nil {
		return err
	}
	args, err := b.r.base.with(extra).args(st)
	if err != nil {
		return err
	}
	if _, err := s.Exec(ctx, b.r.l.sql(st), args); err != nil {
		return fmt.Errorf("%s (%s): %w", role, st.File, err)
	}
	return nil
}

// load reads every checkpoint of this migration and parameter set.
func (b *bookkeeper) load(ctx context.Context, s Session) ([]checkpoint, error) {
	if s == nil || s == b.s {
		b.mu.Lock()
		defer b.mu.Unlock()
		s = b.s
	}
	st, err := b.r.l.mustSetup("checkpoint_load")
	if err != nil {
		return nil, err
	}
	args, err := b.r.base.args(st)
	if err != nil {
		return nil, err
	}
	rows, err := s.Query(ctx, b.r.l.sql(st), args)
	if err != nil {
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
	return b.exec(ctx, b.s, "checkpoint_reset", nil)
}

func (b *bookkeeper) auditStart(ctx context.Context, action string) error {
	user, host := osIdentity()
	return b.exec(ctx, b.s, "audit_insert", binds{
		"run_id": b.r.runID, "params": b.r.params.JSON(), "os_user": user, "host": host, "action": action,
		"started_at": time.Now().UTC(),
	})
}

func (b *bookkeeper) auditFinish(ctx context.Context, outcome, detail string, rows int64) error {
	var d any
	if detail != "" {
		d = detail
	}
	return b.exec(ctx, b.s, "audit_finish", binds{
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
