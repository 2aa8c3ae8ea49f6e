// Package examples_test proves that the shipped examples stay true: their setup scripts load, their
// snapshots are what datamove inspect writes for the loaded database, their specs compile without
// a diagnostic, and their plans, run on a real engine, move exactly the rows they promise.
package examples_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/dialects/postgres"
	"github.com/datamove/datamove/inspect"
	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

const storeMove = "store_move"

// storeID is the tenant the README moves: Sakila's store 2, Woodridge.
const storeID = 2

// TestStoreMove loads examples/store_move into a fresh PostgreSQL database, checks its snapshots
// and its spec, runs the compiled plan for store 2 on the same server, and then checks with its
// own SQL (not datamove's) that the regional schema holds exactly store 2's rows, mapped as the
// README says.
func TestStoreMove(t *testing.T) {
	ctx := context.Background()
	db := testdb.Postgres(t)
	testdb.PostgresScript(t, db.DSN, filepath.Join(storeMove, "setup", "postgres.sql"))

	spec, diags := specs.Load(storeMove)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	for _, e := range append(append([]*specs.Endpoint{}, spec.Sources...), spec.Targets...) {
		checkSnapshot(t, db.DSN, filepath.Join(storeMove, e.Snapshot))
	}

	p, diags := compiler.Compile(spec, compiler.Options{})
	if len(diags) > 0 {
		// Warnings too: the example compiles clean, or its README says why not.
		t.Fatalf("examples/%s does not compile clean:\n%s", storeMove, diags.Error())
	}

	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	run := &testdb.PlanRun{Conn: conn, Dialect: postgres.New(p.Manifest.Target.ServerVersion), Plan: p,
		Params: map[string]any{"store_id": storeID}}
	movePlan(t, run, false)

	q := func(query string, args ...any) [][]any { return testdb.Query(t, conn, "check", query, args...) }
	one := func(query string, args ...any) string { return fmt.Sprint(q(query, args...)[0][0]) }

	// Exactly store 2's rows, by an independent reading of the tenant rule: counts equal, and the
	// set of legacy ids in each regional table equals the set of ids the rule selects in legacy.
	tenant := []struct{ table, ids string }{
		{"store", `SELECT store_id FROM legacy.store WHERE store_id = $1`},
		{"staff", `SELECT staff_id FROM legacy.staff WHERE store_id = $1`},
		{"customer", `SELECT customer_id FROM legacy.customer WHERE store_id = $1`},
		{"inventory", `SELECT inventory_id FROM legacy.inventory WHERE store_id = $1`},
		{"rental", `SELECT r.rental_id FROM legacy.rental r
			JOIN legacy.inventory i ON i.inventory_id = r.inventory_id
			JOIN legacy.customer c ON c.customer_id = r.customer_id
			JOIN legacy.staff s ON s.staff_id = r.staff_id
			WHERE i.store_id = $1 AND c.store_id = $1 AND s.store_id = $1`},
		{"payment", `SELECT p.payment_id FROM legacy.payment p
			JOIN legacy.customer pc ON pc.customer_id = p.customer_id
			JOIN legacy.rental r ON r.rental_id = p.rental_id
			JOIN legacy.inventory i ON i.inventory_id = r.inventory_id
			JOIN legacy.customer c ON c.customer_id = r.customer_id
			JOIN legacy.staff s ON s.staff_id = r.staff_id
			WHERE pc.store_id = $1 AND i.store_id = $1 AND c.store_id = $1 AND s.store_id = $1`},
	}
	for _, tc := range tenant {
		want := one(`SELECT COUNT(*) FROM (`+tc.ids+`) AS w`, storeID)
		got := one(`SELECT COUNT(*) FROM regional.` + tc.table)
		if got != want || want == "0" {
			t.Errorf("regional.%s holds %s rows; legacy has %s rows of store %d", tc.table, got, want, storeID)
		}
		diff := one(`SELECT COUNT(*) FROM (
			(SELECT legacy_id FROM regional.`+tc.table+` EXCEPT `+tc.ids+`)
			UNION ALL
			(`+tc.ids+` EXCEPT SELECT legacy_id FROM regional.`+tc.table+`)) AS d`, storeID)
		if diff != "0" {
			t.Errorf("regional.%s: %s legacy ids differ from store %d's rows in legacy", tc.table, diff, storeID)
		}
		t.Logf("regional.%-9s %5s rows", tc.table, got)
	}

	// Mapped values: the rules of the spec, checked row by row against legacy.
	zero := []struct{ what, query string }{
		{"keys are new, 1 to n from the target's identity (first pass)", `SELECT COUNT(*) FROM regional.payment
			WHERE id NOT BETWEEN 1 AND (SELECT COUNT(*) FROM regional.payment)`},
		{"customer email lower-cased and trimmed", `SELECT COUNT(*) FROM regional.customer rc JOIN legacy.customer lc ON lc.customer_id = rc.legacy_id
			WHERE rc.email IS DISTINCT FROM lower(btrim(lc.email))`},
		{"customer names in initial capitals", `SELECT COUNT(*) FROM regional.customer rc JOIN legacy.customer lc ON lc.customer_id = rc.legacy_id
			WHERE rc.first_name <> initcap(lc.first_name) OR rc.last_name <> initcap(lc.last_name)`},
		{"customer is_active from active, else activebool", `SELECT COUNT(*) FROM regional.customer rc JOIN legacy.customer lc ON lc.customer_id = rc.legacy_id
			WHERE rc.is_active <> CASE WHEN lc.active IS NULL THEN lc.activebool ELSE lc.active = 1 END`},
		{"customer store remapped", `SELECT COUNT(*) FROM regional.customer c JOIN regional.store s ON s.id = c.store_id WHERE s.legacy_id <> $1`},
		{"rental customer, copy and clerk remapped", `SELECT COUNT(*) FROM regional.rental r
			JOIN legacy.rental lr ON lr.rental_id = r.legacy_id
			JOIN regional.customer c ON c.id = r.customer_id
			JOIN regional.inventory i ON i.id = r.inventory_id
			JOIN regional.staff s ON s.id = r.staff_id
			WHERE c.legacy_id <> lr.customer_id OR i.legacy_id <> lr.inventory_id OR s.legacy_id <> lr.staff_id`},
		{"rental times converted from Brisbane to UTC", `SELECT COUNT(*) FROM regional.rental r JOIN legacy.rental lr ON lr.rental_id = r.legacy_id
			WHERE r.rented_at <> (lr.rental_date - interval '10 hours') AT TIME ZONE 'UTC'
			   OR r.returned_at IS DISTINCT FROM (lr.return_date - interval '10 hours') AT TIME ZONE 'UTC'`},
		{"payment customer and rental remapped, clerk kept", `SELECT COUNT(*) FROM regional.payment p
			JOIN legacy.payment lp ON lp.payment_id = p.legacy_id
			JOIN regional.customer c ON c.id = p.customer_id
			JOIN regional.rental r ON r.id = p.rental_id
			WHERE c.legacy_id <> lp.customer_id OR r.legacy_id <> lp.rental_id OR p.legacy_staff_id <> lp.staff_id`},
		{"payment amount kept, GST is 1/11 to the cent", `SELECT COUNT(*) FROM regional.payment p JOIN legacy.payment lp ON lp.payment_id = p.legacy_id
			WHERE p.amount <> lp.amount OR p.gst <> round(lp.amount / 11, 2)`},
	}
	for _, z := range zero {
		args := []any{}
		if strings.Contains(z.query, "$1") {
			args = append(args, storeID)
		}
		if n := one(z.query, args...); n != "0" {
			t.Errorf("%s: %s rows break the rule", z.what, n)
		}
	}
	// A few rows by hand, as a reviewer would look them up.
	spot := []struct{ what, query, want string }{
		{"customer 301", `SELECT first_name || ' ' || last_name || ' <' || email || '>' FROM regional.customer WHERE legacy_id = 301`,
			"Robert Baughman <robert.baughman@sakilacustomer.org>"},
		{"rental 27 rented at", `SELECT to_char(rented_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM regional.rental WHERE legacy_id = 27`,
			"2005-05-24 17:41:50"},
		{"rental 27 customer", `SELECT c.legacy_id FROM regional.rental r JOIN regional.customer c ON c.id = r.customer_id WHERE r.legacy_id = 27`,
			"301"},
		{"staff of store 2", `SELECT full_name || ' <' || email || '>' FROM regional.staff`, "Jon Stephens <jon.stephens@sakilastaff.com>"},
		{"inactive customers", `SELECT COUNT(*) FROM regional.customer WHERE NOT is_active`, "7"},
		{"store 2's zone", `SELECT time_zone FROM regional.store`, "Australia/Brisbane"},
	}
	for _, s := range spot {
		if got := one(s.query); got != s.want {
			t.Errorf("%s: got %q, want %q", s.what, got, s.want)
		}
	}

	// The plan's own invariants hold and its query checks agree (within their tolerance).
	for _, inv := range p.Manifest.Invariants {
		if rows := run.Exec(t, inv); len(rows) > 0 {
			t.Errorf("invariant %s: %d violations, first %v", inv.File, len(rows), rows[0])
		}
	}
	for _, c := range p.Manifest.Checks {
		if c.Kind != "query" {
			continue // row counts and checksums: compared per step by movePlan
		}
		src, tgt := run.Exec(t, *c.Source), run.Exec(t, *c.Target)
		if !agree(t, src, tgt, c.Tolerance) {
			t.Errorf("check %s: source %v, target %v (tolerance %g)", c.Name, src, tgt, c.Tolerance)
		}
	}

	// A second pass changes nothing, and a payment voided in legacy since is deleted from the
	// regional database (propagate), with its total following.
	before := one(`SELECT COUNT(*) || ' ' || SUM(amount) FROM regional.payment`)
	movePlan(t, run, false)
	if after := one(`SELECT COUNT(*) || ' ' || SUM(amount) FROM regional.payment`); after != before {
		t.Errorf("a second pass changed the payments from %s to %s", before, after)
	}
	voided := one(`SELECT MIN(legacy_id) FROM regional.payment`)
	q(`DELETE FROM legacy.payment WHERE payment_id = $1`, voided)
	movePlan(t, run, false)
	if n := one(`SELECT COUNT(*) FROM regional.payment WHERE legacy_id = $1`, voided); n != "0" {
		t.Errorf("payment %s was deleted in legacy but is still in regional after another pass", voided)
	}
}

