package compiler_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/dialects/mysql"
	"github.com/datamove/datamove/dialects/postgres"
	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

// TestGoldenPlansRunOnRealEngines executes every statement of every good golden case on a real
// PostgreSQL and a real MariaDB holding the snapshots' schemas and a few rows: no golden file may
// hold SQL that an engine rejects. It also checks what holds for any correct plan on a fresh
// target: a second copy changes nothing, and the source and target checksums of the moved rows
// agree.
func TestGoldenPlansRunOnRealEngines(t *testing.T) {
	for _, c := range cases(t) {
		if c.bad {
			continue
		}
		c := c
		t.Run(c.name, func(t *testing.T) {
			spec, diags := specs.Load(filepath.Join(c.dir, "spec"))
			if diags.HasErrors() {
				t.Fatal(diags.Error())
			}
			srcSnap := readSnapshot(t, spec, spec.Sources[0])
			tgtSnap := readSnapshot(t, spec, spec.Targets[0])
			for _, d := range c.dialects(t) {
				switch d {
				case schema.Postgres:
					t.Run("postgres", func(t *testing.T) {
						db := testdb.Postgres(t)
						p, cd := compiler.Compile(spec, compiler.Options{Dialect: schema.Postgres})
						if cd.HasErrors() {
							t.Fatal(cd.Error())
						}
						runPlan(t, c.name, db.SQL, postgres.New("15"), p, srcSnap, tgtSnap)
					})
				case schema.MariaDB:
					t.Run("mariadb", func(t *testing.T) {
						db := testdb.MySQL(t)
						src, tgt := db.Name+"_src", db.Name+"_tgt"
						t.Cleanup(func() {
							db.SQL.Exec("DROP DATABASE IF EXISTS `" + src + "`")
							db.SQL.Exec("DROP DATABASE IF EXISTS `" + tgt + "`")
						})
						p, cd := compiler.Compile(spec, compiler.Options{Dialect: schema.MariaDB, SourceSchema: src, TargetSchema: tgt})
						if cd.HasErrors() {
							t.Fatal(cd.Error())
						}
						runPlan(t, c.name, db.SQL, mysql.New(schema.MariaDB), p, srcSnap, tgtSnap)
					})
				case asWritten:
					t.Logf("%s: the plan as written spans two engines (%s → %s), which one server cannot run; only its golden files are compared",
						c.name, spec.Sources[0].Dialect, spec.Targets[0].Dialect)
				default:
					t.Logf("%s: no %s server on this machine; only the golden files of want/%s are compared", c.name, d, d)
				}
			}
		})
	}
}

func readSnapshot(t *testing.T, spec *specs.Spec, e *specs.Endpoint) *schema.Database {
	d, diags := schema.Read(filepath.Join(spec.Dir, e.Snapshot))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	return d
}

// runPlan runs a plan twice on one server: once with the same-server statements (the engine
// reads the source tables), once with the two-server statements fed through the stage table the
// way the runtime feeds it (rows from the read statement), each time on a fresh target.
func runPlan(t *testing.T, name string, pool *sql.DB, d dialects.Dialect, p *plan.Plan, srcSnap, tgtSnap *schema.Database) {
	ctx := context.Background()
	conn, err := pool.Conn(ctx) // one session: stage tables are per session
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	m := p.Manifest
	if m.Source.Schema == m.Target.Schema {
		t.Fatalf("source and target snapshots use the same schema %q; golden cases keep them apart", m.Source.Schema)
	}
	testdb.CreateSchema(t, conn, d, srcSnap, m.Source.Schema)
	testdb.Fill(t, conn, d, srcSnap, m.Source.Schema, 3)
	extra := caseData[name]
	if extra != nil {
		extra.insert(t, conn, d, m.Source.Schema)
	}
	for _, staged := range []bool{false, true} {
		dropSchema(t, conn, d, m.Target.Schema)
		testdb.CreateSchema(t, conn, d, tgtSnap, m.Target.Schema)
		runOnce(t, conn, d, p, staged, extra, tgtSnap)
	}
}

func dropSchema(t *testing.T, conn *sql.Conn, d dialects.Dialect, name string) {
	stmt := "DROP SCHEMA IF EXISTS " + d.QuoteIdent(name) + " CASCADE"
	if d.Name() == "mysql" {
		stmt = "DROP DATABASE IF EXISTS " + d.QuoteIdent(name)
	}
	if _, err := conn.ExecContext(context.Background(), stmt); err != nil {
		t.Fatal(err)
	}
}

