package runtime_test

// The checks of `datamove verify` beyond the table checksums, proved on verify_orders with real
// databases: the spec's invariant and its query check with a tolerance, a check that times out
// (unverifiable, never a pass), the PII column shown only as hashes wherever the run writes, the
// verification history, reconcile on a schedule, and the Markdown sign-off report. What the
// databases hold is read with the tests' own SQL; the verdicts come from cli.Main's exit codes
// and the reports it wrote.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/datamove/datamove/cli"
	"github.com/datamove/datamove/runtime"
)

// vcRand is a test's random source: fixed per test and mode, so a failure replays.
func vcRand(t *testing.T, m e2eMode) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(t.Name() + "/" + m.String()))
	return rand.New(rand.NewPCG(h.Sum64(), 0xc4ec))
}

// vcExec runs one statement with arguments on a side.
func vcExec(t testing.TB, s *e2eSide, stmt string, args ...any) {
	t.Helper()
	if _, err := s.db.Exec(stmt, args...); err != nil {
		t.Fatalf("exec %s %v: %v", stmt, args, err)
	}
}

// vcOthersPass fails the test for every check of rep outside skip that did not pass.
func vcOthersPass(t testing.TB, what string, rep *runtime.Report, skip func(c *runtime.CheckResult) bool) {
	t.Helper()
	for _, c := range rep.Checks {
		if skip != nil && skip(c) {
			continue
		}
		if c.Verdict != runtime.VerdictMatch && c.Verdict != runtime.VerdictPass {
			t.Errorf("%s: check %s is %s (%s), though nothing it covers was changed", what, c.Name, c.Verdict, c.Detail)
		}
	}
}

// vcCheck is the report's check of that name, or a fatal error.
func vcCheck(t testing.TB, rep *runtime.Report, name string) *runtime.CheckResult {
	t.Helper()
	c := checkNamed(rep, name)
	if c == nil {
		var names []string
		for _, c := range rep.Checks {
			names = append(names, c.Name)
		}
		t.Fatalf("the report has no check %q; it has %q", name, names)
	}
	return c
}

// --- invariant ---------------------------------------------------------------------------------

// An invariant over the target: a row it returns fails verify (exit 1), and the report shows the
// violating row; once it is gone, verify passes.
func TestVerifyInvariant(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		e.tgt.insert(t, "flags", []string{"id", "flag"}, [][]any{{1, "ok"}, {7, "good"}, {4242, "bad"}, {9, "badge"}})
		r := e.verify(t, "--sample", "0")
		rep := r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Fatalf("a bad flag: want exit 1 and verdict fail, got %s\n%s", r, rep.Markdown())
		}
		c := vcCheck(t, rep, "no_bad_flags")
		if c.Kind != "invariant" || c.Verdict != runtime.VerdictFail {
			t.Errorf("no_bad_flags: kind %s verdict %s, want invariant fail", c.Kind, c.Verdict)
		}
		if c.Target != "1 violating row" {
			t.Errorf("no_bad_flags target figure %q, want 1 violating row", c.Target)
		}
		if !strings.Contains(c.Detail, "[4242 bad]") {
			t.Errorf("no_bad_flags detail %q does not show the violating row (4242, bad)", c.Detail)
		}
		for _, ok := range []string{"good", "badge", "ok"} {
			if strings.Contains(c.Detail, ok) {
				t.Errorf("no_bad_flags detail %q shows the row %q, which does not violate it", c.Detail, ok)
			}
		}
		if !strings.Contains(r.markdown[len(r.markdown)-1], "4242") || !strings.Contains(r.out, "no_bad_flags") {
			t.Errorf("the Markdown report or the summary does not name the violating row:\n%s\n%s", r.out, r.markdown[len(r.markdown)-1])
		}
		vcOthersPass(t, "a bad flag", rep, func(c *runtime.CheckResult) bool { return c.Name == "no_bad_flags" })

		// A second violation: both are shown.
		e.tgt.insert(t, "flags", []string{"id", "flag"}, [][]any{{4343, "bad"}})
		r = e.verify(t, "--sample", "0")
		c = vcCheck(t, r.last(t), "no_bad_flags")
		if r.code != 1 || c.Verdict != runtime.VerdictFail || c.Target != "2 violating rows" ||
			!strings.Contains(c.Detail, "[4242 bad]") || !strings.Contains(c.Detail, "[4343 bad]") {
			t.Errorf("two bad flags: exit %d, %s %q %q", r.code, c.Verdict, c.Target, c.Detail)
		}

		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("flags")+" WHERE flag = 'bad'")
		rep = e.mustPass(t, "the bad flags removed")
		if c := vcCheck(t, rep, "no_bad_flags"); c.Verdict != runtime.VerdictPass || c.Target != "0 violating rows" {
			t.Errorf("no bad flags: %s %q, want pass with 0 violating rows", c.Verdict, c.Target)
		}
	})
}

// --- query check tolerance --------------------------------------------------------------------

// vcFigures parses a query check's figure "count, sum" into numbers.
func vcFigures(t testing.TB, fig string) []*big.Rat {
	t.Helper()
	var out []*big.Rat
	for _, f := range strings.Split(fig, ", ") {
		r, ok := new(big.Rat).SetString(f)
		if !ok {
			t.Fatalf("figure %q: %q is not a number", fig, f)
		}
		out = append(out, r)
	}
	return out
}

func vcRat(t testing.TB, s string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("%q is not a number", s)
	}
	return r
}

