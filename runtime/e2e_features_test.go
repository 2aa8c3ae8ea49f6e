package runtime_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/runtime"
)

// TestE2EParallelSplit runs tenant_move with --parallel 3 --split 3: independent steps side by
// side, each step cut into three key ranges with checkpoints of their own; stopped part way and
// resumed, the result is exact, and the checkpoints of the parts add up to each step's rows.
func TestE2EParallelSplit(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, pgTwo, myrSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 300, 150)
		one := []string{"tenant_id=1"}
		parallel := func(o *runtime.Options) { o.Parallel, o.Split = 3, 3 }
		r := e.run(t, one, func(o *runtime.Options) { parallel(o); stopAfter(6)(o) })
		if !errors.Is(r.err, runtime.ErrInterrupted) {
			t.Fatalf("stopped run: %v\n%s", r.err, r.log)
		}
		if !strings.Contains(r.log.String(), "step split into key ranges") {
			t.Errorf("the log does not say a step was split:\n%s", r.log)
		}
		e.checkWholeBatches(t)
		e.mustRun(t, one, parallel)
		e.checkTenants(t, 1)

		want := map[string]int64{"stores": 5, "customers": 200, "events": 100}
		parts := map[string]int{}
		rows := map[string]int64{}
		cps := e.checkpoints(t)
		for _, cp := range cps {
			parts[cp.step]++
			rows[cp.step] += cp.rows
			if cp.state != "done" {
				t.Errorf("%s part %d is %s", cp.step, cp.part, cp.state)
			}
		}
		// Key ranges of about equal rows: no part holds less than half of an even share.
		for _, cp := range cps {
			if n := want[cp.step]; cp.rows*6 < n {
				t.Errorf("%s part %d holds %d of %d rows: the split is not about even", cp.step, cp.part, cp.rows, n)
			}
		}
		for step, n := range want {
			if parts[step] != 3 || rows[step] != n {
				t.Errorf("%s: %d parts with %d rows in all; want 3 parts, %d rows", step, parts[step], rows[step], n)
			}
		}
		st := e.status(t, one...)
		for _, step := range []string{"customers", "events"} {
			for part := 0; part < 3; part++ {
				if !regexp.MustCompile(`(?m)^` + step + ` +` + fmt.Sprint(part) + ` +done `).MatchString(st) {
					t.Errorf("status has no done line for %s part %d:\n%s", step, part, st)
				}
			}
		}
	})
}

// TestE2EDryRun: --dry-run connects and checks, prints each step with the engines' row
// estimates and a duration, and writes nothing — not even the bookkeeping tables.
func TestE2EDryRun(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 180, 90)
		for _, tb := range []string{"stores", "customers", "events"} {
			if m.engine == "postgres" {
				e.src.exec(t, "ANALYZE "+e.src.T(tb))
			} else {
				e.src.rows(t, "ANALYZE TABLE "+e.src.T(tb))
			}
		}
		code, out, errOut := e.cli(t, "run", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--param", "tenant_id=1", "--dry-run")
		if code != 0 {
			t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errOut)
		}
		for _, want := range []string{"Dry run of plan tenant_move", "nothing is written", "verified against plan.json",
			"match the plan's fingerprints", `{"tenant_id":"1"}`} {
			if !strings.Contains(out, want) {
				t.Errorf("dry run output lacks %q:\n%s", want, out)
			}
		}
		for step, est := range map[string]string{"stores": "8", "customers": "180", "events": "90"} {
			if !regexp.MustCompile(`(?m)^\d+\. ` + step + ` .* ` + est + ` +\d`).MatchString(out) {
				t.Errorf("dry run output has no estimate of %s rows for %s:\n%s", est, step, out)
			}
		}
		if !regexp.MustCompile(`Estimated rows in all: 278 .* that is \S+\.`).MatchString(out) {
			t.Errorf("dry run output has no total estimate and duration:\n%s", out)
		}
		if got := e.tgt.tables(t, "datamove"); len(got) != 0 {
			t.Errorf("the dry run created tables in the target: %v", got)
		}
		for _, tb := range []string{"stores", "customers", "events"} {
			if n := e.tgt.count(t, e.tgt.T(tb)); n != 0 {
				t.Errorf("the dry run wrote %d rows into %s", n, tb)
			}
		}
	})
}

// TestE2ESkippedConflicts: with on_conflict = "skip", rows already in the target are kept as they
// are and counted — in the summary, the checkpoint and status — never dropped silently.
func TestE2ESkippedConflicts(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgTwo, myrSame}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "conflicts")
		var src, tgt [][]any
		for id := 1; id <= 30; id++ {
			src = append(src, []any{id, fmt.Sprintf("tag %d", id)})
		}
		for _, id := range []int{3, 4, 10, 11, 29} {
			tgt = append(tgt, []any{id, fmt.Sprintf("the app's own tag %d", id)})
		}
		e.src.insert(t, "tags", []string{"id", "name"}, src)
		e.tgt.insert(t, "tags", []string{"id", "name"}, tgt)
		code, out, errOut := e.cli(t, "run", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn)
		if code != 0 {
			t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
		}
		if !strings.Contains(out, "5 skipped (conflicts)") {
			t.Errorf("the summary does not count the skipped rows:\n%s", out)
		}
		if !strings.Contains(errOut, "conflicting rows skipped") {
			t.Errorf("the log does not warn of skipped rows:\n%s", errOut)
		}
		var want []string
		for id := 1; id <= 30; id++ {
			name := fmt.Sprintf("tag %d", id)
			switch id {
			case 3, 4, 10, 11, 29:
				name = fmt.Sprintf("the app's own tag %d", id)
			}
			want = append(want, fmt.Sprintf("%d | %s", id, name))
		}
		e2eSame(t, "tags", want, e.tgt.rows(t, "SELECT id, name FROM "+e.tgt.T("tags")+" ORDER BY id"))
		cps := e.checkpoints(t)
		if len(cps) != 1 || cps[0].rows != 30 || cps[0].skipped != 5 || cps[0].state != "done" {
			t.Errorf("checkpoints %+v; want one, done, 30 rows of which 5 skipped", cps)
		}
		if st := e.status(t); !regexp.MustCompile(`(?m)^tags +0 +done +30 +5 +0 `).MatchString(st) {
			t.Errorf("status does not show 30 rows, 5 skipped:\n%s", st)
		}
	})
}

