package runtime_test

// The end-to-end harness: each test compiles a spec of testdata/ against tables it creates on a
// real PostgreSQL or MariaDB, runs the plan with the runtime (in-process, or through cli.Main),
// and judges the result with its own SQL — ordered dumps of both sides compared row by row,
// counts and joins written here — never with datamove's checksums.

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/datamove/datamove/cli"
	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/dialects/mysql"
	"github.com/datamove/datamove/dialects/postgres"
	"github.com/datamove/datamove/inspect"
	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

// e2eMode is where a test moves data: an engine, and one server or two.
type e2eMode struct {
	engine string // schema.Postgres or schema.MariaDB
	two    bool   // PostgreSQL: two databases; MariaDB: --same-server=no through the stage
}

func (m e2eMode) String() string {
	if m.two {
		return m.engine + "/two-servers"
	}
	return m.engine + "/same-server"
}

var (
	pgSame  = e2eMode{schema.Postgres, false}
	pgTwo   = e2eMode{schema.Postgres, true}
	myrSame = e2eMode{schema.MariaDB, false}
	myrTwo  = e2eMode{schema.MariaDB, true}
	// e2eAllModes: same-server and two-server moves on both engines.
	e2eAllModes = []e2eMode{pgSame, pgTwo, myrSame, myrTwo}
)

// e2eEachMode runs f as a parallel subtest per mode.
func e2eEachMode(t *testing.T, modes []e2eMode, f func(t *testing.T, m e2eMode)) {
	for _, m := range modes {
		m := m
		t.Run(m.String(), func(t *testing.T) {
			t.Parallel()
			f(t, m)
		})
	}
}

// e2eSide is one end of a move as the test sees it.
type e2eSide struct {
	db     *sql.DB
	dsn    string // the DSN datamove gets
	schema string // PostgreSQL schema or MariaDB database of the tables
	d      dialects.Dialect
	pg     bool
}

// T is a table of the side, quoted and qualified.
func (s *e2eSide) T(table string) string {
	return s.d.QuoteIdent(s.schema) + "." + s.d.QuoteIdent(table)
}

// text casts an expression to text in the side's dialect.
func (s *e2eSide) text(expr string) string {
	if s.pg {
		return "CAST(" + expr + " AS text)"
	}
	return "CAST(" + expr + " AS CHAR)"
}

func (s *e2eSide) exec(t testing.TB, stmts ...string) {
	t.Helper()
	for _, q := range stmts {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatalf("exec %s: %v", q, err)
		}
	}
}

// rows runs a query and returns each row as one line of text, values separated by " | ".
func (s *e2eSide) rows(t testing.TB, query string, args ...any) []string {
	t.Helper()
	var out []string
	for _, r := range testdb.Query(t, s.db, "test query", query, args...) {
		vals := make([]string, len(r))
		for i, v := range r {
			vals[i] = e2eText(v)
		}
		out = append(out, strings.Join(vals, " | "))
	}
	return out
}

// one runs a query of one value.
func (s *e2eSide) one(t testing.TB, query string, args ...any) string {
	t.Helper()
	rows := s.rows(t, query, args...)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows, want 1", query, len(rows))
	}
	return rows[0]
}

func e2eText(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(x)
	case time.Time:
		return x.UTC().Format("2006-01-02 15:04:05.999999")
	}
	return fmt.Sprint(v)
}

// e2eEnv is one test's databases and compiled plan.
type e2eEnv struct {
	mode     e2eMode
	src, tgt *e2eSide
	specDir  string
	planDir  string
	m        *plan.Manifest
}