// The query check order_totals compares the orders' count and amount sum of the source with the
// target's sum plus its adjustments, with a tolerance of 0.05: an adjustment of 0.04 (or exactly
// 0.05, or -0.04) still passes, 0.06 or -0.06 fails, and the report shows both figures.
func TestVerifyQueryCheckTolerance(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		// The oracle's figures, read with the test's own SQL.
		count := vcRat(t, e.src.one(t, "SELECT COUNT(*) FROM "+e.src.T("orders")+" WHERE tenant_id = 1"))
		sum := vcRat(t, e.src.one(t, "SELECT "+e.src.text("SUM(amount)")+" FROM "+e.src.T("orders")+" WHERE tenant_id = 1"))
		if tsum := vcRat(t, e.tgt.one(t, "SELECT "+e.tgt.text("SUM(amount)")+" FROM "+e.tgt.T("orders")+" WHERE tenant_id = 1")); tsum.Cmp(sum) != 0 {
			t.Fatalf("the move left the target's sum at %s, the source's is %s", tsum.FloatString(2), sum.FloatString(2))
		}
		for i, tc := range []struct {
			delta string
			pass  bool
		}{{"0.04", true}, {"-0.04", true}, {"0.05", true}, {"0.06", false}, {"-0.06", false}, {"12.50", false}, {"0.00", true}} {
			vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("adjustments"))
			e.tgt.insert(t, "adjustments", []string{"id", "delta"}, [][]any{{i + 1, tc.delta}})
			r := e.verify(t, "--sample", "0")
			rep := r.last(t)
			c := vcCheck(t, rep, "order_totals")
			what := "adjustment " + tc.delta
			wantCode, wantVerdict := 0, runtime.VerdictPass
			if !tc.pass {
				wantCode, wantVerdict = 1, runtime.VerdictFail
			}
			if r.code != wantCode || rep.Verdict != wantVerdict || c.Verdict != wantVerdict || c.Kind != "query" {
				t.Errorf("%s: exit %d, report %s, order_totals %s (%s); want exit %d and %s\n%s", what, r.code, rep.Verdict,
					c.Verdict, c.Detail, wantCode, wantVerdict, rep.Markdown())
			}
			// Both figures, as the databases hold them.
			tgtSum := new(big.Rat).Add(sum, vcRat(t, tc.delta))
			s, g := vcFigures(t, c.Source), vcFigures(t, c.Target)
			if len(s) != 2 || len(g) != 2 || s[0].Cmp(count) != 0 || s[1].Cmp(sum) != 0 || g[0].Cmp(count) != 0 || g[1].Cmp(tgtSum) != 0 {
				t.Errorf("%s: figures source %q target %q, want %s, %s and %s, %s", what, c.Source, c.Target,
					count.RatString(), sum.FloatString(2), count.RatString(), tgtSum.FloatString(2))
			}
			if !tc.pass {
				md := r.markdown[len(r.markdown)-1]
				for _, fig := range []string{sum.FloatString(2), tgtSum.FloatString(2)} {
					if !strings.Contains(c.Detail, fig) || !strings.Contains(md, fig) || !strings.Contains(r.json[len(r.json)-1], fig) {
						t.Errorf("%s: the figure %s is missing from the detail %q, the Markdown or the JSON report", what, fig, c.Detail)
					}
				}
				if !strings.Contains(c.Detail, "tolerance 0.05") {
					t.Errorf("%s: the detail %q does not give the tolerance", what, c.Detail)
				}
			}
			vcOthersPass(t, what, rep, func(c *runtime.CheckResult) bool { return c.Name == "order_totals" })
		}
	})
}

// --- unverifiable ------------------------------------------------------------------------------

// vcLock holds a lock on a target table from a connection of its own that blocks other sessions'
// reads of it (PostgreSQL: ACCESS EXCLUSIVE in an open transaction; MariaDB: LOCK TABLES WRITE),
// and proves it does; release (also run at cleanup) lets go.
func vcLock(t *testing.T, s *e2eSide, table string) (release func()) {
	t.Helper()
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var tx *sql.Tx
	if s.pg {
		if tx, err = conn.BeginTx(ctx, nil); err == nil {
			_, err = tx.Exec("LOCK TABLE " + s.T(table) + " IN ACCESS EXCLUSIVE MODE")
		}
	} else {
		_, err = conn.ExecContext(ctx, "LOCK TABLES "+s.T(table)+" WRITE")
	}
	if err != nil {
		conn.Close()
		t.Fatalf("lock %s: %v", table, err)
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			if tx != nil {
				_ = tx.Rollback()
			} else {
				_, _ = conn.ExecContext(ctx, "UNLOCK TABLES")
			}
			conn.Close()
		})
	}
	t.Cleanup(release) // before the database is dropped: cleanups run last first
	// The lock blocks a plain read of the table from another session, and nothing else.
	probe, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer probe.Close()
	qctx, cancel := context.WithTimeout(ctx, 400*time.Millisecond)
	defer cancel()
	var n int
	err = probe.QueryRowContext(qctx, "SELECT COUNT(*) FROM "+s.T(table)).Scan(&n)
	if err == nil || qctx.Err() == nil {
		release()
		t.Fatalf("the lock on %s does not block a read from another session: %v", table, err)
	}
	if n := s.count(t, s.T("accounts")); n == 0 {
		t.Fatalf("no accounts in the target")
	}
	return release
}

