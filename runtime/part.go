package runtime

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/datamove/datamove/plan"
)

type partStats struct {
	rows, skipped, rejected int64
	batches                 int
}

// sessions are one worker's connections: a source session and a target session.
type sessions struct {
	src, tgt Session
}

func (s *sessions) close() {
	if s.src != nil {
		s.src.Close()
	}
	if s.tgt != nil {
		s.tgt.Close()
	}
}

// open connects a worker and prepares the target session for its step: the session's own stage
// table (the step's shared tables are prepare's).
func (r *runner) open(ctx context.Context, st *plan.Step) (*sessions, error) {
	s := &sessions{}
	var err error
	if s.src, err = r.src.Session(ctx); err != nil {
		return nil, fmt.Errorf("source session: %w", err)
	}
	if s.tgt, err = r.tgt.Session(ctx); err != nil {
		s.close()
		return nil, fmt.Errorf("target session: %w", err)
	}
	if _, err := r.exec(ctx, s.tgt, st, "stage_table", nil); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// prepare creates a step's shared target tables, its key map and reject table, once before its
// parts start. Not per part: the parts of a split step start together, and PostgreSQL's CREATE
// TABLE IF NOT EXISTS is not safe against a concurrent one (the loser fails on pg_type's unique
// index); another run of the plan (another tenant) may still race, which ddl absorbs.
func (r *runner) prepare(ctx context.Context, st *plan.Step) error {
	s, err := r.tgt.Session(ctx)
	if err != nil {
		return &unreachable{err: fmt.Errorf("target session: %w", err)}
	}
	defer s.Close()
	for _, role := range []string{"keymap_table", "reject_table"} {
		if err := ddl(func() error { _, err := r.exec(ctx, s, st, role, nil); return err }); err != nil {
			return err
		}
	}
	return nil
}

// ddl runs a CREATE … IF NOT EXISTS, once more when a concurrent session created the same table
// first: by the time the loser's error returns the winner has committed, so the second attempt
// finds the table.
func ddl(create func() error) error {
	err := create()
	if err != nil && createdConcurrently(err) {
		err = create()
	}
	return err
}

// createdConcurrently reports PostgreSQL's errors for two sessions creating one table at once:
// the table or its row type exists after all (42P07, 42710), or the loser hit a catalog's unique
// index (pg_type_typname_nsp_index, pg_class_relname_nsp_index).
func createdConcurrently(err error) bool {
	var pg *pgconn.PgError
	if !errors.As(err, &pg) {
		return false
	}
	return pg.Code == "42P07" || pg.Code == "42710" || pg.Code == "23505" && strings.HasPrefix(pg.ConstraintName, "pg_")
}

// exec runs a step statement, if the step has it, with the run's binds plus extra; it returns the
// affected rows. A statement the step does not have is not an error (not every step deletes).
func (r *runner) exec(ctx context.Context, s Session, st *plan.Step, role string, extra binds) (int64, error) {
	stmt, ok := stepStatement(st, role)
	if !ok {
		return 0, nil
	}
	args, err := r.base.with(extra).args(stmt)
	if err != nil {
		return 0, err
	}
	n, err := s.Exec(ctx, r.l.sql(stmt), args)
	if err != nil {
		return 0, &stmtError{tag: r.tag(st, role), err: err}
	}
	return n, nil
}

// query runs a step statement that returns rows.
func (r *runner) query(ctx context.Context, s Session, st *plan.Step, role string, extra binds) ([][]any, error) {
	stmt, args, err := r.mustStep(st, role, extra)
	if err != nil {
		return nil, err
	}
	rows, err := s.Query(ctx, r.l.sql(stmt), args)
	if err != nil {
		return nil, &stmtError{tag: r.tag(st, role), err: err}
	}
	return rows, nil
}

// mustStep returns a statement the step must have, with its bind values.
func (r *runner) mustStep(st *plan.Step, role string, extra binds) (plan.Statement, []any, error) {
	stmt, ok := stepStatement(st, role)
	if !ok {
		return stmt, nil, fmt.Errorf("step %s has no %s statement: recompile the plan", st.Name, role)
	}
	args, err := r.base.with(extra).args(stmt)
	return stmt, args, err
}

func (r *runner) tag(st *plan.Step, role string) string {
	return "/* datamove " + r.l.m.Migration + ":" + st.Name + "." + role + " */"
}

// stmtError is a database error with the statement it came from.
type stmtError struct {
	tag string
	err error
}

func (e *stmtError) Error() string { return e.tag + ": " + e.err.Error() }
func (e *stmtError) Unwrap() error { return e.err }

// split cuts a fresh step into key-range parts of about equal row counts and records them.
func (r *runner) split(ctx context.Context, st *plan.Step) ([]*part, error) {
	now := time.Now().UTC()
	parts := []*part{{n: 0, started: now}}
	if r.opts.Split > 1 {
		s, err := r.src.Session(ctx)
		if err != nil {
			return nil, &unreachable{err: err}
		}
		defer s.Close()
		rows, err := r.query(ctx, s, st, "count_source", nil)
		if err != nil {
			return nil, err
		}
		total := num(rows[0][0])
		per := total / int64(r.opts.Split)
		if per > 0 {
			var lo Position
			for i := 1; i < r.opts.Split; i++ {
				hi, _, err := r.boundary(ctx, s, st, lo, nil, per)
				if err != nil {
					return nil, err
				}
				if hi == nil {
					break
				}
				parts[len(parts)-1].end = hi
				parts = append(parts, &part{n: i, lo: hi, started: now})
				lo = hi
			}
		}
	}
	for _, p := range parts {
		if err := r.book.save(ctx, nil, p.checkpoint(st, "running")); err != nil {
			return nil, err
		}
	}
	if len(parts) > 1 {
		r.log.Info("step split into key ranges", "step", st.Name, "parts", len(parts))
	}
	return parts, nil
}

// boundary asks the source for the next batch's upper bound after lo (within end): the key of
// the size-th row, and how many rows the batch holds. A nil hi means the part is done.
func (r *runner) boundary(ctx context.Context, s Session, st *plan.Step, lo, end Position, size int64) (Position, int64, error) {
	b := rangeBinds(st.Watermark, lo, end).with(binds{"batch_size": size})
	if st.WatermarkLagSeconds > 0 {
		cap, err := r.cap(ctx, s, st)
		if err != nil {
			return nil, 0, err
		}
		b = b.with(cap)
	}
	rows, err := r.query(ctx, s, st, "boundary", b)
	if err != nil {
		return nil, 0, err
	}
	if len(rows) == 0 {
		return nil, 0, nil
	}
	row := rows[0]
	hi := positionOf(st.Watermark, row)
	n := size
	if len(row) > len(st.Watermark) {
		n = num(row[len(st.Watermark)])
	}
	return hi, n, nil
}

// cap binds the safety lag: rows whose first watermark value is newer than the source's clock
// minus the lag wait for a later pass, so late commits and clock skew cannot be skipped.
func (r *runner) cap(ctx context.Context, s Session, st *plan.Step) (binds, error) {
	stmt, err := r.l.mustSetup("source_now")
	if err != nil {
		return nil, err
	}
	rows, err := s.Query(ctx, r.l.sql(stmt), nil)
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("source_now: %w", err)
	}
	now, ok := normalize(rows[0][0], "timestamp").(time.Time)
	if !ok {
		return nil, fmt.Errorf("source_now returned %v, not a time", rows[0][0])
	}
	c := st.Watermark[0]
	return binds{"cap_open": false, "cap." + c.Name: now.Add(-time.Duration(st.WatermarkLagSeconds * float64(time.Second)))}, nil
}