func runOnce(t *testing.T, conn *sql.Conn, d dialects.Dialect, p *plan.Plan, staged bool, extra *caseRows, tgtSnap *schema.Database) {
	m := p.Manifest
	mode := "same-server"
	if staged {
		mode = "two-server"
	}
	r := &testdb.PlanRun{Conn: conn, Dialect: d, Plan: p}
	role := func(st plan.Step, name string) plan.Statement {
		s, ok := r.Statement(st, name)
		if !ok {
			t.Fatalf("step %s has no %s statement", st.Name, name)
		}
		return s
	}
	r.Setup(t)
	if !staged {
		checkBookkeeping(t, r)
	}
	for _, th := range m.Throttles {
		rows := r.Exec(t, th.Statement)
		if len(rows) != 1 || len(rows[0]) == 0 {
			t.Errorf("throttle %s returned %v; want one row whose first column says whether to pause", th.Name, rows)
		}
	}
	for _, st := range m.Steps {
		r.Prepare(t, st)
		if !staged {
			checkSourceReads(t, r, st)
		}
		r.Batch(t, st, staged)
		rejects := rejectRows(t, r, st)
		state := func() string {
			return fmt.Sprint(r.Exec(t, role(st, "count_target")), r.Exec(t, role(st, "checksum_target")))
		}
		before := state()
		again := st.OnConflict != "error"
		if again {
			r.Batch(t, st, staged) // a second copy of the same range is harmless: same rows, same values
		} else if !staged {
			// on_conflict = "error": a second copy of the same range must fail on the rows it
			// copied, not pass over them (the state check below then proves it changed nothing).
			copyConflicts(t, r, role(st, "copy"), st)
		}
		if after := state(); after != before {
			t.Errorf("%s, step %s: a second copy changed the target (count and checksum) from %s to %s", mode, st.Name, before, after)
		}
		if st.Quarantine {
			// The reject table is a log: a range copied again records its rejections again.
			if n := len(rejectRows(t, r, st)); again && n != 2*len(rejects) {
				t.Errorf("%s, step %s: a second copy left %d reject rows, want twice the first copy's %d", mode, st.Name, n, len(rejects))
			}
			source, target := count(t, r.Exec(t, role(st, "count_source"))), count(t, r.Exec(t, role(st, "count_target")))
			if source != target+int64(len(rejects)) {
				t.Errorf("%s, step %s: %d source rows, but %d copied and %d quarantined", mode, st.Name, source, target, len(rejects))
			}
		}
		if extra != nil {
			if want, ok := extra.rejects[st.Name]; ok && strings.Join(rejects, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s, step %s: the reject table holds\n  %s\nwant\n  %s", mode, st.Name, strings.Join(rejects, "\n  "), strings.Join(want, "\n  "))
			}
			if want, ok := extra.moved[st.Name]; ok {
				if got := fmt.Sprint(testdb.Query(t, conn, "moved rows", want.query(d, m.Target.Schema))); got != want.rows {
					t.Errorf("%s, step %s: the target holds %s, want %s", mode, st.Name, got, want.rows)
				}
			}
		}
		src, tgt := r.Exec(t, role(st, "checksum_source")), r.Exec(t, role(st, "checksum_target"))
		if fmt.Sprint(src) != fmt.Sprint(tgt) && len(rejects) == 0 {
			t.Errorf("%s, step %s: checksums of the moved rows differ: source %v, target %v", mode, st.Name, src, tgt)
		}
		if n := fmt.Sprint(src); strings.HasPrefix(n, "[[0 ") {
			t.Errorf("%s, step %s moved no rows with the test parameters (1 for numbers, v1 for strings, defaults where declared): the case proves nothing", mode, st.Name)
		}
		checkVerification(t, r, st, tgtSnap, mode, rejects)
	}
	for _, s := range m.Invariants {
		r.Exec(t, s)
	}
	for _, c := range m.Checks {
		if c.Source != nil {
			r.Exec(t, *c.Source)
		}
		if c.Target != nil {
			r.Exec(t, *c.Target)
		}
	}
}

