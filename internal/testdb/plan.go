package testdb

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/plan"
)

// Querier runs a statement and returns its rows: a *sql.DB, *sql.Conn or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Query runs one statement and returns its rows, []byte values turned into strings. name says
// in messages which statement failed (a plan file name, say).
func Query(t testing.TB, q Querier, name, text string, args ...any) [][]any {
	t.Helper()
	_, out := QueryColumns(t, q, name, text, args...)
	return out
}

// QueryColumns is Query that also returns the result's column names.
func QueryColumns(t testing.TB, q Querier, name, text string, args ...any) ([]string, [][]any) {
	t.Helper()
	rows, err := q.QueryContext(context.Background(), text, args...)
	if err != nil {
		t.Fatalf("%s: %v\nargs %v\n%s", name, err, args, text)
	}
	defer rows.Close()
	var out [][]any
	cols, _ := rows.Columns()
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		out = append(out, vals)
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v\nargs %v\n%s", name, err, args, text)
	}
	return cols, out
}

// PlanRun executes a compiled plan's statements on one connection, on a server that holds both
// the source and the target schema, the way the runtime runs them: session setup and bookkeeping
// tables first, then per step the key map and stage tables, then batches, each batch one target
// transaction. Tests drive it step by step, so they can check what they want in between.
type PlanRun struct {
	Conn    *sql.Conn        // one session: stage tables belong to it
	Dialect dialects.Dialect // the plan's dialect, for placeholders and quoting
	Plan    *plan.Plan
	// Params are the run-time parameter values by name (without @). A parameter missing here gets
	// its default, else a simple value of its type (1, "v1", true, 2021-03-02).
	Params map[string]any
	// BatchSize binds batch_size in boundary statements; 0 means 100.
	BatchSize int

	q Querier // Conn, or the batch's transaction
}

// Statement returns the statement of a step with the given role (copy, keymap_fill, …).
func (r *PlanRun) Statement(st plan.Step, role string) (plan.Statement, bool) {
	for _, s := range st.Statements {
		if s.Role == role {
			return s, true
		}
	}
	return plan.Statement{}, false
}

// SetupStatement returns the plan's setup statement with the given role (checkpoint_save, …).
func (r *PlanRun) SetupStatement(t testing.TB, role string) plan.Statement {
	t.Helper()
	for _, s := range r.Plan.Manifest.Setup {
		if s.Role == role {
			return s
		}
	}
	t.Fatalf("the plan has no setup statement %s", role)
	return plan.Statement{}
}

// Exec runs one statement of the plan with its binds: parameters from Params, lo_open, hi_open
// and cap_open true (the whole key range in one batch, no safety lag), bounds a zero value of
// their type.
func (r *PlanRun) Exec(t testing.TB, s plan.Statement) [][]any {
	t.Helper()
	return r.ExecWith(t, s, nil)
}

// ExecWith is Exec with some binds given by name (lo.id, batch_size, checkpoint values, …); the
// others get Exec's values.
func (r *PlanRun) ExecWith(t testing.TB, s plan.Statement, values map[string]any) [][]any {
	t.Helper()
	_, rows := r.ExecColumns(t, s, values)
	return rows
}

// ExecColumns is ExecWith that also returns the result's column names.
func (r *PlanRun) ExecColumns(t testing.TB, s plan.Statement, values map[string]any) ([]string, [][]any) {
	t.Helper()
	text, ok := r.Plan.Files[s.File]
	if !ok {
		t.Fatalf("the plan has no file %s", s.File)
	}
	args := make([]any, len(s.Binds))
	for i, b := range s.Binds {
		if v, ok := values[b.Name]; ok {
			args[i] = v
			continue
		}
		args[i] = r.BindValue(t, b)
	}
	q := r.q
	if q == nil {
		q = r.Conn
	}
	return QueryColumns(t, q, r.Dialect.Flavor()+" running "+s.File, string(text), args...)
}

// RolledBack runs fn in a transaction that is rolled back afterwards: the statements fn runs
// with Exec and friends, and its own statements on tx, see each other's changes; nothing stays.
func (r *PlanRun) RolledBack(t testing.TB, fn func(tx *sql.Tx)) {
	t.Helper()
	r.inTx(t, false, fn)
}