// A check that runs over --timeout is unverifiable: verify exits 6, never 0, and the checks of
// other tables still run (the timed-out connection is replaced) and the run is recorded. When
// another check fails as well, failure dominates: exit 1, verdict fail, as the exit codes say.
func TestVerifyUnverifiable(t *testing.T) {
	var help bytes.Buffer
	cli.Main([]string{"verify", "--help"}, strings.NewReader(""), &help, &help)
	for _, doc := range []string{"1  a check failed", "6  nothing failed, but something could not be verified"} {
		if !strings.Contains(help.String(), doc) {
			t.Fatalf("verify --help does not document %q:\n%s", doc, help.String())
		}
	}
	// What the documentation says, as the runtime maps verdicts to exit codes.
	for verdict, code := range map[string]int{runtime.VerdictPass: 0, runtime.VerdictFail: 1, runtime.VerdictUnverifiable: runtime.ExitUnverifiable} {
		if got := runtime.VerifyExitCode(&runtime.Report{Verdict: verdict}, nil); got != code {
			t.Errorf("VerifyExitCode(%s) = %d, want %d", verdict, got, code)
		}
	}
	if runtime.ExitUnverifiable != 6 {
		t.Errorf("ExitUnverifiable is %d, the documentation says 6", runtime.ExitUnverifiable)
	}
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		const timeout = 600 * time.Millisecond
		locked := func(c *runtime.CheckResult) bool { return c.Step == "notes" }
		release := vcLock(t, e.tgt, "notes")

		started := time.Now()
		r := e.verify(t, "--timeout", timeout.String())
		took := time.Since(started)
		rep := r.last(t)
		if r.code != runtime.ExitUnverifiable || rep.Verdict != runtime.VerdictUnverifiable {
			t.Fatalf("a locked table: want exit 6 and verdict unverifiable, got %s\n%s", r, rep.Markdown())
		}
		if took > 30*time.Second {
			t.Errorf("verify took %s with a per-statement timeout of %s", took, timeout)
		}
		n := 0
		for _, c := range rep.Checks {
			if !locked(c) {
				continue
			}
			n++
			if c.Verdict != runtime.VerdictUnverifiable || !strings.Contains(c.Detail, "timed out") {
				t.Errorf("check %s of the locked table: %s (%s), want unverifiable, timed out", c.Name, c.Verdict, c.Detail)
			}
			if c.Duration < timeout {
				t.Errorf("check %s gave up after %s, before the timeout of %s", c.Name, c.Duration, timeout)
			}
			// The lock blocks the target's reads: the checksum's own, not only the count's.
			if want := map[string]string{"row_count": "count_target", "checksum": "checksum_target", "sample": "row_target"}[c.Kind]; !strings.Contains(c.Detail, want) {
				t.Errorf("check %s: %q, want its %s statement timed out", c.Name, c.Detail, want)
			}
		}
		if n == 0 {
			t.Errorf("no check of the locked table notes in the report")
		}
		vcOthersPass(t, "notes locked", rep, locked)
		if !strings.Contains(r.out, "UNVERIFIABLE") || !strings.Contains(r.markdown[0], "**UNVERIFIABLE**") {
			t.Errorf("the summary or the Markdown report does not say UNVERIFIABLE:\n%s", r.out)
		}
		if h := vcHistory(t, e); len(h) != 1 || h[0].runID != rep.RunID || h[0].verdict != runtime.VerdictUnverifiable {
			t.Errorf("history after an unverifiable run: %+v, want one row of run %s, unverifiable", h, rep.RunID)
		}

		// One check fails, another cannot run: fail dominates.
		e.tgt.insert(t, "flags", []string{"id", "flag"}, [][]any{{77, "bad"}})
		r = e.verify(t, "--timeout", timeout.String())
		rep = r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Errorf("a failed and an unverifiable check: want exit 1 and verdict fail, got %s\n%s", r, rep.Markdown())
		}
		if c := vcCheck(t, rep, "no_bad_flags"); c.Verdict != runtime.VerdictFail {
			t.Errorf("no_bad_flags is %s (%s), want fail", c.Verdict, c.Detail)
		}
		unverif := 0
		for _, c := range rep.Checks {
			if c.Verdict == runtime.VerdictUnverifiable {
				unverif++
			}
		}
		if unverif == 0 {
			t.Errorf("the report of a failed run with a locked table holds no unverifiable check")
		}
		vcOthersPass(t, "notes locked and a bad flag", rep, func(c *runtime.CheckResult) bool { return locked(c) || c.Name == "no_bad_flags" })

		// The lock released and the flag removed: the same checks pass.
		release()
		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("flags"))
		e.mustPass(t, "the lock released", "--timeout", "30s")
	})
}

// --- PII ---------------------------------------------------------------------------------------

// vcHash is a PII value as the report must show it: the SHA-256 of its canonical text (quoted),
// first 6 bytes.
func vcHash(v string) string {
	sum := sha256.Sum256([]byte("'" + v + "'"))
	return "sha256:" + hex.EncodeToString(sum[:6])
}

var vcHashPattern = regexp.MustCompile(`^sha256:[0-9a-f]{12}$`)

// vcForbidden are the ways a text could show in an output: as written, JSON-escaped, and its part
// before the @.
func vcForbidden(v string) []string {
	b, _ := json.Marshal(v)
	out := []string{v, strings.Trim(string(b), `"`)}
	if i := strings.IndexByte(v, '@'); i >= 5 {
		out = append(out, v[:i])
	}
	return out
}

