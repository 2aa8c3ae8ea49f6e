package compiler_test

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
)

// The statements datamove verify and reconcile run, checked after a step's copy against the
// checksums the copy test already trusts and against each other: chunk_boundary cuts the
// checksum's rows into chunks, rowhash_* list the very terms checksum_* sum, row_* print the
// very fields the row hashes hash, sample_keys picks keys of the same rows. Then one target cell
// is changed (in a transaction that is rolled back) and the drill-down must find exactly that row
// and that column.

// verifyChunk is the batch_size the chunk walk uses: several chunks even for Fill's three rows.
const verifyChunk = 2

// hashedRow is a row of rowhash_source or rowhash_target.
type hashedRow struct {
	key    []any
	h1, h2 string
}

// checkVerification runs a step's verification statements after its copy. rejects are the
// quarantined rows ("source_key | reason"): in the source, never in the target.
func checkVerification(t *testing.T, r *testdb.PlanRun, st plan.Step, tgtSnap *schema.Database, mode string, rejects []string) {
	t.Helper()
	where := fmt.Sprintf("%s, step %s", mode, st.Name)
	stmt := func(role string) plan.Statement {
		t.Helper()
		s, ok := r.Statement(st, role)
		if !ok {
			t.Fatalf("%s has no %s statement", where, role)
		}
		return s
	}
	nk := len(st.SourceKey)
	if nk == 0 {
		t.Fatalf("%s: plan.json lists no source key", where)
	}
	rejected := map[string]bool{}
	for _, rj := range rejects {
		rejected[rejectKey(t, st, rj)] = true
	}

	// Whole range: the row hashes sum to the checksums, on each side.
	source := rowHashes(t, r, stmt("rowhash_source"), st, nil)
	target := rowHashes(t, r, stmt("rowhash_target"), st, nil)
	checkSums(t, where+", source", source, r.Exec(t, stmt("checksum_source")))
	checkSums(t, where+", target", target, r.Exec(t, stmt("checksum_target")))
	if n := count(t, r.Exec(t, stmt("count_source"))); int64(len(source)) != n {
		t.Errorf("%s: rowhash_source lists %d rows, count_source counts %d", where, len(source), n)
	}
	checkOrdered(t, where+", rowhash_source", st, source)
	checkOrdered(t, where+", rowhash_target", st, target)

	// The same keys with the same hashes on both sides, but for the rows the quarantine took.
	if diff := differing(st, source, target, rejected); len(diff) > 0 {
		t.Errorf("%s: rowhash_source and rowhash_target differ at %v", where, diff)
	}

	checkChunks(t, r, st, where, source)

	// Row by row: row_source prints the fields whose MD5 rowhash_source lists, row_target the same
	// texts for the same key.
	srcRows := map[string][]string{}
	for _, h := range source {
		k := keyText(st, h.key)
		cols, s := rowTexts(t, r, stmt("row_source"), st, h.key)
		checkRowColumns(t, where+", row_source", st, cols)
		if s == nil {
			t.Errorf("%s: row_source finds no row for key %s, which rowhash_source lists", where, k)
			continue
		}
		srcRows[k] = s
		if h1, h2 := hash60(strings.Join(s, "|"), 1), hash60(strings.Join(s, "|"), 16); h1 != h.h1 || h2 != h.h2 {
			t.Errorf("%s: the MD5 of row_source's texts %q for key %s gives hashes %s %s, rowhash_source %s %s",
				where, s, k, h1, h2, h.h1, h.h2)
		}
		cols, tr := rowTexts(t, r, stmt("row_target"), st, h.key)
		checkRowColumns(t, where+", row_target", st, cols)
		switch {
		case rejected[k]:
			if tr != nil {
				t.Errorf("%s: row_target finds a row for the quarantined key %s: %q", where, k, tr)
			}
		case tr == nil:
			t.Errorf("%s: row_target finds no row for key %s", where, k)
		case strings.Join(tr, "|") != strings.Join(s, "|"):
			t.Errorf("%s: key %s: row_source gives %q, row_target %q", where, k, s, tr)
		}
	}
	if cols, none := rowTexts(t, r, stmt("row_source"), st, absentKey(st)); none != nil {
		t.Errorf("%s: row_source for a key beyond every row returned %q (columns %v)", where, none, cols)
	}

	checkSample(t, r, stmt("sample_keys"), st, where, source)
	mutateOneCell(t, r, st, tgtSnap, where, source, target, rejected, srcRows)
}

