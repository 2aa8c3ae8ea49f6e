package runtime_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
)

// TestE2ERefusals: a wrong parameter, a tampered plan and a drifted schema each stop the run
// before it writes anything (exit 5), with a message that says what is wrong and where.
func TestE2ERefusals(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgTwo, myrSame}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 30, 10)
		run := func(planDir string, extra ...string) (int, string) {
			code, out, errOut := e.cli(t, append([]string{"run", planDir, "--source", e.src.dsn, "--target", e.tgt.dsn}, extra...)...)
			return code, out + errOut
		}
		refused := func(what string, code int, out string, wants ...string) {
			t.Helper()
			if code != runtime.ExitRefused {
				t.Errorf("%s: exit %d, want %d\n%s", what, code, runtime.ExitRefused, out)
			}
			for _, w := range wants {
				if !strings.Contains(out, w) {
					t.Errorf("%s: the message lacks %q:\n%s", what, w, out)
				}
			}
			if got := e.tgt.tables(t, "datamove"); len(got) != 0 {
				t.Errorf("%s: the refused run created %v in the target", what, got)
			}
		}

		// Parameters.
		code, out := run(e.planDir)
		refused("missing parameter", code, out, `missing parameter "tenant_id"`, "--param tenant_id=")
		code, out = run(e.planDir, "--param", "tenant_id=1", "--param", "tenant=2")
		refused("unknown parameter", code, out, `unknown parameter "tenant"`, "declares tenant_id")
		code, out = run(e.planDir, "--param", "tenant_id=one")
		refused("ill-typed parameter", code, out, `parameter "tenant_id"`, `"one" is not a number`)

		// A tampered plan: a changed file, then a missing one, each named.
		tampered := filepath.Join(t.TempDir(), "plan")
		if err := os.CopyFS(tampered, os.DirFS(e.planDir)); err != nil {
			t.Fatal(err)
		}
		copyFile := e.stepFile(t, "customers", "copy")
		f, err := os.OpenFile(filepath.Join(tampered, copyFile), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(f, "-- a harmless-looking edit after review")
		f.Close()
		code, out = run(tampered, "--param", "tenant_id=1")
		refused("changed plan file", code, out, copyFile)
		boundary := e.stepFile(t, "events", "boundary")
		if err := os.Remove(filepath.Join(tampered, boundary)); err != nil {
			t.Fatal(err)
		}
		code, out = run(tampered, "--param", "tenant_id=1")
		refused("missing plan file", code, out, boundary)

		// A drifted source: a column's type changed.
		alter := func(s *e2eSide, pg, my string) {
			if m.engine == schema.Postgres {
				s.exec(t, "ALTER TABLE "+s.T("events")+" "+pg)
			} else {
				s.exec(t, "ALTER TABLE "+s.T("events")+" "+my)
			}
		}
		alter(e.src, "ALTER COLUMN kind TYPE varchar(30)", "MODIFY kind varchar(30) NOT NULL")
		code, out = run(e.planDir, "--param", "tenant_id=1")
		newType := "varchar(30)"
		if m.engine == schema.Postgres {
			newType = "character varying(30)"
		}
		refused("source column type changed", code, out, "source schema", "drifted", "column events.kind changed type", newType)
		alter(e.src, "ALTER COLUMN kind TYPE varchar(20)", "MODIFY kind varchar(20) NOT NULL")
		// A drifted target: a column dropped.
		alter(e.tgt, "DROP COLUMN amount", "DROP COLUMN amount")
		code, out = run(e.planDir, "--param", "tenant_id=1")
		refused("target column dropped", code, out, "target schema", "drifted", "events.amount")
	})
}

// stepFile is the plan file of a step's statement.
func (e *e2eEnv) stepFile(t *testing.T, step, role string) string {
	t.Helper()
	for _, st := range e.m.Steps {
		if st.Name != step {
			continue
		}
		for _, s := range st.Statements {
			if s.Role == role {
				return s.File
			}
		}
	}
	t.Fatalf("the plan has no %s statement for %s", role, step)
	return ""
}

