package compiler_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

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
	for _, st := range m.Steps {
		r.Prepare(t, st)
		r.Batch(t, st, staged)
		state := func() string {
			return fmt.Sprint(r.Exec(t, role(st, "count_target")), r.Exec(t, role(st, "checksum_target")))
		}
		before := state()
		if st.OnConflict != "error" {
			r.Batch(t, st, staged) // a second copy of the same range is harmless: same rows, same values
		}
		if after := state(); after != before {
			t.Errorf("%s, step %s: a second copy changed the target (count and checksum) from %s to %s", mode, st.Name, before, after)
		}
		src, tgt := r.Exec(t, role(st, "checksum_source")), r.Exec(t, role(st, "checksum_target"))
		if fmt.Sprint(src) != fmt.Sprint(tgt) {
			t.Errorf("%s, step %s: checksums of the moved rows differ: source %v, target %v", mode, st.Name, src, tgt)
		}
		if n := fmt.Sprint(src); strings.HasPrefix(n, "[[0 ") {
			t.Errorf("%s, step %s moved no rows with the test parameters (1 for numbers, v1 for strings, defaults where declared): the case proves nothing", mode, st.Name)
		}
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