// copyConflicts runs a step's copy again over the whole range, in a transaction that is rolled
// back, and requires it to fail: its policy is on_conflict = "error" and every row is there.
func copyConflicts(t *testing.T, r *testdb.PlanRun, s plan.Statement, st plan.Step) {
	t.Helper()
	ctx := context.Background()
	args := make([]any, len(s.Binds))
	for i, b := range s.Binds {
		args[i] = r.BindValue(t, b)
	}
	tx, err := r.Conn.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, string(r.Plan.Files[s.File]), args...); err == nil {
		t.Errorf("step %s (on_conflict = \"error\"): a second copy of the rows already in the target succeeded; want a conflict error", st.Name)
	} else {
		t.Logf("step %s (on_conflict = \"error\"): a second copy fails as it must: %v", st.Name, err)
	}
}

// count reads the single number a count statement returns.
func count(t *testing.T, rows [][]any) int64 {
	t.Helper()
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("a count returned %v", rows)
	}
	n, err := strconv.ParseInt(fmt.Sprint(rows[0][0]), 10, 64)
	if err != nil {
		t.Fatalf("a count returned %v: %v", rows, err)
	}
	return n
}

// rejectRows lists a quarantine step's reject table as "source_key | reason", sorted.
func rejectRows(t *testing.T, r *testdb.PlanRun, st plan.Step) []string {
	t.Helper()
	if !st.Quarantine {
		return nil
	}
	schemaName := r.Plan.Manifest.Target.Schema
	table := dialects.RejectPrefix + st.Target[strings.IndexByte(st.Target, '.')+1:]
	q := r.Dialect.QuoteIdent
	rows := testdb.Query(t, r.Conn, "read the reject table",
		"SELECT "+q("source_key")+", "+q("reason")+", "+q("rejected_at")+" FROM "+q(schemaName)+"."+q(table)+
			" WHERE "+q("step")+" = "+r.Dialect.QuoteString(st.Name))
	var out []string
	for _, row := range rows {
		if row[2] == nil {
			t.Errorf("step %s: a reject row without rejected_at: %v", st.Name, row)
		}
		out = append(out, fmt.Sprint(row[0], " | ", row[1]))
	}
	sort.Strings(out)
	return out
}

// checkSourceReads runs a step's source-side reads for progress and counting: the row estimate
// (never negative), the watermark's extent, the batch count (over the whole range, the step's
// row count), and the boundary under a safety-lag cap.
func checkSourceReads(t *testing.T, r *testdb.PlanRun, st plan.Step) {
	t.Helper()
	one := func(role string, values map[string]any) [][]any {
		t.Helper()
		s, ok := r.Statement(st, role)
		if !ok {
			t.Fatalf("step %s has no %s statement", st.Name, role)
		}
		return r.ExecWith(t, s, values)
	}
	checkEstimate := func(when string) {
		rows := one("estimate", nil)
		if len(rows) != 1 {
			t.Fatalf("step %s: estimate %s returned %d rows, want 1 (the source table is there)", st.Name, when, len(rows))
		}
		if v := rows[0][0]; v != nil {
			if n, err := strconv.ParseInt(fmt.Sprint(v), 10, 64); err != nil || n < 0 {
				t.Errorf("step %s: estimate %s is %v, want NULL or a count", st.Name, when, v)
			}
		}
	}
	checkEstimate("before statistics")
	q := r.Dialect.QuoteIdent
	table := q(r.Plan.Manifest.Source.Schema) + "." + q(st.Source[strings.IndexByte(st.Source, '.')+1:])
	analyze := "ANALYZE "
	if r.Dialect.Name() == "mysql" {
		analyze = "ANALYZE TABLE "
	}
	testdb.Query(t, r.Conn, "analyze", analyze+table)
	checkEstimate("after ANALYZE")
	all := count(t, testdb.Query(t, r.Conn, "count", "SELECT COUNT(*) FROM "+table))
	if got := fmt.Sprint(one("estimate", nil)[0][0]); got != fmt.Sprint(all) {
		t.Errorf("step %s: estimate after ANALYZE is %s, want the table's %d rows", st.Name, got, all)
	}

	rows := count(t, one("count_source", nil))
	if n := count(t, one("batch_count", nil)); n != rows {
		t.Errorf("step %s: batch_count over the whole range is %d, count_source %d", st.Name, n, rows)
	}
	ext := one("extent", nil)
	if len(ext) != 1 || len(ext[0]) != 2 || (rows > 0) != (ext[0][0] != nil && ext[0][1] != nil) {
		t.Errorf("step %s: extent returned %v for %d rows", st.Name, ext, rows)
	} else if rows > 0 {
		// The last batch of one that takes every row ends at the largest watermark.
		last := one("boundary", map[string]any{"batch_size": 1 << 30})
		if len(last) != 1 || show(last[0][0]) != show(ext[0][1]) {
			t.Errorf("step %s: extent's max is %v, but the boundary over every row is %v", st.Name, ext[0][1], last)
		}
	}
	if st.WatermarkLagSeconds > 0 {
		s, _ := r.Statement(st, "boundary")
		cap := ""
		for _, b := range s.Binds {
			if strings.HasPrefix(b.Name, "cap.") {
				cap = b.Name
			}
		}
		if cap == "" {
			t.Fatalf("step %s has watermark_lag_seconds but its boundary binds no cap", st.Name)
		}
		past, future := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
		if got := one("boundary", map[string]any{"cap_open": false, cap: past}); len(got) != 0 {
			t.Errorf("step %s: the boundary capped before every row returned %v, want no row", st.Name, got)
		}
		if got := one("boundary", map[string]any{"cap_open": false, cap: future}); len(got) != 1 {
			t.Errorf("step %s: the boundary capped after every row returned %v, want one row", st.Name, got)
		}
	}
}

