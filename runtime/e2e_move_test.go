package runtime_test

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"regexp"
	"strings"
	"testing"

	"github.com/datamove/datamove/runtime"
)

// TestE2ETenantsStopResumeRerunIncremental moves two tenants with one plan, on one server and
// across two, on both engines: tenant 1 is stopped part way (exit code 4, audit "interrupted",
// only whole batches in the target), tenant 2 runs to the end meanwhile with checkpoints of its
// own, tenant 1 resumes where it stopped and finishes exactly, a third run has nothing to do,
// --rerun changes nothing, and --incremental picks up rows added and changed since.
func TestE2ETenantsStopResumeRerunIncremental(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 90)
		one, two := []string{"tenant_id=1"}, []string{"tenant_id=2"}
		const t1Customers, t1Events, t1Stores = 120, 60, 5
		t1Total := int64(t1Customers + t1Events + t1Stores)

		// Tenant 1, stopped after 4 batches.
		r := e.run(t, one, stopAfter(4))
		if !errors.Is(r.err, runtime.ErrInterrupted) || runtime.ExitCode(r.err) != runtime.ExitInterrupted {
			t.Fatalf("stopped run: error %v (exit %d), want interrupted (exit %d)\n%s", r.err, runtime.ExitCode(r.err), runtime.ExitInterrupted, r.log)
		}
		if !strings.Contains(r.log.String(), "stop requested") {
			t.Errorf("the log does not say the stop was requested:\n%s", r.log)
		}
		// Two servers (two PostgreSQL databases, or MariaDB told so) go through the stage.
		if want := fmt.Sprintf(`msg="run start" .* same_server=%v `, !m.two); !regexp.MustCompile(want).MatchString(r.log.String()) {
			t.Errorf("the run's log does not say same_server=%v:\n%s", !m.two, r.log)
		}
		stopped := r.sum.RowsMoved
		if stopped <= 0 || stopped >= t1Total {
			t.Fatalf("the stopped run moved %d rows; want some of tenant 1's %d", stopped, t1Total)
		}
		// Only whole batches: what the target holds is what the checkpoints say, step by step,
		// and each customer there is its source row.
		e.checkWholeBatches(t)
		e.checkCommittedRows(t)

		// Tenant 2 runs to the end while tenant 1 is stopped: its own checkpoints, its rows only.
		r2 := e.mustRun(t, two, nil)
		if r2.sum.RowsMoved != 3+60+30 {
			t.Errorf("tenant 2 moved %d rows, want %d", r2.sum.RowsMoved, 3+60+30)
		}
		st1, st2 := e.status(t, one...), e.status(t, two...)
		if strings.Count(st2, " done ") != 3 {
			t.Errorf("status of tenant 2 shows not every step done:\n%s", st2)
		}
		if strings.Count(st1, " done ") == 3 || !strings.Contains(st1, " stopped ") || strings.Contains(st1, " running ") {
			t.Errorf("status of tenant 1 after the stop: want a stopped step, none running, not all done:\n%s", st1)
		}
		if !strings.Contains(st1, `{"tenant_id":"1"}`) || !strings.Contains(st2, `{"tenant_id":"2"}`) {
			t.Errorf("status does not name the parameters:\n%s\n%s", st1, st2)
		}

		// Tenant 1 resumes: it neither redoes what committed nor skips anything.
		r3 := e.mustRun(t, one, nil)
		if r3.sum.RowsMoved != t1Total-stopped {
			t.Errorf("the resume moved %d rows; the stopped run had moved %d of %d, so want %d", r3.sum.RowsMoved, stopped, t1Total, t1Total-stopped)
		}
		e.checkTenants(t, 1, 2)
		for _, cp := range e.checkpoints(t) {
			if cp.state != "done" {
				t.Errorf("checkpoint %s part %d is %s after the resume", cp.step, cp.part, cp.state)
			}
		}

		// A third run has nothing to do, and says so.
		r4 := e.mustRun(t, one, nil)
		if !r4.sum.NothingToDo || !strings.Contains(r4.out, "nothing to do") {
			t.Errorf("third run: NothingToDo %v, output %q", r4.sum.NothingToDo, r4.out)
		}

		// --rerun runs tenant 1 again: idempotent, the same rows under the same new keys.
		before := e.tgt.rows(t, "SELECT id, legacy_id, store_id, email FROM "+e.tgt.T("customers")+" ORDER BY id")
		r5 := e.mustRun(t, one, func(o *runtime.Options) { o.Rerun = true })
		if r5.sum.RowsMoved != t1Total {
			t.Errorf("the rerun went over %d rows, want %d", r5.sum.RowsMoved, t1Total)
		}
		e2eSame(t, "customers after --rerun", before,
			e.tgt.rows(t, "SELECT id, legacy_id, store_id, email FROM "+e.tgt.T("customers")+" ORDER BY id"))
		e.checkTenants(t, 1, 2)

		// --incremental picks up what the source gained and changed since: new customers and
		// events, a new store, and customers whose updated_at moved on.
		e.src.insert(t, "stores", []string{"id", "tenant_id", "name"}, [][]any{{9, 1, "Store 9"}})
		e.addCustomers(t, 181, 200, 60)
		e.addEvents(t, 91, 100)
		e.src.exec(t, "UPDATE "+e.src.T("customers")+" SET email = 'Changed@Example.COM', updated_at = updated_at + INTERVAL '1' DAY WHERE id IN (4, 5, 7)")
		r6 := e.mustRun(t, one, func(o *runtime.Options) { o.Incremental = true })
		// New rows of tenant 1: store 9, customers 181..200 (14 of tenant 1), events 91..100
		// (7 of tenant 1); changed: customers 4, 5, 7.
		if want := int64(1 + 14 + 7 + 3); r6.sum.RowsMoved != want {
			t.Errorf("the incremental run went over %d rows, want %d\n%s", r6.sum.RowsMoved, want, r6.log)
		}
		if n := e.tgt.count(t, e.tgt.T("customers")+" WHERE tenant_id = 2"); n != 60 {
			t.Errorf("tenant 1's incremental run moved tenant 2's new customers: %d in the target, want 60", n)
		}
		// Tenant 2's new rows wait for tenant 2's own incremental run: customers 183..198 and
		// events 93, 96, 99.
		r7 := e.mustRun(t, two, func(o *runtime.Options) { o.Incremental = true })
		if want := int64(6 + 3); r7.sum.RowsMoved != want {
			t.Errorf("tenant 2's incremental run went over %d rows, want %d\n%s", r7.sum.RowsMoved, want, r7.log)
		}
		e.checkTenants(t, 1, 2)

		// The audit: every run, resume and stop, with plan, parameters, who, rows and outcome.
		u, _ := user.Current()
		host, _ := os.Hostname()
		want := []struct {
			action, params, outcome string
			rows                    int64
		}{
			{"run", `{"tenant_id":"1"}`, "interrupted", stopped},
			{"run", `{"tenant_id":"2"}`, "done", 93},
			{"resume", `{"tenant_id":"1"}`, "done", t1Total - stopped},
			{"run", `{"tenant_id":"1"}`, "nothing to do", 0},
			{"rerun", `{"tenant_id":"1"}`, "done", t1Total},
			{"incremental", `{"tenant_id":"1"}`, "done", 25},
			{"incremental", `{"tenant_id":"2"}`, "done", 9},
		}
		got := e.audit(t)
		if len(got) != len(want) {
			t.Fatalf("audit has %d rows, want %d: %+v", len(got), len(want), got)
		}
		for i, w := range want {
			a := got[i]
			if a.action != w.action || a.params != w.params || a.outcome != w.outcome || a.rows != w.rows || !a.finished ||
				a.planID != e.m.PlanID || a.osUser != u.Username || a.host != host {
				t.Errorf("audit row %d: %+v\nwant action %s, params %s, outcome %s, rows %d, plan %s, user %s, host %s",
					i+1, a, w.action, w.params, w.outcome, w.rows, e.m.PlanID, u.Username, host)
			}
		}
	})
}

