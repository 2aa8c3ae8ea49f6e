package runtime_test

// Behaviours of `datamove run` (issue 3) that the other run tests leave unproven, each against
// real databases: --parallel running independent steps at the same time (and only N at once) while
// a step waits for the steps it depends on; the --max-rate ceiling; --batch-duration adapting the
// batch size within its bounds; the safety lag (watermark_lag) holding back rows newer than the
// source's clock minus the lag until a later run; and SIGINT / SIGTERM through the real binary:
// the batch in flight finished and recorded, exit 4, the audit saying so, and a clean resume.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
)

// rgCommits records the steps of committed batches in commit order (through the progress bars,
// which the runtime updates after each commit, in the batch's worker); hold, when set, runs in
// the worker of the run's first batch before it goes on.
type rgCommits struct {
	mu    sync.Mutex
	steps []string
	at    []time.Time
	hold  func(step string)
	once  sync.Once
}

func (c *rgCommits) set(o *runtime.Options) {
	o.Progress = &e2eProgress{onBatch: func(step string, _ int) {
		c.mu.Lock()
		c.steps = append(c.steps, step)
		c.at = append(c.at, time.Now())
		c.mu.Unlock()
		if c.hold != nil {
			c.once.Do(func() { c.hold(step) })
		}
	}}
}

func (c *rgCommits) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string{}, c.steps...)
}

// checkDependsOrder requires every batch of stores to commit before the first of customers:
// customers remaps store_id through the stores' key map, so it must wait for stores to finish.
func checkDependsOrder(t *testing.T, what string, steps []string) {
	t.Helper()
	lastStores, firstCustomers := -1, -1
	for i, s := range steps {
		if s == "stores" {
			lastStores = i
		}
		if s == "customers" && firstCustomers < 0 {
			firstCustomers = i
		}
	}
	if lastStores < 0 || firstCustomers < 0 || firstCustomers < lastStores {
		t.Errorf("%s: batches committed in the order %v: customers began before stores, its dependency, finished", what, steps)
	}
}

// --parallel N: with the worker of the first batch held, --parallel 2 lets another step commit
// batches meanwhile, --parallel 1 does not; either way customers starts only after stores is
// done, and the move is exact.
func TestRunParallelSteps(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 60, 60)
		one := []string{"tenant_id=1"}

		// --parallel 1: nothing else commits while the first batch's worker is held.
		c := &rgCommits{}
		var during []string
		c.hold = func(step string) {
			before := len(c.list())
			time.Sleep(700 * time.Millisecond)
			during = c.list()[before:]
		}
		e.mustRun(t, one, func(o *runtime.Options) { o.Parallel = 1; c.set(o) })
		if len(during) != 0 {
			t.Errorf("--parallel 1: batches of %v committed while the first batch's worker was held", during)
		}
		checkDependsOrder(t, "--parallel 1", c.list())
		e.checkTenants(t, 1)

		// --parallel 2: another step commits while the first batch's worker is held.
		c = &rgCommits{}
		other := ""
		c.hold = func(step string) {
			deadline := time.Now().Add(15 * time.Second)
			for other == "" && time.Now().Before(deadline) {
				for _, s := range c.list() {
					if s != step {
						other = s
					}
				}
				time.Sleep(10 * time.Millisecond)
			}
		}
		e.mustRun(t, one, func(o *runtime.Options) { o.Parallel, o.Rerun = 2, true; c.set(o) })
		if other == "" {
			t.Errorf("--parallel 2: no other step committed a batch while the first batch's worker was held: %v", c.list())
		}
		checkDependsOrder(t, "--parallel 2", c.list())
		e.checkTenants(t, 1)
	})
}

