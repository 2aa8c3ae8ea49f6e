package runtime

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/datamove/datamove/plan"
)

// Verdicts of a check. Only "match" and "pass" count as passed; "unverifiable" never does.
const (
	VerdictMatch        = "match"
	VerdictPass         = "pass"
	VerdictMismatch     = "mismatch" // counts or sums differ
	VerdictMissing      = "missing in target"
	VerdictExtra        = "extra in target"
	VerdictDiffers      = "differs"
	VerdictFail         = "fail" // an invariant returned rows, a query check disagrees
	VerdictUnverifiable = "unverifiable"
)

// ExitUnverifiable is verify's exit code when nothing failed but something could not be verified.
const ExitUnverifiable = 6

// VerifyOptions say what to verify and how.
type VerifyOptions struct {
	PlanDir              string
	SourceDSN, TargetDSN string
	Params               []string

	ChunkSize    int           // source rows per checksum chunk; default 50000
	Recheck      int           // re-checks of a differing chunk before it counts (the source may be in flight); default 2
	RecheckDelay time.Duration // wait between re-checks; default 2s
	MaxRows      int           // differing rows listed per step; default 50
	DrillRows    int           // a differing chunk of more rows (both sides) is bisected before its rows are read; default 2000
	Sample       int           // random keys compared column by column per step; default 100, 0 to skip
	Timeout      time.Duration // per statement; a check that runs over is unverifiable; 0: none
	Repair       bool          // re-copy differing ranges; delete extra rows where the spec propagates deletes
	Action       string        // verify or reconcile (history); default verify
	Tables       []string      // only these steps (table blocks), without the invariants and query checks; default all

	Log      *slog.Logger
	Out      io.Writer
	Progress Progress // a bar per table's checksum walk on a terminal, or nil (then progress is logged every 10 s)
}

// Report is what a verification found: the sign-off document.
type Report struct {
	RunID          string            `json:"run_id"`
	Action         string            `json:"action"`
	Migration      string            `json:"migration"`
	PlanID         string            `json:"plan_id"`
	Params         map[string]string `json:"params"`
	ParamsHash     string            `json:"params_hash"`
	Source         string            `json:"source"`
	Target         string            `json:"target"`
	StartedAt      time.Time         `json:"started_at"`
	FinishedAt     time.Time         `json:"finished_at"`
	Verdict        string            `json:"verdict"` // pass, fail, unverifiable
	Checks         []*CheckResult    `json:"checks"`
	Repairs        []Repair          `json:"repairs,omitempty"`
	Normalisations []string          `json:"normalisations"`
	// Scope is set when only some tables were verified: which, and what was left out.
	Scope string `json:"scope,omitempty"`
}

// CheckResult is one check with its figures on both sides.
type CheckResult struct {
	Name      string    `json:"name"`
	Kind      string    `json:"kind"` // row_count, checksum, sample, invariant, query
	Step      string    `json:"step,omitempty"`
	Verdict   string    `json:"verdict"`
	Source    string    `json:"source,omitempty"`
	Target    string    `json:"target,omitempty"`
	Detail    string    `json:"detail,omitempty"`
	Rows      []RowDiff `json:"rows,omitempty"`
	RowsTotal int       `json:"rows_total,omitempty"` // differing rows found, of which Rows lists the first
	Chunks    int       `json:"chunks,omitempty"`
	Rechecks  int       `json:"rechecks,omitempty"`
	// Bisections: sub-chunks of differing chunks that differed in turn and were looked into.
	Bisections int           `json:"bisections,omitempty"`
	StartedAt  time.Time     `json:"started_at"`
	Duration   time.Duration `json:"duration_ns"`
	// Superseded: the table was repaired and checked again; the later checks decide the verdict.
	Superseded bool           `json:"superseded_by_repair,omitempty"`
	differing  int            // chunks whose sums differ
	kinds      map[string]int // differing rows found per kind, listed or not
	ranges     [][2]Position  // the differing chunks' smallest differing key ranges, for repairs
}

// RowDiff is one differing row, by source key.
type RowDiff struct {
	Key     string       `json:"key"`
	Kind    string       `json:"kind"` // missing in target, extra in target, differs
	Columns []ColumnDiff `json:"columns,omitempty"`
}

// ColumnDiff is one column that differs, with both values in canonical text (PII as hashes).
type ColumnDiff struct {
	Column string `json:"column"`
	Source string `json:"source"`
	Target string `json:"target"`
}

// Repair is one key range a reconcile re-copied.
type Repair struct {
	Step    string `json:"step"`
	Range   string `json:"range"`
	Deleted bool   `json:"extra_rows_deleted"`
	Detail  string `json:"detail,omitempty"`
}

