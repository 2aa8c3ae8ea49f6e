package runtime_test

// Mutation tests of `datamove verify` and `datamove reconcile --repair`: after a correct move of
// verify_orders, each trial makes ONE random change to the target — a cell, a deleted row, an
// extra row inside or beyond the source's key range, a timestamp moved by one microsecond, a
// number by one unit of its scale, a text given a trailing space — and requires verify to fail,
// naming that row by its source key with the right verdict (and, for a row that differs, the
// column); then reconcile --repair must put the target right (keeping extra rows where the spec
// does not propagate deletes, and saying so), verify must pass again, and the oracle must agree.
//
// Trials are random but replayable: the seed is logged; -verify.seed=N replays it and
// -verify.trials=N runs more (per mode, on both engines, same-server and two-server moves).

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/runtime"
)

var (
	verifyTrials = flag.Int("verify.trials", 15, "verify mutation tests: random trials per mode (four modes: both engines, one server and two)")
	verifySeed   = flag.Uint64("verify.seed", 0, "verify mutation tests: seed of the data and the mutations; default the clock")
)

// mutation is one change a trial makes to the target, and what verify must say about it.
type mutation struct {
	desc    string
	step    string
	key     int    // the source key of the row
	verdict string // runtime.VerdictMissing, VerdictExtra or VerdictDiffers
	column  string // the column that differs
	stmt    string // on the target
	args    []any
	// extra rows of a table without propagated deletes: repair keeps them, the test removes them.
	kept bool
}

// ordersTable says how the tests reach a step's target rows.
type ordersTable struct {
	step      string
	keyCol    string // the target column holding the source key
	mapped    bool   // mapping_table: the target has its own id
	propagate bool
	text      []string // text columns (trailing space, new words)
	notNull   []string
}

var ordersTables = []ordersTable{
	{step: "accounts", keyCol: "legacy_id", mapped: true, text: []string{"name"}, notNull: []string{"name"}},
	{step: "orders", keyCol: "legacy_id", mapped: true, text: []string{"note", "email"}},
	{step: "items", keyCol: "id", propagate: true, text: []string{"label"}, notNull: []string{"label"}},
	{step: "notes", keyCol: "id", text: []string{"body"}},
}

func TestVerifyMutations(t *testing.T) {
	seed := *verifySeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (replay with -run TestVerifyMutations -verify.seed=%d)", seed, seed)
	for i, m := range e2eAllModes {
		m, modeSeed := m, seed+uint64(i)
		t.Run(m.String(), func(t *testing.T) {
			t.Parallel()
			rng := rand.New(rand.NewPCG(modeSeed, 0x5eed))
			e := newOrdersEnv(t, m, rng)
			e.mustPass(t, "after the move")
			counts := map[string]int{}
			for trial := 1; trial <= *verifyTrials; trial++ {
				var kind, table string
				if trial <= len(mutationSchedule) {
					kind, table = mutationSchedule[trial-1].kind, mutationSchedule[trial-1].table
				}
				mu := e.randomMutation(t, rng, kind, table)
				counts[mu.verdict]++
				t.Logf("trial %d: %s", trial, mu.desc)
				if !e.mutationTrial(t, trial, mu) {
					t.Fatalf("trial %d (%s) failed; replay with -verify.seed=%d", trial, mu.desc, seed)
				}
			}
			t.Logf("%d trials: %v", *verifyTrials, counts)
		})
	}
}