// --max-rate R keeps the whole run under R rows a second: the k-th batch of 10 rows cannot commit
// before (k-1)·10/R seconds, and the run not before all its rows/R; the move is exact.
func TestRunMaxRate(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "throttle") // events only, batches of 10; the throttle query finds no pause
		e.addEvents(t, 1, 60)
		const rate = 40.0
		c := &rgCommits{}
		started := time.Now()
		r := e.mustRun(t, nil, func(o *runtime.Options) { o.MaxRate = rate; c.set(o) })
		took := time.Since(started)
		if r.sum.RowsMoved != 60 || len(c.at) != 6 {
			t.Fatalf("moved %d rows in %d batches, want 60 in 6", r.sum.RowsMoved, len(c.at))
		}
		for k, at := range c.at {
			if earliest := time.Duration(float64(10*k) / rate * float64(time.Second)); at.Sub(started) < earliest {
				t.Errorf("batch %d committed %s after the start, before %s: over %g rows/s", k+1, at.Sub(started), earliest, rate)
			}
		}
		if least := time.Duration(60 / rate * float64(time.Second)); took < least || took > least+8*time.Second {
			t.Errorf("the run took %s, want at least %s (60 rows at %g rows/s) and not much longer", took, least, rate)
		}
		e2eSame(t, "events",
			e.src.rows(t, "SELECT id, tenant_id, kind, "+e.src.text("amount")+", created_at FROM "+e.src.T("events")+" ORDER BY id"),
			e.tgt.rows(t, "SELECT id, tenant_id, kind, "+e.tgt.text("amount")+", created_at FROM "+e.tgt.T("events")+" ORDER BY id"))
	})
}

var rgBatchSize = regexp.MustCompile(`msg=batch .* size=(\d+) `)

// batchSizes are the sizes of a run's batches, from its debug log.
func batchSizes(t *testing.T, log string) []int {
	t.Helper()
	var out []int
	for _, m := range rgBatchSize.FindAllStringSubmatch(log, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	return out
}

// --batch-duration D adapts the batch size towards D, halfway each batch, within 1/16 and 16
// times the plan's size (10 here): a duration no batch reaches grows it to 160 after one batch; a
// duration every batch exceeds shrinks it 10, 5, 2, 1 and holds it at 1. The move stays exact.
func TestRunBatchDuration(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "throttle")
		e.addEvents(t, 1, 60)
		check := func() {
			t.Helper()
			e2eSame(t, "events",
				e.src.rows(t, "SELECT id, tenant_id, kind, "+e.src.text("amount")+", created_at FROM "+e.src.T("events")+" ORDER BY id"),
				e.tgt.rows(t, "SELECT id, tenant_id, kind, "+e.tgt.text("amount")+", created_at FROM "+e.tgt.T("events")+" ORDER BY id"))
		}
		r := e.mustRun(t, nil, func(o *runtime.Options) { o.BatchDuration = time.Hour })
		if got := fmt.Sprint(batchSizes(t, r.log.String())); got != "[10 160]" {
			t.Errorf("--batch-duration 1h: batch sizes %s, want [10 160] (10 rows, then the rest in one batch of at most 16×10)", got)
		}
		check()
		r = e.mustRun(t, nil, func(o *runtime.Options) { o.BatchDuration = time.Nanosecond; o.Rerun = true })
		sizes := batchSizes(t, r.log.String())
		want := []int{10, 5, 2}
		for len(want) < 46 { // 10 + 5 + 2 + 43 × 1 = 60 rows
			want = append(want, 1)
		}
		if fmt.Sprint(sizes) != fmt.Sprint(want) {
			t.Errorf("--batch-duration 1ns: batch sizes %v, want %v", sizes, want)
		}
		if r.sum.RowsMoved != 60 {
			t.Errorf("the rerun moved %d rows, want 60", r.sum.RowsMoved)
		}
		check()
	})
}