// Passed reports whether every check passed.
func (r *Report) Passed() bool { return r.Verdict == VerdictPass }

// VerifyExitCode maps a report (and an error) to verify's exit code.
func VerifyExitCode(rep *Report, err error) int {
	if err != nil {
		return ExitCode(err)
	}
	switch rep.Verdict {
	case VerdictPass:
		return ExitDone
	case VerdictUnverifiable:
		return ExitUnverifiable
	}
	return ExitFailed
}

type verifier struct {
	*runner
	o   VerifyOptions
	rep *Report
	// ahead is a third source connection: the next chunk's boundary is read on it while the
	// current chunk is summed on the other two.
	ahead Session
}

// Verify runs every check the plan holds — row counts and chunked checksums of every step, a
// sample compare, the spec's invariants and query checks — and returns the report. With Repair it
// re-copies the key ranges that differ and verifies them again.
func Verify(ctx context.Context, o VerifyOptions) (*Report, error) {
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.ChunkSize <= 0 {
		o.ChunkSize = 50000
	}
	if o.Recheck < 0 {
		o.Recheck = 0
	}
	if o.RecheckDelay <= 0 {
		o.RecheckDelay = 2 * time.Second
	}
	if o.MaxRows <= 0 {
		o.MaxRows = 50
	}
	if o.DrillRows <= 0 {
		o.DrillRows = 2000
	}
	if o.Action == "" {
		o.Action = "verify"
	}
	r, err := newRunner(ctx, Options{PlanDir: o.PlanDir, SourceDSN: o.SourceDSN, TargetDSN: o.TargetDSN, Params: o.Params,
		Log: o.Log, Out: o.Out, SameServer: "auto", Retries: 8})
	if err != nil {
		return nil, err
	}
	defer r.close()
	m := r.l.m
	v := &verifier{runner: r, o: o, rep: &Report{RunID: r.runID, Action: o.Action, Migration: m.Migration, PlanID: m.PlanID,
		Params: r.params.Text, ParamsHash: r.params.Hash, Source: m.Source.Dialect + " " + m.Source.Schema,
		Target: m.Target.Dialect + " " + m.Target.Schema, StartedAt: time.Now().UTC(), Normalisations: normalisations}}
	only, err := v.scope()
	if err != nil {
		return nil, err
	}
	// Sessions that reconnect after a timed-out statement (verify_session.go).
	src, err := openVerifySession(ctx, r.src)
	if err != nil {
		return nil, &unreachable{err: err}
	}
	defer src.Close()
	tgt, err := openVerifySession(ctx, r.tgt)
	if err != nil {
		return nil, &unreachable{err: err}
	}
	defer tgt.Close()
	ahead, err := openVerifySession(ctx, r.src)
	if err != nil {
		return nil, &unreachable{err: err}
	}
	defer ahead.Close()
	v.ahead = ahead
	for i := range m.Steps {
		st := &m.Steps[i]
		if only != nil && !only[st.Name] {
			continue
		}
		cs := v.checksum(ctx, st, src, tgt, v.rowCount(ctx, st, src, tgt))
		if o.Repair && len(cs.ranges) > 0 {
			v.repair(ctx, st, cs, src, tgt)
		}
		if o.Sample > 0 {
			v.sample(ctx, st, src, tgt)
		}
	}
	for _, inv := range m.Invariants {
		if only == nil {
			v.invariant(ctx, inv, src, tgt)
		}
	}
	for _, c := range m.Checks {
		if c.Kind == "query" && c.Source != nil && c.Target != nil && only == nil {
			v.queryCheck(ctx, c, src, tgt)
		}
	}
	v.rep.FinishedAt = time.Now().UTC()
	v.rep.Verdict = VerdictPass
	for _, c := range v.rep.Checks {
		if c.Superseded {
			continue
		}
		switch c.Verdict {
		case VerdictMatch, VerdictPass:
		case VerdictUnverifiable:
			if v.rep.Verdict == VerdictPass {
				v.rep.Verdict = VerdictUnverifiable
			}
		default:
			v.rep.Verdict = VerdictFail
		}
	}
	if err := v.history(ctx, tgt); err != nil {
		r.log.Warn("could not append the verification to the history table", "error", err.Error())
	}
	r.log.Info("verify end", "run_id", r.runID, "verdict", v.rep.Verdict, "checks", len(v.rep.Checks),
		"duration", v.rep.FinishedAt.Sub(v.rep.StartedAt).Round(time.Millisecond))
	return v.rep, nil
}