// TestStoreMoveTwoServers runs the plan's two-server statements (batches fed through the stage
// table from the read statement, as the runtime feeds them across servers) on a fresh copy, and
// checks that they give the same rows as the same-server statements.
func TestStoreMoveTwoServers(t *testing.T) {
	ctx := context.Background()
	db := testdb.Postgres(t)
	testdb.PostgresScript(t, db.DSN, filepath.Join(storeMove, "setup", "postgres.sql"))
	spec, diags := specs.Load(storeMove)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	p, diags := compiler.Compile(spec, compiler.Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	run := &testdb.PlanRun{Conn: conn, Dialect: postgres.New(p.Manifest.Target.ServerVersion), Plan: p,
		Params: map[string]any{"store_id": storeID}}
	movePlan(t, run, true)
}

// movePlan runs every step of the plan as one batch over the whole key range, then compares the
// step's row counts and checksums on both sides.
func movePlan(t *testing.T, run *testdb.PlanRun, staged bool) {
	t.Helper()
	run.Setup(t)
	for _, st := range run.Plan.Manifest.Steps {
		run.Prepare(t, st)
		run.Batch(t, st, staged)
		for _, pair := range [][2]string{{"count_source", "count_target"}, {"checksum_source", "checksum_target"}} {
			src, tgt := stmt(t, run, st, pair[0]), stmt(t, run, st, pair[1])
			s, g := fmt.Sprint(run.Exec(t, src)), fmt.Sprint(run.Exec(t, tgt))
			if s != g {
				t.Errorf("step %s (staged %v): %s %s, %s %s", st.Name, staged, pair[0], s, pair[1], g)
			}
			if strings.HasPrefix(s, "[[0") {
				t.Errorf("step %s moved no rows", st.Name)
			}
		}
	}
}

func stmt(t *testing.T, run *testdb.PlanRun, st plan.Step, role string) plan.Statement {
	t.Helper()
	s, ok := run.Statement(st, role)
	if !ok {
		t.Fatalf("step %s has no %s statement", st.Name, role)
	}
	return s
}

// agree compares two single-row results column by column: equal, or for numbers within tol.
func agree(t *testing.T, a, b [][]any, tol float64) bool {
	t.Helper()
	if len(a) != 1 || len(b) != 1 || len(a[0]) != len(b[0]) {
		return false
	}
	for i := range a[0] {
		x, okx := new(big.Float).SetString(fmt.Sprint(a[0][i]))
		y, oky := new(big.Float).SetString(fmt.Sprint(b[0][i]))
		if !okx || !oky {
			if fmt.Sprint(a[0][i]) != fmt.Sprint(b[0][i]) {
				return false
			}
			continue
		}
		d, _ := new(big.Float).Sub(x, y).Float64()
		if d < -tol || d > tol {
			return false
		}
	}
	return true
}

// checkSnapshot requires the shipped snapshot to be what datamove inspect writes for the loaded
// database, byte for byte. Only server_version may differ, and only in the minor version: a
// server patch release changes no structure (the fingerprint still has to match).
func checkSnapshot(t *testing.T, dsn, path string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	shipped, diags := schema.Parse(want, path)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	got, err := inspect.Inspect(context.Background(), dsn, inspect.Options{Schema: shipped.Schema})
	if err != nil {
		t.Fatal(err)
	}
	if major(got.ServerVersion) == major(shipped.ServerVersion) {
		got.ServerVersion = shipped.ServerVersion
	}
	if out := schema.Write(got); !bytes.Equal(out, want) {
		t.Errorf("%s is not what datamove inspect writes for setup/postgres.sql; if the setup changed on purpose, regenerate it:\n"+
			"  go run ./cmd/datamove inspect --dsn 'postgres://postgres@127.0.0.1:5432/datamove_demo?sslmode=disable' --schema %s -o examples/%s/%s\n"+
			"inspect gives:\n%s", path, shipped.Schema, storeMove, strings.TrimPrefix(path, storeMove+"/"), out)
	}
}

func major(version string) string { return strings.SplitN(version, ".", 2)[0] }
