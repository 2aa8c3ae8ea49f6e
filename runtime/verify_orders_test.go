package runtime_test

// The move that verify_mutation_test.go, verify_checks_test.go and verify_live_test.go prove:
// testdata/verify_orders, its tables, its data and its oracle.

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/datamove/datamove/schema"
)

// ordersSchemas are the source and target tables of verify_orders.
func ordersSchemas() (src, tgt *schema.Database) {
	src = vdb(
		vtable("accounts", vcol("id", "integer", false), vcol("tenant_id", "integer", false), vcol("name", "character varying(60)", false)),
		vtable("orders", vcol("id", "integer", false), vcol("tenant_id", "integer", false), vcol("account_id", "integer", false),
			vcol("note", "character varying(80)", true), vcol("amount", "numeric(12,2)", true), vcol("qty", "bigint", true),
			vcol("placed_at", "timestamp(6) without time zone", true), vcol("paid", "boolean", true), vcol("payload", "bytea", true),
			vcol("email", "character varying(100)", true)),
		vtable("items", vcol("id", "integer", false), vcol("tenant_id", "integer", false), vcol("label", "character varying(40)", false),
			vcol("price", "numeric(10,3)", true), vcol("seen_at", "timestamp(6) without time zone", true)),
		vtable("notes", vcol("id", "integer", false), vcol("tenant_id", "integer", false), vcol("body", "character varying(40)", true)),
	)
	src.Tables[1].ForeignKeys = []*schema.ForeignKey{{Name: "orders_account", Columns: []string{"account_id"}, RefTable: "accounts", RefColumns: []string{"id"}}}
	tgt = vdb(
		vtable("accounts", vident("id"), vcol("legacy_id", "integer", true), vcol("tenant_id", "integer", false), vcol("name", "character varying(60)", false)),
		vtable("orders", vident("id"), vcol("legacy_id", "integer", true), vcol("tenant_id", "integer", false), vcol("account_id", "bigint", false),
			vcol("note", "character varying(80)", true), vcol("amount", "numeric(12,2)", true), vcol("qty", "bigint", true),
			vcol("placed_at", "timestamp(6) without time zone", true), vcol("paid", "boolean", true), vcol("payload", "bytea", true),
			vcol("email", "character varying(100)", true)),
		vtable("items", vcol("id", "integer", false), vcol("tenant_id", "integer", false), vcol("label", "character varying(40)", false),
			vcol("price", "numeric(10,3)", true), vcol("seen_at", "timestamp(6) without time zone", true)),
		vtable("notes", vcol("id", "integer", false), vcol("tenant_id", "integer", false), vcol("body", "character varying(40)", true)),
		vtable("flags", vcol("id", "integer", false), vcol("flag", "character varying(20)", false)),
		vtable("adjustments", vcol("id", "integer", false), vcol("delta", "numeric(12,2)", false)),
	)
	for _, i := range []int{0, 1} {
		tgt.Tables[i].Uniques = []*schema.Unique{{Name: tgt.Tables[i].Name + "_legacy_id_key", Columns: []string{"legacy_id"}}}
	}
	tgt.Tables[1].ForeignKeys = []*schema.ForeignKey{{Name: "orders_account", Columns: []string{"account_id"}, RefTable: "accounts", RefColumns: []string{"id"}}}
	return src, tgt
}

// Rows of verify_orders' source: ids with gaps (a multiple of 7 is never used), tenant 2 owning
// every third id, so keys of the other tenant and unused keys lie inside the moved range.
const (
	ordersAccounts = 14
	ordersOrders   = 110
	ordersItems    = 70
	ordersNotes    = 40
)

func ordersTenant(id int) int {
	if id%3 == 0 {
		return 2
	}
	return 1
}

func ordersUsed(id int) bool { return id%7 != 0 }

// newOrdersEnv creates verify_orders' tables, fills the source from rng and moves tenant 1.
func newOrdersEnv(t *testing.T, m e2eMode, rng *rand.Rand) *e2eEnv {
	t.Helper()
	src, tgt := ordersSchemas()
	e := newVerifyEnv(t, m, "verify_orders", src, tgt)
	e.seedOrders(t, rng)
	e.mustRun(t, []string{"tenant_id=1"}, nil)
	e.checkOrders(t)
	return e
}