var normalisations = []string{
	"each row becomes one text: its target columns in order, each as <length>:<text>, NULL as N (distinct from the empty string), separated by |",
	"the source side is the mapped source row, with remapped keys kept in source-key space; the target side translates them back through the key maps",
	"integers as decimal digits; decimals at the target column's scale (unbounded numerics without trailing zeros)",
	"timestamps in UTC as YYYY-MM-DD HH:MM:SS.ffffff; dates as YYYY-MM-DD; times with microseconds",
	"floats as their shortest round-trip digits in MySQL's notation (1e15, 0.00000015); booleans as 0/1; bytes as lower-case hex; JSON in the engine's normalised form",
	"the row text is hashed with MD5; a chunk's result is its row count and two sums of 60-bit slices of the hashes (120 bits per row), so no change cancels out",
	"columns a table writes with non-deterministic functions (allow_nondeterministic) are left out",
}

func (v *verifier) add(c *CheckResult, started time.Time) *CheckResult {
	c.StartedAt = started.UTC()
	c.Duration = time.Since(started)
	v.rep.Checks = append(v.rep.Checks, c)
	v.log.Info("check", "name", c.Name, "kind", c.Kind, "step", c.Step, "verdict", c.Verdict, "source", c.Source,
		"target", c.Target, "duration", c.Duration.Round(time.Millisecond))
	return c
}

// deadline bounds one statement by the verify timeout, if any.
func (v *verifier) deadline(ctx context.Context) (context.Context, context.CancelFunc) {
	if v.o.Timeout > 0 {
		return context.WithTimeout(ctx, v.o.Timeout)
	}
	return ctx, func() {}
}

// q runs a step statement on a session with the verify timeout.
func (v *verifier) q(ctx context.Context, s Session, st *plan.Step, role string, b binds) ([][]any, error) {
	ctx, cancel := v.deadline(ctx)
	defer cancel()
	return v.runner.query(ctx, s, st, role, b)
}

func unverifiable(err error) string {
	var pg *pgconn.PgError
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &pg) && pg.Code == "57014":
		return "timed out: " + err.Error()
	}
	return err.Error()
}

// rowCount compares the step's row counts, re-counting while they differ (the source may be in
// flight); it returns the source's count (0 when it could not be read), the checksum walk's total.
func (v *verifier) rowCount(ctx context.Context, st *plan.Step, src, tgt Session) int64 {
	started := time.Now()
	c := &CheckResult{Name: v.checkName(st, "row_count", " row count"), Kind: "row_count", Step: st.Name}
	var err error
	var total int64
	for attempt := 0; ; attempt++ {
		var sr, tr [][]any
		if sr, err = v.q(ctx, src, st, "count_source", nil); err == nil {
			if tr, err = v.q(ctx, tgt, st, "count_target", nil); err == nil {
				total = num(sr[0][0])
				c.Source, c.Target = fmt.Sprint(total), fmt.Sprint(num(tr[0][0]))
			}
		}
		if err != nil || c.Source == c.Target || attempt >= v.o.Recheck {
			break
		}
		// The source may be in flight, like a differing chunk.
		c.Rechecks++
		v.log.Info("row counts differ, counting again", "step", st.Name, "attempt", attempt+1)
		if !sleep(ctx, v.o.RecheckDelay) {
			err = ctx.Err()
			break
		}
	}
	switch {
	case err != nil:
		c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
	case c.Source == c.Target:
		c.Verdict = VerdictMatch
	default:
		c.Verdict = VerdictMismatch
		if ct, ok := stepStatement(st, "count_target"); ok && !strings.Contains(v.l.sql(ct), "WHERE") {
			c.Detail = "the target count covers the whole table (the spec gives no target_where)"
		}
	}
	v.add(c, started)
	return total
}

// bar is the progress of a step's checksum walk, in source rows out of total (0: unknown).
func (v *verifier) bar(st *plan.Step, total int64) ProgressBar {
	var bar ProgressBar = &counter{}
	if v.o.Progress != nil {
		bar = v.o.Progress.Start(st.Name+" checksum", total)
	}
	if t, ok := bar.(totaler); ok && total > 0 {
		t.SetTotal(total)
	}
	return bar
}

// scope reads VerifyOptions.Tables: the steps to verify (nil: all of them, with the invariants
// and query checks), or a usage error naming the plan's steps.
func (v *verifier) scope() (map[string]bool, error) {
	if len(v.o.Tables) == 0 {
		return nil, nil
	}
	steps := map[string]bool{}
	var names []string
	for _, st := range v.l.m.Steps {
		steps[st.Name] = true
		names = append(names, st.Name)
	}
	only := map[string]bool{}
	for _, t := range v.o.Tables {
		if !steps[t] {
			return nil, &usageError{fmt.Errorf("--table %s: the plan has no table %q; its tables are %s", t, t, strings.Join(names, ", "))}
		}
		only[t] = true
	}
	var picked []string
	for _, n := range names {
		if only[n] {
			picked = append(picked, n)
		}
	}
	v.rep.Scope = fmt.Sprintf("only %s of the plan's %d tables; invariants and query checks not run", strings.Join(picked, ", "), len(names))
	return only, nil
}

