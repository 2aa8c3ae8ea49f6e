package runtime_test

// Behaviours of `datamove verify` and `datamove reconcile` (issue 4, docs/verify.md) that the
// other verify tests leave unproven, each against real databases: a changed plan, a drifted
// schema or a wrong parameter refused before checking (exit 5) and a database that cannot be
// reached (exit 3), with nothing written; an invariant on the source side; a sample compare that
// names the differing rows column by column on its own; --max-rows listing fewer rows than it
// counts; repair of a table whose batches are cut over a watermark that is not its key (re-copied
// whole); status naming a verification of another plan; and reconcile ended by SIGINT between
// runs (exit 4), through the real binary.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
)

// gapsNotes are the source notes of verify_gaps, by id: a NULL, an empty text, unicode.
var gapsNotes = map[int]any{1: "one", 2: "two", 3: nil, 4: "", 5: "fünf", 6: "six", 7: "😀 seven", 8: "eight"}

// newGapsEnv creates verify_gaps' tables (notes on both sides, flags on the source only), fills
// the source notes and moves them.
func newGapsEnv(t *testing.T, m e2eMode) *e2eEnv {
	t.Helper()
	notes := func() *schema.Table {
		return vtable("notes", vcol("id", "integer", false), vcol("body", "character varying(20)", true))
	}
	src := vdb(notes(), vtable("flags", vcol("id", "integer", false), vcol("flag", "character varying(20)", false)))
	e := newVerifyEnv(t, m, "verify_gaps", src, vdb(notes()))
	var rows [][]any
	for id := 1; id <= len(gapsNotes); id++ {
		rows = append(rows, []any{id, gapsNotes[id]})
	}
	e.src.insert(t, "notes", []string{"id", "body"}, rows)
	e.mustRun(t, nil, nil)
	e.checkGaps(t)
	return e
}

// checkGaps is the oracle of verify_gaps: the target's notes are the source's.
func (e *e2eEnv) checkGaps(t testing.TB) bool {
	t.Helper()
	q := "SELECT id, body FROM %s ORDER BY id"
	return sameDump(t, "notes", e.src.dump(t, fmt.Sprintf(q, e.src.T("notes"))), e.tgt.dump(t, fmt.Sprintf(q, e.tgt.T("notes"))))
}

// verifyAt runs `datamove <command>` like verifyCLI, on another plan directory.
func (e *e2eEnv) verifyAt(t testing.TB, planDir, command string, args ...string) verifyResult {
	t.Helper()
	keep := e.planDir
	e.planDir = planDir
	defer func() { e.planDir = keep }()
	return e.verifyCLI(t, command, append(append([]string{}, verifyDefaults...), args...)...)
}

// unreachableDSN is a DSN of the side's server with the port changed to 1, where nothing listens.
func unreachableDSN(t testing.TB, dsn string) string {
	t.Helper()
	for _, re := range []*regexp.Regexp{regexp.MustCompile(`(@tcp\([^:)]*):\d+\)`), regexp.MustCompile(`(://[^/@]*@[^:/]*):\d+/`)} {
		if re.MatchString(dsn) {
			out := re.ReplaceAllStringFunc(dsn, func(s string) string {
				if strings.HasSuffix(s, ")") {
					return s[:strings.LastIndexByte(s, ':')] + ":1)"
				}
				return s[:strings.LastIndexByte(s, ':')] + ":1/"
			})
			if out == dsn {
				t.Fatalf("could not change the port of %s", dsn)
			}
			return out
		}
	}
	t.Fatalf("no port in %s", dsn)
	return ""
}