// watermark_lag = "1h": rows whose created_at is within the last hour of the source's clock are
// not moved (the step still finishes); once they are older, an incremental run moves them — and
// only them.
func TestRunSafetyLag(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgTwo, myrSame}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "run_lag")
		if st := e.m.Steps[0]; st.WatermarkLagSeconds != 3600 {
			t.Fatalf("plan.json records a lag of %v s, want 3600", st.WatermarkLagSeconds)
		}
		e.addEvents(t, 1, 30) // 2024: long past the lag
		recent := time.Now().UTC().Add(-time.Minute).Truncate(time.Microsecond)
		var rows [][]any
		for id := 31; id <= 35; id++ {
			rows = append(rows, []any{id, 1, "recent", "1.00", recent.Add(time.Duration(id) * time.Millisecond)})
		}
		e.src.insert(t, "events", []string{"id", "tenant_id", "kind", "amount", "created_at"}, rows)
		dump := func(s *e2eSide, where string) []string {
			return s.rows(t, "SELECT id, tenant_id, kind, "+s.text("amount")+", created_at FROM "+s.T("events")+where+" ORDER BY id")
		}
		r := e.mustRun(t, nil, nil)
		if r.sum.RowsMoved != 30 {
			t.Errorf("the first run moved %d rows, want the 30 older than the lag", r.sum.RowsMoved)
		}
		e2eSame(t, "events older than the lag", dump(e.src, " WHERE id <= 30"), dump(e.tgt, ""))
		for _, cp := range e.checkpoints(t) {
			if cp.state != "done" {
				t.Errorf("checkpoint %s is %s, want done (the lagged rows wait for a later run)", cp.step, cp.state)
			}
		}

		// Two hours later, as far as those rows are concerned.
		if e.src.pg {
			e.src.exec(t, "UPDATE "+e.src.T("events")+" SET created_at = created_at - INTERVAL '2 hours' WHERE id > 30")
		} else {
			e.src.exec(t, "UPDATE "+e.src.T("events")+" SET created_at = created_at - INTERVAL 2 HOUR WHERE id > 30")
		}
		r = e.mustRun(t, nil, func(o *runtime.Options) { o.Incremental = true })
		if r.sum.RowsMoved != 5 {
			t.Errorf("the incremental run moved %d rows, want the 5 now older than the lag", r.sum.RowsMoved)
		}
		e2eSame(t, "events", dump(e.src, ""), dump(e.tgt, ""))
	})
}

// A signal to `datamove run` (SIGINT on PostgreSQL, SIGTERM on MariaDB through the stage) while
// it moves: the batches in flight finish and are recorded, it exits 4, only whole batches are in
// the target, the checkpoints say stopped and the audit interrupted; the same command resumes
// and finishes exactly.
func TestRunInterruptedBySignal(t *testing.T) {
	bin := buildDatamove(t)
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		sig := map[bool]syscall.Signal{true: syscall.SIGINT, false: syscall.SIGTERM}[m.engine == schema.Postgres]
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 90)
		args := []string{"run", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--param", "tenant_id=1",
			"--log-level", "debug", "--progress", "never", "--max-rate", "60"} // 185 rows: about 3 s
		if m.two && m.engine == schema.MariaDB {
			args = append(args, "--same-server=no")
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		p := startDatamove(ctx, t, bin, args, gapsEnviron())
		for i := 0; i < 3; i++ {
			select {
			case <-p.batches:
			case <-time.After(30 * time.Second):
				t.Fatalf("no batch within 30 s\n%s", p.tail())
			}
		}
		if err := p.cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		err := p.wait()
		if code := exitCodeOf(err); code != runtime.ExitInterrupted {
			t.Fatalf("run after %s: exit %d (%v), want %d\n%s", sig, code, err, runtime.ExitInterrupted, p.tail())
		}
		if !strings.Contains(p.tail(), "interrupted") {
			t.Errorf("the run's last words do not say it was interrupted:\n%s", p.tail())
		}
		e.checkWholeBatches(t)
		e.checkCommittedRows(t)
		var done int64
		stopped := 0
		for _, cp := range e.checkpoints(t) {
			done += cp.rows
			if cp.state == "stopped" {
				stopped++
			}
		}
		const total = 5 + 120 + 60
		if done == 0 || done >= total || stopped == 0 {
			t.Errorf("after %s: %d rows recorded, %d stopped steps; want some of the %d rows and a stopped step", sig, done, stopped, total)
		}
		if a := e.audit(t); len(a) != 1 || a[0].outcome != "interrupted" || a[0].rows != done || !a[0].finished {
			t.Errorf("audit %+v: want one finished run, interrupted, of %d rows", a, done)
		}
		// The same command resumes and finishes.
		r := e.mustRun(t, []string{"tenant_id=1"}, nil)
		if r.sum.RowsMoved != total-done {
			t.Errorf("the resume moved %d rows, want the %d left", r.sum.RowsMoved, total-done)
		}
		e.checkTenants(t, 1)
		if a := e.audit(t); len(a) != 2 || a[1].action != "resume" || a[1].outcome != "done" {
			t.Errorf("audit %+v: want the interrupted run, then a resume that finished", a)
		}
	})
}