// checkName names a step's row count or checksum, with the spec's check blocks that ask for it:
// verify runs both for every table, declared or not.
func (v *verifier) checkName(st *plan.Step, kind, what string) string {
	var declared []string
	for _, c := range v.l.m.Checks {
		if c.Kind == kind && c.Step == st.Name {
			declared = append(declared, c.Name)
		}
	}
	if len(declared) == 0 {
		return st.Name + what
	}
	return st.Name + what + " (check " + strings.Join(declared, ", ") + ")"
}

// checksum compares the step's rows chunk by chunk over the source key, with the same boundaries
// on both sides; a chunk that differs is re-checked, then drilled down to rows.
func (v *verifier) checksum(ctx context.Context, st *plan.Step, src, tgt Session, total int64) *CheckResult {
	started := time.Now()
	c := &CheckResult{Name: v.checkName(st, "checksum", " checksum"), Kind: "checksum", Step: st.Name, Verdict: VerdictMatch}
	defer v.add(c, started)
	var srcRows, tgtRows int64
	var lo Position
	bar := v.bar(st, total)
	defer bar.Done()
	stopLog := v.logProgress(st, bar)
	defer stopLog()
	// The boundary of the chunk after lo, read on the third connection: the next one is asked
	// for as soon as this one is known, and read while this chunk is summed.
	type boundary struct {
		rows [][]any
		err  error
	}
	var pending chan boundary
	next := func(lo Position) {
		pending = make(chan boundary, 1)
		go func(ch chan boundary) {
			rows, err := v.q(ctx, v.ahead, st, "chunk_boundary", rangeBinds(st.SourceKey, lo, nil).with(binds{"batch_size": int64(v.o.ChunkSize)}))
			ch <- boundary{rows, err}
		}(pending)
	}
	defer func() {
		if pending != nil {
			<-pending // the connection is free again before anything else uses it
		}
	}()
	next(nil)
	for done := false; !done; {
		b := <-pending
		pending = nil
		rows, err := b.rows, b.err
		if err != nil {
			c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
			return c
		}
		var hi Position // nil: the last chunk, open above, so extra target rows past the end show
		if len(rows) > 0 {
			hi = positionOf(st.SourceKey, rows[0])
			next(hi)
		} else {
			done = true
		}
		c.Chunks++
		var s, t []string
		for attempt := 0; ; attempt++ {
			s, t, err = v.chunkSums(ctx, st, src, tgt, lo, hi)
			if err != nil || sameSums(s, t) || attempt >= v.o.Recheck {
				break
			}
			c.Rechecks++
			v.log.Info("chunk differs, checking again", "step", st.Name, "after", showPosition(lo, keyIsPII(st)), "attempt", attempt+1)
			if !sleep(ctx, v.o.RecheckDelay) {
				err = ctx.Err()
				break
			}
		}
		if err != nil {
			c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
			return c
		}
		srcRows += num(s[0])
		tgtRows += num(t[0])
		bar.Add(num(s[0]))
		if !sameSums(s, t) {
			c.differing++
			n := len(c.ranges)
			if err := v.drill(ctx, st, src, tgt, lo, hi, num(s[0]), num(t[0]), c); err != nil {
				c.Verdict, c.Detail = VerdictUnverifiable, "chunk differs and its rows could not be read: "+unverifiable(err)
				return c
			}
			if len(c.ranges) == n { // the bisection found no differing sub-chunk: a write in flight
				c.ranges = append(c.ranges, [2]Position{lo, hi})
			}
		}
		lo = hi
	}
	c.Source, c.Target = plural(srcRows, "row"), plural(tgtRows, "row")
	c.Detail = fmt.Sprintf("%s of up to %d source rows, the last open-ended", plural(int64(c.Chunks), "key-range chunk"), v.o.ChunkSize)
	if c.Rechecks > 0 {
		c.Detail += fmt.Sprintf(", %d re-checks", c.Rechecks)
	}
	if c.differing > 0 {
		c.Verdict = c.rowVerdict()
		c.Detail = fmt.Sprintf("%d of %d chunks differ", c.differing, c.Chunks)
		if c.Bisections > 0 {
			c.Detail += fmt.Sprintf(" (%d differing sub-chunks bisected)", c.Bisections)
		}
		c.Detail += fmt.Sprintf("; %d rows differ", c.RowsTotal)
	}
	return c
}