// After a change to orders.email (a PII column) in the target, the report names the row by its
// key (the key is not PII) and shows the email on both sides only as hashes — in the Markdown and
// JSON reports, on stdout, in the debug log lines (JSON) and in the history — while the
// non-PII column changed with it is shown in clear.
func TestVerifyPIIHashed(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		s, g := e.src, e.tgt
		// Two rows whose source email is set; both get the same new email in the target.
		var keys []int
		for _, r := range s.rows(t, "SELECT id FROM "+s.T("orders")+" WHERE tenant_id = 1 AND email IS NOT NULL ORDER BY id") {
			var k int
			fmt.Sscan(r, &k)
			keys = append(keys, k)
		}
		if len(keys) < 4 {
			t.Fatalf("only %d orders with an email", len(keys))
		}
		k1, k2 := keys[1], keys[len(keys)-2]
		newEmail := fmt.Sprintf("pii.target.%d.qx@example.org", k1)
		note := fmt.Sprintf("visible note %d", k1)
		vcExec(t, g, "UPDATE "+g.T("orders")+" SET email = "+g.d.Placeholder(1)+", note = "+g.d.Placeholder(2)+
			" WHERE legacy_id = "+fmt.Sprint(k1), newEmail, note)
		vcExec(t, g, "UPDATE "+g.T("orders")+" SET email = "+g.d.Placeholder(1)+" WHERE legacy_id = "+fmt.Sprint(k2), newEmail)
		// The values as the databases hold them.
		srcEmail := map[int]string{}
		for _, k := range []int{k1, k2} {
			srcEmail[k] = s.one(t, "SELECT email FROM "+s.T("orders")+" WHERE id = "+fmt.Sprint(k))
			if got := g.one(t, "SELECT email FROM "+g.T("orders")+" WHERE legacy_id = "+fmt.Sprint(k)); got != newEmail {
				t.Fatalf("target email of %d reads back as %q", k, got)
			}
			if srcEmail[k] == newEmail || srcEmail[k] == "" {
				t.Fatalf("source email of %d is %q", k, srcEmail[k])
			}
		}
		secrets := append(vcForbidden(newEmail), append(vcForbidden(srcEmail[k1]), vcForbidden(srcEmail[k2])...)...)

		look := func(what string, r verifyResult) {
			t.Helper()
			h := vcHistory(t, e)
			outputs := map[string]string{"stdout": r.out, "stderr (log lines)": r.errOut, "history summary": h[len(h)-1].summary}
			for i := range r.reports {
				outputs[fmt.Sprintf("Markdown report %d", i+1)] = r.markdown[i]
				outputs[fmt.Sprintf("JSON report %d", i+1)] = r.json[i]
			}
			for name, text := range outputs {
				for _, secret := range secrets {
					if strings.Contains(text, secret) {
						t.Errorf("%s: the %s holds the PII text %q", what, name, secret)
					}
				}
			}
			// The log lines are JSON, debug level included.
			lines := strings.Split(strings.TrimSpace(r.errOut), "\n")
			for _, line := range lines {
				var rec map[string]any
				if err := json.Unmarshal([]byte(line), &rec); err != nil {
					t.Errorf("%s: a log line is not JSON: %q", what, line)
				}
			}
			if !strings.Contains(r.errOut, `"msg":"check"`) {
				t.Errorf("%s: no check log lines on stderr:\n%s", what, r.errOut)
			}
		}

		r := e.verify(t, "--log-level", "debug", "--log-format", "json", "--sample", "200")
		rep := r.last(t)
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			t.Fatalf("a changed email: want exit 1 and fail, got %s\n%s", r, rep.Markdown())
		}
		look("verify", r)
		cs := checksOf(rep, "checksum", "orders", false)
		if len(cs) != 1 {
			t.Fatalf("%d orders checksums", len(cs))
		}
		rows := map[string]runtime.RowDiff{}
		for _, d := range cs[0].Rows {
			rows[d.Key] = d
		}
		if len(rows) != 2 {
			t.Errorf("the orders checksum lists %+v, want the two changed rows", cs[0].Rows)
		}
		var tgtHash []string
		for _, k := range []int{k1, k2} {
			key := fmt.Sprintf("(id) = [%d]", k)
			for name, text := range map[string]string{"stdout": r.out, "Markdown": r.markdown[0], "JSON": r.json[0]} {
				if !strings.Contains(text, key) {
					t.Errorf("the %s does not name the row %s (its key is not PII)", name, key)
				}
			}
			d, ok := rows[key]
			if !ok || d.Kind != runtime.VerdictDiffers {
				t.Errorf("row %s: %+v, want differs", key, d)
				continue
			}
			cols := map[string]runtime.ColumnDiff{}
			for _, c := range d.Columns {
				cols[c.Column] = c
			}
			em, ok := cols["email"]
			if !ok {
				t.Errorf("row %s: email is not among the differing columns %+v", key, d.Columns)
				continue
			}
			if !vcHashPattern.MatchString(em.Source) || !vcHashPattern.MatchString(em.Target) || em.Source == em.Target {
				t.Errorf("row %s: email shown as %q → %q, want two different hashes", key, em.Source, em.Target)
			}
			if em.Source != vcHash(srcEmail[k]) || em.Target != vcHash(newEmail) {
				t.Errorf("row %s: email hashes %s → %s are not the hashes of the values (%s → %s)", key, em.Source, em.Target,
					vcHash(srcEmail[k]), vcHash(newEmail))
			}
			tgtHash = append(tgtHash, em.Target)
			if k == k1 {
				n, ok := cols["note"]
				if !ok || n.Target != "'"+note+"'" {
					t.Errorf("row %s: the note (not PII) is not shown in clear: %+v", key, d.Columns)
				} else if !strings.Contains(r.markdown[0], note) || !strings.Contains(r.json[0], note) {
					t.Errorf("the report does not show the changed note %q in clear", note)
				}
			} else if len(d.Columns) != 1 {
				t.Errorf("row %s: columns %+v, want only email", key, d.Columns)
			}
		}
		if len(tgtHash) == 2 && tgtHash[0] != tgtHash[1] {
			t.Errorf("the same target email hashes differently in two rows: %v", tgtHash)
		}
		// The sample draws the changed rows too (--sample 200 covers every key): the same hashes.
		samples := checksOf(rep, "sample", "orders", false)
		if len(samples) != 1 || samples[0].RowsTotal != 2 || len(samples[0].Rows) != 2 {
			t.Errorf("the orders sample (of every key) does not list exactly the two changed rows: %+v", samples)
		}
		sampled := map[string]bool{}
		for _, c := range samples {
			for _, d := range c.Rows {
				for _, col := range d.Columns {
					if col.Column != "email" {
						continue
					}
					var k int
					fmt.Sscanf(d.Key, "(id) = [%d]", &k)
					if col.Source != vcHash(srcEmail[k]) || col.Target != vcHash(newEmail) {
						t.Errorf("the sample shows the email of %s as %q → %q, want the hashes %s → %s", d.Key, col.Source, col.Target,
							vcHash(srcEmail[k]), vcHash(newEmail))
					}
					sampled[d.Key] = true
				}
			}
		}
		for _, k := range []int{k1, k2} {
			if key := fmt.Sprintf("(id) = [%d]", k); !sampled[key] {
				t.Errorf("the sample does not show the changed email of %s", key)
			}
		}

		// reconcile --repair writes its repairs and checks again: still no email text anywhere.
		r = e.reconcile(t, "--repair", "--log-level", "debug", "--log-format", "json")
		if r.code != 0 || r.last(t).Verdict != runtime.VerdictPass {
			t.Fatalf("reconcile --repair: %s\n%s", r, r.last(t).Markdown())
		}
		look("reconcile --repair", r)
		if !e.checkOrders(t) {
			t.Errorf("the oracle disagrees after the repair")
		}
	})
}

