package runtime_test

// Verify can run while the source is still being written to: a chunk (or a row count) that
// differs is checked again, --recheck times with --recheck-delay between, before it counts, so a
// write the move has not carried yet is not a false alarm. These tests change a source row of
// verify_orders after a correct move, start verify, and — only once verify has logged that the
// table differs and it will check again, so the timing does not depend on the machine's speed —
// run the move again (--rerun carries an UPDATE of an existing key, --incremental an INSERT past
// the last key; the tables' watermark is their key) so the change reaches the target while verify
// waits. Verify must pass with the re-checks recorded; without re-checks, or without the
// catch-up, it must fail and name the row.

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/datamove/datamove/runtime"
)

// vlWatch is verify's stderr: it keeps the log lines and closes seen the first time a line holds
// every text of one of its patterns.
type vlWatch struct {
	mu       sync.Mutex
	b        bytes.Buffer
	patterns [][]string
	seen     chan struct{}
	once     sync.Once
	at       time.Time
}

func newWatch(patterns ...[]string) *vlWatch {
	return &vlWatch{patterns: patterns, seen: make(chan struct{})}
}

func (w *vlWatch) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.b.Write(p)
	for _, line := range strings.Split(string(p), "\n") {
		for _, pat := range w.patterns {
			all := true
			for _, s := range pat {
				all = all && strings.Contains(line, s)
			}
			if all {
				w.once.Do(func() { w.at = time.Now(); close(w.seen) })
			}
		}
	}
	return len(p), nil
}

func (w *vlWatch) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// vlCatchUp is what the concurrent move did.
type vlCatchUp struct {
	ran             bool
	started, ended  time.Time
	res             e2eResult
	verifyAt        time.Time // when verify's log said it would check again
	verifyLog, args string
}

// The log lines verify writes before it checks a table again.
var (
	vlChunkDiffers  = []string{`msg="chunk differs, checking again"`, "step=items"}
	vlCountsDiffers = []string{`msg="row counts differ, counting again"`, "step=items"}
)

// vlVerifyWhile runs verify with args and, once its log matches one of patterns, the move with
// set (in-process, concurrently); it returns verify's result and what the move did.
func (e *e2eEnv) vlVerifyWhile(t *testing.T, set func(*runtime.Options), patterns [][]string, args ...string) (verifyResult, vlCatchUp) {
	t.Helper()
	watch := newWatch(patterns...)
	dir := t.TempDir()
	args = append(args, "--log-level", "info", "--log-format", "text")
	wait := e.vcAsync("verify", dir, watch, args...)
	verifyDone := make(chan struct{})
	catch := make(chan vlCatchUp, 1)
	go func() {
		select {
		case <-watch.seen:
		case <-verifyDone:
			catch <- vlCatchUp{}
			return
		}
		c := vlCatchUp{ran: true, started: time.Now()}
		c.res = e.run(t, []string{"tenant_id=1"}, set)
		c.ended = time.Now()
		catch <- c
	}()
	code, out := wait()
	close(verifyDone)
	c := <-catch
	c.verifyAt, c.verifyLog, c.args = watch.at, watch.String(), strings.Join(args, " ")
	r := verifyResult{code: code, out: out, errOut: c.verifyLog}
	reps := vcReports(t, dir)
	for _, rep := range reps {
		r.reports = append(r.reports, rep)
		r.markdown = append(r.markdown, rep.Markdown())
	}
	if c.ran && c.res.err != nil {
		t.Fatalf("the concurrent move failed: %v\n%s", c.res.err, c.res.log)
	}
	return r, c
}

// vlItemsKey is a key of tenant 1's items in the middle of the key range, and its label.
func (e *e2eEnv) vlItemsKey(t testing.TB, nth int) (int, string) {
	t.Helper()
	keys := e.targetKeys(t, ordersTable{step: "items", keyCol: "id"})
	k := keys[(len(keys)*nth/4)%len(keys)]
	return k, e.src.one(t, "SELECT label FROM "+e.src.T("items")+" WHERE id = "+fmt.Sprint(k))
}

// vlRecheckArgs are verify's re-check settings while the source is in flight: a generous delay,
// so the catch-up (which starts only after the first difference) has three of them to finish.
var vlRecheckArgs = []string{"--recheck", "3", "--recheck-delay", "1500ms"}