// TestE2EBadRows: a row the target refuses for a reason the compiler could not know stops the
// run (exit 1) with the step, the source key of that row and the column or constraint; the
// checkpoint stays at the last good batch and the target holds whole batches only. Fixed at the
// source, the run resumes and finishes exactly. First a CHECK constraint added to the target,
// then a NOT NULL foreign key whose parent the tenant does not own (the remap finds no new key).
func TestE2EBadRows(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 30)
		e.tgt.exec(t, "ALTER TABLE "+e.tgt.T("customers")+" ADD CONSTRAINT balance_nonneg CHECK (balance_cents >= 0)")
		e.src.exec(t, "UPDATE "+e.src.T("customers")+" SET balance_cents = -5 WHERE id = 97")
		args := []string{"run", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--param", "tenant_id=1"}
		code, out, errOut := e.cli(t, args...)
		if code != runtime.ExitFailed {
			t.Fatalf("exit %d, want %d\n%s%s", code, runtime.ExitFailed, out, errOut)
		}
		msg := lastLine(errOut)
		t.Logf("CHECK violation: %s", msg)
		for _, want := range []string{"step customers", `rejects the source row with (updated_at, id) = ["2024-01-01T08:39:00Z",97], constraint balance_nonneg`, "customers.copy"} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error lacks %q:\n%s", want, msg)
			}
		}
		e.checkWholeBatches(t)
		e.checkCommittedRows(t)
		if n := e.tgt.count(t, e.tgt.T("customers")+" WHERE legacy_id = 97"); n != 0 {
			t.Errorf("the refused row is in the target")
		}
		var failed e2eCheckpoint
		for _, cp := range e.checkpoints(t) {
			if cp.step == "customers" {
				failed = cp
			}
		}
		if failed.state != "failed" || !strings.Contains(failed.lastError, "balance_nonneg") || failed.rows == 0 {
			t.Errorf("customers checkpoint %+v: want failed after some batches, with the error", failed)
		}
		if st := e.status(t, "tenant_id=1"); !regexp.MustCompile(`(?m)^customers +0 +failed `).MatchString(st) ||
			!regexp.MustCompile(`(?m)^  customers part 0: step customers, .*97\].*balance_nonneg`).MatchString(st) {
			t.Errorf("status does not show the failure:\n%s", st)
		}
		if a := e.audit(t); len(a) != 1 || a[0].outcome != "failed" || !strings.Contains(a[0].detail, "balance_nonneg") {
			t.Errorf("audit %+v: want one failed run with the error", a)
		}

		// Fixed at the source, the same command resumes after the last good batch.
		e.src.exec(t, "UPDATE "+e.src.T("customers")+" SET balance_cents = 5 WHERE id = 97")
		if code, out, errOut := e.cli(t, args...); code != 0 {
			t.Fatalf("resume: exit %d\n%s%s", code, out, errOut)
		}
		e.checkTenants(t, 1)

		// A new customer of tenant 1 in a store of tenant 2: the remap finds no key for it.
		e.src.insert(t, "customers", []string{"id", "tenant_id", "store_id", "email", "updated_at", "balance_cents"},
			[][]any{{181, 1, 6, "x@example.com", e2eBase.Add(2 * time.Hour), 1}, {182, 1, 2, "y@example.com", e2eBase.Add(3 * time.Hour), 1}})
		code, out, errOut = e.cli(t, append(args, "--incremental")...)
		if code != runtime.ExitFailed {
			t.Fatalf("exit %d, want %d\n%s%s", code, runtime.ExitFailed, out, errOut)
		}
		msg = lastLine(errOut)
		t.Logf("NOT NULL violation: %s", msg)
		for _, want := range []string{"step customers", `rejects the source row with (updated_at, id) = ["2024-01-01T10:00:00Z",181], column store_id`} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error lacks %q:\n%s", want, msg)
			}
		}
		e.checkWholeBatches(t)
		e.checkCommittedRows(t)
	})
}

// lastLine is the last non-empty line of s: the CLI's error.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// checkCommittedRows proves every customer in the target is whole and right: equal, column by
// column, to its source row.
func (e *e2eEnv) checkCommittedRows(t *testing.T) {
	t.Helper()
	src := map[string]bool{}
	for _, r := range e.src.rows(t, "SELECT id, tenant_id, store_id, LOWER(email), updated_at, balance_cents FROM "+e.src.T("customers")) {
		src[r] = true
	}
	for _, r := range e.tgt.rows(t, "SELECT c.legacy_id, c.tenant_id, st.legacy_id, c.email, c.updated_at, c.balance_cents FROM "+
		e.tgt.T("customers")+" c JOIN "+e.tgt.T("stores")+" st ON st.id = c.store_id") {
		if !src[r] {
			t.Errorf("target customer %s is no source row", r)
		}
	}
}

