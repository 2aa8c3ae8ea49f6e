package runtime_test

// No false alarms: a correct move of awkward values — NULLs beside empty strings, unicode
// (multi-byte, emoji, combining marks, ZWJ sequences), the extremes of every integer type and of
// the widest numeric both engines hold, negative zero, doubles at their limits, timestamps across
// New York's daylight-saving changes with microseconds and at the ends of the engines' ranges,
// dates, instants, booleans, bytes and JSON — copied as they are and through mappings (LOWER,
// CHAR_LENGTH, CONVERT_TZ over the DST gap and overlap), and a composite key of text and number
// cut into chunks, verifies clean on both engines, one server and two: exit 0, every check match
// or pass, no differing row. What the target holds is judged first by the test's own oracle
// (ordered dumps of both sides, the mapped values computed here in Go), never by datamove's
// checksums. Then one awkward cell of the target is changed, and verify must name that row and
// that column: the clean result is not the verification seeing nothing.
//
// The tables, rows and oracle here are shared with verify_crossengine_test.go.

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
)

// typesValsColumns are the columns legacy.vals and app.vals share, in order; the target adds
// the mapped columns typesMapped.
var typesValsColumns = []*schema.Column{
	vcol("id", "integer", false),
	vcol("t_text", "text", true),
	vcol("t_small", "smallint", true),
	vcol("t_int", "integer", true),
	vcol("t_big", "bigint", true),
	// The widest decimal both engines hold: MariaDB's DECIMAL stops at 65 digits, 30 of them
	// after the point (PostgreSQL's numeric would go much further).
	vcol("t_wide", "numeric(65,30)", true),
	vcol("t_whole", "numeric(65,0)", true),
	vcol("t_money", "numeric(12,2)", true),
	vcol("t_float", "double precision", true),
	vcol("t_bool", "boolean", true),
	vcol("t_bytes", "bytea", true),
	vcol("t_json", "jsonb", true), // MariaDB: JSON (LONGTEXT checked by json_valid)
	vcol("t_date", "date", true),
	vcol("local_at", "timestamp(6) without time zone", true),
	vcol("t_instant", "timestamp(6) with time zone", true),
}

// typesMapped are the target-only columns of app.vals, which the spec computes.
var typesMapped = []*schema.Column{
	vcol("lowered", "text", true),
	vcol("chars", "bigint", true),
	vcol("utc_at", "timestamp(6) without time zone", true),
}

// typesSchemas are the source and target tables of verify_types, typed as PostgreSQL spells
// them (testdb.CreateSchema renders them for MariaDB).
func typesSchemas() (src, tgt *schema.Database) {
	labels := func() *schema.Table {
		tb := vtable("labels", vcol("name", "character varying(40)", false), vcol("n", "integer", false), vcol("note", "text", true))
		tb.PrimaryKey = []string{"name", "n"}
		return tb
	}
	src = vdb(vtable("vals", typesValsColumns...), labels())
	tgt = vdb(vtable("vals", append(append([]*schema.Column{}, typesValsColumns...), typesMapped...)...), labels())
	return src, tgt
}

// --- the rows ----------------------------------------------------------------------------------

func typesAt(y int, mo time.Month, d, h, mi, s, us int) time.Time {
	return time.Date(y, mo, d, h, mi, s, us*1000, time.UTC)
}

// typesTexts are the texts of t_text and labels.note. LOWER and CHAR_LENGTH of each are the same
// on PostgreSQL (C.UTF-8), MariaDB (utf8mb4_bin) and in Go (strings.ToLower, which the oracle
// uses): ẞ (U+1E9E), which PostgreSQL lower-cases to ß and MariaDB keeps, is left out.
var typesTexts = []any{
	nil, "", " ", "  two spaces around  ", "N", "NULL", "null", "a|b", "3:x", "|", ":", "1:|N|",
	"apple", "Ärger", "naïve", "ÀÉÎÕÜ ΣΑΣ", "İi ǅ Ǆ ß", "日本語テキスト", "😀 ok", "👩\u200d👩\u200d👧\u200d👦", "🇫🇷🇯🇵",
	"e\u0301", "Zoe\u0308", "é", "\u200b", "\ufeffbom", "it's", `back\slash`, "tab\there", "line\nbreak", "crlf\r\n",
	"%_ like", "'; DROP TABLE vals; --", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", strings.Repeat("long é 😀 ", 120),
}