// checkWholeBatches proves that after a stop or a failure the target holds exactly what the
// checkpoints say committed: per step, the rows in the target are the rows_done of its
// checkpoints (no partial batch, none lost), and each moved row is whole.
func (e *e2eEnv) checkWholeBatches(t *testing.T) {
	t.Helper()
	done := map[string]int64{}
	for _, cp := range e.checkpoints(t) {
		done[cp.step] += cp.rows
	}
	for _, step := range []string{"stores", "customers", "events"} {
		if got := int64(e.tgt.count(t, e.tgt.T(step))); got != done[step] {
			t.Errorf("%s: the target holds %d rows; its checkpoints say %d committed", step, got, done[step])
		}
	}
}

// TestE2ETenantsConcurrently runs two tenants of one plan at the same time against a fresh
// target, as two operators would: both create the bookkeeping tables and the key maps, write
// their own checkpoints, and finish exactly.
func TestE2ETenantsConcurrently(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 90)
		results := make(chan e2eResult, 2)
		for _, tenant := range []string{"tenant_id=1", "tenant_id=2"} {
			tenant := tenant
			go func() {
				results <- e.run(t, []string{tenant}, func(o *runtime.Options) { o.Parallel = 2 })
			}()
		}
		for i := 0; i < 2; i++ {
			if r := <-results; r.err != nil {
				t.Fatalf("run: %v\n%s", r.err, r.log)
			}
		}
		e.checkTenants(t, 1, 2)
		e.checkpointsDone(t)
		if a := e.audit(t); len(a) != 2 || a[0].outcome != "done" || a[1].outcome != "done" || a[0].params == a[1].params {
			t.Errorf("audit %+v: want one finished run per tenant", a)
		}
	})
}