// chunkSums checksums the key range (lo, hi] on both sides at once: the two statements run on
// their own connections, and each engine hashes its side while the other hashes its own (a
// MariaDB statement uses one core: bench/verify measured 14.6 s → 9.1 s for 1M rows on 2 cores).
func (v *verifier) chunkSums(ctx context.Context, st *plan.Step, src, tgt Session, lo, hi Position) ([]string, []string, error) {
	rb := rangeBinds(st.SourceKey, lo, hi)
	var tr [][]any
	var terr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		tr, terr = v.q(ctx, tgt, st, "checksum_target", rb)
	}()
	sr, err := v.q(ctx, src, st, "checksum_source", rb)
	<-done
	if err != nil {
		return nil, nil, err
	}
	if terr != nil {
		return nil, nil, terr
	}
	return sums(sr[0]), sums(tr[0]), nil
}

// sums reads a checksum row (count, hash_sum_1, hash_sum_2) as decimal text: the sums pass 2^63
// over a large chunk, so they are compared as exact decimals, never as int64.
func sums(row []any) []string {
	out := make([]string, 3)
	for i := 0; i < 3 && i < len(row); i++ {
		out[i] = decimalText(row[i])
	}
	return out
}

func decimalText(v any) string {
	s := fmt.Sprint(normalize(v, "decimal"))
	if r, ok := new(big.Rat).SetString(s); ok {
		return r.RatString()
	}
	return s
}

func sameSums(a, b []string) bool { return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] }

// drill finds the rows of a differing chunk (lo, hi] that holds srcRows source and tgtRows target
// rows. A chunk of more than DrillRows rows is bisected first: cut into eight sub-chunks at source
// keys, whose sums are compared, and only the differing ones are looked into, so a few changed
// rows in a large chunk cost a few small reads rather than every row's hash.
func (v *verifier) drill(ctx context.Context, st *plan.Step, src, tgt Session, lo, hi Position, srcRows, tgtRows int64, c *CheckResult) error {
	// One side empty: every row of the chunk differs, and cutting it finer would only hash its
	// rows again.
	if srcRows+tgtRows <= int64(v.o.DrillRows) || srcRows < 2 || tgtRows == 0 {
		return v.drillRows(ctx, st, src, tgt, lo, hi, c)
	}
	size := (srcRows + 7) / 8 // < srcRows: every sub-chunk holds fewer source rows than its chunk
	for sub := lo; ; {
		rows, err := v.q(ctx, src, st, "chunk_boundary", rangeBinds(st.SourceKey, sub, hi).with(binds{"batch_size": size}))
		if err != nil {
			return err
		}
		end, last := hi, len(rows) == 0
		if !last {
			end = positionOf(st.SourceKey, rows[0])
		}
		s, t, err := v.chunkSums(ctx, st, src, tgt, sub, end)
		if err != nil {
			return err
		}
		if !sameSums(s, t) {
			c.Bisections++
			if err := v.drill(ctx, st, src, tgt, sub, end, num(s[0]), num(t[0]), c); err != nil {
				return err
			}
		}
		if last {
			return nil
		}
		sub = end
	}
}

// drillRows lists a chunk's differing rows by key: missing, extra, or differing (with the columns).
func (v *verifier) drillRows(ctx context.Context, st *plan.Step, src, tgt Session, lo, hi Position, c *CheckResult) error {
	c.ranges = append(c.ranges, [2]Position{lo, hi})
	rb := rangeBinds(st.SourceKey, lo, hi)
	sr, err := v.q(ctx, src, st, "rowhash_source", rb)
	if err != nil {
		return err
	}
	tr, err := v.q(ctx, tgt, st, "rowhash_target", rb)
	if err != nil {
		return err
	}
	nk := len(st.SourceKey)
	type hashed struct {
		key  Position
		hash string
	}
	index := func(rows [][]any) (map[string]hashed, []string) {
		m := map[string]hashed{}
		var order []string
		for _, row := range rows {
			key := positionOf(st.SourceKey, row)
			id := encodePosition(key)
			m[id] = hashed{key: key, hash: fmt.Sprint(row[nk:])}
			order = append(order, id)
		}
		return m, order
	}
	sm, sorder := index(sr)
	tm, torder := index(tr)
	record := func(d RowDiff) { c.found(d, v.o.MaxRows) }
	for _, id := range sorder {
		s := sm[id]
		t, ok := tm[id]
		switch {
		case !ok:
			record(RowDiff{Key: showKey(st, s.key), Kind: VerdictMissing})
		case t.hash != s.hash:
			d := RowDiff{Key: showKey(st, s.key), Kind: VerdictDiffers}
			if len(c.Rows) < v.o.MaxRows {
				if d.Columns, _, err = v.columns(ctx, st, src, tgt, s.key); err != nil {
					return err
				}
			}
			record(d)
		}
	}
	for _, id := range torder {
		if _, ok := sm[id]; !ok {
			record(RowDiff{Key: showKey(st, tm[id].key), Kind: VerdictExtra})
		}
	}
	return nil
}