// mutationTrial applies one mutation and proves verify, reconcile --repair and verify again; it
// reports whether everything held.
func (e *e2eEnv) mutationTrial(t *testing.T, trial int, mu mutation) bool {
	t.Helper()
	failed := false
	errorf := func(format string, args ...any) {
		t.Helper()
		failed = true
		t.Errorf("trial %d (%s): %s", trial, mu.desc, fmt.Sprintf(format, args...))
	}
	if _, err := e.tgt.db.Exec(mu.stmt, mu.args...); err != nil {
		t.Fatalf("trial %d: mutate: %v\n%s", trial, err, mu.stmt)
	}
	// The oracle agrees that something changed: else the trial would prove nothing.
	d := e.ordersDumps(t)[mu.step]
	if strings.Join(d[0], "\n") == strings.Join(d[1], "\n") {
		t.Fatalf("trial %d (%s): the mutation changed nothing the oracle sees", trial, mu.desc)
	}

	// verify fails and names the row. Every other trial reads the tables as one chunk and
	// bisects the differing chunk down to sub-chunks of a few rows before reading row hashes.
	var args []string
	bisect := trial%2 == 0
	if bisect {
		args = []string{"--chunk-size", "1000", "--drill-rows", "6"}
	}
	r := e.verify(t, args...)
	rep := r.last(t)
	if r.code != 1 || rep.Verdict != runtime.VerdictFail {
		errorf("verify: want exit 1 and verdict fail, got exit %d verdict %s\n%s", r.code, rep.Verdict, rep.Markdown())
	}
	want := fmt.Sprintf("(id) = [%d]", mu.key)
	seen := map[string]int{} // the changed step's checks by kind: each must be in the report
	for _, c := range rep.Checks {
		if c.Step == mu.step {
			seen[c.Kind]++
		}
		switch {
		case c.Kind == "checksum" && c.Step == mu.step:
			if c.Verdict != mu.verdict {
				errorf("checksum verdict %s, want %s", c.Verdict, mu.verdict)
			}
			// Two chunks: all the rows, then the open tail past the last source key, where an
			// extra row beyond the range lands with no source rows to cut at.
			if beyond := strings.Contains(mu.desc, "beyond"); bisect && (c.Chunks != 2 || !beyond && c.Bisections == 0) {
				errorf("the chunk of the whole table was not bisected down: %d chunks, %d bisections", c.Chunks, c.Bisections)
			}
			if len(c.Rows) != 1 || c.RowsTotal != 1 {
				errorf("checksum lists %d rows (total %d), want exactly the mutated one: %+v", len(c.Rows), c.RowsTotal, c.Rows)
				break
			}
			row := c.Rows[0]
			if row.Key != want || row.Kind != mu.verdict {
				errorf("checksum names %s %s, want %s %s", row.Key, row.Kind, want, mu.verdict)
			}
			if mu.verdict != runtime.VerdictDiffers {
				if len(row.Columns) > 0 {
					errorf("a %s row lists columns %+v", row.Kind, row.Columns)
				}
				break
			}
			if len(row.Columns) != 1 || row.Columns[0].Column != mu.column {
				errorf("differing columns %+v, want exactly %s", row.Columns, mu.column)
				break
			}
			if col := row.Columns[0]; col.Source == col.Target {
				errorf("column %s differs with the same values on both sides: %s", mu.column, col.Source)
			}
		case c.Kind == "row_count" && c.Step == mu.step:
			wantCount := runtime.VerdictMismatch
			if mu.verdict == runtime.VerdictDiffers {
				wantCount = runtime.VerdictMatch
			}
			if c.Verdict != wantCount {
				errorf("row count %s (%s vs %s), want %s", c.Verdict, c.Source, c.Target, wantCount)
			}
		case c.Kind == "sample" && c.Step == mu.step:
			// The sample may or may not draw the row; when it does, it names it alike.
			for _, row := range c.Rows {
				if row.Key != want {
					errorf("the sample names %s, which was not changed", row.Key)
				}
			}
		default:
			if c.Verdict != runtime.VerdictMatch && c.Verdict != runtime.VerdictPass && !(c.Kind == "query" && mu.step == "orders") {
				errorf("check %s is %s (%s), though its table was not changed", c.Name, c.Verdict, c.Detail)
			}
		}
	}
	if seen["checksum"] != 1 || seen["row_count"] != 1 || seen["sample"] != 1 {
		errorf("the report holds %v checks of step %s, want one row count, one checksum and one sample", seen, mu.step)
	}
	if failed {
		return false
	}

	// reconcile --repair re-copies the range, deleting the extra row only where deletes propagate.
	r = e.reconcile(t, append([]string{"--repair"}, args...)...)
	rep = r.last(t)
	var repairs []runtime.Repair
	for _, rp := range rep.Repairs {
		if rp.Step != mu.step {
			errorf("repair of step %s, which was not changed: %+v", rp.Step, rp)
		}
		repairs = append(repairs, rp)
	}
	if len(repairs) == 0 {
		errorf("reconcile --repair repaired nothing\n%s", rep.Markdown())
	}
	if bisect && !strings.Contains(mu.desc, "beyond") {
		// The repair re-copies the bisected sub-range, not the whole table's chunk.
		whole := "(the start, [" + e.src.one(t, "SELECT MAX(id) FROM "+e.src.T(mu.step)+" WHERE tenant_id = 1") + "]]"
		for _, rp := range repairs {
			t.Logf("trial %d: repaired %s (the whole chunk: %s)", trial, rp.Range, whole)
			if rp.Range == whole {
				errorf("the repair re-copied the whole chunk %s rather than the bisected range", rp.Range)
			}
		}
	}
	for _, rp := range repairs {
		if strings.HasPrefix(rp.Detail, "failed") || strings.HasPrefix(rp.Detail, "could not") {
			errorf("repair %s: %s", rp.Range, rp.Detail)
		}
	}
	if mu.kept {
		if r.code != 1 || rep.Verdict != runtime.VerdictFail {
			errorf("reconcile --repair of an extra row without propagated deletes: exit %d verdict %s, want 1 and fail", r.code, rep.Verdict)
		}
		said := false
		for _, rp := range repairs {
			said = said || strings.Contains(rp.Detail, "extra target rows kept") && !rp.Deleted
		}
		if !said {
			errorf("the repairs do not say the extra row was kept: %+v", repairs)
		}
		if n := e.tgt.count(t, e.tgt.T(mu.step)+" WHERE "+ordersKeyCol(mu.step)+" = "+fmt.Sprint(mu.key)); n != 1 {
			errorf("the extra row of %s was not kept: %d rows with key %d", mu.step, n, mu.key)
		}
		after := e.verify(t)
		if after.code != 1 || !strings.Contains(after.last(t).Markdown(), want) {
			errorf("verify after the repair does not report the kept extra row: %s", after)
		}
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T(mu.step)+" WHERE "+ordersKeyCol(mu.step)+" = "+fmt.Sprint(mu.key))
	} else {
		if r.code != 0 || rep.Verdict != runtime.VerdictPass {
			errorf("reconcile --repair: exit %d verdict %s, want 0 and pass\n%s", r.code, rep.Verdict, rep.Markdown())
		}
		deleted := false
		for _, rp := range repairs {
			deleted = deleted || rp.Deleted
		}
		if want := mu.verdict == runtime.VerdictExtra; deleted != want {
			errorf("the repairs say extra rows deleted: %v, want %v (the change: %s): %+v", deleted, want, mu.verdict, repairs)
		}
		superseded := false
		for _, c := range rep.Checks {
			superseded = superseded || c.Superseded && c.Step == mu.step
		}
		if !superseded {
			errorf("the reconcile report does not keep the checks before the repair")
		}
	}
	if failed {
		return false
	}

	// verify passes again, and the oracle agrees: the target is the mapped source.
	r = e.verify(t)
	if r.code != 0 || r.last(t).Verdict != runtime.VerdictPass {
		errorf("verify after the repair: %s\n%s", r, r.last(t).Markdown())
	}
	return e.checkOrders(t) && !failed
}