// DSNs in the engines' other usual forms, from $DATAMOVE_SOURCE_DSN and $DATAMOVE_TARGET_DSN
// instead of the command line: a PostgreSQL URL and a keyword string, a go-sql-driver DSN and a
// mysql:// URL. run, status and verify all take them. Not parallel: the environment is the
// process's (t.Setenv refuses parallel tests, and the parallel ones wait for this one).
func TestRunDSNsFromEnvironment(t *testing.T) {
	for _, m := range []e2eMode{pgSame, myrTwo} {
		t.Run(m.String(), func(t *testing.T) {
			e := newE2E(t, m, "tenant_move")
			e.seedTenants(t, 30, 15)
			u, err := url.Parse(map[bool]string{true: e.tgt.dsn, false: "mysql://" + strings.Replace(strings.Replace(e.tgt.dsn, "@tcp(", "@", 1), ")/", "/", 1)}[m.engine == schema.Postgres])
			if err != nil {
				t.Fatal(err)
			}
			target := u.String() // mysql://root@127.0.0.1:3306/db
			if m.engine == schema.Postgres {
				target = fmt.Sprintf("host=%s port=%s user=%s dbname=%s sslmode=disable", u.Hostname(), u.Port(), u.User.Username(), strings.TrimPrefix(u.Path, "/"))
			}
			t.Setenv("DATAMOVE_SOURCE_DSN", e.src.dsn)
			t.Setenv("DATAMOVE_TARGET_DSN", target)
			for _, args := range [][]string{
				{"run", e.planDir, "--param", "tenant_id=1", "--log-format", "json", "--log-level", "debug", "--progress", "never"},
				{"status", e.planDir, "--param", "tenant_id=1"},
				{"verify", e.planDir, "--param", "tenant_id=1", "--chunk-size", "16", "--recheck", "0"},
			} {
				code, out, errOut := e.cli(t, args...)
				if code != 0 {
					t.Fatalf("datamove %s with DSNs from the environment (target %q): exit %d\n%s%s", args[0], target, code, out, errOut)
				}
				if args[0] == "run" {
					// Without a terminal: structured lines, here JSON, one per batch at debug level.
					batches := 0
					for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
						var rec map[string]any
						if err := json.Unmarshal([]byte(line), &rec); err != nil {
							t.Errorf("run --log-format json wrote a line that is not JSON: %q", line)
						} else if rec["msg"] == "batch" {
							batches++
						}
					}
					if batches == 0 {
						t.Errorf("run --log-format json --log-level debug logged no batch:\n%s", errOut)
					}
				}
				if args[0] == "status" && strings.Count(out, " done ") != 3 {
					t.Errorf("status does not show the three steps done:\n%s", out)
				}
			}
			e.checkTenants(t, 1)
		})
	}
}