// columns fetches one row by its source key from both sides and lists the columns whose
// canonical text differs; inTarget says whether the target has the row at all.
func (v *verifier) columns(ctx context.Context, st *plan.Step, src, tgt Session, key Position) (diffs []ColumnDiff, inTarget bool, err error) {
	kb := binds{}
	for i, k := range st.SourceKey {
		kb["key."+k.Name] = key[i]
	}
	tr, err := v.q(ctx, tgt, st, "row_target", kb)
	if err != nil || len(tr) == 0 {
		return nil, false, err
	}
	sr, err := v.q(ctx, src, st, "row_source", kb)
	if err != nil || len(sr) == 0 {
		return nil, true, err
	}
	names := st.ChecksumColumns
	nk := len(st.SourceKey)
	for i, name := range names {
		if nk+i >= len(sr[0]) || nk+i >= len(tr[0]) {
			break
		}
		s, t := canonicalText(sr[0][nk+i]), canonicalText(tr[0][nk+i])
		if s != t {
			if slices.Contains(st.PII, name) {
				s, t = hashValue(s), hashValue(t)
			}
			diffs = append(diffs, ColumnDiff{Column: name, Source: s, Target: t})
		}
	}
	return diffs, true, nil
}

// canonicalText strips the length prefix from a canonical field: "3:abc" → "abc", "N" → NULL.
func canonicalText(v any) string {
	s := str(v)
	if s == "N" {
		return "NULL"
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return "'" + s[i+1:] + "'"
	}
	return s
}

// hashValue shows a PII value as a short hash: equal values stay recognisably equal.
func hashValue(s string) string {
	if s == "NULL" {
		return s
	}
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:6])
}

// showKey names a row by its source key, as a hash when the key holds PII.
func showKey(st *plan.Step, key Position) string {
	names := make([]string, len(st.SourceKey))
	for i, k := range st.SourceKey {
		names[i] = k.Name
	}
	if keyIsPII(st) {
		return "(" + strings.Join(names, ", ") + ") = " + hashValue(encodePosition(key))
	}
	return "(" + strings.Join(names, ", ") + ") = " + encodePosition(key)
}

// found counts a differing row by its kind, and lists it while fewer than max rows are listed.
func (c *CheckResult) found(d RowDiff, max int) {
	c.RowsTotal++
	if c.kinds == nil {
		c.kinds = map[string]int{}
	}
	c.kinds[d.Kind]++
	if len(c.Rows) < max {
		c.Rows = append(c.Rows, d)
	}
}

// rowVerdict is the kind every differing row found shares (listed or not), "differs" for a mix,
// and "mismatch" when the sums differed but no row could be named.
func (c *CheckResult) rowVerdict() string {
	switch len(c.kinds) {
	case 0:
		return VerdictMismatch
	case 1:
		for k := range c.kinds {
			return k
		}
	}
	return VerdictDiffers
}

// sample compares random keys column by column: a second look, independent of the checksums.
func (v *verifier) sample(ctx context.Context, st *plan.Step, src, tgt Session) {
	started := time.Now()
	c := &CheckResult{Name: st.Name + " sample", Kind: "sample", Step: st.Name, Verdict: VerdictMatch}
	defer v.add(c, started)
	rows, err := v.q(ctx, src, st, "sample_keys", binds{"sample_size": int64(v.o.Sample)})
	if err != nil {
		c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
		return
	}
	for _, row := range rows { // every differing sampled key is listed: --sample bounds them
		key := positionOf(st.SourceKey, row)
		cols, inTarget, err := v.columns(ctx, st, src, tgt, key)
		if err != nil {
			c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
			return
		}
		if !inTarget {
			c.found(RowDiff{Key: showKey(st, key), Kind: VerdictMissing}, len(rows))
		} else if len(cols) > 0 {
			c.found(RowDiff{Key: showKey(st, key), Kind: VerdictDiffers, Columns: cols}, len(rows))
		}
	}
	c.Source = plural(int64(len(rows)), "key") + " drawn"
	c.Target = fmt.Sprintf("%d differ", c.RowsTotal)
	if c.RowsTotal > 0 {
		c.Verdict = c.rowVerdict()
	}
}

