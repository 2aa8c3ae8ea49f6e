package sqlexpr

import (
	"sort"

	"github.com/datamove/datamove/schema"
)

// FuncInfo describes one function of the portable language.
type FuncInfo struct {
	Name             string
	MinArgs, MaxArgs int // MaxArgs -1: any number
	Aggregate        bool
	NonDeterministic bool   // rejected unless the table allows non-deterministic functions
	Doc              string // what it means in the portable language, engine differences resolved
	// Result gives the result type from the argument types (Kind other when unknown).
	Result func(args []schema.Type) schema.Type
}

func kind(k schema.Kind) func([]schema.Type) schema.Type {
	return func([]schema.Type) schema.Type { return schema.Type{Kind: k} }
}

var (
	textT   = kind(schema.KindText)
	int64T  = func([]schema.Type) schema.Type { return schema.Type{Kind: schema.KindInt, Bits: 64} }
	decT    = kind(schema.KindDecimal)
	boolT   = kind(schema.KindBool)
	tsT     = func([]schema.Type) schema.Type { return schema.Type{Kind: schema.KindTimestamp, FSP: 6} }
	nowT    = func([]schema.Type) schema.Type { return schema.Type{Kind: schema.KindTimestampTZ, FSP: 6} }
	firstT  = func(a []schema.Type) schema.Type { return commonType(a) }
	secondT = func(a []schema.Type) schema.Type { return commonType(a[1:]) }
	numArgT = func(a []schema.Type) schema.Type {
		if len(a) > 0 && (a[0].Kind == schema.KindInt || a[0].Kind == schema.KindFloat) {
			return a[0]
		}
		return schema.Type{Kind: schema.KindDecimal}
	}
)

// commonType is the type of COALESCE-like results: the first argument type that is known.
func commonType(a []schema.Type) schema.Type {
	for _, t := range a {
		if t.Kind != schema.KindOther {
			return t
		}
	}
	return schema.Type{}
}

var catalog = map[string]*FuncInfo{}

func def(f FuncInfo) { catalog[f.Name] = &f }