// runPart moves one part, batch after batch, until it is done, the run stops or a batch fails.
func (r *runner) runPart(ctx context.Context, st *plan.Step, p *part, bar ProgressBar) (partStats, error) {
	var stats partStats
	log := r.log.With("step", st.Name, "part", p.n)
	s, err := r.open(ctx, st)
	if err != nil {
		return stats, r.fail(st, p, err)
	}
	defer func() { s.close() }()
	// next is the following batch's boundary, read while this batch writes (see prefetch).
	var next *nextBoundary
	defer func() { next.drain() }() // before the sessions close
	size := int64(st.BatchSize)
	if r.opts.BatchSize > 0 {
		size = int64(r.opts.BatchSize)
	}
	minSize, maxSize := max(size/16, 1), size*16
	pii := positionIsPII(st)
	for {
		if r.stopping() {
			return stats, r.halt(st, p)
		}
		if err := r.throttle.wait(r.stopped); err != nil {
			return stats, r.halt(st, p)
		}
		began := time.Now()
		var hi Position
		var n int64
		var res batchResult
		err := r.retry(ctx, st, log, &s, func() error {
			var err error
			if next.matches(p.lo, size) {
				hi, n, err = next.wait()
			} else {
				next.drain()
				hi, n, err = r.boundary(ctx, s.src, st, p.lo, p.end, size)
			}
			next = nil
			if err != nil || hi == nil {
				return err
			}
			next = r.prefetch(ctx, s, st, hi, p.end, size)
			res, err = r.batch(ctx, st, p, s, hi, n)
			if err != nil {
				next.drain() // a retry may reconnect, and explain reads the source
				next = nil
			}
			return err
		})
		if err != nil {
			return stats, r.fail(st, p, r.explain(ctx, st, p, s, hi, n, err))
		}
		if hi == nil {
			now := time.Now().UTC()
			cp := p.checkpoint(st, "done")
			cp.FinishedAt = &now
			if err := r.book.save(ctx, nil, cp); err != nil {
				return stats, err
			}
			log.Debug("part done", "rows", p.rows)
			return stats, nil
		}
		p.lo = hi
		p.rows += res.rows
		p.skipped += res.skipped
		p.rejected += res.rejected
		stats.rows += res.rows
		stats.skipped += res.skipped
		stats.rejected += res.rejected
		stats.batches++
		elapsed := time.Since(began)
		if bar != nil {
			bar.Add(res.rows)
		}
		log.Debug("batch", "hi", showPosition(hi, pii), "rows", res.rows, "skipped", res.skipped, "rejected", res.rejected,
			"size", size, "duration", elapsed.Round(time.Millisecond))
		if d := r.opts.BatchDuration; d > 0 && elapsed > 0 && n >= size {
			// Adapt towards the target duration, halfway each time, within bounds.
			want := float64(size) * d.Seconds() / elapsed.Seconds()
			size = min(max(int64((float64(size)+want)/2), minSize), maxSize)
		}
		r.limiter.wait(res.rows, r.stopped)
	}
}

