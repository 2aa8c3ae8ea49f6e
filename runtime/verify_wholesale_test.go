package runtime_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/datamove/datamove/runtime"
)

// A table whose target rows are all gone: every source row is listed as missing (up to
// --max-rows) and counted, without bisecting chunks that have nothing to narrow; repair puts
// every row back.
func TestVerifyWholeTableMissing(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, rand.New(rand.NewPCG(11, 11)))
		want := e.src.count(t, e.src.T("notes")+" WHERE tenant_id = 1")
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T("notes"))
		r := e.verify(t, "--chunk-size", "1000", "--drill-rows", "4", "--max-rows", "5")
		var c *runtime.CheckResult
		for _, x := range checksOf(r.last(t), "checksum", "notes", false) {
			c = x
		}
		if r.code != 1 || c == nil || c.Verdict != runtime.VerdictMissing || c.RowsTotal != want || len(c.Rows) != 5 || c.Bisections != 0 {
			t.Fatalf("notes emptied: want exit 1, %d rows missing, 5 listed, no bisection; got %s %+v", want, r, c)
		}
		rr := e.reconcile(t, "--chunk-size", "1000", "--repair")
		if rr.code != 0 {
			t.Fatalf("reconcile --repair: %s", rr)
		}
		e.checkOrders(t)
	})
}

// --table verifies only the tables named: a difference elsewhere is not seen, the report says
// what was left out, and an unknown name is a usage error that lists the plan's tables.
func TestVerifyTables(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrSame}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, rand.New(rand.NewPCG(13, 13)))
		if st := e.status(t, "tenant_id=1"); !strings.Contains(st, "Last verification: never") {
			t.Errorf("status before any verification:\n%s", st)
		}
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T("notes")+" WHERE id = (SELECT MIN(id) FROM (SELECT id FROM "+e.tgt.T("notes")+") AS x)")
		r := e.verify(t, "--table", "items", "--table", "accounts")
		rep := r.last(t)
		if r.code != 0 || rep.Scope == "" || !strings.Contains(r.out, "scope: only accounts, items of the plan's 4 tables") ||
			!strings.Contains(r.markdown[0], "| Scope |") {
			t.Fatalf("--table items --table accounts: want a pass with its scope shown: %s\n%s", r, r.markdown)
		}
		kinds := map[string]int{}
		for _, c := range rep.Checks {
			if c.Step != "items" && c.Step != "accounts" {
				t.Errorf("check %s (%s) ran outside the tables asked for", c.Name, c.Kind)
			}
			kinds[c.Step+" "+c.Kind]++
		}
		for _, step := range []string{"accounts", "items"} {
			for _, kind := range []string{"row_count", "checksum", "sample"} {
				if kinds[step+" "+kind] != 1 {
					t.Errorf("--table %s: the report holds %d %s checks of it, want 1", step, kinds[step+" "+kind], kind)
				}
			}
		}
		if r := e.verify(t, "--table", "notes"); r.code != 1 {
			t.Errorf("--table notes: want exit 1 for the deleted note: %s", r)
		}
		if st := e.status(t, "tenant_id=1"); !strings.Contains(st, "Last verification: FAIL (verify, finished ") || strings.Contains(st, "another plan") {
			t.Errorf("status after a failed verification:\n%s", st)
		}
		if r := e.verify(t, "--table", "nope"); r.code != 2 || !strings.Contains(r.errOut, "its tables are accounts, items, notes, orders") {
			t.Errorf("--table nope: want exit 2 naming the tables: %s", r)
		}
	})
}

// The checksum's verdict counts every differing row, not only those --max-rows lists: a missing
// row and a changed one make "differs" (a mix) even when only the first is listed.
func TestVerifyVerdictCountsUnlistedRows(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrSame}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, rand.New(rand.NewPCG(17, 17)))
		keys := e.tgt.rows(t, "SELECT id FROM "+e.tgt.T("notes")+" WHERE tenant_id = 1 ORDER BY id")
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T("notes")+" WHERE id = "+keys[0],
			"UPDATE "+e.tgt.T("notes")+" SET body = 'changed!' WHERE id = "+keys[len(keys)-1])
		r := e.verify(t, "--chunk-size", "1000", "--max-rows", "1")
		cs := checksOf(r.last(t), "checksum", "notes", false)
		if r.code != 1 || len(cs) != 1 || cs[0].RowsTotal != 2 || len(cs[0].Rows) != 1 || cs[0].Rows[0].Kind != runtime.VerdictMissing ||
			cs[0].Verdict != runtime.VerdictDiffers {
			t.Fatalf("a missing and a changed row, one listed: want verdict differs over 2 rows; got %s %+v", r, cs)
		}
	})
}