// Before it connects, verify checks the plan's files against plan.json and the parameters, and
// once connected the live schemas against the plan's fingerprints: a changed or missing file, an
// unknown parameter, a drifted target or source are refused with exit 5 (reconcile --repair too,
// which then repairs nothing), and a server that cannot be reached is exit 3. None of them writes
// a report or a history row, or changes the target. Once all is put back, verify passes again,
// and `status` of a recompiled plan says the last verification was of another plan.
func TestVerifyRefusedBeforeChecking(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newGapsEnv(t, m)
		e.mustPass(t, "after the move")
		history := func() int { return len(vcHistory(t, e)) }
		if n := history(); n != 1 {
			t.Fatalf("%d history rows after one verify", n)
		}
		targetRows := func() []string {
			return e.tgt.dump(t, "SELECT id, body FROM "+e.tgt.T("notes")+" ORDER BY id")
		}
		// A target row changed, so a repair would have something to write if it ran.
		e.tgt.exec(t, "UPDATE "+e.tgt.T("notes")+" SET body = 'drifted' WHERE id = 6")
		before := targetRows()
		refused := func(what string, r verifyResult, code int, wants ...string) {
			t.Helper()
			if r.code != code {
				t.Errorf("%s: exit %d, want %d\n%s", what, r.code, code, r)
			}
			for _, w := range wants {
				if !strings.Contains(r.errOut, w) {
					t.Errorf("%s: the error lacks %q:\n%s", what, w, r.errOut)
				}
			}
			if len(r.reports) != 0 {
				t.Errorf("%s: %d reports were written", what, len(r.reports))
			}
			if n := history(); n != 1 {
				t.Errorf("%s: the history holds %d rows, want still 1", what, n)
			}
			if got := targetRows(); strings.Join(got, "\n") != strings.Join(before, "\n") {
				t.Errorf("%s: the target changed:\n%s", what, strings.Join(got, "\n"))
			}
		}

		// A plan file changed after review, then one missing: named, for verify and reconcile.
		tampered := filepath.Join(t.TempDir(), "plan")
		if err := os.CopyFS(tampered, os.DirFS(e.planDir)); err != nil {
			t.Fatal(err)
		}
		changed := e.stepFile(t, "notes", "checksum_target")
		f, err := os.OpenFile(filepath.Join(tampered, changed), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(f, "-- an edit after review")
		f.Close()
		refused("verify of a changed plan file", e.verifyAt(t, tampered, "verify"), runtime.ExitRefused, changed)
		refused("reconcile --repair of a changed plan file", e.verifyAt(t, tampered, "reconcile", "--repair"), runtime.ExitRefused, changed)
		missing := e.stepFile(t, "notes", "rowhash_source")
		if err := os.Remove(filepath.Join(tampered, missing)); err != nil {
			t.Fatal(err)
		}
		refused("verify of a plan missing a file", e.verifyAt(t, tampered, "verify"), runtime.ExitRefused, missing)

		// A parameter the plan does not declare.
		refused("verify with an unknown parameter", e.verify(t, "--param", "tenant_id=1"), runtime.ExitRefused, `unknown parameter "tenant_id"`)

		// A drifted target: a column added; then a drifted source: a column's type changed.
		e.tgt.exec(t, "ALTER TABLE "+e.tgt.T("notes")+" ADD COLUMN extra integer")
		refused("verify of a drifted target", e.verify(t), runtime.ExitRefused, "target schema", "drifted", "notes.extra")
		refused("reconcile --repair of a drifted target", e.reconcile(t, "--repair"), runtime.ExitRefused, "target schema", "drifted")
		e.tgt.exec(t, "ALTER TABLE "+e.tgt.T("notes")+" DROP COLUMN extra")
		alterBody := func(typ string) {
			if e.src.pg {
				e.src.exec(t, "ALTER TABLE "+e.src.T("notes")+" ALTER COLUMN body TYPE "+typ)
			} else {
				e.src.exec(t, "ALTER TABLE "+e.src.T("notes")+" MODIFY body "+typ+" NULL")
			}
		}
		alterBody("varchar(30)")
		refused("verify of a drifted source", e.verify(t), runtime.ExitRefused, "source schema", "drifted", "column notes.body changed type")
		alterBody("varchar(20)")

		// Unreachable servers: exit 3, for either side and either command.
		refused("verify with the source unreachable", e.verify(t, "--source", unreachableDSN(t, e.src.dsn)), runtime.ExitUnreachable, "connection refused")
		refused("reconcile with the target unreachable", e.reconcile(t, "--target", unreachableDSN(t, e.tgt.dsn)), runtime.ExitUnreachable, "connection refused")

		// All put back (the changed row too): verify passes, one more history row.
		e.tgt.exec(t, "UPDATE "+e.tgt.T("notes")+" SET body = 'six' WHERE id = 6")
		e.checkGaps(t)
		rep := e.mustPass(t, "after the refusals")
		if n := history(); n != 2 {
			t.Errorf("the history holds %d rows after two verifications that ran, want 2", n)
		}

		// status of this plan shows its verification; of a recompiled plan, that it was another's.
		if st := e.status(t); !strings.Contains(st, "Last verification: PASS (verify, finished ") || strings.Contains(st, "another plan") {
			t.Errorf("status after a passing verification:\n%s", st)
		}
		other := e.recompile(t, "size = 3", "size = 4")
		var out bytes.Buffer
		if err := runtime.Status(context.Background(), runtime.StatusOptions{PlanDir: other, TargetDSN: e.tgt.dsn, Out: &out}); err != nil {
			t.Fatalf("status of the recompiled plan: %v", err)
		}
		if want := "of another plan, " + rep.PlanID[:12]; !strings.Contains(out.String(), "Last verification: PASS") || !strings.Contains(out.String(), want) {
			t.Errorf("status of a recompiled plan does not say the last verification (%s) was of another plan (%q):\n%s", rep.RunID, want, out.String())
		}
	})
}