// nextBoundary is a boundary query running on the source session while the target session
// writes the batch before it.
type nextBoundary struct {
	lo   string // the position it starts after, encoded
	size int64
	done chan struct{}
	hi   Position
	n    int64
	err  error
}

// prefetch starts reading the boundary of the batch after hi, when the batch's writes leave the
// source session idle: on one server a batch is a single statement on the target session, so the
// engine can find the next range on another core meanwhile, and the boundary query (a scan of the
// next batch's keys, 13 ms per 50k rows on PostgreSQL and 30 ms on MariaDB as measured by
// bench/run, 5-20 % of a batch) leaves the critical path. Two servers read the batch's rows
// through the source session, so there is nothing to overlap there. With a target batch duration
// the size may change after the batch, and a boundary read for another size is not used.
func (r *runner) prefetch(ctx context.Context, s *sessions, st *plan.Step, hi, end Position, size int64) *nextBoundary {
	if !r.same || r.opts.BatchDuration > 0 {
		return nil
	}
	nb := &nextBoundary{lo: encodePosition(hi), size: size, done: make(chan struct{})}
	src := s.src
	go func() {
		defer close(nb.done)
		nb.hi, nb.n, nb.err = r.boundary(ctx, src, st, hi, end, size)
	}()
	return nb
}