func init() {
	def(FuncInfo{Name: "COALESCE", MinArgs: 1, MaxArgs: -1, Result: firstT, Doc: "first non-NULL argument"})
	def(FuncInfo{Name: "IFNULL", MinArgs: 2, MaxArgs: 2, Result: firstT, Doc: "COALESCE of two arguments"})
	def(FuncInfo{Name: "NULLIF", MinArgs: 2, MaxArgs: 2, Result: firstT, Doc: "NULL when both arguments are equal, else the first"})
	def(FuncInfo{Name: "IF", MinArgs: 3, MaxArgs: 3, Result: secondT, Doc: "IF(c, a, b) is CASE WHEN c THEN a ELSE b END"})
	def(FuncInfo{Name: "GREATEST", MinArgs: 2, MaxArgs: -1, Result: firstT, Doc: "largest argument; NULL when any argument is NULL (MySQL's rule, kept on PostgreSQL)"})
	def(FuncInfo{Name: "LEAST", MinArgs: 2, MaxArgs: -1, Result: firstT, Doc: "smallest argument; NULL when any argument is NULL (MySQL's rule, kept on PostgreSQL)"})
	def(FuncInfo{Name: "LOWER", MinArgs: 1, MaxArgs: 1, Result: textT, Doc: "lower case"})
	def(FuncInfo{Name: "UPPER", MinArgs: 1, MaxArgs: 1, Result: textT, Doc: "upper case"})
	def(FuncInfo{Name: "TRIM", MinArgs: 1, MaxArgs: 3, Result: textT, Doc: "TRIM([BOTH|LEADING|TRAILING] [c FROM] s): removes spaces (or the one character c, a literal) from the ends"})
	def(FuncInfo{Name: "LTRIM", MinArgs: 1, MaxArgs: 1, Result: textT, Doc: "removes leading spaces"})
	def(FuncInfo{Name: "RTRIM", MinArgs: 1, MaxArgs: 1, Result: textT, Doc: "removes trailing spaces"})
	def(FuncInfo{Name: "SUBSTRING", MinArgs: 2, MaxArgs: 3, Result: textT, Doc: "SUBSTRING(s, pos[, len]) in characters; pos 1 is the first character, a negative pos counts from the end, pos 0 or before the start gives '', len <= 0 gives '', any NULL argument gives NULL; decimal positions round half away from zero. Known disagreement: a position or length computed beyond ±2147483647 is an error on PostgreSQL"})
	def(FuncInfo{Name: "CONCAT", MinArgs: 1, MaxArgs: -1, Result: textT, Doc: "concatenation; NULL when any argument is NULL (also written a || b)"})
	def(FuncInfo{Name: "CONCAT_WS", MinArgs: 2, MaxArgs: -1, Result: textT, Doc: "concatenation with a separator; NULL arguments after the separator are skipped"})
	def(FuncInfo{Name: "REPLACE", MinArgs: 3, MaxArgs: 3, Result: textT, Doc: "replaces every occurrence (case-sensitive)"})
	def(FuncInfo{Name: "LENGTH", MinArgs: 1, MaxArgs: 1, Result: int64T, Doc: "length in BYTES of the UTF-8 text (use CHAR_LENGTH for characters)"})
	def(FuncInfo{Name: "CHAR_LENGTH", MinArgs: 1, MaxArgs: 1, Result: int64T, Doc: "length in characters"})
	def(FuncInfo{Name: "LEFT", MinArgs: 2, MaxArgs: 2, Result: textT, Doc: "first n characters; '' when n <= 0, NULL when n is NULL (n beyond ±2147483647 at run time: an error on PostgreSQL)"})
	def(FuncInfo{Name: "RIGHT", MinArgs: 2, MaxArgs: 2, Result: textT, Doc: "last n characters; '' when n <= 0, NULL when n is NULL (n beyond ±2147483647 at run time: an error on PostgreSQL)"})
	def(FuncInfo{Name: "LPAD", MinArgs: 3, MaxArgs: 3, Result: textT, Doc: "LPAD(s, n, pad): pads on the left to n characters, or cuts to n; NULL when n < 0, or when padding is needed and pad is ''"})
	def(FuncInfo{Name: "RPAD", MinArgs: 3, MaxArgs: 3, Result: textT, Doc: "RPAD(s, n, pad): pads on the right to n characters, or cuts to n; NULL when n < 0, or when padding is needed and pad is ''"})
	def(FuncInfo{Name: "ROUND", MinArgs: 1, MaxArgs: 2, Result: numArgT, Doc: "rounds half away from zero, also for floating-point input, which is read as its shortest decimal digits (ROUND(2.675e0, 2) is 2.68). Known disagreement: a float of 1e35 or more is clipped to DECIMAL(65,30) on MySQL"})
	def(FuncInfo{Name: "FLOOR", MinArgs: 1, MaxArgs: 1, Result: numArgT, Doc: "largest integer not greater"})
	def(FuncInfo{Name: "CEIL", MinArgs: 1, MaxArgs: 1, Result: numArgT, Doc: "smallest integer not smaller"})
	def(FuncInfo{Name: "ABS", MinArgs: 1, MaxArgs: 1, Result: numArgT, Doc: "absolute value"})
	def(FuncInfo{Name: "MOD", MinArgs: 2, MaxArgs: 2, Result: numArgT, Doc: "remainder, with the sign of the dividend (also written a % b); floats are computed in decimal (MOD(0.3e0, 0.1e0) is 0). Known disagreement: a zero divisor is an error on PostgreSQL and NULL in a MySQL SELECT (an error in its strict-mode writes)"})
	def(FuncInfo{Name: "CONVERT_TZ", MinArgs: 3, MaxArgs: 3, Result: tsT, Doc: "CONVERT_TZ(ts, from_zone, to_zone): reads ts as wall-clock time in from_zone and gives the wall-clock time in to_zone; zones are IANA names (literals). A time from_zone repeats (clocks going back) is read as the earlier instant; a time it skips (clocks going forward) is read with the offset before the change, i.e. moved forward by the gap. NULL for ts before 1970-01-02 or from 2038-01-18 on, which MySQL cannot convert (it would give ts back unchanged)"})
	def(FuncInfo{Name: "DATE", MinArgs: 1, MaxArgs: 1, Result: kind(schema.KindDate), Doc: "the date part"})
	def(FuncInfo{Name: "EXTRACT", MinArgs: 2, MaxArgs: 2, Result: int64T, Doc: "EXTRACT(unit FROM ts) as an integer; units YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE, SECOND (whole seconds), MICROSECOND (a date is its midnight; WEEK is rejected: MySQL and PostgreSQL number weeks differently)"})
	def(FuncInfo{Name: "YEAR", MinArgs: 1, MaxArgs: 1, Result: int64T, Doc: "EXTRACT(YEAR FROM d)"})
	def(FuncInfo{Name: "MONTH", MinArgs: 1, MaxArgs: 1, Result: int64T, Doc: "EXTRACT(MONTH FROM d)"})
	def(FuncInfo{Name: "DAY", MinArgs: 1, MaxArgs: 1, Result: int64T, Doc: "EXTRACT(DAY FROM d)"})
	def(FuncInfo{Name: "UNIX_TIMESTAMP", MinArgs: 1, MaxArgs: 1, Result: decT, Doc: "seconds since 1970-01-01 00:00:00 UTC of a UTC timestamp or date (sessions run in UTC), negative before 1970 and defined after 2038 (MySQL's own function gives NULL or 0 there); an integer for values without fractional seconds, else a decimal with 6 digits"})
	def(FuncInfo{Name: "FROM_UNIXTIME", MinArgs: 1, MaxArgs: 1, Result: tsT, Doc: "the UTC timestamp of a number of seconds since the epoch, also negative and after 2038 (MySQL's own function gives NULL there); fractional digits as the number has (6 for a float)"})
	def(FuncInfo{Name: "MD5", MinArgs: 1, MaxArgs: 1, Result: textT, Doc: "MD5 of the UTF-8 text, 32 lower-case hex digits"})
	def(FuncInfo{Name: "SHA2", MinArgs: 2, MaxArgs: 2, Result: textT, Doc: "SHA2(s, bits) with bits 224, 256, 384 or 512 (a literal): lower-case hex digits"})
	def(FuncInfo{Name: "JSON_EXTRACT", MinArgs: 2, MaxArgs: 2, Result: kind(schema.KindJSON), Doc: "JSON_EXTRACT(doc, '$.path'): the JSON value at a literal path of .key, .\"quoted key\" and [n] steps, NULL when absent; .key finds nothing in a value that is not an object, [0] reads a value that is not an array as an array of one (MySQL's rules)"})
	def(FuncInfo{Name: "JSON_UNQUOTE", MinArgs: 1, MaxArgs: 1, Result: textT, Doc: "the text of a JSON value: a string without quotes, anything else as JSON text (a JSON null is 'null'); text that is not a quoted JSON string comes back as it is (doc ->> '$.path' is JSON_UNQUOTE(JSON_EXTRACT(…))). Known disagreement: the JSON text of an object orders keys as written on MySQL and by length on PostgreSQL"})
	// Aggregates, for checks and invariants.
	def(FuncInfo{Name: "COUNT", MinArgs: 0, MaxArgs: 1, Aggregate: true, Result: int64T, Doc: "number of rows (COUNT(*)) or of non-NULL values"})
	def(FuncInfo{Name: "SUM", MinArgs: 1, MaxArgs: 1, Aggregate: true, Result: func(a []schema.Type) schema.Type {
		if len(a) > 0 && a[0].Kind == schema.KindFloat {
			return a[0]
		}
		return schema.Type{Kind: schema.KindDecimal}
	}, Doc: "sum; exact (decimal) for integer and decimal input"})
	def(FuncInfo{Name: "MIN", MinArgs: 1, MaxArgs: 1, Aggregate: true, Result: firstT, Doc: "smallest value"})
	def(FuncInfo{Name: "MAX", MinArgs: 1, MaxArgs: 1, Aggregate: true, Result: firstT, Doc: "largest value"})
	def(FuncInfo{Name: "AVG", MinArgs: 1, MaxArgs: 1, Aggregate: true, Result: decT, Doc: "average"})
	// Non-deterministic: rejected unless the table says allow_nondeterministic = true, because a
	// re-run or a checksum must see the same values.
	def(FuncInfo{Name: "NOW", MinArgs: 0, MaxArgs: 1, NonDeterministic: true, Result: nowT, Doc: "the current UTC time"})
	def(FuncInfo{Name: "UTC_TIMESTAMP", MinArgs: 0, MaxArgs: 1, NonDeterministic: true, Result: nowT, Doc: "the current UTC time"})
	def(FuncInfo{Name: "SYSDATE", MinArgs: 0, MaxArgs: 1, NonDeterministic: true, Result: nowT, Doc: "the current UTC time"})
	def(FuncInfo{Name: "CURDATE", MinArgs: 0, MaxArgs: 0, NonDeterministic: true, Result: kind(schema.KindDate), Doc: "the current UTC date"})
	def(FuncInfo{Name: "RAND", MinArgs: 0, MaxArgs: 0, NonDeterministic: true, Result: kind(schema.KindFloat), Doc: "a random number in [0, 1)"})
	def(FuncInfo{Name: "UUID", MinArgs: 0, MaxArgs: 0, NonDeterministic: true, Result: textT, Doc: "a random UUID as text"})
}

// Lookup returns the catalog entry of a function name (upper case), or nil.
func Lookup(name string) *FuncInfo { return catalog[name] }

// Catalog lists every function of the portable language, by name.
func Catalog() []*FuncInfo {
	fs := make([]*FuncInfo, 0, len(catalog))
	for _, f := range catalog {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
	return fs
}

// FuncNames lists the catalog's names, for did-you-mean suggestions.
func FuncNames() []string {
	var ns []string
	for _, f := range Catalog() {
		ns = append(ns, f.Name)
	}
	return ns
}

// KnownNonDeterministic lists functions outside the catalog that are non-deterministic, so the
// error for them says why rather than only "unknown function".
var KnownNonDeterministic = map[string]bool{
	"CURTIME": true, "UTC_DATE": true, "UTC_TIME": true, "UUID_SHORT": true, "CONNECTION_ID": true,
	"LAST_INSERT_ID": true, "ROW_COUNT": true, "FOUND_ROWS": true, "USER": true, "CURRENT_USER": true,
	"SESSION_USER": true, "SYSTEM_USER": true, "DATABASE": true, "SCHEMA": true, "RANDOM_BYTES": true,
	"SLEEP": true, "GET_LOCK": true, "BENCHMARK": true, "VERSION": true,
}