// An invariant on the source side runs there: flags exists only in the source, so a row it
// returns can only come from the source. It fails verify (exit 1) with the violating row, its
// figure on the source side, every other check passing; with the row gone it passes.
func TestVerifySourceInvariant(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newGapsEnv(t, m)
		rep := e.mustPass(t, "no flags")
		if c := vcCheck(t, rep, "no_bad_source_flags"); c.Kind != "invariant" || c.Verdict != runtime.VerdictPass {
			t.Errorf("no_bad_source_flags on a clean source: %+v", c)
		}
		e.src.insert(t, "flags", []string{"id", "flag"}, [][]any{{1, "good"}, {31, "bad"}, {32, "badge"}})
		r := e.verify(t)
		rep = r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Fatalf("a bad source flag: want exit 1 and fail, got %s\n%s", r, rep.Markdown())
		}
		c := vcCheck(t, rep, "no_bad_source_flags")
		if c.Kind != "invariant" || c.Verdict != runtime.VerdictFail || !strings.Contains(c.Detail, "[31 bad]") ||
			strings.Contains(c.Detail, "good") || strings.Contains(c.Detail, "badge") {
			t.Errorf("no_bad_source_flags: %+v, want fail showing only [31 bad]", c)
		}
		// The figure belongs to the side the invariant ran on (docs/verify.md: "runs its query on its
		// side"; the report's source and target columns are the two sides).
		if c.Source != "1 violating row" || c.Target != "" {
			t.Errorf("no_bad_source_flags ran on the source, but the report gives source %q, target %q; want the violations on the source side",
				c.Source, c.Target)
		}
		vcOthersPass(t, "a bad source flag", rep, func(c *runtime.CheckResult) bool { return c.Name == "no_bad_source_flags" })
		e.src.exec(t, "DELETE FROM "+e.src.T("flags")+" WHERE flag = 'bad'")
		e.mustPass(t, "the bad flag removed")
	})
}

