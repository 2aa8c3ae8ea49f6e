package compiler_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
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
						runPlan(t, db.SQL, postgres.New("15"), p, srcSnap, tgtSnap)
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
						runPlan(t, db.SQL, mysql.New(schema.MariaDB), p, srcSnap, tgtSnap)
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
func runPlan(t *testing.T, pool *sql.DB, d dialects.Dialect, p *plan.Plan, srcSnap, tgtSnap *schema.Database) {
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
	for _, staged := range []bool{false, true} {
		dropSchema(t, conn, d, m.Target.Schema)
		testdb.CreateSchema(t, conn, d, tgtSnap, m.Target.Schema)
		runOnce(t, conn, d, p, staged)
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

func runOnce(t *testing.T, conn *sql.Conn, d dialects.Dialect, p *plan.Plan, staged bool) {
	ctx := context.Background()
	m := p.Manifest
	mode := "same-server"
	if staged {
		mode = "two-server"
	}
	params := map[string]plan.Param{}
	for _, prm := range m.Params {
		params[prm.Name] = prm
	}
	var q querier = conn
	exec := func(s plan.Statement) [][]any {
		t.Helper()
		text := string(p.Files[s.File])
		args := make([]any, len(s.Binds))
		for i, b := range s.Binds {
			args[i] = bindValue(t, b, params)
		}
		return query(t, q, d, s.File, text, args)
	}
	for _, s := range m.Setup {
		exec(s)
	}
	for _, st := range m.Steps {
		byRole := map[string]plan.Statement{}
		for _, s := range st.Statements {
			byRole[s.Role] = s
		}
		run := func(roles ...string) {
			for _, r := range roles {
				if s, ok := byRole[r]; ok {
					exec(s)
				}
			}
		}
		run("keymap_table", "stage_table", "boundary")
		copyBatch := func() {
			// One batch is one target transaction, as the runtime runs it (PostgreSQL's stage
			// table empties itself at commit).
			tx, err := conn.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			q = tx
			defer func() {
				q = conn
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
			}()
			if !staged {
				run("copy", "keymap_fill", "soft_delete", "prune")
				return
			}
			run("stage_clear")
			rows := exec(byRole["read"])
			stage := "datamove_stage_" + strings.SplitN(st.Target, ".", 2)[1]
			for _, row := range rows {
				marks := make([]string, len(row))
				for i := range marks {
					marks[i] = d.Placeholder(i + 1)
				}
				query(t, q, d, "stage insert", "INSERT INTO "+d.QuoteIdent(stage)+" VALUES ("+strings.Join(marks, ", ")+")", row)
			}
			run("copy_staged", "keymap_fill_staged", "soft_delete_staged", "prune_staged")
		}
		copyBatch()
		state := func() string { return fmt.Sprint(exec(byRole["count_target"]), exec(byRole["checksum_target"])) }
		before := state()
		if st.OnConflict != "error" {
			copyBatch() // a second copy of the same range is harmless: same rows, same values
		}
		if after := state(); after != before {
			t.Errorf("%s, step %s: a second copy changed the target (count and checksum) from %s to %s", mode, st.Name, before, after)
		}
		src, tgt := exec(byRole["checksum_source"]), exec(byRole["checksum_target"])
		if fmt.Sprint(src) != fmt.Sprint(tgt) {
			t.Errorf("%s, step %s: checksums of the moved rows differ: source %v, target %v", mode, st.Name, src, tgt)
		}
		if n := fmt.Sprint(src); strings.HasPrefix(n, "[[0 ") {
			t.Errorf("%s, step %s moved no rows with the test parameters (1 for numbers, v1 for strings, defaults where declared): the case proves nothing", mode, st.Name)
		}
	}
	for _, s := range m.Invariants {
		exec(s)
	}
	for _, c := range m.Checks {
		if c.Source != nil {
			exec(*c.Source)
		}
		if c.Target != nil {
			exec(*c.Target)
		}
	}
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// query runs one statement and returns its rows ([]byte turned into strings).
func query(t *testing.T, conn querier, d dialects.Dialect, name, text string, args []any) [][]any {
	t.Helper()
	rows, err := conn.QueryContext(context.Background(), text, args...)
	if err != nil {
		t.Fatalf("%s rejects %s: %v\nargs %v\n%s", d.Flavor(), name, err, args, text)
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
		t.Fatalf("%s fails running %s: %v\nargs %v\n%s", d.Flavor(), name, err, args, text)
	}
	return out
}

// bindValue gives every bind a value of its type: parameters their default or a simple value,
// range flags true (whole table), bounds a zero value of their column's type.
func bindValue(t *testing.T, b plan.Bind, params map[string]plan.Param) any {
	switch {
	case strings.HasPrefix(b.Name, "@"):
		prm := params[b.Name[1:]]
		if prm.Default != nil {
			return paramValue(t, prm, *prm.Default)
		}
		switch prm.Type {
		case "number":
			return 1
		case "bool":
			return true
		case "timestamp":
			return time.Date(2021, 3, 2, 0, 0, 0, 0, time.UTC)
		}
		return "v1"
	case b.Name == "lo_open" || b.Name == "hi_open":
		return true
	case b.Name == "batch_size":
		return 100
	case strings.HasPrefix(b.Name, "lo.") || strings.HasPrefix(b.Name, "hi."):
		switch {
		case strings.HasPrefix(b.Type, "int"), strings.HasPrefix(b.Type, "decimal"), strings.HasPrefix(b.Type, "float"):
			return 0
		case strings.HasPrefix(b.Type, "timestamp"):
			return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		case b.Type == "date":
			return "2000-01-01"
		case b.Type == "uuid":
			return "00000000-0000-0000-0000-000000000000"
		case b.Type == "bool":
			return false
		}
		return ""
	}
	t.Fatalf("no test value for bind %s (%s)", b.Name, b.Type)
	return nil
}

// paramValue converts a parameter's default from its text to a value of the parameter's type, as
// the runtime binds it: MySQL would read the text 'false' as the number 0 in a condition and
// refuse it in a tinyint column.
func paramValue(t *testing.T, prm plan.Param, text string) any {
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