// The values of the other columns: each list starts with NULL.
var (
	typesSmall = []any{nil, int64(-32768), int64(32767), int64(0), int64(-1), int64(1)}
	typesInt   = []any{nil, int64(math.MinInt32), int64(math.MaxInt32), int64(0), int64(-1)}
	typesBig   = []any{nil, int64(math.MinInt64), int64(math.MaxInt64), int64(0), int64(-1), int64(1)}
	// numeric(65,30) at both ends, its smallest step on both sides of zero, a negative zero.
	typesWide = []any{nil, typesNines(35) + "." + typesNines(30), "-" + typesNines(35) + "." + typesNines(30),
		"0." + strings.Repeat("0", 29) + "1", "-0." + strings.Repeat("0", 29) + "1", "-0.000", "0", "1", "-1.5",
		"12345.678901234567890123456789012345"}
	typesWhole = []any{nil, typesNines(65), "-" + typesNines(65), "-0", "0", "1" + strings.Repeat("0", 64)}
	typesMoney = []any{nil, "9999999999.99", "-9999999999.99", "0.01", "-0.01", "-0.00", "0"}
	// Doubles: negative zero (MariaDB stores it as 0), the largest, the smallest subnormal and
	// normal, binary fractions, both engines' switches to exponent notation (1e-4 and 1e-15
	// below, 1e15 and 1e16 above), and 1e23, whose shortest digits lie on a rounding boundary.
	typesFloat = []any{nil, 0.0, math.Copysign(0, -1), math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, 0.1, 1.0 / 3, -2.675, 1e20, 1.5e-7, 123456789012345680.0, 1e15, 1e16, 1e-4, 9.99e-5, 1e-16,
		-1.5e-300, 123456789012345.67, 1000000000000000.1, 1e23}
	typesBool  = []any{nil, true, false}
	typesBytes = []any{nil, []byte{}, []byte{0}, []byte{0xff}, []byte{0, 0, 0}, []byte("\x00a\xffb"), []byte("é"), []byte("N"), []byte("|")}
	// JSON: null beside SQL NULL, empty containers and string, negative zero, a trailing zero,
	// unicode, escapes, nesting, keys out of order.
	typesJSON = []any{nil, `null`, `{}`, `[]`, `""`, `0`, `-0`, `1.50`, `"N"`,
		`{"b": 1, "a": [1, 2.50, "é😀"], "c": {"d": null}, "e": ""}`, `[1, "two", {"three": 3}, [], {}]`,
		`"tab\tand \"quote\" and \\ and \u00e9"`, `{"nested": {"deep": {"deeper": [true, false, null]}}}`, `{"aa": 1, "b": 2, "a": 3}`}
	// Dates and instants at both ends of MariaDB's DATETIME (PostgreSQL's range is wider).
	typesDate    = []any{nil, typesAt(1000, 1, 1, 0, 0, 0, 0), typesAt(1970, 1, 1, 0, 0, 0, 0), typesAt(2000, 2, 29, 0, 0, 0, 0), typesAt(2024, 3, 10, 0, 0, 0, 0), typesAt(9999, 12, 31, 0, 0, 0, 0)}
	typesInstant = []any{nil, typesAt(1000, 1, 1, 0, 0, 0, 0), typesAt(1970, 1, 1, 0, 0, 0, 0), typesAt(2024, 3, 10, 7, 30, 0, 1), typesAt(2024, 11, 3, 5, 30, 0, 500000),
		typesAt(2038, 1, 19, 3, 14, 7, 999999), typesAt(9999, 12, 31, 23, 59, 59, 999999)}
)