// matches reports whether a prefetched boundary is the one the batch after lo needs.
func (nb *nextBoundary) matches(lo Position, size int64) bool {
	return nb != nil && nb.size == size && nb.lo == encodePosition(lo)
}

// wait returns the prefetched boundary once it is read.
func (nb *nextBoundary) wait() (Position, int64, error) {
	<-nb.done
	return nb.hi, nb.n, nb.err
}

// drain waits for a prefetch that will not be used, so its session is free again.
func (nb *nextBoundary) drain() {
	if nb != nil {
		<-nb.done
	}
}

type batchResult struct {
	rows, written, skipped, rejected int64
}

// batch writes one batch (lo, hi] and its checkpoint in one target transaction.
func (r *runner) batch(ctx context.Context, st *plan.Step, p *part, s *sessions, hi Position, n int64) (batchResult, error) {
	var res batchResult
	rb := rangeBinds(st.Watermark, p.lo, hi)
	cp := checkpoint{Step: st.Name, Part: p.n, State: "running", Position: encodePosition(hi), RangeEnd: encodePosition(p.end),
		StartedAt: p.started}
	if r.opts.commitCheckpointApart {
		// Deliberately broken (tests only): the checkpoint commits before, and apart from, the rows.
		c := cp
		c.Rows = p.rows + n
		if err := r.book.save(ctx, nil, c); err != nil {
			return res, err
		}
	}
	if !r.same {
		// Before the transaction: on MySQL and MariaDB stage_clear is a TRUNCATE, which commits
		// implicitly (see dialects' stageClear). The stage is the session's own; nothing else
		// sees it between here and the load.
		if _, err := r.exec(ctx, s.tgt, st, "stage_clear", nil); err != nil {
			return res, err
		}
	}
	if err := s.tgt.Begin(ctx); err != nil {
		return res, fmt.Errorf("begin the batch's target transaction: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			_ = s.tgt.Rollback(context.Background())
		}
	}()
	suffix := ""
	if !r.same {
		suffix = "_staged"
		loaded, err := r.load(ctx, st, s, rb)
		if err != nil {
			return res, err
		}
		n = loaded
	}
	var err error
	if res.rejected, err = r.exec(ctx, s.tgt, st, "quarantine"+suffix, rb); err != nil {
		return res, err
	}
	if res.written, err = r.exec(ctx, s.tgt, st, "copy"+suffix, rb); err != nil {
		return res, err
	}
	for _, role := range []string{"keymap_fill", "soft_delete", "prune"} {
		if _, err := r.exec(ctx, s.tgt, st, role+suffix, rb); err != nil {
			return res, err
		}
	}
	res.rows = n
	if st.OnConflict == "skip" {
		res.skipped = max(n-res.written-res.rejected, 0)
	}
	cp.Rows, cp.Skipped, cp.Rejected = p.rows+n, p.skipped+res.skipped, p.rejected+res.rejected
	if !r.opts.commitCheckpointApart {
		if err := r.book.save(ctx, s.tgt, cp); err != nil {
			return res, err
		}
	}
	err = s.tgt.Commit(ctx)
	committed = true
	if err == nil {
		return res, nil
	}
	if !lostConnection(err) {
		return res, err
	}
	// The connection died during COMMIT: read the checkpoint back to learn whether it committed.
	ok, serr := r.settle(ctx, st, p, hi, cp)
	if serr != nil {
		return res, &unsettled{fmt.Errorf("COMMIT of batch up to %s lost its connection, and the checkpoint could not be read back, so whether the batch committed is unknown (run again to resume from the checkpoint): %w", showPosition(hi, positionIsPII(st)), serr)}
	}
	if ok {
		r.log.Warn("COMMIT lost its connection but the checkpoint shows it committed", "step", st.Name, "part", p.n)
		return res, nil
	}
	r.log.Warn("COMMIT lost its connection and the checkpoint shows it did not commit: the batch is retried", "step", st.Name, "part", p.n)
	return res, err // not committed: transient, the batch is retried
}

