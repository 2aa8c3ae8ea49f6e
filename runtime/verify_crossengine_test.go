package runtime_test

// The checksum formulas are proven equal across engines: the same rows loaded into PostgreSQL and
// MariaDB give the same chunk sums. verify_types is compiled for PostgreSQL→PostgreSQL and for
// MariaDB→MariaDB against type-equivalent tables (typesSchemas, created on each engine), the same
// rows are loaded into both sources (the awkward values of verify_clean_test.go) and moved with
// `datamove run` (the oracle checks both moves), and then the plans' own verification statements
// run on both engines over the same key ranges, on the source and on the target:
//
//   - row_source and row_target give the same canonical text for every column of every row —
//     the mapped ones (LOWER, CHAR_LENGTH, CONVERT_TZ across New York's DST changes) included —
//     so a difference, if any, is named down to the row, column and value;
//   - rowhash_source and rowhash_target list the same keys in the same order with the same
//     hash_1 and hash_2;
//   - chunk_boundary, walked in step on both engines (chunks of 1, 3 and 7 rows, over an integer
//     key and a composite key of text and integer), cuts the same chunks: same upper keys, same
//     row counts;
//   - checksum_source and checksum_target give, per chunk, the same row count and two sums on
//     both sides of both engines, equal to those Go computes from the row texts (MD5, two 60-bit
//     slices).
//
// Then many more doubles (every power of ten from 1e-20 to 1e20 and its neighbours, random
// magnitudes and bit patterns) must print alike on both engines, and as Go prints their shortest
// digits in MySQL's notation.
//
// Values the engines cannot hold alike, or print alike by design, are left out of the rows both
// engines get, each with its reason (typesCrossExcluded: a double on a rounding midpoint such as
// 1e23, negative zero, JSON text); the test then loads each of them on both engines and requires
// their texts to still differ while denoting the same value, so an exclusion that is no longer
// needed shows. Keys are chosen so that PostgreSQL's C.UTF-8 and MariaDB's utf8mb4_bin order
// them alike (see typesLabelNames: no trailing spaces, nothing below the space, for MariaDB's
// PAD SPACE).

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/plan"
)

// crossEngine is one engine's side of the comparison: its env and a runner of its plan's
// statements on one session (same server: the plan names the source and the target tables with
// their schema, so one session reaches both).
type crossEngine struct {
	name string
	e    *e2eEnv
	r    *testdb.PlanRun
}