func typesNines(n int) string { return strings.Repeat("9", n) }

// typesLocal are the wall-clock times of local_at, read as New York time by the utc_at mapping:
// around the spring-forward gap (2024-03-10 02:00–03:00 does not exist) and the fall-back overlap
// (2024-11-03 01:00–02:00 happens twice), to the microsecond; the ends of the range CONVERT_TZ
// converts (1970-01-02, 2038-01-18: NULL outside); and the ends of both engines' range.
var typesLocal = []any{
	nil,
	typesAt(2024, 3, 10, 1, 59, 59, 999999), typesAt(2024, 3, 10, 2, 0, 0, 0), typesAt(2024, 3, 10, 2, 30, 0, 123456),
	typesAt(2024, 3, 10, 2, 59, 59, 999999), typesAt(2024, 3, 10, 3, 0, 0, 0), typesAt(2024, 3, 10, 3, 0, 0, 1),
	typesAt(2024, 11, 3, 0, 59, 59, 999999), typesAt(2024, 11, 3, 1, 0, 0, 0), typesAt(2024, 11, 3, 1, 30, 0, 654321),
	typesAt(2024, 11, 3, 1, 59, 59, 999999), typesAt(2024, 11, 3, 2, 0, 0, 0), typesAt(2024, 11, 3, 2, 0, 0, 1),
	typesAt(2024, 6, 30, 23, 59, 59, 999999), typesAt(2024, 12, 31, 23, 59, 59, 999999),
	typesAt(1000, 1, 1, 0, 0, 0, 0), typesAt(1969, 12, 31, 23, 59, 59, 999999), typesAt(1970, 1, 1, 0, 0, 0, 0),
	typesAt(1970, 1, 1, 23, 59, 59, 999999), typesAt(1970, 1, 2, 0, 0, 0, 0), typesAt(2038, 1, 17, 23, 59, 59, 999999),
	typesAt(2038, 1, 18, 0, 0, 0, 0), typesAt(9999, 12, 31, 23, 59, 59, 999999),
}

// typesValueLists are, per column of typesValsColumns after id, the values its rows take.
func typesValueLists() [][]any {
	return [][]any{typesTexts, typesSmall, typesInt, typesBig, typesWide, typesWhole, typesMoney, typesFloat,
		typesBool, typesBytes, typesJSON, typesDate, typesLocal, typesInstant}
}

// typesIDs are the keys of vals: both ends of integer and everything between, with gaps.
func typesIDs(n int) []int64 {
	ids := []int64{math.MinInt32, -1000, -1, 0}
	for i := int64(1); len(ids) < n-1; i++ {
		if i%7 != 0 {
			ids = append(ids, i)
		}
	}
	return append(ids, math.MaxInt32)
}

// typesValsCount is the number of vals rows: enough that every value of every list appears, in
// different combinations: column c of row i takes value i·typesStrides[c] + c of its list (modulo
// its length), the strides being primes above every list's length, so each list is gone through whole.
const typesValsCount = 64

var typesStrides = []int{37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97}

// typesValsRows are the rows of legacy.vals, in key order.
func typesValsRows() [][]any { return typesRowsFrom(typesValueLists()) }

// typesRowsFrom makes vals rows of value lists (one per column after id, each starting with
// NULL). Row 1 (after the smallest key) is all NULL but its key; row 2 holds the first non-NULL
// value of every list.
func typesRowsFrom(lists [][]any) [][]any {
	ids := typesIDs(typesValsCount)
	rows := make([][]any, len(ids))
	for i, id := range ids {
		row := []any{id}
		for c, l := range lists {
			switch i {
			case 1:
				row = append(row, nil)
			case 2:
				row = append(row, l[1])
			default:
				row = append(row, l[(i*typesStrides[c]+c)%len(l)])
			}
		}
		rows[i] = row
	}
	// Every value of every list appears somewhere (else the data proves less than it says).
	for c, l := range lists {
		for _, v := range l {
			found := false
			for _, r := range rows {
				found = found || fmt.Sprintf("%#v", r[c+1]) == fmt.Sprintf("%#v", v)
			}
			if !found {
				panic(fmt.Sprintf("vals: column %s never holds %#v", typesValsColumns[c+1].Name, v))
			}
		}
	}
	return rows
}