// settle reads a part's checkpoint on a new connection, once the transaction of the batch up to
// hi has ended: did it commit? The wait matters. When the client loses its connection, the
// transaction may still be open on the server: its COMMIT on the way, a server slow to commit (a
// stalled fsync, a synchronous standby), the end of the connection not yet noticed. A read before
// it ends finds the checkpoint before the batch and calls the batch not committed, the batch
// commits a moment later, and the retry applies it a second time. The transaction holds its
// checkpoint row's lock (the checkpoint is its last write) until it ends, so settle first saves
// the batch's checkpoint (saved) in a transaction of its own, which waits for that lock, and
// rolls it back: no change, and no SQL but the plan's. The retry would wait for the same lock
// anyway.
func (r *runner) settle(ctx context.Context, st *plan.Step, p *part, hi Position, saved checkpoint) (bool, error) {
	await := func(s Session) error {
		if err := s.Begin(ctx); err != nil {
			return err
		}
		err := r.book.save(ctx, s, saved)
		if rerr := s.Rollback(ctx); err == nil {
			err = rerr
		}
		return err
	}
	var last error
	for attempt := 0; attempt < r.opts.Retries; attempt++ {
		s, err := r.tgt.Session(ctx)
		if err == nil {
			var cps []checkpoint
			if err = await(s); err == nil {
				cps, err = r.book.load(ctx, s)
			}
			s.Close()
			if err == nil {
				for _, cp := range cps {
					if cp.Step == st.Name && cp.Part == p.n {
						return cp.Position == encodePosition(hi), nil
					}
				}
				return false, nil
			}
		}
		last = err
		time.Sleep(backoff(attempt))
	}
	return false, last
}