func newCrossEngine(t *testing.T, m e2eMode, vals [][]any) *crossEngine {
	t.Helper()
	src, tgt := typesSchemas()
	e := newVerifyEnv(t, m, "verify_types", src, tgt)
	e.seedTypes(t, vals)
	e.mustRun(t, nil, nil)
	if !e.checkTypes(t) {
		t.Fatalf("%s: the oracle finds the move wrong", m)
	}
	man, err := plan.Read(e.planDir)
	if err != nil {
		t.Fatal(err)
	}
	p := &plan.Plan{Manifest: man, Files: map[string][]byte{}}
	for _, f := range man.Files {
		b, err := os.ReadFile(filepath.Join(e.planDir, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		p.Files[f.Path] = b
	}
	conn, err := e.src.db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	r := &testdb.PlanRun{Conn: conn, Dialect: e.src.d, Plan: p}
	for _, s := range man.Setup {
		if s.Role == "session_source" {
			r.Exec(t, s)
		}
	}
	return &crossEngine{name: m.engine, e: e, r: r}
}

func (c *crossEngine) step(t *testing.T, name string) plan.Step {
	t.Helper()
	for _, st := range c.r.Plan.Manifest.Steps {
		if st.Name == name {
			return st
		}
	}
	t.Fatalf("%s: the plan has no step %s", c.name, name)
	return plan.Step{}
}

// stmt is the engine's own statement of the step: the two plans name their files alike, but
// their binds differ (MySQL repeats a placeholder for each use of a bind).
func (c *crossEngine) stmt(t *testing.T, step plan.Step, role string) plan.Statement {
	t.Helper()
	st := c.step(t, step.Name)
	s, ok := c.r.Statement(st, role)
	if !ok {
		t.Fatalf("%s: step %s has no %s statement", c.name, st.Name, role)
	}
	return s
}

// crossKey prints a key value the way both engines' values of it print alike: integers exactly
// (PostgreSQL gives an int32 column as int64 and MariaDB may give text), text as quoted.
func crossKey(st plan.Step, key []any) string {
	parts := make([]string, len(key))
	for i, v := range key {
		if strings.HasPrefix(st.SourceKey[i].Type, "int") {
			parts[i] = typesNum(v)
		} else {
			parts[i] = fmt.Sprintf("%q", fmt.Sprint(v))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// crossRange are the binds of the key range (lo, hi]; nil is open.
func crossRange(st plan.Step, lo, hi []any) map[string]any {
	v := map[string]any{"lo_open": lo == nil, "hi_open": hi == nil}
	for i, k := range st.SourceKey {
		if lo != nil {
			v["lo."+k.Name] = lo[i]
		}
		if hi != nil {
			v["hi."+k.Name] = hi[i]
		}
	}
	return v
}

// crossHash is a row of rowhash_*: the key as crossKey prints it, and the two hash terms.
type crossHash struct{ key, h1, h2 string }

func (c *crossEngine) rowhashes(t *testing.T, st plan.Step, role string) ([]crossHash, [][]any) {
	t.Helper()
	rows := c.r.ExecWith(t, c.stmt(t, st, role), crossRange(st, nil, nil))
	nk := len(st.SourceKey)
	out := make([]crossHash, len(rows))
	keys := make([][]any, len(rows))
	for i, row := range rows {
		out[i] = crossHash{key: crossKey(st, row[:nk]), h1: typesNum(row[nk]), h2: typesNum(row[nk+1])}
		keys[i] = row[:nk]
	}
	return out, keys
}

// sums runs a checksum statement over (lo, hi]: row count, hash_sum_1, hash_sum_2 as exact text.
func (c *crossEngine) sums(t *testing.T, st plan.Step, role string, lo, hi []any) string {
	t.Helper()
	rows := c.r.ExecWith(t, c.stmt(t, st, role), crossRange(st, lo, hi))
	if len(rows) != 1 || len(rows[0]) != 3 {
		t.Fatalf("%s: %s returned %v", c.name, role, rows)
	}
	return typesNum(rows[0][0]) + " " + typesNum(rows[0][1]) + " " + typesNum(rows[0][2])
}

// texts runs row_source or row_target for one key: the canonical text of each checksummed column.
func (c *crossEngine) texts(t *testing.T, st plan.Step, role string, key []any) []string {
	t.Helper()
	values := map[string]any{}
	for i, k := range st.SourceKey {
		values["key."+k.Name] = key[i]
	}
	rows := c.r.ExecWith(t, c.stmt(t, st, role), values)
	if len(rows) != 1 {
		t.Fatalf("%s: %s for %s returned %d rows", c.name, role, crossKey(st, key), len(rows))
	}
	out := make([]string, 0, len(rows[0]))
	for _, v := range rows[0][len(st.SourceKey):] {
		out = append(out, fmt.Sprint(v))
	}
	return out
}

// crossGoSums are the count and sums of the row texts' MD5 slices, computed in Go.
func crossGoSums(texts [][]string) string {
	s1, s2 := new(big.Int), new(big.Int)
	for _, tx := range texts {
		sum := md5.Sum([]byte(strings.Join(tx, "|")))
		h := hex.EncodeToString(sum[:])
		a, _ := strconv.ParseUint(h[0:15], 16, 64)
		b, _ := strconv.ParseUint(h[15:30], 16, 64)
		s1.Add(s1, new(big.Int).SetUint64(a))
		s2.Add(s2, new(big.Int).SetUint64(b))
	}
	return fmt.Sprint(len(texts), " ", s1, " ", s2)
}

func TestVerifyChecksumsAgreeAcrossEngines(t *testing.T) {
	t.Parallel()
	vals := typesRowsFrom(typesCrossLists())
	engines := []*crossEngine{newCrossEngine(t, pgSame, vals), newCrossEngine(t, myrSame, vals)}
	for _, name := range []string{"vals", "labels"} {
		want := map[string]int{"vals": len(vals), "labels": len(typesLabelsRows())}[name]
		a, b := engines[0].step(t, name), engines[1].step(t, name)
		if fmt.Sprint(a.SourceKey, a.ChecksumColumns) != fmt.Sprint(b.SourceKey, b.ChecksumColumns) {
			t.Fatalf("%s: the plans differ in key or checksummed columns: %v %v / %v %v", name, a.SourceKey, a.ChecksumColumns,
				b.SourceKey, b.ChecksumColumns)
		}
		keys, texts := crossTexts(t, engines, a)
		if len(keys) != want {
			t.Fatalf("%s: rowhash_source lists %d rows, %d were loaded", name, len(keys), want)
		}
		crossRowHashes(t, engines, a)
		var chunks []string
		for _, size := range []int{1, 3, 7} {
			chunks = append(chunks, fmt.Sprintf("%d chunks of %d", crossChunks(t, engines, a, size, keys, texts), size))
		}
		t.Logf("%s: %d rows × %d columns: the same canonical texts, row hashes and, over %s, chunk sums on the source and the target of both engines",
			name, len(keys), len(a.ChecksumColumns), strings.Join(chunks, ", "))
	}
	// After the comparisons: they add source rows.
	checkExcluded(t, engines)
	checkFloatSweep(t, engines)
}

// crossTexts requires row_source and row_target to give, for every key of the first engine's
// rowhash_source, the same canonical text of every column on both engines. It returns the keys,
// and the texts by crossKey.
func crossTexts(t *testing.T, engines []*crossEngine, st plan.Step) ([][]any, map[string][]string) {
	t.Helper()
	ref := engines[0]
	_, keys := ref.rowhashes(t, st, "rowhash_source")
	texts := map[string][]string{}
	shown := 0
	for _, key := range keys {
		k := crossKey(st, key)
		want := ref.texts(t, st, "row_source", key)
		texts[k] = want
		for _, c := range engines {
			for _, role := range []string{"row_source", "row_target"} {
				got := c.texts(t, st, role, key)
				for i := range want {
					if i < len(got) && got[i] == want[i] {
						continue
					}
					if shown++; shown <= 30 {
						g := "(none)"
						if i < len(got) {
							g = got[i]
						}
						t.Errorf("%s %s, column %s: %s %s gives %q, %s row_source %q", st.Name, k, st.ChecksumColumns[i], c.name, role, g,
							ref.name, want[i])
					}
				}
			}
		}
	}
	return keys, texts
}

// crossRowHashes requires rowhash_source and rowhash_target to list the same keys in the same
// order with the same hash_1 and hash_2 on both engines.
func crossRowHashes(t *testing.T, engines []*crossEngine, st plan.Step) {
	t.Helper()
	want, _ := engines[0].rowhashes(t, st, "rowhash_source")
	for _, c := range engines {
		for _, role := range []string{"rowhash_source", "rowhash_target"} {
			got, _ := c.rowhashes(t, st, role)
			shown := 0
			for i := 0; i < max(len(got), len(want)) && shown < 10; i++ {
				if i >= len(got) || i >= len(want) || got[i] != want[i] {
					t.Errorf("%s: %s %s row %d: %+v, %s rowhash_source %+v", st.Name, c.name, role, i+1, crossAt(got, i), engines[0].name, crossAt(want, i))
					shown++
				}
			}
		}
	}
}

// crossChunks walks the key range with chunk_boundary on both engines in step, size rows a
// chunk, up to the last chunk open above (as verify checks it), and requires the same upper key
// and row count from both, then per chunk the same count and sums from checksum_source and
// checksum_target on both engines, equal to Go's over the chunk's row texts. It returns the
// number of chunks.
func crossChunks(t *testing.T, engines []*crossEngine, st plan.Step, size int, keys [][]any, texts map[string][]string) int {
	t.Helper()
	var lo []any
	chunks, rows := 0, 0
	for done := false; !done; chunks++ {
		var hi []any
		var first string
		for i, c := range engines {
			values := crossRange(st, lo, nil)
			values["batch_size"] = size
			got := c.r.ExecWith(t, c.stmt(t, st, "chunk_boundary"), values)
			bound := "none (the range is done)"
			if len(got) > 0 {
				bound = crossKey(st, got[0][:len(st.SourceKey)]) + ", batch_rows " + typesNum(got[0][len(st.SourceKey)])
			}
			switch {
			case i == 0:
				first = bound
				if len(got) > 0 {
					hi = got[0][:len(st.SourceKey)]
				}
			case bound != first:
				t.Fatalf("%s, chunks of %d after %v: chunk_boundary on %s gives %s, on %s %s", st.Name, size, lo, c.name, bound,
					engines[0].name, first)
			}
		}
		done = hi == nil
		var in [][]string
		for _, key := range keys {
			if crossInRange(st, key, lo, hi) {
				in = append(in, texts[crossKey(st, key)])
			}
		}
		want := crossGoSums(in)
		rows += len(in)
		for _, c := range engines {
			for _, role := range []string{"checksum_source", "checksum_target"} {
				if got := c.sums(t, st, role, lo, hi); got != want {
					t.Errorf("%s, chunks of %d, (%v, %v]: %s %s gives %s, Go over the row texts %s", st.Name, size, lo, hi, c.name, role, got, want)
				}
			}
		}
		lo = hi
	}
	if rows != len(keys) {
		t.Errorf("%s, chunks of %d: the chunks hold %d rows, the table %d", st.Name, size, rows, len(keys))
	}
	return chunks
}

func crossAt(h []crossHash, i int) any {
	if i < len(h) {
		return h[i]
	}
	return "(none)"
}

// crossInRange reports whether a key (as the source returned it) lies in (lo, hi], for the test's
// keys: an integer id, or a text and an integer compared by code point (as both engines do).
func crossInRange(st plan.Step, key, lo, hi []any) bool {
	cmp := func(a, b []any) int {
		for i := range a {
			var c int
			if strings.HasPrefix(st.SourceKey[i].Type, "int") {
				x, _ := new(big.Int).SetString(typesNum(a[i]), 10)
				y, _ := new(big.Int).SetString(typesNum(b[i]), 10)
				c = x.Cmp(y)
			} else {
				c = strings.Compare(fmt.Sprint(a[i]), fmt.Sprint(b[i]))
			}
			if c != 0 {
				return c
			}
		}
		return 0
	}
	return (lo == nil || cmp(key, lo) > 0) && (hi == nil || cmp(key, hi) <= 0)
}

// typesCrossExcluded are the values of typesValueLists that the rows both engines get leave out:
// each is held or printed differently by the engines by design, so its canonical text differs
// while the value is the same. TestVerifyChecksumsAgreeAcrossEngines checks, value by value,
// that this is still so: the texts differ and denote the same value.
var typesCrossExcluded = []struct {
	column, reason string
	values         []any
}{
	{"t_float", "a double whose shortest digits lie exactly halfway between two doubles: the double nearest 1e23 is " +
		"99999999999999991611392, and 1e23 is the midpoint between it and the next one; MariaDB prints 1e23, which reads " +
		"back as that double (halfway rounds to even), PostgreSQL's shortest-digits printer (Ryu) leaves such midpoints " +
		"out and prints 9.999999999999999e22 (docs/verify.md, limits: floats are compared by their text)",
		[]any{1e23}},
	{"t_float", "negative zero: MariaDB's DOUBLE has none (it stores -0 as 0), PostgreSQL's keeps and prints it (-0)",
		[]any{math.Copysign(0, -1)}},
	{"t_json", "JSON text: each engine prints its own normalised form (docs/verify.md, normalisations and limits) — PostgreSQL's " +
		"jsonb with a space after : and , and keys ordered by length then bytes, \\u escapes decoded and -0 read as " +
		"the number 0; MariaDB's JSON_COMPACT without spaces, keys as written, escapes and -0 kept; the two agree on " +
		"scalars and empty containers only",
		[]any{`-0`, `{"b": 1, "a": [1, 2.50, "é😀"], "c": {"d": null}, "e": ""}`, `[1, "two", {"three": 3}, [], {}]`,
			`"tab\tand \"quote\" and \\ and \u00e9"`, `{"nested": {"deep": {"deeper": [true, false, null]}}}`, `{"aa": 1, "b": 2, "a": 3}`}},
}

// typesCrossLists are the value lists of the rows both engines get: typesValueLists without
// typesCrossExcluded.
func typesCrossLists() [][]any {
	lists := typesValueLists()
	out := make([][]any, len(lists))
	for c, l := range lists {
		col := typesValsColumns[c+1].Name
		for _, v := range l {
			keep := true
			for _, x := range typesCrossExcluded {
				for _, w := range x.values {
					keep = keep && !(x.column == col && fmt.Sprintf("%#v", v) == fmt.Sprintf("%#v", w))
				}
			}
			if keep {
				out[c] = append(out[c], v)
			}
		}
	}
	kept, all, excluded := 0, 0, 0
	for c := range lists {
		kept, all = kept+len(out[c]), all+len(lists[c])
	}
	for _, x := range typesCrossExcluded {
		excluded += len(x.values)
	}
	if all-kept != excluded {
		panic(fmt.Sprintf("typesCrossExcluded lists %d values, %d of typesValueLists match them", excluded, all-kept))
	}
	return out
}

// checkExcluded inserts each excluded value into a source row of its own on both engines and
// requires row_source to give different texts on the two that denote the same value: the reason
// for the exclusion still holds, and it is the engines' notation, not the checksum's content.
func checkExcluded(t *testing.T, engines []*crossEngine) {
	t.Helper()
	id := int64(100000)
	checked := 0
	for _, x := range typesCrossExcluded {
		for _, v := range x.values {
			id++
			var texts []string
			for _, c := range engines {
				s := c.e.src
				s.typesExec(t, "INSERT INTO "+s.T("vals")+" (id, "+s.d.QuoteIdent(x.column)+") VALUES ("+s.d.Placeholder(1)+", "+
					s.d.Placeholder(2)+")", id, v)
				st := c.step(t, "vals")
				row := c.texts(t, st, "row_source", []any{id})
				for i, col := range st.ChecksumColumns {
					if col == x.column {
						texts = append(texts, row[i])
					}
				}
			}
			value := func(text string) string {
				body := text[strings.IndexByte(text, ':')+1:]
				if x.column == "t_json" {
					return typesJSONText(t, body)
				}
				f, err := strconv.ParseFloat(body, 64)
				if err != nil {
					t.Fatalf("%s %v: %q is not a float", x.column, v, text)
				}
				return fmt.Sprint(f + 0) // -0 + 0 is 0: the same value
			}
			switch {
			case texts[0] == texts[1]:
				t.Errorf("%s %#v: both engines print %q; the exclusion (%s) is no longer needed: move the value back into the compared rows",
					x.column, v, texts[0], x.reason)
			case value(texts[0]) != value(texts[1]):
				t.Errorf("%s %#v: postgres prints %q, mariadb %q: not the same value, more than the excluded notation (%s)",
					x.column, v, texts[0], texts[1], x.reason)
			default:
				checked++
				t.Logf("excluded %s %v: postgres %q, mariadb %q", x.column, v, texts[0], texts[1])
			}
		}
	}
	t.Logf("%d excluded values: each prints differently on the two engines and denotes the same value", checked)
}

// crossFloatText is the canonical text of a double as the dialects print it, in Go: the shortest
// digits that read back as it, in MySQL's notation (my_gcvt) — fixed from 1e-15 up to 1e15, and
// up to 1e16 when the digits run past the point; else an exponent without + or leading zeros.
func crossFloatText(x float64) string {
	if x == 0 {
		return "0"
	}
	e := strconv.FormatFloat(x, 'e', -1, 64) // d.ddde±XX
	at := strings.LastIndexByte(e, 'e')
	exp, err := strconv.Atoi(e[at+1:])
	if err != nil {
		panic(e)
	}
	digits := len(strings.NewReplacer("-", "", ".", "").Replace(e[:at]))
	if exp >= -15 && (exp <= 14 || digits > exp+1) {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return e[:at] + "e" + strconv.Itoa(exp)
}

// checkFloatSweep loads many doubles into both engines' sources — every power of ten from 1e-20
// to 1e20 and its neighbours, both engines' notation switches, subnormals, random magnitudes and
// random bit patterns (a fixed seed) — and requires row_source to print each, on both engines, as
// crossFloatText does: the float formula agrees beyond the handful of values in the rows.
func checkFloatSweep(t *testing.T, engines []*crossEngine) {
	t.Helper()
	var xs []float64
	for k := -20; k <= 20; k++ {
		p, _ := strconv.ParseFloat("1e"+strconv.Itoa(k), 64)
		for _, x := range []float64{p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)), 1.5 * p, 9.999999999999999 * p} {
			xs = append(xs, x, -x)
		}
	}
	xs = append(xs, math.SmallestNonzeroFloat64, 2.2250738585072009e-308, math.MaxFloat64, 1<<53, 1<<53+2, 0.1+0.2,
		1000000000000000.1, 1234567890123456.7, 9999999999999998, 1234567890123456)
	rng := rand.New(rand.NewPCG(20241103, 1))
	for len(xs) < 400 {
		x := math.Float64frombits(rng.Uint64())
		if rng.IntN(2) == 0 {
			x = (rng.Float64() - 0.5) * math.Pow(10, float64(rng.IntN(41)-20))
		}
		if !math.IsNaN(x) && !math.IsInf(x, 0) && x != 0 {
			xs = append(xs, x)
		}
	}
	first := int64(200000)
	for _, c := range engines {
		s := c.e.src
		rows := make([][]any, len(xs))
		for i, x := range xs {
			rows[i] = []any{first + int64(i), x}
		}
		s.insert(t, "vals", []string{"id", "t_float"}, rows)
	}
	bad := 0
	for i, x := range xs {
		want := fmt.Sprintf("%d:%s", utf8.RuneCountInString(crossFloatText(x)), crossFloatText(x))
		for _, c := range engines {
			st := c.step(t, "vals")
			row := c.texts(t, st, "row_source", []any{first + int64(i)})
			for j, col := range st.ChecksumColumns {
				if col == "t_float" && row[j] != want {
					if bad++; bad <= 20 {
						t.Errorf("the double %v (bits %016x) prints as %q on %s, want %q", x, math.Float64bits(x), row[j], c.name, want)
					}
				}
			}
		}
	}
	if bad == 0 {
		t.Logf("float sweep: %d doubles print alike on both engines and as Go's MySQL-notation shortest digits", len(xs))
	}
}