func ordersKeyCol(step string) string {
	for _, tb := range ordersTables {
		if tb.step == step {
			return tb.keyCol
		}
	}
	panic(step)
}

// mutationSchedule are the first trials of every mode, so that each kind of change is tried on
// every engine in every run (table "" is a random one); the trials after them are all random.
var mutationSchedule = []struct{ kind, table string }{
	{"cell", "orders"}, {"remap", "orders"}, {"delete", "orders"}, {"extra inside", "items"}, {"extra beyond", "items"},
	{"extra inside", "notes"}, {"extra beyond", "orders"}, {"trailing space", ""}, {"timestamp", ""}, {"numeric", ""},
	{"out of scope", ""}, {"delete", "items"},
}

// randomMutation picks a table, a row and a change: the kind and the table given, or random ones.
func (e *e2eEnv) randomMutation(t *testing.T, rng *rand.Rand, kind, table string) mutation {
	t.Helper()
	g := e.tgt
	var tb ordersTable
	switch p := rng.Float64(); {
	case p < 0.12:
		tb = ordersTables[0]
	case p < 0.55:
		tb = ordersTables[1]
	case p < 0.8:
		tb = ordersTables[2]
	default:
		tb = ordersTables[3]
	}
	if kind == "timestamp" || kind == "numeric" {
		tb = ordersTables[1+rng.IntN(2)]
	}
	if kind == "out of scope" {
		tb = ordersTables[1+rng.IntN(3)]
	}
	for _, x := range ordersTables {
		if x.step == table {
			tb = x
		}
	}
	keys := e.targetKeys(t, tb)
	key := keys[rng.IntN(len(keys))]
	T := g.T(tb.step)
	where := " WHERE " + tb.keyCol + " = " + fmt.Sprint(key)
	mu := mutation{step: tb.step, key: key, verdict: runtime.VerdictDiffers}
	// nonNull picks a row whose column is not NULL (a text, time or number to nudge), or reports none.
	nonNull := func(col string) bool {
		var ks []int
		for _, r := range g.rows(t, "SELECT "+tb.keyCol+" FROM "+T+" WHERE tenant_id = 1 AND "+col+" IS NOT NULL ORDER BY "+tb.keyCol) {
			var k int
			fmt.Sscan(r, &k)
			ks = append(ks, k)
		}
		if len(ks) == 0 {
			return false
		}
		mu.key = ks[rng.IntN(len(ks))]
		where = " WHERE " + tb.keyCol + " = " + fmt.Sprint(mu.key)
		return true
	}
	kinds := []string{"cell", "cell", "delete", "extra inside", "extra beyond", "trailing space", "timestamp", "numeric", "out of scope"}
	if tb.step == "accounts" {
		kinds = []string{"cell", "extra inside", "extra beyond", "trailing space"} // orders refer to every account
	}
	for {
		if kind == "" {
			kind = kinds[rng.IntN(len(kinds))]
		}
		switch kind {
		case "cell", "remap":
			col, val := e.randomCell(t, rng, tb, key, kind == "remap")
			mu.column, mu.stmt, mu.args = col, "UPDATE "+T+" SET "+col+" = "+g.d.Placeholder(1)+where, []any{val}
			mu.desc = fmt.Sprintf("%s %d: %s set to %s", tb.step, key, col, oracleText(val))
		case "delete":
			mu.verdict, mu.stmt = runtime.VerdictMissing, "DELETE FROM "+T+where
			mu.desc = fmt.Sprintf("%s %d deleted", tb.step, key)
		case "out of scope":
			mu.verdict, mu.stmt = runtime.VerdictMissing, "UPDATE "+T+" SET tenant_id = 2"+where
			mu.desc = fmt.Sprintf("%s %d moved out of the tenant's scope (tenant_id 2)", tb.step, key)
		case "extra inside", "extra beyond":
			mu.key = e.extraKey(t, rng, tb, kind == "extra beyond")
			mu.verdict, mu.kept = runtime.VerdictExtra, !tb.propagate
			mu.stmt, mu.args = e.extraRow(t, rng, tb, mu.key)
			mu.desc = fmt.Sprintf("%s: extra row %d (%s the source's key range)", tb.step, mu.key, map[bool]string{true: "beyond", false: "inside"}[kind == "extra beyond"])
		case "trailing space":
			col := tb.text[rng.IntN(len(tb.text))]
			if !nonNull(col) {
				kind = ""
				continue
			}
			mu.column, mu.stmt = col, "UPDATE "+T+" SET "+col+" = "+concat(g, col, "' '")+where
			mu.desc = fmt.Sprintf("%s %d: a trailing space appended to %s", tb.step, mu.key, col)
		case "timestamp":
			col := map[string]string{"orders": "placed_at", "items": "seen_at"}[tb.step]
			if col == "" || !nonNull(col) {
				kind = ""
				continue
			}
			sign := []string{"+", "-"}[rng.IntN(2)]
			expr := col + " " + sign + " INTERVAL '1 microsecond'"
			if !g.pg {
				expr = col + " " + sign + " INTERVAL 1 MICROSECOND"
			}
			mu.column, mu.stmt = col, "UPDATE "+T+" SET "+col+" = "+expr+where
			mu.desc = fmt.Sprintf("%s %d: %s %s 1 microsecond", tb.step, mu.key, col, sign)
		case "numeric":
			cols := map[string][]string{"orders": {"amount", "qty"}, "items": {"price"}}[tb.step]
			if len(cols) == 0 {
				kind = ""
				continue
			}
			col := cols[rng.IntN(len(cols))]
			unit := map[string]string{"amount": "0.01", "qty": "1", "price": "0.001"}[col]
			if !nonNull(col) {
				kind = ""
				continue
			}
			sign := []string{"+", "-"}[rng.IntN(2)]
			mu.column, mu.stmt = col, "UPDATE "+T+" SET "+col+" = "+col+" "+sign+" "+unit+where
			mu.desc = fmt.Sprintf("%s %d: %s %s %s (one unit of its scale)", tb.step, mu.key, col, sign, unit)
		}
		return mu
	}
}