// load streams the batch's source rows into the target session's stage table.
func (r *runner) load(ctx context.Context, st *plan.Step, s *sessions, rb binds) (int64, error) {
	stmt, args, err := r.mustStep(st, "read", rb)
	if err != nil {
		return 0, err
	}
	type item struct {
		row []any
		err error
	}
	rows := make(chan item, 1024)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream := s.src.Stream
	if rs, ok := s.src.(rawSource); ok {
		if _, ok := s.tgt.(*pgSession); ok {
			stream = rs.StreamRaw // values pass to the stage's COPY undecoded (pgraw.go)
		}
	}
	go func() {
		defer close(rows)
		err := stream(rctx, r.l.sql(stmt), args, func(row []any) error {
			select {
			case rows <- item{row: row}:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		})
		if err != nil {
			select {
			case rows <- item{err: &stmtError{tag: r.tag(st, "read"), err: err}}:
			case <-rctx.Done():
			}
		}
	}()
	next := func() ([]any, bool, error) {
		it, ok := <-rows
		if !ok {
			return nil, false, nil
		}
		return it.row, it.err == nil, it.err
	}
	n, err := s.tgt.Load(ctx, stageName(st), st.StageColumns, next)
	if err != nil {
		return n, &stmtError{tag: r.tag(st, "stage_table"), err: err}
	}
	return n, nil
}

func stageName(st *plan.Step) string {
	return "datamove_stage_" + st.Target[strings.IndexByte(st.Target, '.')+1:]
}

// retry runs a batch attempt, again after a transient error (with a fresh connection when it was
// lost), with capped exponential backoff. Other errors return at once.
func (r *runner) retry(ctx context.Context, st *plan.Step, log *slog.Logger, s **sessions, attempt func() error) error {
	for i := 0; ; i++ {
		err := attempt()
		if err == nil || !transient(err) || i+1 >= r.opts.Retries {
			return err
		}
		wait := backoff(i)
		log.Warn("transient error, retrying", "attempt", i+1, "of", r.opts.Retries, "wait", wait.Round(time.Millisecond), "error", err.Error())
		time.Sleep(wait)
		if lostConnection(err) {
			// Reconnect before the next attempt; a failed reconnect uses up attempts too.
			(*s).close()
			for {
				ns, oerr := r.open(ctx, st)
				if oerr == nil {
					*s = ns
					break
				}
				i++
				if !transient(oerr) && !lostConnection(oerr) || i+1 >= r.opts.Retries {
					*s = &sessions{}
					return fmt.Errorf("reconnect after %v: %w", err, oerr)
				}
				log.Warn("reconnect failed, retrying", "attempt", i+1, "of", r.opts.Retries, "error", oerr.Error())
				time.Sleep(backoff(i))
			}
		}
	}
}

// backoff is 100ms doubling to a 10s cap, with jitter.
func backoff(attempt int) time.Duration {
	d := 100 * time.Millisecond << min(attempt, 7)
	d = min(d, 10*time.Second)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// halt records that a part stopped between batches (a signal, or another part's failure): state
// stopped, position unchanged, so status does not show a part as running when nothing runs it.
func (r *runner) halt(st *plan.Step, p *part) error {
	if err := r.book.save(context.Background(), nil, p.checkpoint(st, "stopped")); err != nil {
		r.log.Error("could not record the stop in the checkpoint", "step", st.Name, "part", p.n, "error", err.Error())
	}
	return ErrInterrupted
}

// fail records a failed part in its checkpoint (position unchanged) and returns the error.
func (r *runner) fail(st *plan.Step, p *part, err error) error {
	if errors.Is(err, ErrInterrupted) {
		return err
	}
	msg := err.Error()
	cp := p.checkpoint(st, "failed")
	cp.LastError = msg
	if serr := r.book.save(context.Background(), nil, cp); serr != nil {
		r.log.Error("could not record the failure in the checkpoint", "step", st.Name, "error", serr.Error())
	}
	r.log.Error("step failed", "step", st.Name, "part", p.n, "after", showPosition(p.lo, positionIsPII(st)), "error", msg)
	return err
}

// explain turns a batch failure into a message naming the step, the range, the statement and,
// for a row the target rejects, the source key of that row and its column.
func (r *runner) explain(ctx context.Context, st *plan.Step, p *part, s *sessions, hi Position, n int64, err error) error {
	pii := positionIsPII(st)
	where := fmt.Sprintf("step %s, batch after %s", st.Name, showPosition(p.lo, pii))
	if hi != nil {
		where = fmt.Sprintf("step %s, batch (%s, %s]", st.Name, showPosition(p.lo, pii), showPosition(hi, pii))
	}
	if !dataError(err) || hi == nil || s == nil || s.src == nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	key, col := r.findBadRow(ctx, st, p, s, hi, n)
	detail := ""
	if key != nil {
		names := make([]string, len(st.Watermark))
		for i, c := range st.Watermark {
			names[i] = c.Name
		}
		detail = fmt.Sprintf("; the target rejects the source row with (%s) = %s", strings.Join(names, ", "), showPosition(key, pii))
		if col != "" {
			detail += ", " + col
		}
	}
	return fmt.Errorf("%s%s: %w", where, detail, err)
}

// dataError reports an error caused by a row's values (constraint, type, length, range).
func dataError(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return strings.HasPrefix(pg.Code, "22") || strings.HasPrefix(pg.Code, "23")
	}
	var my *mysql.MySQLError
	if errors.As(err, &my) {
		switch my.Number {
		case 1048, 1062, 1264, 1265, 1292, 1366, 1406, 1451, 1452, 1690, 3819, 4025, 1367, 1365:
			return true
		}
	}
	return false
}

// findBadRow narrows a failing batch down to its first failing row by halving it, running each
// half in a transaction that is always rolled back; it returns that row's key and the column the
// database names, if any.
func (r *runner) findBadRow(ctx context.Context, st *plan.Step, p *part, s *sessions, hi Position, n int64) (Position, string) {
	lo := p.lo
	for n > 1 {
		half := n / 2
		mid, got, err := r.boundary(ctx, s.src, st, lo, hi, half)
		if err != nil || mid == nil {
			return nil, ""
		}
		if r.tryRange(ctx, st, s, lo, mid) != nil {
			hi, n = mid, got
		} else {
			lo, n = mid, n-got
		}
	}
	one, _, err := r.boundary(ctx, s.src, st, lo, hi, 1)
	if err != nil || one == nil {
		return nil, ""
	}
	return one, columnOf(r.tryRange(ctx, st, s, lo, one))
}

// tryRange runs a batch's writes for (lo, hi] and rolls them back.
func (r *runner) tryRange(ctx context.Context, st *plan.Step, s *sessions, lo, hi Position) error {
	return r.writeRange(ctx, st, s, lo, hi, false)
}

// writeRange runs a batch's writes for the watermark range (lo, hi] in one target transaction,
// committed or rolled back; it touches no checkpoint (bisection and repairs use it).
func (r *runner) writeRange(ctx context.Context, st *plan.Step, s *sessions, lo, hi Position, commit bool) error {
	if !r.same {
		if _, err := r.exec(ctx, s.tgt, st, "stage_clear", nil); err != nil { // before the transaction, as in batch
			return err
		}
	}
	if err := s.tgt.Begin(ctx); err != nil {
		return err
	}
	defer s.tgt.Rollback(context.Background())
	rb := rangeBinds(st.Watermark, lo, hi)
	suffix := ""
	if !r.same {
		suffix = "_staged"
		if _, err := r.load(ctx, st, s, rb); err != nil {
			return err
		}
	}
	for _, role := range []string{"quarantine", "copy", "keymap_fill", "soft_delete", "prune"} {
		if _, err := r.exec(ctx, s.tgt, st, role+suffix, rb); err != nil {
			return err
		}
	}
	if commit {
		return s.tgt.Commit(ctx)
	}
	return nil
}

// columnOf reads the column a database error names.
func columnOf(err error) string {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		if pg.ColumnName != "" {
			return "column " + pg.ColumnName
		}
		if pg.ConstraintName != "" {
			return "constraint " + pg.ConstraintName
		}
		return ""
	}
	var my *mysql.MySQLError
	if errors.As(err, &my) {
		// MySQL names the column in its message; a CHECK constraint (MariaDB 4025, MySQL 3819) by
		// its name: CONSTRAINT `balance_nonneg` failed for `db`.`customers`.
		for _, m := range []struct{ marker, what string }{{"column '", "column "}, {"Column '", "column "},
			{"CONSTRAINT `", "constraint "}, {"Check constraint '", "constraint "}} {
			if i := strings.Index(my.Message, m.marker); i >= 0 {
				rest := my.Message[i+len(m.marker):]
				if j := strings.IndexAny(rest, "'`"); j >= 0 {
					return m.what + rest[:j]
				}
			}
		}
	}
	return ""
}

// positionIsPII reports whether a step's watermark holds values of a PII column (the compiler
// marks the columns), so its positions are shown as hashes, never logged.
func positionIsPII(st *plan.Step) bool { return anyPII(st.Watermark) }

// keyIsPII is positionIsPII for the step's source key, by which verify names rows.
func keyIsPII(st *plan.Step) bool { return anyPII(st.SourceKey) }

func anyPII(cols []plan.Column) bool {
	return slices.ContainsFunc(cols, func(c plan.Column) bool { return c.PII })
}

func showPosition(p Position, pii bool) string {
	if p == nil {
		return "the start"
	}
	if pii {
		return "(a key marked PII)"
	}
	return encodePosition(p)
}