// --- history -----------------------------------------------------------------------------------

// vcHistoryRow is one row of the target's verification history.
type vcHistoryRow struct {
	runID, migration, planID, paramsHash, action, verdict, summary string
	started, finished                                              time.Time
}

// vcHistory reads datamove_verify_history, in the order the runs started.
func vcHistory(t testing.TB, e *e2eEnv) []vcHistoryRow {
	t.Helper()
	g := e.tgt
	rows, err := g.db.Query("SELECT run_id, migration, plan_id, params_hash, action, verdict, summary, " +
		g.text("started_at") + ", " + g.text("finished_at") + " FROM " + g.T("datamove_verify_history") + " ORDER BY started_at, run_id")
	if err != nil {
		t.Fatalf("read the verification history: %v", err)
	}
	defer rows.Close()
	var out []vcHistoryRow
	for rows.Next() {
		var h vcHistoryRow
		var started, finished string
		if err := rows.Scan(&h.runID, &h.migration, &h.planID, &h.paramsHash, &h.action, &h.verdict, &h.summary, &started, &finished); err != nil {
			t.Fatal(err)
		}
		for _, p := range []struct {
			s  string
			to *time.Time
		}{{started, &h.started}, {finished, &h.finished}} {
			if *p.to, err = time.Parse("2006-01-02 15:04:05.999999", p.s); err != nil {
				t.Fatalf("history time %q: %v", p.s, err)
			}
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// vcHistoryMatches checks a history row against the report of its run.
func vcHistoryMatches(t testing.TB, what string, h vcHistoryRow, rep *runtime.Report, action string) {
	t.Helper()
	if h.runID != rep.RunID || h.action != action || h.verdict != rep.Verdict || h.migration != rep.Migration ||
		h.planID != rep.PlanID || h.paramsHash != rep.ParamsHash {
		t.Errorf("%s: history row %+v, want run %s, action %s, verdict %s, plan %s, params %s", what, h, rep.RunID, action,
			rep.Verdict, rep.PlanID, rep.ParamsHash)
	}
	near := func(a, b time.Time) bool { d := a.Sub(b); return d > -2*time.Millisecond && d < 2*time.Millisecond }
	if !near(h.started, rep.StartedAt) || !near(h.finished, rep.FinishedAt) || h.finished.Before(h.started) {
		t.Errorf("%s: history times %s – %s, the report's %s – %s", what, h.started, h.finished, rep.StartedAt, rep.FinishedAt)
	}
	var sum runtime.Report
	if err := json.Unmarshal([]byte(h.summary), &sum); err != nil {
		t.Errorf("%s: the history summary is not the JSON report: %v", what, err)
	} else if sum.RunID != rep.RunID || sum.Verdict != rep.Verdict || len(sum.Checks) != len(rep.Checks) {
		t.Errorf("%s: the history summary says run %s, %s, %d checks; the report %s, %s, %d", what, sum.RunID, sum.Verdict,
			len(sum.Checks), rep.RunID, rep.Verdict, len(rep.Checks))
	}
}

// Every verify and reconcile run appends exactly one row to the target's verification history:
// its run id, action and verdict, with its plan, parameters, times and JSON report.
func TestVerifyHistory(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		if n := len(e.tgt.tables(t, "datamove_verify_history")); n != 0 {
			t.Fatalf("the history table exists before any verify")
		}
		type run struct {
			action string
			rep    *runtime.Report
		}
		var runs []run
		expect := func(what, action string, code int, r verifyResult) {
			t.Helper()
			if r.code != code || len(r.reports) != 1 {
				t.Fatalf("%s: want exit %d and one report, got %s", what, code, r)
			}
			runs = append(runs, run{action, r.last(t)})
			h := vcHistory(t, e)
			if len(h) != len(runs) {
				t.Fatalf("%s: %d history rows after %d runs", what, len(h), len(runs))
			}
			for i, x := range runs {
				vcHistoryMatches(t, fmt.Sprintf("%s, row %d", what, i+1), h[i], x.rep, x.action)
			}
		}
		expect("a passing verify", "verify", 0, e.verify(t))
		e.tgt.insert(t, "flags", []string{"id", "flag"}, [][]any{{1, "bad"}})
		expect("a failing verify", "verify", 1, e.verify(t))
		expect("a reconcile", "reconcile", 1, e.reconcile(t))
		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("flags"))
		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("notes")+" WHERE id = "+e.tgt.one(t, "SELECT MIN(id) FROM "+e.tgt.T("notes")+" WHERE tenant_id = 1"))
		expect("a reconcile --repair", "repair", 0, e.reconcile(t, "--repair"))
		expect("a passing reconcile", "reconcile", 0, e.reconcile(t))
		verdicts := []string{}
		for _, h := range vcHistory(t, e) {
			verdicts = append(verdicts, h.action+" "+h.verdict)
		}
		if want := "verify pass, verify fail, reconcile fail, repair pass, reconcile pass"; strings.Join(verdicts, ", ") != want {
			t.Errorf("history %q, want %q", strings.Join(verdicts, ", "), want)
		}
	})
}