// TestE2EQuarantine: rows the target would refuse (a NULL name into NOT NULL, a name longer than
// varchar(20)) land in the reject table with their key and reason; the rest move exactly; the run
// reports how many it quarantined.
func TestE2EQuarantine(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "quarantine")
		var rows [][]any
		bad := map[int]string{}
		for id := 1; id <= 50; id++ {
			tenant := 1
			if id > 40 {
				tenant = 2
			}
			var name any = fmt.Sprintf("Contact %d", id)
			switch {
			case id%7 == 0:
				name = nil
				bad[id] = "name: NULL into a NOT NULL column"
			case id%9 == 0:
				name = strings.Repeat("x", 25) + fmt.Sprint(id)
				bad[id] = "name: longer than 20 characters"
			}
			if tenant == 2 {
				delete(bad, id)
			}
			rows = append(rows, []any{id, tenant, name, fmt.Sprintf("+61 %d", id)})
		}
		e.src.insert(t, "contacts", []string{"id", "tenant_id", "name", "phone"}, rows)
		r := e.mustRun(t, nil, nil)
		if r.sum.Rejected != int64(len(bad)) || r.sum.RowsMoved != 40 {
			t.Errorf("summary: %d rows, %d rejected; want 40 rows, %d rejected", r.sum.RowsMoved, r.sum.Rejected, len(bad))
		}
		if !strings.Contains(r.log.String(), "rows quarantined in the reject table") {
			t.Errorf("the log does not report the quarantined rows:\n%s", r.log)
		}
		s, g := e.src, e.tgt
		e2eSame(t, "contacts",
			s.rows(t, "SELECT id, tenant_id, name, phone FROM "+s.T("contacts")+
				" WHERE tenant_id = 1 AND name IS NOT NULL AND CHAR_LENGTH(name) <= 20 ORDER BY id"),
			g.rows(t, "SELECT id, tenant_id, name, phone FROM "+g.T("contacts")+" ORDER BY id"))
		var want []string
		for id := 1; id <= 40; id++ {
			if reason, ok := bad[id]; ok {
				want = append(want, fmt.Sprintf("contacts | [%d] | %s", id, reason))
			}
		}
		e2eSame(t, "reject table",
			want, g.rows(t, "SELECT step, source_key, reason FROM "+g.T("datamove_reject_contacts")+" ORDER BY id"))
		cps := e.checkpoints(t)
		if len(cps) != 1 || cps[0].rejected != int64(len(bad)) {
			t.Errorf("checkpoints %+v; want rows_rejected %d", cps, len(bad))
		}
		if st := e.status(t); !regexp.MustCompile(fmt.Sprintf(`(?m)^contacts +0 +done +40 +0 +%d `, len(bad))).MatchString(st) {
			t.Errorf("status does not show the rejected rows:\n%s", st)
		}
	})
}

// TestE2EThrottle: while the plan's throttle query says so, no batch starts; the pause and the
// resumption are logged; the run then finishes exactly.
func TestE2EThrottle(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgTwo, myrSame}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "throttle")
		e.addEvents(t, 1, 60)
		e.tgt.insert(t, "control", []string{"name", "paused"}, [][]any{{"pause", 1}})
		done := make(chan e2eResult, 1)
		log := &e2eLog{}
		go func() {
			done <- e.run(t, nil, func(o *runtime.Options) { o.Log = e2eLogger(log) })
		}()
		waitFor(t, "the pause in the log", func() bool { return strings.Contains(log.String(), "throttle: pausing") })
		time.Sleep(600 * time.Millisecond) // several throttle periods
		if n := e.tgt.count(t, e.tgt.T("events")); n != 0 {
			t.Fatalf("%d events copied while the throttle held", n)
		}
		select {
		case r := <-done:
			t.Fatalf("the run ended while the throttle held: %v", r.err)
		default:
		}
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T("control"))
		r := <-done
		if r.err != nil {
			t.Fatalf("run: %v\n%s", r.err, log)
		}
		if !strings.Contains(log.String(), "throttle: resuming") {
			t.Errorf("the log does not say the run resumed:\n%s", log)
		}
		e2eSame(t, "events",
			e.src.rows(t, "SELECT id, tenant_id, kind, "+e.src.text("amount")+", created_at FROM "+e.src.T("events")+" ORDER BY id"),
			e.tgt.rows(t, "SELECT id, tenant_id, kind, "+e.tgt.text("amount")+", created_at FROM "+e.tgt.T("events")+" ORDER BY id"))
	})
}

// waitFor polls cond for up to 20 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