// typesLabelNames are the text parts of the labels key, in code point order (PostgreSQL's
// C.UTF-8 and MariaDB's utf8mb4_bin agree on it): empty, digits, cases, a combining mark beside
// the precomposed letter, multi-byte and four-byte characters, the canonical text's own
// characters. None holds a trailing space or a character below the space: MariaDB's PAD SPACE
// collation would take 'a' and 'a ' for one key and order 'a\t' before 'a'.
var typesLabelNames = []string{"", "0", "10", "3:x", "9", "A", "N", "Z", "Zoe\u0308", "Zoë", "a", "a|b", "e\u0301",
	"it's", "é", "ünïcödé", "ΣΑΣ", "日本", "😀", "😀😀"}

// typesLabelsRows are the rows of legacy.labels: each name with two to four numbers (the ends of
// integer among them), notes from typesTexts.
func typesLabelsRows() [][]any {
	numbers := []int64{math.MinInt32, -7, 0, 1, 42, math.MaxInt32}
	var rows [][]any
	k := 0
	for i, name := range typesLabelNames {
		for j := 0; j < 2+i%3; j++ {
			rows = append(rows, []any{name, numbers[(i*5+j)%len(numbers)], typesTexts[k%len(typesTexts)]})
			k++
		}
	}
	return rows
}

var typesLabelsColumns = []string{"name", "n", "note"}

func typesColumnNames(cols []*schema.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}

// seedTypes fills the source of verify_types with the vals rows given and typesLabelsRows.
func (e *e2eEnv) seedTypes(t testing.TB, vals [][]any) {
	t.Helper()
	e.src.insert(t, "vals", typesColumnNames(typesValsColumns), vals)
	e.src.insert(t, "labels", typesLabelsColumns, typesLabelsRows())
}

// --- the oracle --------------------------------------------------------------------------------

// typesNewYork is the zone of the utc_at mapping.
var typesNewYork = func() *time.Location {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	return loc
}()

// typesConvertTZ is CONVERT_TZ(w, 'America/New_York', 'UTC') as the catalog defines it, in Go: NULL
// before 1970-01-02 and from 2038-01-18 on; a wall-clock time New York repeats is read as the
// earlier instant; one it skips is read with the offset before the change (moved forward by the
// gap). It tries each offset New York had near w and keeps the instants that read back as w,
// rather than trusting time.Date, which leaves the choice in a gap or overlap unspecified.
func typesConvertTZ(w time.Time) any {
	if w.Before(typesAt(1970, 1, 2, 0, 0, 0, 0)) || !w.Before(typesAt(2038, 1, 18, 0, 0, 0, 0)) {
		return nil
	}
	wall := func(x time.Time) time.Time {
		l := x.In(typesNewYork)
		return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)
	}
	instants := func(w time.Time) []time.Time {
		var out []time.Time
		seen := map[int]bool{}
		for _, d := range []time.Duration{-36 * time.Hour, 0, 36 * time.Hour} {
			_, off := w.Add(d).In(typesNewYork).Zone()
			if seen[off] {
				continue
			}
			seen[off] = true
			if at := w.Add(-time.Duration(off) * time.Second); wall(at).Equal(w) {
				out = append(out, at)
			}
		}
		return out
	}
	got := instants(w)
	if len(got) == 0 { // in the gap: the offset of a day before
		day := w.Add(-24 * time.Hour)
		got = instants(day)
		for i := range got {
			got[i] = got[i].Add(24 * time.Hour)
		}
	}
	best := got[0]
	for _, at := range got[1:] {
		if at.Before(best) {
			best = at
		}
	}
	return best.UTC()
}