func concat(s *e2eSide, a, b string) string {
	if s.pg {
		return a + " || " + b
	}
	return "CONCAT(" + a + ", " + b + ")"
}

// targetKeys are the source keys of the step's target rows in scope.
func (e *e2eEnv) targetKeys(t testing.TB, tb ordersTable) []int {
	t.Helper()
	var keys []int
	for _, r := range e.tgt.rows(t, "SELECT "+tb.keyCol+" FROM "+e.tgt.T(tb.step)+" WHERE tenant_id = 1 ORDER BY "+tb.keyCol) {
		var k int
		fmt.Sscan(r, &k)
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		t.Fatalf("%s has no rows in the target", tb.step)
	}
	return keys
}

// extraKey is a key no row of the step has on either side: inside the moved keys' range (an
// unused key or one of the other tenant), or beyond the source's last key.
func (e *e2eEnv) extraKey(t testing.TB, rng *rand.Rand, tb ordersTable, beyond bool) int {
	t.Helper()
	taken := map[int]bool{}
	for _, k := range e.targetKeys(t, tb) {
		taken[k] = true
	}
	var hi int
	fmt.Sscan(e.src.one(t, "SELECT MAX(id) FROM "+e.src.T(tb.step)), &hi)
	if beyond {
		return hi + 1 + rng.IntN(40)
	}
	keys := e.targetKeys(t, tb)
	for {
		k := keys[0] + rng.IntN(keys[len(keys)-1]-keys[0])
		if !taken[k] {
			return k
		}
	}
}