// history appends the run to the target's verification history.
func (v *verifier) history(ctx context.Context, tgt Session) error {
	st, ok := v.l.setup("verify_history_table")
	if !ok {
		return fmt.Errorf("the plan has no verify_history_table statement: recompile it")
	}
	if err := ddl(func() error { _, err := tgt.Exec(ctx, v.l.sql(st), nil); return err }); err != nil {
		return err
	}
	ins, err := v.l.mustSetup("verify_history_insert")
	if err != nil {
		return err
	}
	summary, err := json.Marshal(v.rep)
	if err != nil {
		return err
	}
	args, err := v.base.with(binds{"run_id": v.runID, "action": v.rep.Action, "started_at": v.rep.StartedAt,
		"finished_at": v.rep.FinishedAt, "verdict": v.rep.Verdict, "summary": string(summary)}).args(ins)
	if err != nil {
		return err
	}
	_, err = tgt.Exec(ctx, v.l.sql(ins), args)
	return err
}

// invariant runs an invariant query: the rows it returns are violations.
func (v *verifier) invariant(ctx context.Context, inv plan.Statement, src, tgt Session) {
	started := time.Now()
	name := strings.TrimSuffix(strings.TrimPrefix(inv.File, "900-invariant."), ".sql")
	c := &CheckResult{Name: name, Kind: "invariant"}
	defer v.add(c, started)
	s := tgt
	if inv.Side == "source" {
		s = src
	}
	rows, err := v.plain(ctx, s, inv)
	if err != nil {
		c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
		return
	}
	count := plural(int64(len(rows)), "violating row")
	if inv.Side == "source" {
		c.Source = count
	} else {
		c.Target = count
	}
	if len(rows) == 0 {
		c.Verdict = VerdictPass
		return
	}
	c.Verdict = VerdictFail
	var samples []string
	for i, row := range rows {
		if i == 5 {
			break
		}
		samples = append(samples, fmt.Sprint(normalizeRow(row)))
	}
	c.Detail = "sample violating rows: " + strings.Join(samples, "; ")
}

// query compares a query check's two result sets row by row; numbers within the tolerance agree.
func (v *verifier) queryCheck(ctx context.Context, chk plan.Check, src, tgt Session) {
	started := time.Now()
	c := &CheckResult{Name: chk.Name, Kind: "query"}
	defer v.add(c, started)
	sr, err := v.plain(ctx, src, *chk.Source)
	if err != nil {
		c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
		return
	}
	tr, err := v.plain(ctx, tgt, *chk.Target)
	if err != nil {
		c.Verdict, c.Detail = VerdictUnverifiable, unverifiable(err)
		return
	}
	sRows, tRows := textRows(sr), textRows(tr)
	c.Source, c.Target = summarise(sRows), summarise(tRows)
	if d := shadowDiff(sRows, tRows, chk.Tolerance); d != "" {
		c.Verdict, c.Detail = VerdictFail, d
		return
	}
	c.Verdict = VerdictPass
}

// shadowDiff compares a query check's sorted result sets: row by row when they have as many rows
// (numbers within tol), else as multisets; it describes up to five differences, or returns "".
func shadowDiff(s, t [][]string, tol float64) string {
	const shown = 5
	var out []string
	if len(s) == len(t) {
		n := 0
		for i := range s {
			if !rowsAgree(s[i], t[i], tol) {
				if n++; n <= shown {
					out = append(out, fmt.Sprintf("row %d differs: source %v, target %v (tolerance %g)", i+1, s[i], t[i], tol))
				}
			}
		}
		if n > shown {
			out = append(out, fmt.Sprintf("… %d rows differ in all", n))
		}
		return strings.Join(out, "; ")
	}
	out = append(out, fmt.Sprintf("%d rows on the source, %d on the target", len(s), len(t)))
	count := map[string]int{}
	for _, r := range t {
		count[strings.Join(r, "\x00")]++
	}
	var onlyS []string
	for _, r := range s {
		k := strings.Join(r, "\x00")
		if count[k] > 0 {
			count[k]--
		} else {
			onlyS = append(onlyS, fmt.Sprint(r))
		}
	}
	var onlyT []string
	for _, r := range t {
		k := strings.Join(r, "\x00")
		if count[k] > 0 {
			count[k]--
			onlyT = append(onlyT, fmt.Sprint(r))
		}
	}
	for _, side := range []struct {
		name string
		rows []string
	}{{"only in the source", onlyS}, {"only in the target", onlyT}} {
		if len(side.rows) > shown {
			side.rows = append(side.rows[:shown], fmt.Sprintf("… %d in all", len(side.rows)))
		}
		if len(side.rows) > 0 {
			out = append(out, side.name+": "+strings.Join(side.rows, ", "))
		}
	}
	return strings.Join(out, "; ")
}