// checkBookkeeping runs the plan's checkpoint and audit statements: a saved checkpoint loads
// back as saved, a second save of the same key overwrites it, a reset deletes only its
// migration and parameter set; an audit row is inserted and finished; the source clock reads.
func checkBookkeeping(t *testing.T, r *testdb.PlanRun) {
	t.Helper()
	m := r.Plan.Manifest
	step := "bookkeeping"
	if len(m.Steps) > 0 {
		step = m.Steps[0].Name
	}
	t0 := time.Date(2024, 5, 6, 7, 8, 9, 123456000, time.UTC)
	checkpoint := func(hash, state string, done int64, finished any, lastError any) map[string]any {
		return map[string]any{
			"migration": m.Migration, "step": step, "params_hash": hash, "part": 0, "plan_id": m.PlanID,
			"state": state, "position": `[42, "a"]`, "range_end": `[1000, "z"]`, "rows_done": done,
			"rows_skipped": int64(2), "rows_rejected": int64(1), "source_fingerprint": m.Source.Fingerprint,
			"target_fingerprint": m.Target.Fingerprint, "started_at": t0, "updated_at": t0.Add(time.Second),
			"finished_at": finished, "last_error": lastError,
		}
	}
	save, load, reset := r.SetupStatement(t, "checkpoint_save"), r.SetupStatement(t, "checkpoint_load"), r.SetupStatement(t, "checkpoint_reset")
	key := func(hash string) map[string]any { return map[string]any{"migration": m.Migration, "params_hash": hash} }
	// What checkpoint_load returns for a saved row, in its column order.
	want := func(v map[string]any) string {
		var cols []string
		for _, c := range dialects.CheckpointLoadColumns {
			cols = append(cols, show(v[c]))
		}
		return strings.Join(cols, " ")
	}
	got := func(hash string) []string {
		var out []string
		for _, row := range r.ExecWith(t, load, key(hash)) {
			var cols []string
			for _, v := range row {
				cols = append(cols, show(v))
			}
			out = append(out, strings.Join(cols, " "))
		}
		return out
	}
	first := checkpoint("h1", "running", 100, nil, nil)
	r.ExecWith(t, save, first)
	if g := got("h1"); len(g) != 1 || g[0] != want(first) {
		t.Errorf("checkpoint_load after one save returned\n  %v\nwant\n  [%s]", g, want(first))
	}
	second := checkpoint("h1", "done", 250, t0.Add(2*time.Second), "a last error")
	r.ExecWith(t, save, second)
	if g := got("h1"); len(g) != 1 || g[0] != want(second) {
		t.Errorf("checkpoint_load after a second save of the same key returned\n  %v\nwant one row\n  [%s]", g, want(second))
	}
	other := checkpoint("h2", "running", 7, nil, nil)
	r.ExecWith(t, save, other)
	r.ExecWith(t, reset, key("h1"))
	if g := got("h1"); len(g) != 0 {
		t.Errorf("checkpoint_load after checkpoint_reset returned %v, want nothing", g)
	}
	if g := got("h2"); len(g) != 1 || g[0] != want(other) {
		t.Errorf("checkpoint_reset of h1 touched h2: %v", g)
	}

	run := map[string]any{"run_id": "run-1", "migration": m.Migration, "plan_id": m.PlanID, "params": `{"x":1}`,
		"os_user": "alice", "host": "db-admin-1", "action": "run", "started_at": t0}
	r.ExecWith(t, r.SetupStatement(t, "audit_insert"), run)
	r.ExecWith(t, r.SetupStatement(t, "audit_finish"), map[string]any{"run_id": "run-1", "finished_at": t0.Add(time.Minute),
		"rows_moved": int64(12345), "outcome": "success", "detail": "all steps done"})
	q := r.Dialect.QuoteIdent
	audit := testdb.Query(t, r.Conn, "read the audit table", "SELECT "+q("run_id")+", "+q("migration")+", "+q("plan_id")+", "+
		q("params")+", "+q("os_user")+", "+q("host")+", "+q("action")+", "+q("started_at")+", "+q("finished_at")+", "+
		q("rows_moved")+", "+q("outcome")+", "+q("detail")+" FROM "+q(m.Target.Schema)+"."+q(dialects.AuditTable))
	var cols []string
	for _, row := range audit {
		for _, v := range row {
			cols = append(cols, show(v))
		}
	}
	wantAudit := strings.Join([]string{"run-1", m.Migration, m.PlanID, `{"x":1}`, "alice", "db-admin-1", "run",
		show(t0), show(t0.Add(time.Minute)), "12345", "success", "all steps done"}, " ")
	if len(audit) != 1 || strings.Join(cols, " ") != wantAudit {
		t.Errorf("the audit table holds %v, want [%s]", audit, wantAudit)
	}

	history := map[string]any{"run_id": "verify-1", "migration": m.Migration, "plan_id": m.PlanID, "params_hash": "h1",
		"action": "reconcile", "started_at": t0, "finished_at": t0.Add(3 * time.Second), "verdict": "differs",
		"summary": `{"checks":[{"name":"rows","verdict":"match"}]}`}
	r.ExecWith(t, r.SetupStatement(t, "verify_history_insert"), history)
	historyCols := []string{"run_id", "migration", "plan_id", "params_hash", "action", "started_at", "finished_at", "verdict", "summary"}
	quoted := make([]string, len(historyCols))
	wantHistory := make([]string, len(historyCols))
	for i, c := range historyCols {
		quoted[i], wantHistory[i] = q(c), show(history[c])
	}
	rows := testdb.Query(t, r.Conn, "read the verify history", "SELECT "+strings.Join(quoted, ", ")+" FROM "+q(m.Target.Schema)+"."+q(dialects.VerifyHistoryTable))
	if len(rows) != 1 || showRow(rows[0]) != strings.Join(wantHistory, " ") {
		t.Errorf("the verify history holds %v, want [%s]", rows, strings.Join(wantHistory, " "))
	}

	now := r.Exec(t, r.SetupStatement(t, "source_now"))
	if len(now) != 1 || len(now[0]) != 1 {
		t.Fatalf("source_now returned %v", now)
	}
	clock, ok := now[0][0].(time.Time)
	if !ok {
		t.Fatalf("source_now returned %T %v, want a time", now[0][0], now[0][0])
	}
	if d := time.Since(clock.UTC()); d < -time.Minute || d > time.Minute {
		t.Errorf("source_now is %v, %v from this machine's UTC clock: not UTC?", clock, d)
	}
}

