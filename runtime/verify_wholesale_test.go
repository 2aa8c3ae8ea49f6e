package runtime_test

import (
	"math/rand/v2"
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