// TestE2ETransientRetries: a target session killed in the middle of a batch (after the batch's
// writes, while its checkpoint waits on a row lock the test holds), and lock wait timeouts, are
// retried on fresh connections, logged, and the run still finishes exactly.
func TestE2ETransientRetries(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 30)
		one := []string{"tenant_id=1"}

		// The kill: hold the customers checkpoint row after the step's first batch; the next batch
		// blocks on it inside its transaction; kill that session, then let go.
		killed := make(chan string, 1)
		r := e.mustRun(t, one, e.holdCheckpoint(t, func(lockConn *sql.Conn) {
			id := e.waitBlocked(t, "tenant_move:checkpoint_save")
			if m.engine == schema.Postgres {
				e.tgt.exec(t, fmt.Sprintf("SELECT pg_terminate_backend(%s)", id))
			} else {
				e.tgt.exec(t, "KILL "+id)
			}
			killed <- id
		}))
		select {
		case <-killed:
		default:
			t.Fatal("no session was killed")
		}
		if !strings.Contains(r.log.String(), "transient error, retrying") {
			t.Errorf("the log does not show the retry:\n%s", r.log)
		}
		logLines(t, r.log, "transient error")
		e.checkTenants(t, 1)
		e.checkpointsDone(t)

		// Lock wait timeouts: a DSN that waits one second at most; the lock is held for longer.
		dsn := e.tgt.dsn
		if m.engine == schema.Postgres {
			dsn += "&lock_timeout=1000"
		} else {
			dsn += "?innodb_lock_wait_timeout=1"
		}
		e.src.exec(t, "UPDATE "+e.src.T("customers")+" SET balance_cents = balance_cents + 1")
		r = e.mustRun(t, one, func(o *runtime.Options) {
			o.Rerun = true
			o.TargetDSN = dsn
			e.holdCheckpoint(t, func(*sql.Conn) {
				e.waitBlocked(t, "tenant_move:checkpoint_save")
				time.Sleep(2500 * time.Millisecond)
			})(o)
		})
		timeout := "lock timeout"
		if m.engine != schema.Postgres {
			timeout = "Lock wait timeout exceeded"
		}
		if !regexp.MustCompile(`transient error, retrying.*` + timeout).MatchString(r.log.String()) {
			t.Errorf("the log does not show a retried lock wait timeout:\n%s", r.log)
		}
		logLines(t, r.log, "transient error")
		e.checkTenants(t, 1)
		e.checkpointsDone(t)
	})
}

func (e *e2eEnv) checkpointsDone(t *testing.T) {
	t.Helper()
	for _, cp := range e.checkpoints(t) {
		if cp.state != "done" {
			t.Errorf("checkpoint %s part %d is %s: %s", cp.step, cp.part, cp.state, cp.lastError)
		}
	}
}

// holdCheckpoint returns options under which, after the customers step's first batch has
// committed, the test locks that step's checkpoint row in a transaction of its own; while(…)
// then runs beside the run, and the lock is let go when it returns.
func (e *e2eEnv) holdCheckpoint(t *testing.T, while func(*sql.Conn)) func(*runtime.Options) {
	return func(o *runtime.Options) {
		held := false
		o.Progress = &e2eProgress{onBatch: func(step string, _ int) {
			if step != "customers" || held {
				return
			}
			held = true
			ctx := context.Background()
			conn, err := e.tgt.db.Conn(ctx)
			if err != nil {
				t.Error(err)
				return
			}
			tx, err := conn.BeginTx(ctx, nil)
			if err != nil {
				t.Error(err)
				return
			}
			rows, err := tx.Query("SELECT state FROM " + e.tgt.T("datamove_checkpoint") +
				" WHERE migration = 'tenant_move' AND step = 'customers' AND part = 0 FOR UPDATE")
			if err != nil {
				t.Error(err)
				return
			}
			rows.Close()
			go func() {
				defer conn.Close()
				defer tx.Rollback()
				while(conn)
			}()
		}}
	}
}