// inTx runs fn in a transaction that the statements fn runs with Exec and friends join, and
// commits it afterwards, or rolls it back.
func (r *PlanRun) inTx(t testing.TB, commit bool, fn func(tx *sql.Tx)) {
	t.Helper()
	tx, err := r.Conn.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	r.q = tx
	defer func() {
		r.q = nil
		end := tx.Rollback
		if commit {
			end = tx.Commit
		}
		if err := end(); err != nil {
			t.Fatal(err)
		}
	}()
	fn(tx)
}

// Run runs the statements of a step with the given roles, in that order, skipping roles the step
// does not have.
func (r *PlanRun) Run(t testing.TB, st plan.Step, roles ...string) {
	t.Helper()
	for _, role := range roles {
		if s, ok := r.Statement(st, role); ok {
			r.Exec(t, s)
		}
	}
}

// Setup runs the plan's setup statements that a run starts with: the sessions and the checkpoint,
// audit and verify history tables. The bookkeeping statements (checkpoint_save, audit_insert, …)
// are left to the test, which binds their values with ExecWith.
func (r *PlanRun) Setup(t testing.TB) {
	t.Helper()
	for _, s := range r.Plan.Manifest.Setup {
		switch s.Role {
		case "session_source", "session_target", "checkpoint_table", "audit_table", "verify_history_table":
			r.Exec(t, s)
		}
	}
}

// Prepare runs what a step needs before its first batch: its key map, reject and stage tables,
// and the boundary query.
func (r *PlanRun) Prepare(t testing.TB, st plan.Step) {
	t.Helper()
	r.Run(t, st, "keymap_table", "reject_table", "stage_table", "boundary")
}

// Batch copies one batch, the whole key range, in one target transaction (PostgreSQL's stage
// table empties itself at commit). Same server: the copy statements read the source tables.
// staged: the batch's source rows are read with the read statement and inserted into the stage
// table, as the runtime feeds it across servers, and the _staged statements run.
func (r *PlanRun) Batch(t testing.TB, st plan.Step, staged bool) {
	t.Helper()
	if staged {
		r.Run(t, st, "stage_clear") // before the transaction, as the runtime does (TRUNCATE on MySQL)
	}
	r.inTx(t, true, func(tx *sql.Tx) {
		if !staged {
			r.Run(t, st, "quarantine", "copy", "keymap_fill", "soft_delete", "prune")
			return
		}
		read, ok := r.Statement(st, "read")
		if !ok {
			t.Fatalf("step %s has no read statement", st.Name)
		}
		rows := r.Exec(t, read)
		stage := dialects.StagePrefix + st.Target[strings.IndexByte(st.Target, '.')+1:]
		for _, row := range rows {
			marks := make([]string, len(row))
			for i := range marks {
				marks[i] = r.Dialect.Placeholder(i + 1)
			}
			Query(t, tx, "stage insert", "INSERT INTO "+r.Dialect.QuoteIdent(stage)+" VALUES ("+strings.Join(marks, ", ")+")", row...)
		}
		r.Run(t, st, "quarantine_staged", "copy_staged", "keymap_fill_staged", "soft_delete_staged", "prune_staged")
	})
}

// BindValue gives a bind its test value; see Exec.
func (r *PlanRun) BindValue(t testing.TB, b plan.Bind) any {
	t.Helper()
	switch {
	case strings.HasPrefix(b.Name, "@"):
		name := b.Name[1:]
		if v, ok := r.Params[name]; ok {
			return v
		}
		for _, prm := range r.Plan.Manifest.Params {
			if prm.Name == name {
				return ParamValue(t, prm)
			}
		}
		t.Fatalf("bind %s names no parameter of the plan", b.Name)
	case b.Name == "lo_open" || b.Name == "hi_open" || b.Name == "cap_open":
		return true
	case b.Name == "batch_size":
		if r.BatchSize > 0 {
			return r.BatchSize
		}
		return 100
	case strings.HasPrefix(b.Name, "lo.") || strings.HasPrefix(b.Name, "hi.") || strings.HasPrefix(b.Name, "cap."):
		return zeroBound(b.Type)
	}
	t.Fatalf("no test value for bind %s (%s)", b.Name, b.Type)
	return nil
}