// --- reconcile on a schedule -------------------------------------------------------------------

// vcReports reads the reports a run wrote into dir, in the order they started.
func vcReports(t testing.TB, dir string) []*runtime.Report {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "verify-*.json"))
	var out []*runtime.Report
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rep runtime.Report
		if err := json.Unmarshal(b, &rep); err != nil {
			continue // being written (the files are written atomically, but be lenient)
		}
		if _, err := os.Stat(strings.TrimSuffix(f, ".json") + ".md"); err != nil {
			t.Errorf("report %s has no Markdown twin", f)
		}
		out = append(out, &rep)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].StartedAt.Before(out[j-1].StartedAt); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// vcAsync runs datamove in-process in the background, with --report dir; wait returns its exit
// code, stdout and stderr.
func (e *e2eEnv) vcAsync(command, dir string, stderr io.Writer, args ...string) (wait func() (int, string)) {
	full := []string{command, e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--report", dir, "--param", "tenant_id=1"}
	full = append(append(full, verifyDefaults...), args...)
	var stdout bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- cli.Main(full, strings.NewReader(""), &stdout, stderr) }()
	return func() (int, string) {
		select {
		case code := <-done:
			return code, stdout.String()
		case <-time.After(2 * time.Minute):
			panic("datamove " + command + " did not end within 2 minutes")
		}
	}
}

// reconcile --every D --for D runs the checks again and again, one report and one history row per
// run; clean, it ends with exit 0 when the time is up; when drift appears it stops at the first
// run that sees it with exit 1. With --repair it repairs and goes on. --every without --for is a
// usage error.
func TestReconcileSchedule(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrSame}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		runLines := regexp.MustCompile(`(?m)^verify (\S+): (PASS|FAIL|UNVERIFIABLE) `)
		historyBefore := 0
		checkRuns := func(what string, reps []*runtime.Report, out string, action string) {
			t.Helper()
			h := vcHistory(t, e)
			if len(h)-historyBefore != len(reps) {
				t.Errorf("%s: %d reports but %d new history rows", what, len(reps), len(h)-historyBefore)
			} else {
				for i, rep := range reps {
					vcHistoryMatches(t, fmt.Sprintf("%s, run %d", what, i+1), h[historyBefore+i], rep, action)
				}
			}
			historyBefore = len(h)
			lines := runLines.FindAllStringSubmatch(out, -1)
			if len(lines) != len(reps) {
				t.Errorf("%s: %d reports but %d run summaries on stdout:\n%s", what, len(reps), len(lines), out)
			}
			seen := map[string]bool{}
			for i, rep := range reps {
				if seen[rep.RunID] {
					t.Errorf("%s: run id %s twice", what, rep.RunID)
				}
				seen[rep.RunID] = true
				if rep.Action != action {
					t.Errorf("%s: run %d action %s, want %s", what, i+1, rep.Action, action)
				}
				if i > 0 && rep.StartedAt.Sub(reps[i-1].FinishedAt) < 250*time.Millisecond {
					t.Errorf("%s: run %d started %s after the previous one ended, want about --every 300ms", what, i+1,
						rep.StartedAt.Sub(reps[i-1].FinishedAt))
				}
			}
		}

		// Clean: several runs, all passing, exit 0 when --for is up.
		dir := t.TempDir()
		started := time.Now()
		code, out := e.vcAsync("reconcile", dir, io.Discard, "--every", "300ms", "--for", "3s")()
		took := time.Since(started)
		reps := vcReports(t, dir)
		if code != 0 || len(reps) < 2 {
			t.Fatalf("clean reconcile every 300ms for 3s: exit %d after %d runs, want 0 after several\n%s", code, len(reps), out)
		}
		for i, rep := range reps {
			if rep.Verdict != runtime.VerdictPass {
				t.Errorf("clean run %d: %s", i+1, rep.Verdict)
			}
		}
		if took > 3*time.Second+reps[len(reps)-1].FinishedAt.Sub(reps[len(reps)-1].StartedAt)+2*time.Second {
			t.Errorf("the schedule ran %s, past --for 3s", took)
		}
		checkRuns("clean", reps, out, "reconcile")
		t.Logf("clean: %d runs in %s", len(reps), took.Round(time.Millisecond))

		// Drift appears after two clean runs: the run that sees it is the last, exit 1.
		dir = t.TempDir()
		wait := e.vcAsync("reconcile", dir, io.Discard, "--every", "300ms", "--for", "60s")
		waitFor(t, "two scheduled runs", func() bool { return len(vcReports(t, dir)) >= 2 })
		e.tgt.insert(t, "flags", []string{"id", "flag"}, [][]any{{5, "bad"}})
		code, out = wait()
		reps = vcReports(t, dir)
		if code != 1 || len(reps) < 3 {
			t.Fatalf("drift during a schedule: exit %d after %d runs, want 1 after at least 3\n%s", code, len(reps), out)
		}
		for i, rep := range reps[:len(reps)-1] {
			if rep.Verdict != runtime.VerdictPass {
				t.Errorf("run %d before the last: %s", i+1, rep.Verdict)
			}
		}
		if last := reps[len(reps)-1]; last.Verdict != runtime.VerdictFail || vcCheck(t, last, "no_bad_flags").Verdict != runtime.VerdictFail {
			t.Errorf("the last run: %s, want fail by no_bad_flags\n%s", last.Verdict, last.Markdown())
		}
		checkRuns("drift during the schedule", reps, out, "reconcile")

		// Drift from the start: the first run stops the schedule.
		dir = t.TempDir()
		code, out = e.vcAsync("reconcile", dir, io.Discard, "--every", "300ms", "--for", "60s")()
		reps = vcReports(t, dir)
		if code != 1 || len(reps) != 1 || reps[0].Verdict != runtime.VerdictFail {
			t.Errorf("drift from the start: exit %d after %d runs, want 1 after 1\n%s", code, len(reps), out)
		}
		checkRuns("drift from the start", reps, out, "reconcile")
		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("flags"))

		// --repair on a schedule: the first run repairs a deleted row, the next ones pass.
		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("items")+" WHERE id = "+e.tgt.one(t, "SELECT MAX(id) FROM "+e.tgt.T("items")+" WHERE tenant_id = 1"))
		dir = t.TempDir()
		code, out = e.vcAsync("reconcile", dir, io.Discard, "--repair", "--every", "300ms", "--for", "3s")()
		reps = vcReports(t, dir)
		if code != 0 || len(reps) < 2 {
			t.Fatalf("reconcile --repair on a schedule: exit %d after %d runs, want 0 after several\n%s", code, len(reps), out)
		}
		if len(reps[0].Repairs) == 0 || reps[0].Verdict != runtime.VerdictPass {
			t.Errorf("the first repair run: verdict %s, repairs %+v", reps[0].Verdict, reps[0].Repairs)
		}
		for i, rep := range reps[1:] {
			if len(rep.Repairs) > 0 || rep.Verdict != runtime.VerdictPass {
				t.Errorf("repair run %d: verdict %s, repairs %+v, want a clean pass", i+2, rep.Verdict, rep.Repairs)
			}
		}
		checkRuns("repair schedule", reps, out, "repair")
		if !e.checkOrders(t) {
			t.Errorf("the oracle disagrees after the scheduled repair")
		}

		// --every goes with --for.
		var stdout, stderr bytes.Buffer
		code = cli.Main([]string{"reconcile", e.planDir, "--source", e.src.dsn, "--target", e.tgt.dsn, "--param", "tenant_id=1",
			"--every", "300ms"}, strings.NewReader(""), &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), "--every and --for go together") {
			t.Errorf("--every without --for: exit %d, %s", code, stderr.String())
		}
	})
}

