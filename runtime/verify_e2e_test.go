package runtime_test

// The harness of the verify and reconcile tests (verify_*_test.go): each test creates its own
// source and target tables (described here in Go, created on the engine under test), compiles a
// spec of testdata/verify_*, moves the data with `datamove run`, then runs `datamove verify` and
// `datamove reconcile` through cli.Main and reads their exit codes and JSON reports. What the
// target holds is judged by the oracle below — ordered dumps of both sides written in the test and
// compared row by row — never by datamove's checksums.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/datamove/datamove/cli"
	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/dialects/mysql"
	"github.com/datamove/datamove/dialects/postgres"
	"github.com/datamove/datamove/inspect"
	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
)

// vcol is a column of a test table, typed as PostgreSQL spells it (testdb.CreateSchema renders
// it for MariaDB).
func vcol(name, typ string, nullable bool) *schema.Column {
	return &schema.Column{Name: name, Type: typ, Nullable: nullable}
}

// vident is an identity (auto-increment) column.
func vident(name string) *schema.Column {
	return &schema.Column{Name: name, Type: "bigint", Identity: schema.IdentityByDefault}
}

// vtable is a table with a primary key of its first column.
func vtable(name string, cols ...*schema.Column) *schema.Table {
	return &schema.Table{Name: name, Columns: cols, PrimaryKey: []string{cols[0].Name}}
}

// vdb is a database of tables, for testdb.CreateSchema.
func vdb(tables ...*schema.Table) *schema.Database {
	return &schema.Database{Dialect: schema.Postgres, Tables: tables}
}