// typesNum prints an integer however the driver returned it.
func typesNum(v any) string {
	if v == nil {
		return "NULL"
	}
	if r, ok := new(big.Rat).SetString(fmt.Sprint(v)); ok {
		return r.RatString()
	}
	return fmt.Sprint(v)
}

// typesJSONText prints a JSON document in a form of the test's own — keys sorted, no spaces, strings
// unescaped, numbers by exact value (1.50 as "number 3/2", -0 as "number 0") — so the oracle does not depend on how
// an engine stores a document (PostgreSQL's jsonb keeps a number as a numeric, so -0 becomes 0;
// MariaDB's JSON keeps the text).
func typesJSONText(t testing.TB, v any) string {
	t.Helper()
	if v == nil {
		return "NULL"
	}
	dec := json.NewDecoder(strings.NewReader(fmt.Sprint(v)))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("oracle: %q is not JSON: %v", v, err)
	}
	var exact func(x any) any
	exact = func(x any) any {
		switch y := x.(type) {
		case json.Number:
			r, ok := new(big.Rat).SetString(string(y))
			if !ok {
				t.Fatalf("oracle: JSON number %s", y)
			}
			return "number " + r.RatString() // a string, as JSON numbers are decimal
		case []any:
			for i := range y {
				y[i] = exact(y[i])
			}
		case map[string]any:
			for k := range y {
				y[k] = exact(y[k])
			}
		}
		return x
	}
	b, err := json.Marshal(exact(doc))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// typesOracle are the oracle's ordered dumps of verify_types: per table, the source rows with
// the mapped values computed here, and the target rows.
func (e *e2eEnv) typesOracle(t testing.TB) map[string][2][]string {
	t.Helper()
	s, g := e.src, e.tgt
	plain := typesColumnNames(typesValsColumns)
	cols := strings.Join(typesQuote(s, plain), ", ")
	jsonAt := -1
	for i, c := range plain {
		if c == "t_json" {
			jsonAt = i
		}
	}
	line := func(row []any, extra ...string) string {
		vals := make([]string, 0, len(row)+len(extra))
		for i, v := range row {
			if i == jsonAt {
				vals = append(vals, typesJSONText(t, v))
				continue
			}
			vals = append(vals, oracleText(v))
		}
		return strings.Join(append(vals, extra...), " | ")
	}
	var srcVals, tgtVals []string
	for _, r := range testdb.Query(t, s.db, "oracle: source vals", "SELECT "+cols+" FROM "+s.T("vals")+" ORDER BY id") {
		text, local := r[1], r[len(typesValsColumns)-2]
		lowered, chars, utcAt := any(nil), "NULL", any(nil)
		if text != nil {
			lowered, chars = strings.ToLower(text.(string)), fmt.Sprint(utf8.RuneCountInString(text.(string)))
		}
		if local != nil {
			utcAt = typesConvertTZ(local.(time.Time))
		}
		srcVals = append(srcVals, line(r, oracleText(lowered), chars, oracleText(utcAt)))
	}
	for _, r := range testdb.Query(t, g.db, "oracle: target vals", "SELECT "+strings.Join(typesQuote(g, plain), ", ")+
		", lowered, chars, utc_at FROM "+g.T("vals")+" ORDER BY id") {
		n := len(typesValsColumns)
		tgtVals = append(tgtVals, line(r[:n], oracleText(r[n]), typesNum(r[n+1]), oracleText(r[n+2])))
	}
	labels := func(side *e2eSide) []string {
		return side.dump(t, "SELECT name, n, note FROM "+side.T("labels")+" ORDER BY name, n")
	}
	return map[string][2][]string{"vals": {srcVals, tgtVals}, "labels": {labels(s), labels(g)}}
}