// extraRow is an INSERT of a target row in scope with the given source key.
func (e *e2eEnv) extraRow(t testing.TB, rng *rand.Rand, tb ordersTable, key int) (string, []any) {
	t.Helper()
	g := e.tgt
	var cols []string
	var vals []any
	switch tb.step {
	case "accounts":
		cols, vals = []string{"legacy_id", "tenant_id", "name"}, []any{key, 1, "extra " + randWord(rng)}
	case "orders":
		var acct int
		fmt.Sscan(g.one(t, "SELECT MIN(id) FROM "+g.T("accounts")+" WHERE tenant_id = 1"), &acct)
		cols = []string{"legacy_id", "tenant_id", "account_id", "note", "amount", "email"}
		vals = []any{key, 1, acct, randWord(rng), "1.25", "extra@example.com"}
	case "items":
		cols, vals = []string{"id", "tenant_id", "label", "price"}, []any{key, 1, randWord(rng), "3.141"}
	case "notes":
		cols, vals = []string{"id", "tenant_id", "body"}, []any{key, 1, randWord(rng)}
	}
	marks := make([]string, len(vals))
	for i := range marks {
		marks[i] = g.d.Placeholder(i + 1)
	}
	return "INSERT INTO " + g.T(tb.step) + " (" + strings.Join(cols, ", ") + ") VALUES (" + strings.Join(marks, ", ") + ")", vals
}