// A source row changes after the move; verify runs with re-checks while the move, started once
// verify has seen the difference, carries the change: verify passes, and the re-checks that made
// it pass are recorded on the check that saw the difference.
func TestVerifyLiveSource(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		s := e.src

		// An UPDATE of an existing key: counts agree, one chunk differs; --rerun carries it.
		k, old := e.vlItemsKey(t, 2)
		label := fmt.Sprintf("in flight %d", k)
		vcExec(t, s, "UPDATE "+s.T("items")+" SET label = "+s.d.Placeholder(1)+" WHERE id = "+fmt.Sprint(k), label)
		if d := e.ordersDumps(t)["items"]; strings.Join(d[0], "\n") == strings.Join(d[1], "\n") {
			t.Fatalf("the update of item %d (%q → %q) changed nothing the oracle sees", k, old, label)
		}
		r, c := e.vlVerifyWhile(t, func(o *runtime.Options) { o.Rerun = true }, [][]string{vlChunkDiffers}, vlRecheckArgs...)
		rep := r.last(t)
		if !c.ran {
			t.Fatalf("update: verify never said the items chunk differs (%s)\n%s", r, rep.Markdown())
		}
		if r.code != 0 || rep.Verdict != runtime.VerdictPass {
			t.Fatalf("update in flight, caught up during the re-checks: %s\ncatch-up %s – %s\n%s", r,
				c.started.Format("15:04:05.000"), c.ended.Format("15:04:05.000"), rep.Markdown())
		}
		cs := checksOf(rep, "checksum", "items", false)
		if len(cs) != 1 || cs[0].Verdict != runtime.VerdictMatch || cs[0].Rechecks < 1 || cs[0].Rechecks > 3 {
			t.Fatalf("items checksum after an update in flight: %+v, want a match after 1 to 3 re-checks", cs)
		}
		ck := cs[0]
		end := ck.StartedAt.Add(ck.Duration)
		if c.started.Before(ck.StartedAt) || c.started.After(end) {
			t.Errorf("the catch-up started at %s, outside the items checksum (%s – %s)", c.started, ck.StartedAt, end)
		}
		if !strings.Contains(ck.Detail, "re-check") {
			t.Errorf("the items checksum's detail %q does not mention its re-checks", ck.Detail)
		}
		for _, x := range rep.Checks {
			if x != ck && x.Rechecks != 0 {
				t.Errorf("check %s re-checked %d times, though only the items checksum saw a difference", x.Name, x.Rechecks)
			}
		}
		t.Logf("update: items checksum passed after %d re-checks; the catch-up started %s after verify saw the difference and took %s (verify %s)",
			ck.Rechecks, c.started.Sub(c.verifyAt).Round(time.Millisecond), c.ended.Sub(c.started).Round(time.Millisecond), c.args)
		if !e.checkOrders(t) {
			t.Fatalf("the oracle disagrees after the catch-up")
		}

		// An INSERT past the last key: the row counts differ first (and are counted again);
		// --incremental carries it.
		nk := 0
		fmt.Sscan(s.one(t, "SELECT MAX(id) FROM "+s.T("items")), &nk)
		nk += 5
		e.src.insert(t, "items", []string{"id", "tenant_id", "label", "price", "seen_at"},
			[][]any{{nk, 1, "new in flight", "12.345", time.Date(2024, 3, 11, 1, 2, 3, 456789000, time.UTC)}})
		r, c = e.vlVerifyWhile(t, func(o *runtime.Options) { o.Incremental = true }, [][]string{vlCountsDiffers, vlChunkDiffers}, vlRecheckArgs...)
		rep = r.last(t)
		if !c.ran {
			t.Fatalf("insert: verify never said the items differ (%s)\n%s", r, rep.Markdown())
		}
		if r.code != 0 || rep.Verdict != runtime.VerdictPass {
			t.Fatalf("insert in flight, caught up during the re-checks: %s\n%s", r, rep.Markdown())
		}
		if n := c.res.sum.RowsMoved; n != 1 {
			t.Errorf("the incremental catch-up moved %d rows, want the 1 new one", n)
		}
		rc := checksOf(rep, "row_count", "items", false)
		cs = checksOf(rep, "checksum", "items", false)
		if len(rc) != 1 || len(cs) != 1 || rc[0].Verdict != runtime.VerdictMatch || cs[0].Verdict != runtime.VerdictMatch {
			t.Fatalf("items checks after an insert in flight: %+v %+v", rc, cs)
		}
		if rc[0].Rechecks < 1 || rc[0].Rechecks > 3 || rc[0].Source != rc[0].Target {
			t.Errorf("items row count: %d re-checks, %s vs %s; want 1 to 3 re-checks, then equal counts", rc[0].Rechecks, rc[0].Source, rc[0].Target)
		}
		t.Logf("insert: items row count passed after %d re-checks, checksum after %d", rc[0].Rechecks, cs[0].Rechecks)
		if !e.checkOrders(t) {
			t.Fatalf("the oracle disagrees after the incremental catch-up")
		}
		e.mustPass(t, "after both catch-ups")
	})
}