func typesQuote(s *e2eSide, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = s.d.QuoteIdent(n)
	}
	return out
}

// checkTypes is the oracle: the target holds exactly the source's rows, mapped as the spec says.
func (e *e2eEnv) checkTypes(t testing.TB) bool {
	t.Helper()
	d := e.typesOracle(t)
	ok := sameDump(t, "vals", d["vals"][0], d["vals"][1])
	return sameDump(t, "labels", d["labels"][0], d["labels"][1]) && ok
}

// checkSourceHolds requires the source to hold the generated values as they were given (read
// back by the oracle's own text): an engine that silently changed one would make the clean pass
// prove less.
func (e *e2eEnv) checkSourceHolds(t testing.TB, want [][]any) {
	t.Helper()
	rows := testdb.Query(t, e.src.db, "read back", "SELECT "+strings.Join(typesQuote(e.src, typesColumnNames(typesValsColumns)), ", ")+
		" FROM "+e.src.T("vals")+" ORDER BY id")
	if len(rows) != len(want) {
		t.Fatalf("the source holds %d vals rows, %d were inserted", len(rows), len(want))
	}
	for i := range rows {
		for c, col := range typesValsColumns {
			w := typesCellText(t, col, want[i][c])
			if w == "-0" && !e.src.pg {
				w = "0" // MariaDB's DOUBLE has no negative zero: it stores -0 as 0 (HEX, sign and CAST agree)
			}
			if g := typesCellText(t, col, rows[i][c]); w != g {
				t.Errorf("source vals id %v, %s: inserted %s, reads back %s", want[i][0], col.Name, w, g)
			}
		}
	}
}

// typesCellText prints a value of a vals column the same way whether the test generated it or an
// engine returned it.
func typesCellText(t testing.TB, col *schema.Column, v any) string {
	t.Helper()
	if v == nil {
		return "NULL"
	}
	switch typ := schema.ParseType(schema.Postgres, col.Type); typ.Kind {
	case schema.KindInt:
		return typesNum(v)
	case schema.KindDecimal:
		r, ok := new(big.Rat).SetString(fmt.Sprint(v))
		if !ok {
			t.Fatalf("%s: %v is not a number", col.Name, v)
		}
		return r.FloatString(typ.Scale)
	case schema.KindFloat:
		switch x := v.(type) {
		case float64:
			if x == 0 && math.Signbit(x) {
				return "-0"
			}
			return fmt.Sprint(x)
		}
		return fmt.Sprint(v)
	case schema.KindBool:
		switch fmt.Sprint(v) {
		case "true", "1":
			return "true"
		}
		return "false"
	case schema.KindJSON:
		return typesJSONText(t, v)
	case schema.KindDate:
		return v.(time.Time).Format("2006-01-02")
	case schema.KindTimestamp, schema.KindTimestampTZ:
		return v.(time.Time).UTC().Format("2006-01-02 15:04:05.999999")
	case schema.KindBytes:
		return fmt.Sprintf("%x", v)
	}
	return fmt.Sprintf("%q", v)
}

// --- the test ----------------------------------------------------------------------------------