func showRow(row []any) string {
	out := make([]string, len(row))
	for i, v := range row {
		out[i] = show(v)
	}
	return strings.Join(out, " ")
}

// show prints a value read back from either engine in one form: times in UTC with microseconds.
func show(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case time.Time:
		return v.UTC().Format("2006-01-02 15:04:05.000000")
	}
	return fmt.Sprint(v)
}

// caseRows are rows a golden case adds to the source after testdb.Fill, to hit what Fill's
// regular rows do not, and what the copy must then do with them.
type caseRows struct {
	insert  func(t *testing.T, conn *sql.Conn, d dialects.Dialect, source string)
	rejects map[string][]string // step -> its reject table as "source_key | reason", sorted
	moved   map[string]movedRows
}

// movedRows is a query over the target schema and what it must return after the copy.
type movedRows struct {
	table, column string // the rows' key in the target, listed in order
	rows          string
}

func (m movedRows) query(d dialects.Dialect, target string) string {
	return "SELECT " + d.QuoteIdent(m.column) + " FROM " + d.QuoteIdent(target) + "." + d.QuoteIdent(m.table) + " ORDER BY 1"
}

// insertRows inserts rows into a table of the source schema.
func insertRows(t *testing.T, conn *sql.Conn, d dialects.Dialect, source, table string, cols []string, rows ...[]any) {
	t.Helper()
	quoted, marks := make([]string, len(cols)), make([]string, len(cols))
	for i, c := range cols {
		quoted[i], marks[i] = d.QuoteIdent(c), d.Placeholder(i+1)
	}
	stmt := "INSERT INTO " + d.QuoteIdent(source) + "." + d.QuoteIdent(table) + " (" + strings.Join(quoted, ", ") + ") VALUES (" + strings.Join(marks, ", ") + ")"
	for _, row := range rows {
		if _, err := conn.ExecContext(context.Background(), stmt, row...); err != nil {
			t.Fatalf("insert into %s %v: %v", table, row, err)
		}
	}
}