// The sample compare is a second look of its own: with --sample larger than the table it draws
// every key, and after one target cell is changed and one row deleted it names both rows — the
// changed one with its column and both values, the deleted one as missing in the target. The
// checksum, with --max-rows 1, lists one of the two rows and counts both. Verify writes nothing
// but its history row: both sides are as they were.
func TestVerifySampleNamesRows(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgTwo, myrSame}, func(t *testing.T, m e2eMode) {
		e := newGapsEnv(t, m)
		n := len(gapsNotes)
		rep := e.mustPass(t, "after the move", "--sample", "1000")
		if s := checksOf(rep, "sample", "notes", false); len(s) != 1 || s[0].Source != fmt.Sprintf("%d keys drawn", n) || s[0].Target != "0 differ" {
			t.Fatalf("sample of a clean move: %+v, want all %d keys drawn, none differing", s, n)
		}
		if s := checksOf(e.mustPass(t, "--sample 0", "--sample", "0"), "sample", "notes", false); len(s) != 0 {
			t.Errorf("--sample 0 still ran a sample: %+v", s)
		}

		g := e.tgt
		g.exec(t, "UPDATE "+g.T("notes")+" SET body = 'changed' WHERE id = 2", "DELETE FROM "+g.T("notes")+" WHERE id = 5")
		dumps := func() string {
			return strings.Join(e.src.dump(t, "SELECT id, body FROM "+e.src.T("notes")+" ORDER BY id"), "\n") + "\n--\n" +
				strings.Join(g.dump(t, "SELECT id, body FROM "+g.T("notes")+" ORDER BY id"), "\n")
		}
		before := dumps()
		historyBefore := len(vcHistory(t, e))
		r := e.verify(t, "--sample", "1000", "--max-rows", "1")
		rep = r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Fatalf("a changed and a deleted row: want exit 1 and fail, got %s\n%s", r, rep.Markdown())
		}
		s := checksOf(rep, "sample", "notes", false)
		if len(s) != 1 {
			t.Fatalf("%d sample checks of notes", len(s))
		}
		rows := map[string]runtime.RowDiff{}
		for _, d := range s[0].Rows {
			rows[d.Key] = d
		}
		if s[0].Source != fmt.Sprintf("%d keys drawn", n) || s[0].RowsTotal != 2 || len(s[0].Rows) != 2 || s[0].Verdict != runtime.VerdictDiffers {
			t.Errorf("sample: %+v, want %d keys drawn and 2 rows differing", s[0], n)
		}
		want := []runtime.ColumnDiff{{Column: "body", Source: "'two'", Target: "'changed'"}}
		if d, ok := rows["(id) = [2]"]; !ok || d.Kind != runtime.VerdictDiffers || fmt.Sprint(d.Columns) != fmt.Sprint(want) {
			t.Errorf("sample row (id) = [2]: %+v, want differs in %+v", d, want)
		}
		if d, ok := rows["(id) = [5]"]; !ok || d.Kind != runtime.VerdictMissing || len(d.Columns) != 0 {
			t.Errorf("sample row (id) = [5]: %+v, want missing in target", d)
		}
		cs := checksOf(rep, "checksum", "notes", false)
		if len(cs) != 1 || cs[0].RowsTotal != 2 || len(cs[0].Rows) != 1 || cs[0].Rows[0].Key != "(id) = [2]" {
			t.Errorf("checksum with --max-rows 1: %+v, want 2 rows counted and the first, (id) = [2], listed", cs)
		}
		if !strings.Contains(r.markdown[0], "(id) = [5]") {
			t.Errorf("the report does not name the missing row (id) = [5] (the sample lists it)")
		}
		if got := dumps(); got != before {
			t.Errorf("verify changed the databases:\nbefore\n%s\nafter\n%s", before, got)
		}
		if h := len(vcHistory(t, e)); h != historyBefore+1 {
			t.Errorf("verify added %d history rows, want 1", h-historyBefore)
		}
	})
}

// A table whose batches are cut over a watermark that is not its key (tenant_move's customers:
// updated_at, id) is re-copied whole by reconcile --repair, as docs/verify.md says; the oracle
// then finds the target right, and verify passes.
func TestReconcileRepairsNonKeyWatermarkWhole(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newE2E(t, m, "tenant_move")
		e.seedTenants(t, 60, 20)
		e.mustRun(t, []string{"tenant_id=1"}, nil)
		e.checkTenants(t, 1)
		e.mustPass(t, "after the move")
		g := e.tgt
		// Customers 10 and 20 are tenant 1's (every third id is tenant 2's).
		g.exec(t, "UPDATE "+g.T("customers")+" SET balance_cents = balance_cents + 1 WHERE legacy_id = 10",
			"DELETE FROM "+g.T("customers")+" WHERE legacy_id = 20")
		r := e.reconcile(t, "--repair")
		rep := r.last(t)
		if r.code != 0 || rep.Verdict != runtime.VerdictPass {
			t.Fatalf("reconcile --repair: %s\n%s", r, rep.Markdown())
		}
		if len(rep.Repairs) != 1 || rep.Repairs[0].Step != "customers" || rep.Repairs[0].Range != "(the start, the end]" ||
			rep.Repairs[0].Detail != "" {
			t.Errorf("repairs %+v, want the whole customers table re-copied once", rep.Repairs)
		}
		if len(checksOf(rep, "checksum", "customers", true)) != 2 || len(checksOf(rep, "checksum", "customers", false)) != 1 {
			t.Errorf("the report does not keep the customers checksum before the repair beside the one after it")
		}
		e.checkTenants(t, 1)
		e.mustPass(t, "after the repair")
	})
}