func TestVerifyCleanAwkwardValues(t *testing.T) {
	e2eEachMode(t, e2eAllModes, func(t *testing.T, m e2eMode) {
		src, tgt := typesSchemas()
		e := newVerifyEnv(t, m, "verify_types", src, tgt)
		vals := typesValsRows()
		e.seedTypes(t, vals)
		e.checkSourceHolds(t, vals)
		e.mustRun(t, nil, nil)
		if !e.checkTypes(t) {
			t.Fatal("the oracle finds the move wrong: a verify pass would prove nothing")
		}
		// Chunks of 16 and of 3 rows (so text keys bound many chunks); the second time the sample
		// covers every row, each compared column by column.
		rows := map[string]int{"vals": len(vals), "labels": len(typesLabelsRows())}
		for _, chunk := range []string{"16", "3"} {
			rep := e.mustPass(t, "chunks of "+chunk, "--chunk-size", chunk, "--sample", map[string]string{"16": "25", "3": "1000"}[chunk])
			for _, step := range []string{"vals", "labels"} {
				cs := checksOf(rep, "checksum", step, false)
				if len(cs) != 1 || cs[0].Chunks < 2 || !strings.HasPrefix(cs[0].Source, fmt.Sprintf("%d rows", rows[step])) || cs[0].Target != cs[0].Source {
					t.Fatalf("chunks of %s: step %s: want one checksum of %d rows on each side over several chunks, got %+v", chunk, step, rows[step], cs)
				}
				sample := checksOf(rep, "sample", step, false)
				if chunk == "3" && (len(sample) != 1 || !strings.HasPrefix(sample[0].Source, fmt.Sprintf("%d keys", rows[step]))) {
					t.Fatalf("step %s: want a sample of every key (%d), got %d sample checks: %+v", step, rows[step], len(sample), sample)
				}
				t.Logf("chunks of %s: %s: %s in %d chunks", chunk, step, cs[0].Source, cs[0].Chunks)
			}
		}

		// The clean pass is not vacuous: one awkward cell changed, verify names its row and column.
		empty := typesRowWhere(t, func(r []any) bool { return r[1] == "" })
		mark := e.tgt.d.Placeholder
		e.typesMutation(t, "vals", fmt.Sprintf("(id) = [%d]", empty), "t_text", "''", "NULL",
			"UPDATE "+e.tgt.T("vals")+" SET t_text = "+mark(1)+" WHERE id = "+mark(2), []any{nil, empty}, []any{"", empty})
		var label []any
		for _, r := range typesLabelsRows() {
			if r[2] == "e\u0301" {
				label = r
			}
		}
		if label == nil {
			t.Fatal("no label note holds a combining mark")
		}
		key, _ := json.Marshal([]any{label[0], label[1]})
		e.typesMutation(t, "labels", "(name, n) = "+string(key), "note", "'e\u0301'", "'\u00e9'",
			"UPDATE "+e.tgt.T("labels")+" SET note = "+mark(1)+" WHERE name = "+mark(2)+" AND n = "+mark(3),
			[]any{"\u00e9", label[0], label[1]}, []any{"e\u0301", label[0], label[1]})
	})
}

// typesRowWhere is the key of the first vals row that holds.
func typesRowWhere(t testing.TB, f func(r []any) bool) int64 {
	t.Helper()
	for _, r := range typesValsRows() {
		if f(r) {
			return r[0].(int64)
		}
	}
	t.Fatal("no vals row holds")
	return 0
}