var caseData = map[string]*caseRows{
	// Fill's rows 1 and 3 are soft-deleted (deleted_at set), row 2 has no code.
	"quarantine_merge_postgres": {
		insert: func(t *testing.T, conn *sql.Conn, d dialects.Dialect, source string) {
			insertRows(t, conn, d, source, "accounts", []string{"id", "name", "code", "deleted_at"},
				[]any{4, "a4", "c4", nil},
				[]any{5, strings.Repeat("n", 21), "c5", nil},
				[]any{6, strings.Repeat("n", 21), nil, "2021-01-01 00:00:00"}, // soft-deleted: never quarantined
			)
		},
		rejects: map[string][]string{"accounts": {
			"[2] | code: NULL into a NOT NULL column",
			"[5] | name: longer than 20 characters",
		}},
		moved: map[string]movedRows{"accounts": {table: "accounts", column: "id", rows: "[[4]]"}},
	},
	// Rows 1 and 3 of Fill are clean; row 2 holds NULL in every nullable column (customer 2 has
	// no email, so order 2 loses its parent). Each added row breaks one rule, or none at the edge.
	"quarantine_rejects": {
		insert: func(t *testing.T, conn *sql.Conn, d dialects.Dialect, source string) {
			insertRows(t, conn, d, source, "customers", []string{"id", "name", "email", "credit", "balance", "visits", "country"},
				[]any{4, strings.Repeat("n", 51), "a@example.com", "1.00", "1.000", 1, "FR"},
				[]any{5, "c5", "e5", "12345.67", "1.000", 1, nil},
				[]any{6, "c6", "e6", nil, "9999.995", nil, nil}, // rounds to 10000.00
				[]any{7, "c7", "e7", nil, "1.000", 3000000000, nil},
				// At every edge, in characters (é is two bytes): copied.
				[]any{8, strings.Repeat("é", 50), strings.Repeat("é", 100), "9999.99", "9999.994", -2147483648, nil},
				[]any{9, strings.Repeat("n", 60), nil, nil, "1.000", nil, nil},
				[]any{10, "c10", strings.Repeat("e", 101), nil, "-9999.995", nil, nil},
			)
			insertRows(t, conn, d, source, "orders", []string{"id", "customer_id", "total", "note"},
				[]any{4, 4, "1.00", nil},
				[]any{5, nil, "2.00", nil}, // no customer: copied with NULL
				[]any{6, 8, "3.00", "ok"},
				[]any{7, 1, "1234567.89", nil},
				[]any{8, 1, "5.00", strings.Repeat("x", 501)},
			)
		},
		rejects: map[string][]string{
			"customers": {
				"[10] | email: longer than 100 characters; balance: more than 4 digits before the decimal point",
				"[2] | email: NULL into a NOT NULL column",
				"[4] | name: longer than 50 characters",
				"[5] | credit: more than 4 digits before the decimal point",
				"[6] | balance: more than 4 digits before the decimal point",
				"[7] | visits: outside -2147483648..2147483647",
				"[9] | name: longer than 50 characters; email: NULL into a NOT NULL column",
			},
			"orders": {
				"[2] | customer_id: parent key not in datamove_keymap_customers",
				"[4] | customer_id: parent key not in datamove_keymap_customers",
				"[7] | total: more than 6 digits before the decimal point",
				"[8] | note: longer than 500 characters",
			},
		},
		moved: map[string]movedRows{
			"customers": {table: "customers", column: "legacy_id", rows: "[[1] [3] [8]]"},
			"orders":    {table: "orders", column: "id", rows: "[[1] [3] [5] [6]]"},
		},
	},
}