// rowHashes runs a rowhash statement over the whole key range (or with the given binds).
func rowHashes(t *testing.T, r *testdb.PlanRun, s plan.Statement, st plan.Step, values map[string]any) []hashedRow {
	t.Helper()
	cols, rows := r.ExecColumns(t, s, values)
	nk := len(st.SourceKey)
	want := append(keyNames(st), "hash_1", "hash_2")
	if strings.Join(cols, ",") != strings.Join(want, ",") {
		t.Fatalf("%s returns the columns %v, want %v", s.File, cols, want)
	}
	out := make([]hashedRow, len(rows))
	for i, row := range rows {
		out[i] = hashedRow{key: row[:nk], h1: fmt.Sprint(row[nk]), h2: fmt.Sprint(row[nk+1])}
	}
	return out
}

func keyNames(st plan.Step) []string {
	out := make([]string, len(st.SourceKey))
	for i, k := range st.SourceKey {
		out[i] = k.Name
	}
	return out
}

// checkSums requires a checksum's count and sums to be those of the row hashes.
func checkSums(t *testing.T, where string, rows []hashedRow, checksum [][]any) {
	t.Helper()
	s1, s2 := new(big.Int), new(big.Int)
	for _, h := range rows {
		s1.Add(s1, bigInt(t, h.h1))
		s2.Add(s2, bigInt(t, h.h2))
	}
	if len(checksum) != 1 || len(checksum[0]) != 3 {
		t.Fatalf("%s: a checksum returned %v", where, checksum)
	}
	c := checksum[0]
	got := fmt.Sprint(len(rows), " ", s1, " ", s2)
	want := fmt.Sprint(bigInt(t, c[0]), " ", bigInt(t, c[1]), " ", bigInt(t, c[2]))
	if got != want {
		t.Errorf("%s: the row hashes count and sum to %s, the checksum says %s", where, got, want)
	}
}

func bigInt(t *testing.T, v any) *big.Int {
	t.Helper()
	n, ok := new(big.Int).SetString(fmt.Sprint(v), 10)
	if !ok {
		t.Fatalf("%v (%T) is not an integer", v, v)
	}
	return n
}

// keyPart prints one key value in a form both engines and both sides agree on: numbers exactly
// (a key computed on the target, such as id - offset, may come back as another numeric type),
// times in UTC.
func keyPart(typ string, v any) string {
	if strings.HasPrefix(typ, "int") || strings.HasPrefix(typ, "decimal") {
		if r, ok := new(big.Rat).SetString(fmt.Sprint(v)); ok {
			return r.RatString()
		}
	}
	return show(v)
}