// seedOrders fills the source with random rows: NULLs, empty strings, unicode, both booleans,
// bytes, microseconds.
func (e *e2eEnv) seedOrders(t testing.TB, rng *rand.Rand) {
	t.Helper()
	var accounts, orders, items, notes [][]any
	for id := 1; id <= ordersAccounts; id++ {
		if ordersUsed(id) {
			accounts = append(accounts, []any{id, ordersTenant(id), fmt.Sprintf("Account %d %s", id, randWord(rng))})
		}
	}
	accountOf := func(tenant int) int {
		for {
			a := 1 + rng.IntN(ordersAccounts)
			if ordersUsed(a) && ordersTenant(a) == tenant {
				return a
			}
		}
	}
	nullOr := func(p float64, v any) any {
		if rng.Float64() < p {
			return nil
		}
		return v
	}
	base := time.Date(2024, 3, 9, 22, 0, 0, 0, time.UTC)
	for id := 1; id <= ordersOrders; id++ {
		if !ordersUsed(id) {
			continue
		}
		tenant := ordersTenant(id)
		at := base.Add(time.Duration(rng.Int64N(int64(72 * time.Hour)))).Truncate(time.Microsecond)
		payload := make([]byte, rng.IntN(6))
		for i := range payload {
			payload[i] = byte(rng.IntN(256))
		}
		orders = append(orders, []any{id, tenant, accountOf(tenant), nullOr(0.15, randWord(rng)),
			nullOr(0.15, fmt.Sprintf("%d.%02d", rng.IntN(100000)-20000, rng.IntN(100))), nullOr(0.15, rng.Int64N(1000)-100),
			nullOr(0.15, at), nullOr(0.2, rng.IntN(2) == 1), nullOr(0.2, payload),
			nullOr(0.15, fmt.Sprintf("user%d.%s@example.com", id, randWord(rng)))})
	}
	for id := 1; id <= ordersItems; id++ {
		if !ordersUsed(id) {
			continue
		}
		at := base.Add(time.Duration(rng.Int64N(int64(72 * time.Hour)))).Truncate(time.Microsecond)
		items = append(items, []any{id, ordersTenant(id), randWord(rng) + " " + randWord(rng),
			nullOr(0.15, fmt.Sprintf("%d.%03d", rng.IntN(2000000)-1000000, rng.IntN(1000))), nullOr(0.15, at)})
	}
	for id := 1; id <= ordersNotes; id++ {
		if ordersUsed(id) {
			notes = append(notes, []any{id, ordersTenant(id), nullOr(0.2, randWord(rng))})
		}
	}
	e.src.insert(t, "accounts", []string{"id", "tenant_id", "name"}, accounts)
	e.src.insert(t, "orders", []string{"id", "tenant_id", "account_id", "note", "amount", "qty", "placed_at", "paid", "payload", "email"}, orders)
	e.src.insert(t, "items", []string{"id", "tenant_id", "label", "price", "seen_at"}, items)
	e.src.insert(t, "notes", []string{"id", "tenant_id", "body"}, notes)
}

// randWords are the texts the data is made of: empty, ASCII, multi-byte, emoji, a combining mark,
// the characters the canonical row text uses (| : N), quotes and a backslash.
var randWords = []string{"", "apple", "Ärger", "naïve", "日本語", "😀 ok", "e\u0301", "a|b", "3:x", "N", "it's", `back\slash`, "tab\there", "Zoë"}

func randWord(rng *rand.Rand) string { return randWords[rng.IntN(len(randWords))] }

// ordersDumps are the oracle's ordered dumps of verify_orders: the mapped source rows of tenant 1
// and the target rows in scope, remapped keys followed back through the target's own parent rows
// (not through datamove's key maps), and each key map against the target's legacy ids.
func (e *e2eEnv) ordersDumps(t testing.TB) map[string][2][]string {
	t.Helper()
	s, g := e.src, e.tgt
	out := map[string][2][]string{
		"accounts": {
			s.dump(t, "SELECT id, tenant_id, name FROM "+s.T("accounts")+" WHERE tenant_id = 1 ORDER BY id"),
			g.dump(t, "SELECT legacy_id, tenant_id, name FROM "+g.T("accounts")+" WHERE tenant_id = 1 ORDER BY legacy_id"),
		},
		"orders": {
			s.dump(t, "SELECT id, tenant_id, account_id, note, amount, qty, placed_at, paid, payload, email FROM "+s.T("orders")+
				" WHERE tenant_id = 1 ORDER BY id"),
			g.dump(t, "SELECT o.legacy_id, o.tenant_id, a.legacy_id, o.note, o.amount, o.qty, o.placed_at, o.paid, o.payload, o.email FROM "+
				g.T("orders")+" o JOIN "+g.T("accounts")+" a ON a.id = o.account_id WHERE o.tenant_id = 1 ORDER BY o.legacy_id"),
		},
		"items": {
			s.dump(t, "SELECT id, tenant_id, label, price, seen_at FROM "+s.T("items")+" WHERE tenant_id = 1 ORDER BY id"),
			g.dump(t, "SELECT id, tenant_id, label, price, seen_at FROM "+g.T("items")+" WHERE tenant_id = 1 ORDER BY id"),
		},
		"notes": {
			s.dump(t, "SELECT id, tenant_id, body FROM "+s.T("notes")+" WHERE tenant_id = 1 ORDER BY id"),
			g.dump(t, "SELECT id, tenant_id, body FROM "+g.T("notes")+" WHERE tenant_id = 1 ORDER BY id"),
		},
	}
	for _, tb := range []string{"accounts", "orders"} {
		out["key map of "+tb] = [2][]string{
			g.dump(t, "SELECT legacy_id, id FROM "+g.T(tb)+" ORDER BY legacy_id"),
			g.dump(t, "SELECT legacy_key, new_key FROM "+g.T("datamove_keymap_"+tb)+" ORDER BY legacy_key"),
		}
	}
	return out
}

// checkOrders is the oracle: the target holds exactly tenant 1's rows, mapped as the spec says.
func (e *e2eEnv) checkOrders(t testing.TB) bool {
	t.Helper()
	ok := true
	for _, name := range []string{"accounts", "orders", "items", "notes", "key map of accounts", "key map of orders"} {
		d := e.ordersDumps(t)[name]
		if !sameDump(t, name, d[0], d[1]) {
			ok = false
		}
	}
	return ok
}