// waitBlocked waits until a session of the target runs a statement with the tag and waits on a
// lock, and returns its id (PostgreSQL backend pid, MariaDB connection id). It may run on a
// goroutine of its own.
func (e *e2eEnv) waitBlocked(t *testing.T, tag string) string {
	// Only a session of this test's target database, running the tagged statement and waiting
	// for a lock: never the bookkeeping session passing by, nor another test's run.
	var q string
	if e.tgt.pg {
		q = "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() AND state = 'active' " +
			"AND wait_event_type = 'Lock' AND query LIKE '%" + tag + "%'"
	} else {
		// Waiting a good while: the bookkeeping session's saves take milliseconds.
		q = "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND DB = '" + e.tgt.schema + "' " +
			"AND COMMAND = 'Query' AND TIME_MS > 300 AND INFO LIKE '%" + tag + "%'"
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if rows := e.tgt.rows(t, q); len(rows) == 1 {
			return rows[0]
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("timed out waiting for a session blocked in %s", tag) // not Fatal: runs beside the test
	return "0"
}

// logLines shows the run's log lines that contain what (go test -v).
func logLines(t *testing.T, log *e2eLog, what string) {
	t.Helper()
	for _, line := range strings.Split(log.String(), "\n") {
		if strings.Contains(line, what) {
			t.Log(line)
		}
	}
}

// TestE2EPasswords: with DSNs that carry a password, nothing datamove writes — log lines at debug
// level, the summary, status, the dry run, errors of a failed run, of an unreachable server and of
// a refused login, the audit and checkpoint tables — contains it.
func TestE2EPasswords(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgTwo, myrTwo}, func(t *testing.T, m e2eMode) {
		var b [6]byte
		_, _ = rand.Read(b[:])
		user, pw := "dm_pw_"+hex.EncodeToString(b[:]), "Pw-"+hex.EncodeToString(b[:])+"-S3cret"
		// The login first: its cleanup then runs after the databases are gone.
		if m.engine == schema.Postgres {
			admin := openAdmin(t, "pgx", testdb.PostgresAdminURL())
			mustExec(t, admin, "CREATE ROLE "+user+" LOGIN SUPERUSER PASSWORD '"+pw+"'")
			t.Cleanup(func() { admin.Exec("DROP ROLE IF EXISTS " + user) })
		} else {
			admin := openAdmin(t, "mysql", testdb.MySQLAdminDSN())
			mustExec(t, admin, "CREATE USER '"+user+"'@'%' IDENTIFIED BY '"+pw+"'", "GRANT ALL PRIVILEGES ON *.* TO '"+user+"'@'%'")
			t.Cleanup(func() { admin.Exec("DROP USER IF EXISTS '" + user + "'@'%'") })
		}
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 60, 20)
		withPassword := func(dsn, password string) string {
			if m.engine == schema.Postgres {
				return strings.Replace(dsn, "postgres://postgres@", "postgres://"+user+":"+password+"@", 1)
			}
			return user + ":" + password + dsn[strings.Index(dsn, "@"):]
		}
		src, tgt := withPassword(e.src.dsn, pw), withPassword(e.tgt.dsn, pw)
		var said strings.Builder
		cli := func(want int, args ...string) {
			t.Helper()
			code, out, errOut := e.cli(t, args...)
			said.WriteString(out + errOut)
			if code != want {
				t.Errorf("datamove %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out, errOut)
			}
		}
		run := []string{"run", e.planDir, "--source", src, "--target", tgt, "--log-level", "debug"}
		cli(0, append(run, "--param", "tenant_id=1")...)
		cli(0, append(run, "--param", "tenant_id=1", "--log-format", "json", "--rerun")...)
		cli(0, "status", e.planDir, "--target", tgt, "--param", "tenant_id=1")
		cli(0, append(run, "--param", "tenant_id=2", "--dry-run")...)
		e.tgt.exec(t, "ALTER TABLE "+e.tgt.T("customers")+" ADD CONSTRAINT balance_nonneg CHECK (balance_cents >= 0)")
		e.src.exec(t, "UPDATE "+e.src.T("customers")+" SET balance_cents = -1 WHERE id = 30")
		cli(runtime.ExitFailed, append(run, "--param", "tenant_id=2")...)
		cli(0, "status", e.planDir, "--target", tgt, "--param", "tenant_id=2")
		// Unreachable servers and a refused login, with the password in every DSN form.
		if m.engine == schema.Postgres {
			cli(runtime.ExitUnreachable, "run", e.planDir, "--source", strings.Replace(src, ":5432/", ":1/", 1), "--target", tgt, "--param", "tenant_id=1")
			cli(runtime.ExitUnreachable, "run", e.planDir, "--source", src, "--target",
				"host=127.0.0.1 port=1 user="+user+" password="+pw+" dbname=x sslmode=disable", "--param", "tenant_id=1")
		} else {
			cli(runtime.ExitUnreachable, "run", e.planDir, "--source", strings.Replace(src, ":3306)", ":1)", 1), "--target", tgt, "--param", "tenant_id=1")
			cli(runtime.ExitUnreachable, "run", e.planDir, "--source", src, "--target", "mysql://"+user+":"+pw+"@127.0.0.1:1/x", "--param", "tenant_id=1")
			wrong := withPassword(e.tgt.dsn, pw+"-wrong")
			code, out, errOut := e.cli(t, "run", e.planDir, "--source", src, "--target", wrong, "--param", "tenant_id=1")
			if code != runtime.ExitUnreachable || !strings.Contains(errOut, "Access denied") {
				t.Errorf("wrong password: exit %d\n%s%s", code, out, errOut)
			}
			said.WriteString(out + errOut)
		}
		if !strings.Contains(said.String(), "connection refused") || !strings.Contains(said.String(), "balance_nonneg") {
			t.Errorf("the runs did not fail as the test meant them to:\n%s", said.String())
		}
		for _, tb := range []string{"datamove_audit", "datamove_checkpoint"} {
			for _, row := range e.tgt.rows(t, "SELECT * FROM "+e.tgt.T(tb)) {
				said.WriteString(row + "\n")
			}
		}
		if strings.Contains(said.String(), pw) {
			for _, line := range strings.Split(said.String(), "\n") {
				if strings.Contains(line, pw) {
					t.Errorf("the password appears in: %s", line)
				}
			}
		}
	})
}