// newVerifyEnv creates src and tgt on the mode's engine (PostgreSQL: schemas legacy and app of
// one database, or of two databases; MariaDB: two databases), inspects them, and compiles
// testdata/<spec>/main.hcl against those snapshots.
func newVerifyEnv(t *testing.T, m e2eMode, spec string, src, tgt *schema.Database) *e2eEnv {
	t.Helper()
	ctx := context.Background()
	e := &e2eEnv{mode: m}
	var d dialects.Dialect
	if m.engine == schema.Postgres {
		d = postgres.New("15")
		a := testdb.Postgres(t)
		e.src = &e2eSide{db: a.SQL, dsn: a.DSN, schema: "legacy", d: d, pg: true}
		e.tgt = &e2eSide{db: a.SQL, dsn: a.DSN, schema: "app", d: d, pg: true}
		if m.two {
			b := testdb.Postgres(t)
			e.tgt = &e2eSide{db: b.SQL, dsn: b.DSN, schema: "app", d: d, pg: true}
		}
	} else {
		d = mysql.New(schema.MariaDB)
		a, b := testdb.MySQL(t), testdb.MySQL(t)
		e.src = &e2eSide{db: a.SQL, dsn: e2eMariaDSN(a), schema: a.Name, d: d}
		e.tgt = &e2eSide{db: b.SQL, dsn: e2eMariaDSN(b), schema: b.Name, d: d}
	}
	dir := t.TempDir()
	e.specDir = filepath.Join(dir, "spec")
	if err := os.MkdirAll(filepath.Join(e.specDir, "schemas"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, side := range []struct {
		s    *e2eSide
		snap *schema.Database
		name string
	}{{e.src, src, "legacy"}, {e.tgt, tgt, "app"}} {
		conn, err := side.s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		testdb.CreateSchema(t, conn, d, side.snap, side.s.schema)
		conn.Close()
		live, err := inspect.Inspect(ctx, side.s.dsn, inspect.Options{Schema: side.s.schema})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(e.specDir, "schemas", side.name+".hcl"), schema.Write(live), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	main, err := os.ReadFile(filepath.Join("testdata", spec, "main.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	endpoints := fmt.Sprintf("source \"legacy\" {\n  dialect  = %q\n  snapshot = \"schemas/legacy.hcl\"\n}\n\n"+
		"target \"app\" {\n  dialect  = %q\n  snapshot = \"schemas/app.hcl\"\n}\n", m.engine, m.engine)
	for name, body := range map[string][]byte{"main.hcl": main, "endpoints.hcl": []byte(endpoints)} {
		if err := os.WriteFile(filepath.Join(e.specDir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e.planDir, e.m = e.compile(t, filepath.Join(dir, "plan"))
	return e
}

// verifyResult is what one `datamove verify` or `datamove reconcile` said: its exit code, its
// output, and the reports it wrote (one per run, in the order they ran).
type verifyResult struct {
	code        int
	out, errOut string
	reports     []*runtime.Report
	markdown    []string
	json        []string
}

// last is the report of the last run.
func (r verifyResult) last(t testing.TB) *runtime.Report {
	t.Helper()
	if len(r.reports) == 0 {
		t.Fatalf("no report was written (exit %d)\nstdout:\n%s\nstderr:\n%s", r.code, r.out, r.errOut)
	}
	return r.reports[len(r.reports)-1]
}

func (r verifyResult) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.out, r.errOut)
}

// verifyCLI runs `datamove <command> PLAN --source --target --param tenant_id=1 --report DIR`
// with args (which may override the defaults: later flags win), in-process, and reads the reports.
func (e *e2eEnv) verifyCLI(t testing.TB, command string, args ...string) verifyResult {
	t.Helper()
	dir := t.TempDir()
	full := []string{command, e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--report", dir}
	if len(e.m.Params) > 0 {
		full = append(full, "--param", "tenant_id=1")
	}
	full = append(full, args...)
	var stdout, stderr bytes.Buffer
	code := cli.Main(full, strings.NewReader(""), &stdout, &stderr)
	r := verifyResult{code: code, out: stdout.String(), errOut: stderr.String()}
	files, _ := filepath.Glob(filepath.Join(dir, "verify-*.json"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rep runtime.Report
		if err := json.Unmarshal(b, &rep); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		md, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".md")
		if err != nil {
			t.Fatal(err)
		}
		r.reports = append(r.reports, &rep)
		r.json = append(r.json, string(b))
		r.markdown = append(r.markdown, string(md))
	}
	order := make([]int, len(r.reports))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return r.reports[order[i]].StartedAt.Before(r.reports[order[j]].StartedAt) })
	reps, jsons, mds := r.reports, r.json, r.markdown
	r.reports, r.json, r.markdown = nil, nil, nil
	for _, i := range order {
		r.reports = append(r.reports, reps[i])
		r.json = append(r.json, jsons[i])
		r.markdown = append(r.markdown, mds[i])
	}
	return r
}

// verifyDefaults are the flags the tests verify with: small chunks (several per table, so a
// difference lands in the first, a middle or the last chunk), no waiting between re-checks of a
// target nobody writes to, a sample that covers most rows.
var verifyDefaults = []string{"--chunk-size", "16", "--recheck", "0", "--sample", "25"}

// verify runs `datamove verify` with verifyDefaults and args.
func (e *e2eEnv) verify(t testing.TB, args ...string) verifyResult {
	t.Helper()
	return e.verifyCLI(t, "verify", append(append([]string{}, verifyDefaults...), args...)...)
}

// reconcile runs `datamove reconcile` with verifyDefaults and args.
func (e *e2eEnv) reconcile(t testing.TB, args ...string) verifyResult {
	t.Helper()
	return e.verifyCLI(t, "reconcile", append(append([]string{}, verifyDefaults...), args...)...)
}

// mustPass runs verify and fails the test unless it passed with exit 0 and every check matched.
func (e *e2eEnv) mustPass(t testing.TB, what string, args ...string) *runtime.Report {
	t.Helper()
	r := e.verify(t, args...)
	rep := r.last(t)
	if r.code != 0 || rep.Verdict != runtime.VerdictPass {
		t.Fatalf("%s: verify did not pass: %s\n%s", what, r, rep.Markdown())
	}
	for _, c := range rep.Checks {
		if c.Verdict != runtime.VerdictMatch && c.Verdict != runtime.VerdictPass || len(c.Rows) > 0 || c.RowsTotal > 0 {
			t.Errorf("%s: check %s is %s with %d differing rows in a passing report", what, c.Name, c.Verdict, c.RowsTotal)
		}
	}
	return rep
}

// checksOf are a report's checks of a kind for a step (superseded ones included when all).
func checksOf(rep *runtime.Report, kind, step string, all bool) []*runtime.CheckResult {
	var out []*runtime.CheckResult
	for _, c := range rep.Checks {
		if c.Kind == kind && c.Step == step && (all || !c.Superseded) {
			out = append(out, c)
		}
	}
	return out
}

// checkNamed is the report's check of that name, or nil.
func checkNamed(rep *runtime.Report, name string) *runtime.CheckResult {
	for _, c := range rep.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// --- the oracle --------------------------------------------------------------------------------

// dump runs a query and returns each row as one line in a canonical text of the test's own:
// NULL as NULL, every other value quoted (so ” and 'NULL' and a trailing space stay visible),
// bytes as hex, times in UTC with microseconds.
func (s *e2eSide) dump(t testing.TB, query string, args ...any) []string {
	t.Helper()
	var out []string
	for _, r := range testdb.Query(t, s.db, "oracle dump", query, args...) {
		vals := make([]string, len(r))
		for i, v := range r {
			vals[i] = oracleText(v)
		}
		out = append(out, strings.Join(vals, " | "))
	}
	return out
}

func oracleText(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return fmt.Sprintf("%q", x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	return e2eText(v)
}

// sameDump compares two ordered dumps row by row; it returns false (and reports) when they differ.
func sameDump(t testing.TB, what string, want, got []string) bool {
	t.Helper()
	if len(want) == 0 {
		t.Errorf("%s: the source side is empty; the comparison would prove nothing", what)
		return false
	}
	ok, shown := true, 0
	for i := 0; i < max(len(want), len(got)); i++ {
		w, g := "(none)", "(none)"
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			ok = false
			if shown < 5 {
				t.Errorf("%s row %d: source %s, target %s", what, i+1, w, g)
				shown++
			}
		}
	}
	if len(want) != len(got) {
		t.Errorf("%s: source %d rows, target %d rows", what, len(want), len(got))
		ok = false
	}
	return ok
}