// reconcile --every D --for T ends with exit 4 when SIGINT (or SIGTERM) arrives between runs,
// at once rather than at the next run, after writing the report and history row of the run
// that completed. Through the real binary, so the signal reaches only it.
func TestReconcileInterruptedBetweenRuns(t *testing.T) {
	bin := buildDatamove(t)
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newGapsEnv(t, m)
		sig := map[bool]syscall.Signal{true: syscall.SIGINT, false: syscall.SIGTERM}[m.engine == schema.Postgres]
		dir := t.TempDir()
		args := append([]string{"reconcile", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--report", dir,
			"--every", "4s", "--for", "60s", "--progress", "never"}, verifyDefaults...)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		p := startDatamove(ctx, t, bin, args, gapsEnviron())
		waitFor(t, "the first scheduled run's report", func() bool { return len(vcReports(t, dir)) >= 1 })
		sent := time.Now()
		if err := p.cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		err := p.wait()
		took := time.Since(sent)
		if code := exitCodeOf(err); code != runtime.ExitInterrupted {
			t.Fatalf("reconcile after %s: exit %d (%v), want %d\n%s", sig, code, err, runtime.ExitInterrupted, p.tail())
		}
		if took > 3*time.Second {
			t.Errorf("reconcile took %s to end after %s: it waited for the next run", took, sig)
		}
		reps := vcReports(t, dir)
		if len(reps) != 1 || reps[0].Verdict != runtime.VerdictPass || reps[0].Action != "reconcile" {
			t.Errorf("reports after the interrupt: %d, want the one passing run", len(reps))
		}
		if h := vcHistory(t, e); len(h) != 1 || len(reps) != 1 || h[0].runID != reps[0].RunID {
			t.Errorf("history after the interrupt: %+v, want the one run", h)
		}
	})
}

// gapsEnviron is the environment of a datamove process: this one's, without DATAMOVE_ settings.
func gapsEnviron() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DATAMOVE_") {
			env = append(env, kv)
		}
	}
	return env
}

// exitCodeOf is a process's exit code (0 for nil, -1 when it did not exit normally).
func exitCodeOf(err error) int {
	if err == nil {
		return 0
	}
	var code int = -1
	if ee, ok := err.(interface{ ExitCode() int }); ok {
		code = ee.ExitCode()
	}
	return code
}

// SIGINT while a scheduled reconcile is in the middle of a run (here: waiting to re-check a
// differing chunk) is still an interrupt: exit 4, as for `run` and as between runs, not the exit
// code of a verdict the interrupted run never reached.
func TestReconcileInterruptedMidRun(t *testing.T) {
	bin := buildDatamove(t)
	e := newGapsEnv(t, pgSame)
	e.tgt.exec(t, "UPDATE "+e.tgt.T("notes")+" SET body = 'changed' WHERE id = 2")
	dir := t.TempDir()
	args := []string{"reconcile", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--report", dir,
		"--every", "4s", "--for", "60s", "--progress", "never", "--recheck", "5", "--recheck-delay", "1s"}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p := startDatamove(ctx, t, bin, args, gapsEnviron())
	waitFor(t, "the first re-check", func() bool { return strings.Contains(p.tail(), "chunk differs, checking again") })
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := p.wait()
	if code := exitCodeOf(err); code != runtime.ExitInterrupted {
		t.Errorf("reconcile interrupted during a run: exit %d, want %d (interrupted)\n%s", code, runtime.ExitInterrupted, p.tail())
	}
}