// randomCell picks a column of a target row and a new value for it that differs from the
// current one as the oracle sees it.
func (e *e2eEnv) randomCell(t testing.TB, rng *rand.Rand, tb ordersTable, key int, remap bool) (string, any) {
	t.Helper()
	g := e.tgt
	type gen func() any
	word := func() any { return randWord(rng) }
	orNull := func(f gen) gen {
		return func() any {
			if rng.IntN(4) == 0 {
				return nil
			}
			return f()
		}
	}
	stamp := func() any {
		return time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.Int64N(int64(48 * time.Hour)))).Truncate(time.Microsecond)
	}
	var gens map[string]gen
	switch tb.step {
	case "accounts":
		gens = map[string]gen{"name": word}
	case "orders":
		gens = map[string]gen{
			"note":      orNull(word),
			"amount":    orNull(func() any { return fmt.Sprintf("%d.%02d", rng.IntN(2000)-1000, rng.IntN(100)) }),
			"qty":       orNull(func() any { return rng.Int64N(100) }),
			"placed_at": orNull(stamp),
			"paid":      orNull(func() any { return rng.IntN(2) == 0 }),
			"payload":   orNull(func() any { return []byte{byte(rng.IntN(256)), 0} }),
			"email":     orNull(func() any { return fmt.Sprintf("changed.%d@example.org", rng.IntN(1000)) }),
			// remapped: another account of the tenant, by its target id
			"account_id": func() any {
				ids := g.rows(t, "SELECT id FROM "+g.T("accounts")+" WHERE tenant_id = 1 ORDER BY id")
				var id int
				fmt.Sscan(ids[rng.IntN(len(ids))], &id)
				return id
			},
		}
	case "items":
		gens = map[string]gen{
			"label":   word,
			"price":   orNull(func() any { return fmt.Sprintf("%d.%03d", rng.IntN(2000)-1000, rng.IntN(1000)) }),
			"seen_at": orNull(stamp),
		}
	case "notes":
		gens = map[string]gen{"body": orNull(word)}
	}
	var names []string
	for n := range gens {
		names = append(names, n)
	}
	sortStrings(names)
	col := names[rng.IntN(len(names))]
	if remap {
		col = "account_id"
	}
	for i := 0; i < 100; i++ {
		v := gens[col]()
		if e.changes(t, "UPDATE "+g.T(tb.step)+" SET "+col+" = "+g.d.Placeholder(1)+" WHERE "+tb.keyCol+" = "+fmt.Sprint(key), v) {
			return col, v
		}
	}
	t.Fatalf("no new value for %s.%s", tb.step, col)
	return "", nil
}

// changes reports whether a target statement changes what the oracle sees of the target: it runs
// it in a transaction that is rolled back.
func (e *e2eEnv) changes(t testing.TB, stmt string, args ...any) bool {
	t.Helper()
	tx, err := e.tgt.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	dump := func() string {
		var all []string
		for _, tb := range ordersTables {
			for _, r := range testdb.Query(t, tx, "dump", "SELECT * FROM "+e.tgt.T(tb.step)+" ORDER BY "+tb.keyCol) {
				for _, v := range r {
					all = append(all, oracleText(v))
				}
			}
		}
		return strings.Join(all, "|")
	}
	before := dump()
	if _, err := tx.Exec(stmt, args...); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
	return dump() != before
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