// --- the Markdown report -----------------------------------------------------------------------

// vcCells splits a Markdown table row into its cells, unescaping \|.
func vcCells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	line = strings.ReplaceAll(line, `\|`, "\x00")
	cells := strings.Split(line, "|")
	for i, c := range cells {
		cells[i] = strings.ReplaceAll(strings.TrimSpace(c), "\x00", "|")
	}
	return cells
}

// vcSection is the lines of a Markdown section, from its heading to the next heading.
func vcSection(t testing.TB, md, heading string) []string {
	t.Helper()
	i := strings.Index(md, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("the report has no section %q:\n%s", heading, md)
	}
	rest := md[i+len(heading)+2:]
	if j := strings.Index(rest, "\n#"); j >= 0 {
		rest = rest[:j]
	}
	var out []string
	for _, l := range strings.Split(rest, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// The Markdown report is the sign-off document: the verdict, the plan id, the parameters, the
// run with its start time and duration, every check with its figures on both sides, its verdict,
// detail and duration, and the normalisations applied — read here from the file verify wrote and
// compared with the JSON report and the databases.
func TestVerifyMarkdownReport(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrSame}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, vcRand(t, m))
		e.tgt.insert(t, "flags", []string{"id", "flag"}, [][]any{{31, "bad"}})
		e.tgt.insert(t, "adjustments", []string{"id", "delta"}, [][]any{{1, "0.06"}})
		vcExec(t, e.tgt, "DELETE FROM "+e.tgt.T("notes")+" WHERE id = "+e.tgt.one(t, "SELECT MIN(id) FROM "+e.tgt.T("notes")+" WHERE tenant_id = 1"))
		before := time.Now().UTC()
		r := e.verify(t)
		after := time.Now().UTC()
		rep := r.last(t)
		md := r.markdown[0]
		if r.code != 1 {
			t.Fatalf("verify: %s", r)
		}

		if !strings.HasPrefix(md, "# Verification of verify_orders\n") {
			t.Errorf("the report does not start with its title:\n%s", md)
		}
		head := map[string]string{}
		for _, l := range strings.Split(md[:strings.Index(md, "\n## ")], "\n") {
			if c := vcCells(l); strings.HasPrefix(l, "|") && len(c) == 2 {
				head[c[0]] = c[1]
			}
		}
		paramsHash := strings.TrimPrefix(rep.ParamsHash, "sha256:")
		if len(paramsHash) > 12 {
			paramsHash = paramsHash[:12]
		}
		if rep.PlanID != e.m.PlanID || rep.Params["tenant_id"] != "1" {
			t.Errorf("the JSON report says plan %s, params %v; the plan is %s, run with tenant_id=1", rep.PlanID, rep.Params, e.m.PlanID)
		}
		dur := rep.FinishedAt.Sub(rep.StartedAt)
		if rep.StartedAt.Before(before.Add(-time.Second)) || rep.FinishedAt.After(after.Add(time.Second)) || dur <= 0 {
			t.Errorf("the run's times %s – %s lie outside %s – %s", rep.StartedAt, rep.FinishedAt, before, after)
		}
		for name, want := range map[string]string{
			"Verdict":    "**FAIL**",
			"Plan id":    "`" + e.m.PlanID + "`",
			"Parameters": "`tenant_id` = `1` (hash `" + paramsHash + "`)",
			"Run": fmt.Sprintf("`%s` (verify), %s UTC, %s", rep.RunID, rep.StartedAt.Format(time.DateTime),
				dur.Round(time.Millisecond)),
		} {
			if head[name] != want {
				t.Errorf("report header %s: %q, want %q", name, head[name], want)
			}
		}
		if !strings.Contains(head["Source → target"], m.engine) {
			t.Errorf("report header Source → target: %q", head["Source → target"])
		}

		// The checks table: one row per check, as in the JSON report.
		table := vcSection(t, md, "## Checks")
		if len(table) < 2 || !strings.HasPrefix(table[0], "| check | kind | verdict | source | target | detail | duration |") {
			t.Fatalf("the checks table has no header: %q", table)
		}
		var rows [][]string
		for _, l := range table[2:] {
			if strings.HasPrefix(l, "|") {
				rows = append(rows, vcCells(l))
			}
		}
		if len(rows) != len(rep.Checks) {
			t.Fatalf("the checks table has %d rows, the report %d checks", len(rows), len(rep.Checks))
		}
		for i, c := range rep.Checks {
			row := rows[i]
			verdict := strings.Trim(row[2], "*")
			if len(row) != 7 || row[0] != c.Name || row[1] != c.Kind || verdict != c.Verdict || row[3] != c.Source ||
				row[4] != c.Target || row[5] != strings.ReplaceAll(c.Detail, "\n", " ") {
				t.Errorf("check row %q, the check %+v", row, c)
				continue
			}
			if d, err := time.ParseDuration(row[6]); err != nil || d != c.Duration.Round(time.Millisecond) {
				t.Errorf("check %s: duration cell %q, the check took %s", c.Name, row[6], c.Duration)
			}
			if (c.Verdict == runtime.VerdictMatch || c.Verdict == runtime.VerdictPass) == strings.HasPrefix(row[2], "**") {
				t.Errorf("check %s: verdict cell %q (failures in bold, passes plain)", c.Name, row[2])
			}
			// Figures on both sides; an invariant has one side, the one it runs on.
			if c.Target == "" || c.Source == "" && c.Kind != "invariant" {
				t.Errorf("check %s lacks a figure: source %q, target %q", c.Name, c.Source, c.Target)
			}
			if c.StartedAt.Before(rep.StartedAt) || c.StartedAt.After(rep.FinishedAt) {
				t.Errorf("check %s started at %s, outside the run", c.Name, c.StartedAt)
			}
		}
		// The figures are what the databases hold.
		for _, tb := range []string{"accounts", "items", "notes", "orders"} {
			c := vcCheck(t, rep, tb+" row count")
			ws := fmt.Sprint(e.src.count(t, e.src.T(tb)+" WHERE tenant_id = 1"))
			wt := fmt.Sprint(e.tgt.count(t, e.tgt.T(tb)+" WHERE tenant_id = 1"))
			if c.Source != ws || c.Target != wt {
				t.Errorf("%s row count: %s vs %s, the databases hold %s and %s", tb, c.Source, c.Target, ws, wt)
			}
			wantVerdict := runtime.VerdictMatch
			if tb == "notes" {
				wantVerdict = runtime.VerdictMismatch
			}
			if c.Verdict != wantVerdict {
				t.Errorf("%s row count: %s, want %s", tb, c.Verdict, wantVerdict)
			}
		}
		sum := e.src.one(t, "SELECT "+e.src.text("SUM(amount)")+" FROM "+e.src.T("orders")+" WHERE tenant_id = 1")
		tsum := new(big.Rat).Add(vcRat(t, sum), vcRat(t, "0.06")).FloatString(2)
		if c := vcCheck(t, rep, "order_totals"); !strings.HasSuffix(c.Source, ", "+vcRat(t, sum).FloatString(2)) || !strings.HasSuffix(c.Target, ", "+tsum) {
			t.Errorf("order_totals figures %q vs %q, want sums %s and %s", c.Source, c.Target, sum, tsum)
		}
		// The differing rows: the deleted note, by key.
		if cs := checksOf(rep, "checksum", "notes", false); len(cs) != 1 || len(cs[0].Rows) != 1 || cs[0].Rows[0].Kind != runtime.VerdictMissing {
			t.Errorf("notes checksum: %+v", cs)
		} else if !strings.Contains(md, "| "+cs[0].Rows[0].Key+" | "+runtime.VerdictMissing+" |") {
			t.Errorf("the report does not list the missing note %s", cs[0].Rows[0].Key)
		}

		// The normalisations, as the JSON report gives them.
		norm := vcSection(t, md, "## Normalisations applied")
		var listed []string
		for _, l := range norm {
			if strings.HasPrefix(l, "- ") {
				listed = append(listed, strings.TrimPrefix(l, "- "))
			}
		}
		if len(rep.Normalisations) < 5 || strings.Join(listed, "\n") != strings.Join(rep.Normalisations, "\n") {
			t.Errorf("normalisations listed %q, the report's %q", listed, rep.Normalisations)
		}
		all := strings.Join(listed, " ")
		for _, want := range []string{"NULL", "UTC", "MD5", "decimal"} {
			if !strings.Contains(all, want) {
				t.Errorf("the normalisations do not say how %s is handled: %q", want, listed)
			}
		}
		if !strings.Contains(md, "**unverifiable**") || !strings.Contains(md, "never passes") {
			t.Errorf("the report does not explain its verdicts")
		}
	})
}