// typesMutation changes one target cell (stmt with the args change), requires the oracle to see
// it and verify to fail naming exactly that row (key, as the report prints it) and column with
// both values (source, target), every other check passing; then puts the cell back (stmt with
// the args undo) and requires a clean pass again.
func (e *e2eEnv) typesMutation(t *testing.T, step, key, column, source, target, stmt string, change, undo []any) {
	t.Helper()
	g := e.tgt
	g.typesExec(t, stmt, change...)
	if d := e.typesOracle(t)[step]; strings.Join(d[0], "\n") == strings.Join(d[1], "\n") {
		t.Fatalf("%s %v: the oracle does not see the change", stmt, change)
	}
	what := fmt.Sprintf("%s.%s of %s set to %s", step, column, key, target)
	r := e.verify(t)
	rep := r.last(t)
	if r.code != 1 || rep.Verdict != runtime.VerdictFail {
		t.Fatalf("%s: verify: want exit 1 and verdict fail, got %s\n%s", what, r, rep.Markdown())
	}
	checksums := 0
	for _, c := range rep.Checks {
		switch {
		case c.Kind == "checksum" && c.Step == step:
			checksums++
			if c.Verdict != runtime.VerdictDiffers || c.RowsTotal != 1 || len(c.Rows) != 1 {
				t.Fatalf("%s: checksum %s with %d rows (%+v), want exactly one row that differs", what, c.Verdict, c.RowsTotal, c.Rows)
			}
			row := c.Rows[0]
			want := []runtime.ColumnDiff{{Column: column, Source: source, Target: target}}
			if row.Key != key || row.Kind != runtime.VerdictDiffers || fmt.Sprint(row.Columns) != fmt.Sprint(want) {
				t.Errorf("%s: the checksum names %s %s %+v, want %s differs %+v", what, row.Key, row.Kind, row.Columns, key, want)
			}
		case c.Kind == "sample" && c.Step == step:
			for _, row := range c.Rows {
				if row.Key != key {
					t.Errorf("%s: the sample names %s, which was not changed", what, row.Key)
				}
			}
		default:
			if c.Verdict != runtime.VerdictMatch && c.Verdict != runtime.VerdictPass {
				t.Errorf("%s: check %s is %s (%s), though nothing it covers changed", what, c.Name, c.Verdict, c.Detail)
			}
		}
	}
	if checksums != 1 {
		t.Errorf("%s: the report holds %d checksums of %s, want one", what, checksums, step)
	}
	g.typesExec(t, stmt, undo...)
	if !e.checkTypes(t) {
		t.Fatalf("%s %v did not put the target back", stmt, undo)
	}
	e.mustPass(t, fmt.Sprintf("after %s %v", stmt, undo))
}

func (s *e2eSide) typesExec(t testing.TB, stmt string, args ...any) {
	t.Helper()
	if _, err := s.db.Exec(stmt, args...); err != nil {
		t.Fatalf("exec %s: %v", stmt, err)
	}
}

// The oracle's CONVERT_TZ, pinned on the times the catalog's rules decide: the gap moves forward
// by an hour, the overlap takes the earlier instant, and the range ends give NULL.
func TestVerifyCleanOracleConvertTZ(t *testing.T) {
	for _, c := range []struct {
		wall time.Time
		want any
	}{
		{typesAt(2024, 3, 10, 1, 59, 59, 999999), typesAt(2024, 3, 10, 6, 59, 59, 999999)},
		{typesAt(2024, 3, 10, 2, 0, 0, 0), typesAt(2024, 3, 10, 7, 0, 0, 0)},
		{typesAt(2024, 3, 10, 2, 30, 0, 123456), typesAt(2024, 3, 10, 7, 30, 0, 123456)},
		{typesAt(2024, 3, 10, 3, 0, 0, 0), typesAt(2024, 3, 10, 7, 0, 0, 0)},
		{typesAt(2024, 11, 3, 0, 59, 59, 999999), typesAt(2024, 11, 3, 4, 59, 59, 999999)},
		{typesAt(2024, 11, 3, 1, 30, 0, 654321), typesAt(2024, 11, 3, 5, 30, 0, 654321)},
		{typesAt(2024, 11, 3, 2, 0, 0, 0), typesAt(2024, 11, 3, 7, 0, 0, 0)},
		{typesAt(2024, 6, 30, 23, 59, 59, 999999), typesAt(2024, 7, 1, 3, 59, 59, 999999)},
		{typesAt(1970, 1, 1, 23, 59, 59, 999999), nil},
		{typesAt(1970, 1, 2, 0, 0, 0, 0), typesAt(1970, 1, 2, 5, 0, 0, 0)},
		{typesAt(2038, 1, 17, 23, 59, 59, 999999), typesAt(2038, 1, 18, 4, 59, 59, 999999)},
		{typesAt(2038, 1, 18, 0, 0, 0, 0), nil},
		{typesAt(9999, 12, 31, 23, 59, 59, 999999), nil},
	} {
		if got := typesConvertTZ(c.wall); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("typesConvertTZ(%s) = %v, want %v", c.wall.Format("2006-01-02 15:04:05.999999"), got, c.want)
		}
	}
}