func openAdmin(t *testing.T, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func mustExec(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// TestE2EResumeRefusedForAnotherPlan: checkpoints left unfinished by one plan are not resumed by
// another (here the same spec with another batch size, so other SQL): the run is refused (exit 5)
// naming the steps, and writes nothing; --rerun starts over under the new plan and finishes exactly.
func TestE2EResumeRefusedForAnotherPlan(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 120, 60)
		one := []string{"tenant_id=1"}
		if r := e.run(t, one, stopAfter(3)); runtime.ExitCode(r.err) != runtime.ExitInterrupted {
			t.Fatalf("stopped run: %v", r.err)
		}
		dump := func() []string {
			return append(e.tgt.rows(t, "SELECT id, kind FROM "+e.tgt.T("events")+" ORDER BY id"),
				e.tgt.rows(t, "SELECT legacy_id, id FROM "+e.tgt.T("stores")+" ORDER BY legacy_id")...)
		}
		before := dump()
		changed := e.recompile(t, "size = 25", "size = 30")
		args := []string{"run", changed, "--source", e.src.dsn, "--target", e.tgt.dsn, "--param", "tenant_id=1"}
		code, out, errOut := e.cli(t, args...)
		if code != runtime.ExitRefused || !strings.Contains(errOut, "unfinished checkpoints of another plan") ||
			!strings.Contains(errOut, "plan "+e.m.PlanID[:12]) {
			t.Errorf("another plan over unfinished checkpoints: exit %d, want %d naming the plan\n%s%s", code, runtime.ExitRefused, out, errOut)
		}
		e2eSame(t, "the target after the refusal", before, dump())
		if code, out, errOut := e.cli(t, append(args, "--rerun")...); code != 0 {
			t.Fatalf("--rerun under the new plan: exit %d\n%s%s", code, out, errOut)
		}
		e.checkTenants(t, 1)
	})
}

// TestE2EAllSessionsKilled: every session of the run, on both sides, is killed between two
// batches (a failover, a network blip, an operator's mass KILL): the batch sessions and the
// bookkeeping session reconnect, the retries are logged, and the run finishes exactly, its audit
// row finished too.
func TestE2EAllSessionsKilled(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 90)
		one := []string{"tenant_id=1"}
		kills := 0
		r := e.run(t, one, func(o *runtime.Options) {
			o.Progress = &e2eProgress{onBatch: func(step string, n int) {
				if step == "customers" && kills < 2 {
					kills++
					e.killAll(t)
				}
			}}
		})
		if r.err != nil {
			t.Fatalf("run: %v\n%s", r.err, r.log)
		}
		if kills != 2 || !strings.Contains(r.log.String(), "transient error, retrying") ||
			!regexp.MustCompile(`transient error, retrying.* bookkeeping=true`).MatchString(r.log.String()) {
			t.Errorf("%d kills; the log does not show the batch and the bookkeeping retried:\n%s", kills, r.log)
		}
		logLines(t, r.log, "transient error")
		e.checkTenants(t, 1)
		e.checkpointsDone(t)
		if a := e.audit(t); len(a) != 1 || a[0].outcome != "done" || a[0].rows != 185 {
			t.Errorf("audit %+v: want one finished run of 185 rows", a)
		}
	})
}

// killAll kills every session on the env's databases but the caller's.
func (e *e2eEnv) killAll(t *testing.T) {
	t.Helper()
	for _, s := range []*e2eSide{e.src, e.tgt} {
		if s.pg {
			s.rows(t, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
			continue
		}
		conn, err := s.db.Conn(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ids := testdb.Query(t, conn, "sessions", "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()", s.schema)
		for _, id := range ids {
			conn.ExecContext(context.Background(), fmt.Sprintf("KILL %v", id[0])) // a session may have ended meanwhile
		}
		conn.Close()
	}
}