func keyText(st plan.Step, key []any) string {
	parts := make([]string, len(key))
	for i, v := range key {
		parts[i] = keyPart(st.SourceKey[i].Type, v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// rejectKey reads the source key of a reject row ("[2] | reason") as keyText prints it.
func rejectKey(t *testing.T, st plan.Step, reject string) string {
	t.Helper()
	text := reject[:strings.Index(reject, " | ")]
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var vals []any
	if err := dec.Decode(&vals); err != nil || len(vals) != len(st.SourceKey) {
		t.Fatalf("reject row %q: source_key is not a JSON array of the key (%v)", reject, err)
	}
	return keyText(st, vals)
}

// checkOrdered requires a rowhash statement's rows in ascending key order, each key once.
func checkOrdered(t *testing.T, where string, st plan.Step, rows []hashedRow) {
	t.Helper()
	for i := 1; i < len(rows); i++ {
		if c := compareKeys(st, rows[i-1].key, rows[i].key); c >= 0 {
			t.Errorf("%s: key %s comes after %s: not in ascending key order", where, keyText(st, rows[i].key), keyText(st, rows[i-1].key))
		}
	}
}

// compareKeys orders two keys as the engines do for the test's keys: numbers by value, times by
// instant, text by bytes (Fill's text keys are ASCII).
func compareKeys(st plan.Step, a, b []any) int {
	for i := range a {
		typ := st.SourceKey[i].Type
		var c int
		ra, oka := new(big.Rat).SetString(fmt.Sprint(a[i]))
		rb, okb := new(big.Rat).SetString(fmt.Sprint(b[i]))
		switch {
		case (strings.HasPrefix(typ, "int") || strings.HasPrefix(typ, "decimal")) && oka && okb:
			c = ra.Cmp(rb)
		default:
			c = strings.Compare(show(a[i]), show(b[i]))
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// differing lists the keys at which two row-hash lists differ (missing on one side or another
// hash), leaving out expected: keys the source has and the target must not.
func differing(st plan.Step, source, target []hashedRow, expected map[string]bool) []string {
	s, tg := map[string]string{}, map[string]string{}
	for _, h := range source {
		s[keyText(st, h.key)] = h.h1 + " " + h.h2
	}
	for _, h := range target {
		tg[keyText(st, h.key)] = h.h1 + " " + h.h2
	}
	var out []string
	for k, v := range s {
		w, ok := tg[k]
		switch {
		case expected[k]:
			if ok {
				out = append(out, k+" (quarantined, yet in the target)")
			}
		case !ok:
			out = append(out, k+" (missing in the target)")
		case v != w:
			out = append(out, k+" (hashes differ)")
		}
	}
	for k := range tg {
		if _, ok := s[k]; !ok {
			out = append(out, k+" (extra in the target)")
		}
	}
	sort.Strings(out)
	return out
}

// checkChunks walks the whole key range with chunk_boundary, verifyChunk rows at a time: the
// chunks' batch_rows add up to count_source, each chunk's checksum counts its batch_rows, the
// chunks' checksums add up to the whole checksum, and the last chunk ends at the last key.
func checkChunks(t *testing.T, r *testdb.PlanRun, st plan.Step, where string, source []hashedRow) {
	t.Helper()
	cb, _ := r.Statement(st, "chunk_boundary")
	cs, _ := r.Statement(st, "checksum_source")
	total := count(t, r.Exec(t, mustRole(t, r, st, "count_source")))
	bounds := func(prefix string, open bool, key []any) map[string]any {
		v := map[string]any{prefix + "_open": open}
		for i, k := range st.SourceKey {
			if key != nil {
				v[prefix+"."+k.Name] = key[i]
			}
		}
		return v
	}
	var lo, last []any
	var rows int64
	s1, s2 := new(big.Int), new(big.Int)
	chunks := 0
	for {
		values := bounds("lo", lo == nil, lo)
		values["batch_size"] = verifyChunk
		cols, got := r.ExecColumns(t, cb, values)
		if want := append(keyNames(st), "batch_rows"); strings.Join(cols, ",") != strings.Join(want, ",") {
			t.Fatalf("%s: chunk_boundary returns the columns %v, want %v", where, cols, want)
		}
		if len(got) == 0 {
			break
		}
		if len(got) != 1 {
			t.Fatalf("%s: chunk_boundary returned %d rows, want at most one", where, len(got))
		}
		chunks++
		hi := got[0][:len(st.SourceKey)]
		n := count(t, [][]any{{got[0][len(st.SourceKey)]}})
		if n < 1 || n > verifyChunk {
			t.Errorf("%s: chunk %d holds %d rows, want 1 to %d", where, chunks, n, verifyChunk)
		}
		sum := bounds("lo", lo == nil, lo)
		for k, v := range bounds("hi", false, hi) {
			sum[k] = v
		}
		c := r.ExecWith(t, cs, sum)
		if got := count(t, [][]any{{c[0][0]}}); got != n {
			t.Errorf("%s: chunk %d (up to %s) holds %d rows by chunk_boundary, %d by checksum_source", where, chunks, keyText(st, hi), n, got)
		}
		s1.Add(s1, bigInt(t, c[0][1]))
		s2.Add(s2, bigInt(t, c[0][2]))
		rows += n
		lo, last = hi, hi
		if chunks > 10000 {
			t.Fatalf("%s: chunk_boundary does not end", where)
		}
	}
	if rows != total {
		t.Errorf("%s: the chunks' batch_rows add up to %d, count_source counts %d", where, rows, total)
	}
	whole := r.Exec(t, cs)
	if fmt.Sprint(s1, " ", s2) != fmt.Sprint(bigInt(t, whole[0][1]), " ", bigInt(t, whole[0][2])) {
		t.Errorf("%s: the chunks' checksums add up to %v %v, the whole range's is %v", where, s1, s2, whole)
	}
	switch {
	case len(source) == 0 && last != nil:
		t.Errorf("%s: chunk_boundary found chunks in an empty range", where)
	case len(source) > 0 && (last == nil || keyText(st, last) != keyText(st, source[len(source)-1].key)):
		t.Errorf("%s: the last chunk ends at %v, the last key is %s", where, last, keyText(st, source[len(source)-1].key))
	}
}

func mustRole(t *testing.T, r *testdb.PlanRun, st plan.Step, role string) plan.Statement {
	t.Helper()
	s, ok := r.Statement(st, role)
	if !ok {
		t.Fatalf("step %s has no %s statement", st.Name, role)
	}
	return s
}

// keyBinds binds key.<col> to a key's values.
func keyBinds(st plan.Step, key []any) map[string]any {
	v := map[string]any{}
	for i, k := range st.SourceKey {
		v["key."+k.Name] = key[i]
	}
	return v
}

// rowTexts runs row_source or row_target for one key: the column names, and the canonical texts
// after the key (nil: no row). The key columns it returns must be the key asked for.
func rowTexts(t *testing.T, r *testdb.PlanRun, s plan.Statement, st plan.Step, key []any) ([]string, []string) {
	t.Helper()
	cols, rows := r.ExecColumns(t, s, keyBinds(st, key))
	switch len(rows) {
	case 0:
		return cols, nil
	case 1:
	default:
		t.Fatalf("%s returned %d rows for key %s, want at most one", s.File, len(rows), keyText(st, key))
	}
	nk := len(st.SourceKey)
	if got := keyText(st, rows[0][:nk]); got != keyText(st, key) {
		t.Errorf("%s returned key %s for key %s", s.File, got, keyText(st, key))
	}
	out := make([]string, 0, len(rows[0])-nk)
	for _, v := range rows[0][nk:] {
		text, ok := v.(string)
		if !ok {
			t.Fatalf("%s returned %T %v for key %s, want canonical text", s.File, v, v, keyText(st, key))
		}
		out = append(out, text)
	}
	return cols, out
}

// checkRowColumns requires row_source and row_target to return the key columns, then the
// checksummed target columns in plan.json's order.
func checkRowColumns(t *testing.T, where string, st plan.Step, cols []string) {
	t.Helper()
	want := append(keyNames(st), st.ChecksumColumns...)
	if strings.Join(cols, ",") != strings.Join(want, ",") {
		t.Errorf("%s returns the columns %v, want the key and checksum_columns %v", where, cols, want)
	}
}

// absentKey is a key after every listed key (for an integer first column), else a key of
// Fill's values that no row holds.
func absentKey(st plan.Step) []any {
	key := make([]any, len(st.SourceKey))
	for i, k := range st.SourceKey {
		key[i] = zeroKey(k.Type)
	}
	if strings.HasPrefix(st.SourceKey[0].Type, "int") {
		key[0] = int64(1000000)
	}
	return key
}

func zeroKey(typ string) any {
	switch {
	case strings.HasPrefix(typ, "int"), strings.HasPrefix(typ, "decimal"):
		return 0
	case strings.HasPrefix(typ, "timestamp"):
		return time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)
	case typ == "date":
		return "1999-01-01"
	case typ == "uuid":
		return "ffffffff-0000-0000-0000-000000000000"
	}
	return "no such key"
}

// hash60 is Hash60 in Go: 15 hex digits of MD5(text) from digit from (1-based), as a number.
func hash60(text string, from int) string {
	sum := md5.Sum([]byte(text))
	h := hex.EncodeToString(sum[:])
	n, err := strconv.ParseUint(h[from-1:from-1+15], 16, 64)
	if err != nil {
		panic(err)
	}
	return strconv.FormatUint(n, 10)
}

// checkSample: sample_keys returns at most sample_size distinct keys of the checksummed rows, and
// all of them when the sample is larger than the step.
func checkSample(t *testing.T, r *testdb.PlanRun, s plan.Statement, st plan.Step, where string, source []hashedRow) {
	t.Helper()
	all := map[string]bool{}
	for _, h := range source {
		all[keyText(st, h.key)] = true
	}
	for _, size := range []int{1, 2, len(source) + 10} {
		cols, rows := r.ExecColumns(t, s, map[string]any{"sample_size": size})
		if strings.Join(cols, ",") != strings.Join(keyNames(st), ",") {
			t.Errorf("%s: sample_keys returns the columns %v, want the source key %v", where, cols, keyNames(st))
		}
		seen := map[string]bool{}
		for _, row := range rows {
			k := keyText(st, row)
			if !all[k] {
				t.Errorf("%s: sample_keys returned %s, which is not a key of the step's rows", where, k)
			}
			if seen[k] {
				t.Errorf("%s: sample_keys returned %s twice", where, k)
			}
			seen[k] = true
		}
		if want := min(size, len(source)); len(rows) != want {
			t.Errorf("%s: sample_keys of %d returned %d keys, want %d", where, size, len(rows), want)
		}
	}
}

// mutation is a change of one target cell: the column and an expression giving it another value.
type mutation struct {
	column, set string
}

// mutations lists the changes the test can make to one cell of the target table without
// breaking a key, a unique or foreign key, or a type: the checksummed columns that are none of
// these, each set to a value it does not hold; then the checksummed one-column foreign keys, each
// set to another key of its parent.
func mutations(t *testing.T, r *testdb.PlanRun, tb *schema.Table, dialect string, st plan.Step) []mutation {
	d := r.Dialect
	off := map[string]bool{}
	for _, c := range tb.PrimaryKey {
		off[c] = true
	}
	for _, u := range tb.Uniques {
		for _, c := range u.Columns {
			off[c] = true
		}
	}
	for _, fk := range tb.ForeignKeys {
		for _, c := range fk.Columns {
			off[c] = true
		}
	}
	for _, c := range st.ConflictKey {
		off[c] = true
	}
	checksummed := map[string]bool{}
	for _, name := range st.ChecksumColumns {
		checksummed[name] = true
	}
	other := func(name, a, b string) string {
		q := d.QuoteIdent(name)
		return "CASE WHEN " + q + " = " + a + " THEN " + b + " ELSE " + a + " END"
	}
	var out []mutation
	for _, name := range st.ChecksumColumns {
		col := tb.Column(name)
		if col == nil || off[name] || col.Generated != "" || col.Identity != "" {
			continue
		}
		q := d.QuoteIdent(name)
		other := func(a, b string) string { return other(name, a, b) }
		typ := schema.ParseType(dialect, col.Type)
		switch typ.Kind {
		case schema.KindText:
			out = append(out, mutation{name, other("'x'", "'y'")})
		case schema.KindEnum:
			if len(typ.Values) > 1 {
				out = append(out, mutation{name, other(d.QuoteString(typ.Values[0]), d.QuoteString(typ.Values[1]))})
			}
		case schema.KindInt, schema.KindFloat:
			out = append(out, mutation{name, other("1", "2")})
		case schema.KindDecimal:
			if typ.Precision == 0 || typ.Precision-typ.Scale >= 1 {
				out = append(out, mutation{name, other("1", "2")})
			}
		case schema.KindBool:
			out = append(out, mutation{name, "CASE WHEN " + q + " THEN FALSE ELSE TRUE END"})
		case schema.KindDate:
			out = append(out, mutation{name, other("DATE '2001-01-01'", "DATE '2001-01-02'")})
		case schema.KindTimestamp, schema.KindTimestampTZ:
			out = append(out, mutation{name, other("TIMESTAMP '2001-01-01 00:00:00'", "TIMESTAMP '2001-01-02 00:00:00'")})
		}
	}
	q := d.QuoteIdent
	for _, fk := range tb.ForeignKeys {
		name := fk.Columns[0]
		if len(fk.Columns) != 1 || !checksummed[name] || tb.Column(name).Generated != "" {
			continue
		}
		keep := false
		for _, c := range st.ConflictKey {
			keep = keep || c == name
		}
		for _, c := range tb.PrimaryKey {
			keep = keep || c == name
		}
		if keep {
			continue
		}
		ref := q(fk.RefColumns[0])
		parents := testdb.Query(t, r.Conn, "parent keys", "SELECT DISTINCT "+ref+" FROM "+q(r.Plan.Manifest.Target.Schema)+"."+q(fk.RefTable)+
			" WHERE "+ref+" IS NOT NULL ORDER BY 1")
		var lits []string
		for _, p := range parents {
			switch v := p[0].(type) {
			case int64:
				lits = append(lits, strconv.FormatInt(v, 10))
			case string:
				lits = append(lits, d.QuoteString(v))
			}
		}
		if len(lits) > 1 {
			out = append(out, mutation{name, other(name, lits[0], lits[1])})
		}
	}
	return out
}

// mutateOneCell changes one cell of one target row, in a transaction that is rolled back, and
// requires the drill-down the runtime uses to find it: rowhash_source and rowhash_target differ
// at exactly one key, the changed row's, and there row_source and row_target differ in exactly
// the changed column; the chunk checksums no longer agree. The row is the first of the target
// table in key order that stays in the step's scope when the column changes (a column of
// target_where can move a row out of it: then the next column is tried).
func mutateOneCell(t *testing.T, r *testdb.PlanRun, st plan.Step, tgtSnap *schema.Database, where string,
	source, before []hashedRow, rejected map[string]bool, srcRows map[string][]string) {
	t.Helper()
	if len(before) == 0 {
		return // the copy test has said so already
	}
	name := st.Target[strings.IndexByte(st.Target, '.')+1:]
	tb := tgtSnap.Table(name)
	if tb == nil || len(tb.PrimaryKey) == 0 {
		t.Fatalf("%s: the target snapshot has no table %s with a primary key", where, name)
	}
	d, q := r.Dialect, r.Dialect.QuoteIdent
	table := q(r.Plan.Manifest.Target.Schema) + "." + q(name)
	pk := make([]string, len(tb.PrimaryKey))
	for i, c := range tb.PrimaryKey {
		pk[i] = q(c)
	}
	ms := mutations(t, r, tb, tgtSnap.Dialect, st)
	if len(ms) == 0 {
		t.Errorf("%s: %s has no column the test can change (checksummed and no key or unique column: a plain type, or a one-column foreign key with two parents)", where, name)
		return
	}
	targetRows := testdb.Query(t, r.Conn, "target keys", "SELECT "+strings.Join(pk, ", ")+" FROM "+table+" ORDER BY "+strings.Join(pk, ", "))
	cond := make([]string, len(pk))
	for i, c := range pk {
		cond[i] = c + " = " + d.Placeholder(i+1)
	}
	var tried []string
	for _, row := range targetRows {
		for _, m := range ms {
			done := false
			r.RolledBack(t, func(tx *sql.Tx) {
				testdb.Query(t, tx, "mutate one cell", "UPDATE "+table+" SET "+q(m.column)+" = "+m.set+" WHERE "+strings.Join(cond, " AND "), row...)
				after := rowHashes(t, r, mustRole(t, r, st, "rowhash_target"), st, nil)
				changed := differing(st, before, after, nil)
				if len(changed) != 1 || !strings.HasSuffix(changed[0], " (hashes differ)") {
					tried = append(tried, fmt.Sprintf("%v.%s: %v", row, m.column, changed))
					return // the row is out of scope, or the change took it out
				}
				done = true
				key := strings.TrimSuffix(changed[0], " (hashes differ)")
				t.Logf("%s: changed %s of target row %v: the row hashes differ at key %s only", where, m.column, row, key)
				// The drill-down as the runtime does it: the keys whose row hashes differ …
				diff := differing(st, source, after, rejected)
				if len(diff) != 1 || diff[0] != changed[0] {
					t.Errorf("%s: after changing %s of target row %v, rowhash_source and rowhash_target differ at %v, want only %s",
						where, m.column, row, diff, key)
				}
				// … and, for that key, the columns whose canonical texts differ.
				var k []any
				for _, h := range after {
					if keyText(st, h.key) == key {
						k = h.key
					}
				}
				_, tr := rowTexts(t, r, mustRole(t, r, st, "row_target"), st, k)
				s := srcRows[key]
				var cols []string
				for i := range s {
					if i < len(tr) && tr[i] != s[i] {
						cols = append(cols, st.ChecksumColumns[i])
					}
				}
				if len(tr) != len(s) || strings.Join(cols, ",") != m.column {
					t.Errorf("%s: after changing %s of the row with key %s, row_source and row_target differ in %v (%q vs %q), want only %s",
						where, m.column, key, cols, s, tr, m.column)
				}
				if src, tgt := r.Exec(t, mustRole(t, r, st, "checksum_source")), r.Exec(t, mustRole(t, r, st, "checksum_target")); fmt.Sprint(src) == fmt.Sprint(tgt) {
					t.Errorf("%s: after changing %s of the row with key %s, the checksums still agree: %v", where, m.column, key, src)
				}
			})
			if done {
				return
			}
		}
	}
	t.Errorf("%s: no change of one target cell showed as one differing row; tried %v", where, tried)
}