// The same writes in flight, but nobody carries them: verify re-checks exactly --recheck times
// and then fails naming the rows; with --recheck 0 it fails at once. A later move carries them and
// verify passes.
func TestVerifyLiveNoCatchUp(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		s := e.src
		k, old := e.vlItemsKey(t, 1)
		label := fmt.Sprintf("never carried %d", k)
		vcExec(t, s, "UPDATE "+s.T("items")+" SET label = "+s.d.Placeholder(1)+" WHERE id = "+fmt.Sprint(k), label)
		key := fmt.Sprintf("(id) = [%d]", k)

		namesRow := func(what string, rep *runtime.Report) {
			t.Helper()
			cs := checksOf(rep, "checksum", "items", false)
			if len(cs) != 1 || cs[0].Verdict != runtime.VerdictDiffers || len(cs[0].Rows) != 1 {
				t.Fatalf("%s: items checksum %+v, want one differing row", what, cs)
			}
			d := cs[0].Rows[0]
			if d.Key != key || d.Kind != runtime.VerdictDiffers || len(d.Columns) != 1 || d.Columns[0].Column != "label" ||
				d.Columns[0].Source != "'"+label+"'" || d.Columns[0].Target != "'"+old+"'" {
				t.Errorf("%s: the row %+v, want %s differs in label: %q → %q", what, d, key, label, old)
			}
			if rc := checksOf(rep, "row_count", "items", false); len(rc) != 1 || rc[0].Verdict != runtime.VerdictMatch || rc[0].Rechecks != 0 {
				t.Errorf("%s: items row count %+v, want a match without re-checks", what, rc)
			}
		}

		// --recheck 2 and no catch-up: two re-checks, then the row counts.
		started := time.Now()
		r := e.verify(t, "--recheck", "2", "--recheck-delay", "200ms", "--log-level", "info")
		rep := r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Fatalf("--recheck 2, nothing carried: want exit 1 and fail, got %s", r)
		}
		namesRow("--recheck 2", rep)
		if cs := checksOf(rep, "checksum", "items", false); cs[0].Rechecks != 2 {
			t.Errorf("--recheck 2: the items checksum re-checked %d times, want 2", cs[0].Rechecks)
		}
		if n := strings.Count(r.errOut, "chunk differs, checking again"); n != 2 {
			t.Errorf("--recheck 2: %d re-check log lines, want 2\n%s", n, r.errOut)
		}
		if took := time.Since(started); took < 400*time.Millisecond {
			t.Errorf("--recheck 2 --recheck-delay 200ms took %s: it did not wait between re-checks", took)
		}

		// --recheck 0: at once. An insert past the last key of notes too: missing in the target,
		// and the counts differ.
		nk := 0
		fmt.Sscan(s.one(t, "SELECT MAX(id) FROM "+s.T("notes")), &nk)
		nk += 2
		s.insert(t, "notes", []string{"id", "tenant_id", "body"}, [][]any{{nk, 1, "note in flight"}})
		r = e.verify(t, "--recheck", "0", "--log-level", "info")
		rep = r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Fatalf("--recheck 0: want exit 1 and fail, got %s", r)
		}
		namesRow("--recheck 0", rep)
		for _, c := range rep.Checks {
			if c.Rechecks != 0 {
				t.Errorf("--recheck 0: check %s re-checked %d times", c.Name, c.Rechecks)
			}
		}
		if strings.Contains(r.errOut, "checking again") || strings.Contains(r.errOut, "counting again") {
			t.Errorf("--recheck 0 checked again:\n%s", r.errOut)
		}
		nkey := fmt.Sprintf("(id) = [%d]", nk)
		if cs := checksOf(rep, "checksum", "notes", false); len(cs) != 1 || cs[0].Verdict != runtime.VerdictMissing || len(cs[0].Rows) != 1 ||
			cs[0].Rows[0].Key != nkey || cs[0].Rows[0].Kind != runtime.VerdictMissing {
			t.Errorf("notes checksum %+v, want %s missing in target", cs, nkey)
		}
		if rc := checksOf(rep, "row_count", "notes", false); len(rc) != 1 || rc[0].Verdict != runtime.VerdictMismatch {
			t.Errorf("notes row count %+v, want a mismatch", rc)
		}
		for _, want := range []string{key, nkey} {
			if !strings.Contains(r.out, want) || !strings.Contains(r.markdown[0], want) {
				t.Errorf("the summary or the report does not name %s:\n%s", want, r.out)
			}
		}
		vcOthersPass(t, "--recheck 0", rep, func(c *runtime.CheckResult) bool {
			return c.Step == "items" || c.Step == "notes"
		})

		// The move carries both (--rerun for the update, which also picks up the insert).
		e.mustRun(t, []string{"tenant_id=1"}, func(o *runtime.Options) { o.Rerun = true })
		if !e.checkOrders(t) {
			t.Fatalf("the oracle disagrees after the rerun")
		}
		e.mustPass(t, "after the rerun")
	})
}