// plain runs a whole-plan statement (invariant, check) with the run's binds.
func (v *verifier) plain(ctx context.Context, s Session, st plan.Statement) ([][]any, error) {
	ctx, cancel := v.deadline(ctx)
	defer cancel()
	args, err := v.base.args(st)
	if err != nil {
		return nil, err
	}
	return s.Query(ctx, v.l.sql(st), args)
}

func normalizeRow(row []any) []string {
	out := make([]string, len(row))
	for i, x := range row {
		n := normalize(x, "")
		if t, ok := n.(time.Time); ok {
			out[i] = t.Format("2006-01-02 15:04:05.999999")
		} else if n == nil {
			out[i] = "NULL"
		} else {
			out[i] = fmt.Sprint(n)
		}
	}
	return out
}

// textRows turns result rows into text rows sorted, so two engines' orders do not matter.
func textRows(rows [][]any) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = normalizeRow(r)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], "\x00") < strings.Join(out[j], "\x00") })
	return out
}

func summarise(rows [][]string) string {
	if len(rows) == 1 {
		return strings.Join(rows[0], ", ")
	}
	return plural(int64(len(rows)), "row")
}

// rowsAgree compares two rows cell by cell: numbers numerically within the tolerance, the rest
// as text.
func rowsAgree(a, b []string, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		x, okx := new(big.Float).SetPrec(200).SetString(a[i])
		y, oky := new(big.Float).SetPrec(200).SetString(b[i])
		if !okx || !oky {
			return false
		}
		d := new(big.Float).Sub(x, y)
		d.Abs(d)
		if d.Cmp(big.NewFloat(tol)) > 0 {
			return false
		}
	}
	return true
}

// repair re-copies the key ranges of a step that differ, with the plan's own batch statements,
// then checks them again. Extra target rows are deleted only when the spec propagates deletes.
func (v *verifier) repair(ctx context.Context, st *plan.Step, c *CheckResult, src, tgt Session) {
	ranges := c.ranges
	if !slices.EqualFunc(st.Watermark, st.SourceKey, func(a, b plan.Column) bool { return a.Name == b.Name }) {
		// Batches are cut over the watermark, not the key: re-copy the whole step.
		ranges = [][2]Position{{nil, nil}}
	}
	ss, err := v.open(ctx, st)
	if err != nil {
		v.rep.Repairs = append(v.rep.Repairs, Repair{Step: st.Name, Detail: "could not connect: " + err.Error()})
		return
	}
	defer ss.close()
	if err := v.prepare(ctx, st); err != nil {
		v.rep.Repairs = append(v.rep.Repairs, Repair{Step: st.Name, Detail: err.Error()})
		return
	}
	pii := keyIsPII(st)
	for _, rg := range ranges {
		rep := Repair{Step: st.Name, Range: fmt.Sprintf("(%s, %s]", showPosition(rg[0], pii), showEnd(rg[1], pii)), Deleted: st.Propagate && c.kinds[VerdictExtra] > 0}
		if err := v.writeRange(ctx, st, ss, rg[0], rg[1], true); err != nil {
			rep.Detail = "failed: " + err.Error()
		} else if !st.Propagate && c.kinds[VerdictExtra] > 0 {
			rep.Detail = "extra target rows kept: the spec does not propagate deletes for this table"
		}
		v.rep.Repairs = append(v.rep.Repairs, rep)
		v.log.Info("repair", "step", st.Name, "range", rep.Range, "detail", rep.Detail)
	}
	// Check the table again: the checks after the repair decide the verdict.
	for _, c := range v.rep.Checks {
		if c.Step == st.Name {
			c.Superseded = true
		}
	}
	n := len(v.rep.Checks)
	v.checksum(ctx, st, src, tgt, v.rowCount(ctx, st, src, tgt))
	for _, c := range v.rep.Checks[n:] {
		c.Name += " after repair"
	}
}

func showEnd(p Position, pii bool) string {
	if p == nil {
		return "the end"
	}
	return showPosition(p, pii)
}

// sleep waits d, or less when ctx ends first; it reports whether the whole wait passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// plural is "1 row", "2 rows".
func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// positionOf reads a key position (cols' values) from the front of a result row.
func positionOf(cols []plan.Column, row []any) Position {
	p := make(Position, len(cols))
	for i, c := range cols {
		p[i] = normalize(row[i], c.Type)
	}
	return p
}