// ParamValue is a parameter's test value: its default converted to its type, as the runtime binds
// it (MySQL would read the text 'false' as the number 0), else a simple value of its type.
func ParamValue(t testing.TB, prm plan.Param) any {
	t.Helper()
	if prm.Default == nil {
		switch prm.Type {
		case "number":
			return 1
		case "bool":
			return true
		case "timestamp":
			return time.Date(2021, 3, 2, 0, 0, 0, 0, time.UTC)
		}
		return "v1"
	}
	text := *prm.Default
	switch prm.Type {
	case "bool":
		v, err := strconv.ParseBool(text)
		if err != nil {
			t.Fatalf("parameter %s: default %q is not a bool", prm.Name, text)
		}
		return v
	case "timestamp":
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999", "2006-01-02"} {
			if v, err := time.Parse(layout, text); err == nil {
				return v
			}
		}
		t.Fatalf("parameter %s: default %q is not a timestamp", prm.Name, text)
	}
	return text
}

// zeroBound is a key-range bound of a portable type; with lo_open and hi_open true it is unused,
// but it must still convert to the placeholder's type.
func zeroBound(typ string) any {
	switch {
	case strings.HasPrefix(typ, "int"), strings.HasPrefix(typ, "decimal"), strings.HasPrefix(typ, "float"):
		return 0
	case strings.HasPrefix(typ, "timestamp"):
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	case typ == "date":
		return "2000-01-01"
	case typ == "uuid":
		return "00000000-0000-0000-0000-000000000000"
	case typ == "bool":
		return false
	}
	return ""
}

// PostgresScript runs a SQL script file on a PostgreSQL database the way
// `psql -v ON_ERROR_STOP=1 -f FILE` runs it, for the subset of psql's format that setup scripts
// use: statements ending with ; at the end of a line, -- comment lines, and COPY … FROM stdin;
// followed by data lines up to a line holding only \. (sent through the COPY protocol). psql
// meta-commands (\set, \copy, …) are refused rather than skipped.
func PostgresScript(t testing.TB, dsn, path string) {
	t.Helper()
	ctx := context.Background()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to run %s: %v", path, err)
	}
	defer conn.Close(ctx)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var stmt strings.Builder
	line, start := 0, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		trimmed := strings.TrimSpace(text)
		switch {
		case stmt.Len() == 0 && (trimmed == "" || strings.HasPrefix(trimmed, "--")):
			continue
		case stmt.Len() == 0 && strings.HasPrefix(trimmed, `\`):
			t.Fatalf("%s:%d: psql meta-command %q: PostgresScript runs plain SQL and COPY … FROM stdin only", path, line, trimmed)
		}
		if stmt.Len() == 0 {
			start = line
		}
		stmt.WriteString(text)
		stmt.WriteByte('\n')
		if !strings.HasSuffix(trimmed, ";") {
			continue
		}
		sqlText := stmt.String()
		stmt.Reset()
		if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(sqlText)), "COPY ") && strings.HasSuffix(strings.ToUpper(trimmed), "FROM STDIN;") {
			var rows bytes.Buffer
			done := false
			for sc.Scan() {
				line++
				if sc.Text() == `\.` {
					done = true
					break
				}
				rows.WriteString(sc.Text())
				rows.WriteByte('\n')
			}
			if !done {
				t.Fatalf("%s:%d: COPY data has no closing \\. line", path, start)
			}
			if _, err := conn.PgConn().CopyFrom(ctx, &rows, strings.TrimSuffix(strings.TrimSpace(sqlText), ";")); err != nil {
				t.Fatalf("%s:%d: %v", path, start, err)
			}
			continue
		}
		if _, err := conn.Exec(ctx, sqlText, pgx.QueryExecModeSimpleProtocol); err != nil {
			t.Fatalf("%s:%d: %v\n%s", path, start, err, sqlText)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if strings.TrimSpace(stmt.String()) != "" {
		t.Fatalf("%s:%d: the last statement does not end with ;", path, start)
	}
}