// newE2E creates the source and target tables of testdata/schemas on the mode's engine, inspects
// them, compiles testdata/<spec> against those fresh snapshots and writes the plan.
func newE2E(t *testing.T, m e2eMode, spec string) *e2eEnv {
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
	specDir := filepath.Join(dir, "spec")
	if err := os.MkdirAll(filepath.Join(specDir, "schemas"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, side := range []struct {
		s    *e2eSide
		name string
	}{{e.src, "legacy"}, {e.tgt, "app"}} {
		snap, diags := schema.Read(filepath.Join("testdata", "schemas", side.name+".hcl"))
		if diags.HasErrors() {
			t.Fatal(diags.Error())
		}
		conn, err := side.s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		testdb.CreateSchema(t, conn, d, snap, side.s.schema)
		conn.Close()
		live, err := inspect.Inspect(ctx, side.s.dsn, inspect.Options{Schema: side.s.schema})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(specDir, "schemas", side.name+".hcl"), schema.Write(live), 0o644); err != nil {
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
		if err := os.WriteFile(filepath.Join(specDir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e.specDir = specDir
	e.planDir, e.m = e.compile(t, filepath.Join(dir, "plan"))
	return e
}

// compile compiles the env's spec folder into planDir.
func (e *e2eEnv) compile(t *testing.T, planDir string) (string, *plan.Manifest) {
	t.Helper()
	sp, diags := specs.Load(e.specDir)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	p, diags := compiler.Compile(sp, compiler.Options{})
	if diags.HasErrors() {
		t.Fatalf("compile %s for %s:\n%s", e.specDir, e.mode, diags.Error())
	}
	if err := p.Write(planDir); err != nil {
		t.Fatal(err)
	}
	return planDir, p.Manifest
}

// recompile edits the spec's main.hcl (old → new) and compiles it into a new plan directory,
// as a reviewed change to the plan would.
func (e *e2eEnv) recompile(t *testing.T, old, new string) string {
	t.Helper()
	path := filepath.Join(e.specDir, "main.hcl")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(old)) {
		t.Fatalf("main.hcl has no %q", old)
	}
	if err := os.WriteFile(path, bytes.Replace(src, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	dir, _ := e.compile(t, filepath.Join(t.TempDir(), "plan"))
	return dir
}

// e2eMariaDSN is a plain go-sql-driver DSN for a test database, as a user would write it.
func e2eMariaDSN(db *testdb.DB) string {
	return strings.TrimSuffix(testdb.MySQLAdminDSN(), "/") + "/" + db.Name
}

// e2eLog is a log sink that tests may read while a run writes to it.
type e2eLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *e2eLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *e2eLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// e2eLogger writes a run's structured lines, every batch included, into log.
func e2eLogger(log *e2eLog) *slog.Logger {
	return slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// e2eResult is what one run did and said.
type e2eResult struct {
	sum *runtime.Summary
	err error
	log *e2eLog
	out string
}

// opts are the Options of a run of the env's plan with params; set may change them.
func (e *e2eEnv) opts(params []string, log *e2eLog, out *bytes.Buffer) runtime.Options {
	o := runtime.Options{
		PlanDir: e.planDir, SourceDSN: e.src.dsn, TargetDSN: e.tgt.dsn, Params: params,
		Log: e2eLogger(log), Out: out,
	}
	if e.mode.engine == schema.MariaDB && e.mode.two {
		o.SameServer = "no"
	}
	return o
}

// run runs the plan in-process; set, when not nil, adjusts the options first.
func (e *e2eEnv) run(t *testing.T, params []string, set func(*runtime.Options)) e2eResult {
	t.Helper()
	log := &e2eLog{}
	var out bytes.Buffer
	o := e.opts(params, log, &out)
	if set != nil {
		set(&o)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sum, err := runtime.Run(ctx, o)
	return e2eResult{sum: sum, err: err, log: log, out: out.String()}
}

// mustRun runs the plan and fails the test unless every step finished.
func (e *e2eEnv) mustRun(t *testing.T, params []string, set func(*runtime.Options)) e2eResult {
	t.Helper()
	r := e.run(t, params, set)
	if r.err != nil {
		t.Fatalf("run %v: %v\nlog:\n%s", params, r.err, r.log)
	}
	return r
}

// cli runs datamove in-process with args; the mode's --same-server is added to run commands.
func (e *e2eEnv) cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	if len(args) > 0 && args[0] == "run" && e.mode.engine == schema.MariaDB && e.mode.two {
		args = append(args, "--same-server=no")
	}
	var stdout, stderr bytes.Buffer
	code := cli.Main(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// status returns `datamove status` for a parameter set.
func (e *e2eEnv) status(t *testing.T, params ...string) string {
	t.Helper()
	var out bytes.Buffer
	if err := runtime.Status(context.Background(), runtime.StatusOptions{PlanDir: e.planDir, TargetDSN: e.tgt.dsn,
		Params: params, Out: &out}); err != nil {
		t.Fatalf("status: %v", err)
	}
	return out.String()
}

// e2eProgress counts committed batches (the runtime reports each to its step's bar after the
// commit) and calls onBatch with the step and the running count of the run's batches, while that
// batch's worker waits.
type e2eProgress struct {
	mu      sync.Mutex
	batches int
	onBatch func(step string, n int)
}

func (p *e2eProgress) Start(step string, _ int64) runtime.ProgressBar { return e2eBar{p, step} }
func (p *e2eProgress) Wait()                                          {}

type e2eBar struct {
	p    *e2eProgress
	step string
}

func (b e2eBar) Add(int64) {
	b.p.mu.Lock()
	b.p.batches++
	n := b.p.batches
	b.p.mu.Unlock()
	if b.p.onBatch != nil {
		b.p.onBatch(b.step, n)
	}
}
func (b e2eBar) Done() {}

// stopAfter makes a run stop (as on Ctrl-C) once n batches have committed.
func stopAfter(n int) func(*runtime.Options) {
	return func(o *runtime.Options) {
		stop := make(chan struct{})
		var once sync.Once
		o.Stop = stop
		o.Progress = &e2eProgress{onBatch: func(_ string, i int) {
			if i >= n {
				once.Do(func() { close(stop) })
			}
		}}
	}
}

// --- data and the oracle ---------------------------------------------------------------------

// e2eBase is the first updated_at / created_at of the generated rows.
var e2eBase = time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)

// insert inserts rows into a table of the source.
func (s *e2eSide) insert(t testing.TB, table string, cols []string, rows [][]any) {
	t.Helper()
	const per = 100
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(start+per, len(rows))]
		var marks []string
		var args []any
		for _, r := range chunk {
			m := make([]string, len(r))
			for i, v := range r {
				args = append(args, v)
				m[i] = s.d.Placeholder(len(args))
			}
			marks = append(marks, "("+strings.Join(m, ", ")+")")
		}
		q := make([]string, len(cols))
		for i, c := range cols {
			q[i] = s.d.QuoteIdent(c)
		}
		stmt := "INSERT INTO " + s.T(table) + " (" + strings.Join(q, ", ") + ") VALUES " + strings.Join(marks, ", ")
		if _, err := s.db.Exec(stmt, args...); err != nil {
			t.Fatalf("insert into %s: %v", table, err)
		}
	}
}

// e2eTenantOf is the tenant of generated customer and event id: tenant 2 owns every third row,
// so a filter that let the other tenant through would show.
func e2eTenantOf(id int) int {
	if id%3 == 0 {
		return 2
	}
	return 1
}

// seedTenants fills the source of tenant_move: stores 1-5 of tenant 1 and 6-8 of tenant 2;
// customers 1..nCustomers whose updated_at tie in groups and run against id order, a NULL email
// now and then; events 1..nEvents.
func (e *e2eEnv) seedTenants(t testing.TB, nCustomers, nEvents int) {
	t.Helper()
	var stores [][]any
	for id := 1; id <= 8; id++ {
		tenant := 1
		if id > 5 {
			tenant = 2
		}
		stores = append(stores, []any{id, tenant, fmt.Sprintf("Store %d", id)})
	}
	e.src.insert(t, "stores", []string{"id", "tenant_id", "name"}, stores)
	e.addCustomers(t, 1, nCustomers, 0)
	e.addEvents(t, 1, nEvents)
}

// addCustomers inserts customers from..to; updated_at lies minutesAfter later than the first
// generation's.
func (e *e2eEnv) addCustomers(t testing.TB, from, to, minutesAfter int) {
	t.Helper()
	var rows [][]any
	for id := from; id <= to; id++ {
		tenant := e2eTenantOf(id)
		store := 1 + id%5
		if tenant == 2 {
			store = 6 + id%3
		}
		var email any = fmt.Sprintf("User.%d@Example.COM", id)
		if id%17 == 0 {
			email = nil
		}
		at := e2eBase.Add(time.Duration(minutesAfter+(id*7)%40) * time.Minute) // ties, and not in id order
		rows = append(rows, []any{id, tenant, store, email, at, int64(id)*100 + 7})
	}
	e.src.insert(t, "customers", []string{"id", "tenant_id", "store_id", "email", "updated_at", "balance_cents"}, rows)
}

func (e *e2eEnv) addEvents(t testing.TB, from, to int) {
	t.Helper()
	var rows [][]any
	for id := from; id <= to; id++ {
		var amount any = fmt.Sprintf("%d.%02d", id, id%100)
		if id%11 == 0 {
			amount = nil
		}
		rows = append(rows, []any{id, e2eTenantOf(id), fmt.Sprintf("kind%d", id%4), amount, e2eBase.Add(time.Duration(id) * time.Second)})
	}
	e.src.insert(t, "events", []string{"id", "tenant_id", "kind", "amount", "created_at"}, rows)
}

// e2eIn is "(1, 2)" for a list of tenants.
func e2eIn(tenants []int) string {
	s := make([]string, len(tenants))
	for i, n := range tenants {
		s[i] = fmt.Sprint(n)
	}
	return "(" + strings.Join(s, ", ") + ")"
}

// checkTenants proves that the target holds exactly the given tenants' rows of tenant_move,
// mapped as the spec says: every table dumped in key order on both sides and compared row by
// row; customers joined to their store in the target, so the remap is checked through new keys;
// and every key map agreeing with the target's legacy ids.
func (e *e2eEnv) checkTenants(t *testing.T, tenants ...int) {
	t.Helper()
	in := e2eIn(tenants)
	s, g := e.src, e.tgt
	e2eSame(t, "stores",
		s.rows(t, "SELECT id, tenant_id, name FROM "+s.T("stores")+" WHERE tenant_id IN "+in+" ORDER BY id"),
		g.rows(t, "SELECT legacy_id, tenant_id, name FROM "+g.T("stores")+" ORDER BY legacy_id"))
	e2eSame(t, "customers",
		s.rows(t, "SELECT id, tenant_id, store_id, LOWER(email), updated_at, balance_cents FROM "+s.T("customers")+
			" WHERE tenant_id IN "+in+" ORDER BY id"),
		g.rows(t, "SELECT c.legacy_id, c.tenant_id, st.legacy_id, c.email, c.updated_at, c.balance_cents FROM "+g.T("customers")+
			" c JOIN "+g.T("stores")+" st ON st.id = c.store_id ORDER BY c.legacy_id"))
	e2eSame(t, "events",
		s.rows(t, "SELECT id, tenant_id, kind, "+s.text("amount")+", created_at FROM "+s.T("events")+" WHERE tenant_id IN "+in+" ORDER BY id"),
		g.rows(t, "SELECT id, tenant_id, kind, "+g.text("amount")+", created_at FROM "+g.T("events")+" ORDER BY id"))
	for _, tb := range []string{"stores", "customers"} {
		e2eSame(t, "key map of "+tb,
			g.rows(t, "SELECT legacy_id, id FROM "+g.T(tb)+" ORDER BY legacy_id"),
			g.rows(t, "SELECT legacy_key, new_key FROM "+g.T("datamove_keymap_"+tb)+" ORDER BY legacy_key"))
	}
}

// e2eSame compares two ordered dumps row by row.
func e2eSame(t *testing.T, what string, want, got []string) {
	t.Helper()
	if len(want) == 0 {
		t.Errorf("%s: the source side is empty; the comparison would prove nothing", what)
	}
	shown := 0
	for i := 0; i < max(len(want), len(got)) && shown < 5; i++ {
		w, g := "(none)", "(none)"
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("%s row %d: source %s, target %s", what, i+1, w, g)
			shown++
		}
	}
	if len(want) != len(got) {
		t.Errorf("%s: source %d rows, target %d rows", what, len(want), len(got))
	}
}

// count is a count of rows of a query.
func (s *e2eSide) count(t testing.TB, from string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM " + from).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", from, err)
	}
	return n
}

// e2eCheckpoint is one checkpoint row as the test reads it.
type e2eCheckpoint struct {
	step, state, position, lastError string
	part                             int
	rows, skipped, rejected          int64
}

// checkpoints reads the checkpoint table of the env's migration, all parameter sets, by step
// and part.
func (e *e2eEnv) checkpoints(t testing.TB) []e2eCheckpoint {
	t.Helper()
	g := e.tgt
	rows, err := g.db.Query("SELECT step, part, state, position, rows_done, rows_skipped, rows_rejected, COALESCE(last_error, '') FROM " +
		g.T("datamove_checkpoint") + " WHERE migration = '" + e.m.Migration + "' ORDER BY step, part")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []e2eCheckpoint
	for rows.Next() {
		var c e2eCheckpoint
		if err := rows.Scan(&c.step, &c.part, &c.state, &c.position, &c.rows, &c.skipped, &c.rejected, &c.lastError); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// e2eAudit is one audit row.
type e2eAudit struct {
	runID, planID, params, osUser, host, action, outcome, detail string
	rows                                                         int64
	finished                                                     bool
}

// audit reads the audit table in the order the runs started.
func (e *e2eEnv) audit(t testing.TB) []e2eAudit {
	t.Helper()
	g := e.tgt
	rows, err := g.db.Query("SELECT run_id, plan_id, params, os_user, host, action, COALESCE(outcome, ''), COALESCE(detail, ''), " +
		"COALESCE(rows_moved, -1), finished_at IS NOT NULL FROM " + g.T("datamove_audit") + " ORDER BY started_at, run_id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []e2eAudit
	for rows.Next() {
		var a e2eAudit
		if err := rows.Scan(&a.runID, &a.planID, &a.params, &a.osUser, &a.host, &a.action, &a.outcome, &a.detail, &a.rows, &a.finished); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// tables lists the tables of the target schema whose name starts with prefix.
func (s *e2eSide) tables(t testing.TB, prefix string) []string {
	t.Helper()
	return s.rows(t, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"+s.schema+
		"' AND table_name LIKE '"+prefix+"%' ORDER BY table_name")
}
