package compiler

import (
	"regexp"
	"time"

	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Type rules of the portable language. MySQL converts between numbers, text and dates wherever
// they meet, PostgreSQL refuses; so the portable language only lets values of one family meet
// (in a comparison, an IN list, the arms of a CASE, the arguments of COALESCE) and only gives a
// function the kinds of arguments it is defined for. Everything else is an error with the
// explicit conversion to write, instead of SQL that one engine rejects or both read differently.

// family is the group of kinds that meet without conversion on both engines; "" is unknown
// (NULL, a type datamove does not interpret), which meets anything.
func family(t schema.Type) string {
	switch t.Kind {
	case schema.KindOther:
		return ""
	case schema.KindInt, schema.KindDecimal, schema.KindFloat:
		return "number"
	case schema.KindText, schema.KindEnum:
		return "text"
	case schema.KindDate, schema.KindTimestamp, schema.KindTimestampTZ:
		return "date/time"
	}
	return t.Kind.String()
}

func isStringLit(e sqlexpr.Expr) bool {
	l, ok := e.(*sqlexpr.Literal)
	return ok && l.Kind == sqlexpr.LitString
}

func isNullLit(e sqlexpr.Expr) bool {
	l, ok := e.(*sqlexpr.Literal)
	return ok && l.Kind == sqlexpr.LitNull
}

// typeNull gives a NULL literal the type its position expects, so that PostgreSQL, which
// resolves functions by argument type, is told which one is meant.
func typeNull(e sqlexpr.Expr, t schema.Type) {
	if isNullLit(e) {
		e.SetType(t)
	}
}

// compatible reports whether a and b may meet (compared, or as alternatives of one value), and
// reports an error at b when they may not.
func (x *exprCtx) compatible(a, b sqlexpr.Expr, where string) bool {
	fa, fb := family(a.TypeOf()), family(b.TypeOf())
	if fa == "" || fb == "" || fa == fb {
		return true
	}
	// A string literal reads as a date, time, timestamp, UUID or JSON document on both engines.
	for _, p := range [][2]sqlexpr.Expr{{a, b}, {b, a}} {
		switch family(p[1].TypeOf()) {
		case "date/time", "time", "uuid", "json":
			if isStringLit(p[0]) {
				return true
			}
		}
	}
	x.errorf(b.Pos(), 1, "Mixed types", "%s meets %s with %s: MySQL would convert one of them silently and PostgreSQL refuses. Convert explicitly with CAST so that both engines compare the same values.",
		where, a.TypeOf().Kind, b.TypeOf().Kind)
	return false
}

// condition requires a boolean: MySQL reads any non-zero number as true, PostgreSQL only takes
// booleans.
func (x *exprCtx) condition(e sqlexpr.Expr, where string) {
	if f := family(e.TypeOf()); f != "" && f != "bool" {
		x.errorf(e.Pos(), 1, "Not a condition", "%s needs a condition, and this is a %s: MySQL reads a non-zero number as true, PostgreSQL needs a boolean. Write the test out, such as x <> 0 or x IS NOT NULL.",
			where, e.TypeOf().Kind)
	}
}

// number requires a number (an int, a decimal or a float).
func (x *exprCtx) number(e sqlexpr.Expr, where string, null schema.Type) {
	typeNull(e, null)
	if f := family(e.TypeOf()); f != "" && f != "number" {
		x.errorf(e.Pos(), 1, "Not a number", "%s needs a number, and this is a %s: MySQL would convert it silently (text that is not a number becomes 0), PostgreSQL refuses. Convert explicitly, such as CAST(x AS DECIMAL(12,2)).",
			where, e.TypeOf().Kind)
	}
}

// datetime requires a date or a timestamp (or a time, when timeOK).
func (x *exprCtx) datetime(e sqlexpr.Expr, where string, timeOK bool) {
	typeNull(e, schema.Type{Kind: schema.KindTimestamp, FSP: 6})
	f := family(e.TypeOf())
	if f == "" || f == "date/time" || f == "time" && timeOK {
		return
	}
	hint := ""
	if f == "text" {
		hint = " Convert text with CAST(x AS DATETIME) or CAST(x AS DATE)."
	}
	x.errorf(e.Pos(), 1, "Not a date or timestamp", "%s needs a date or a timestamp, and this is a %s: MySQL would parse or convert it silently, PostgreSQL refuses.%s",
		where, e.TypeOf().Kind, hint)
}

// textual requires a value whose text form is the same on both engines: not JSON (PostgreSQL
// prints jsonb normalised, MariaDB keeps the document's own spacing) and not bytes (unless the
// function reads bytes, as LENGTH, MD5 and SHA2 do).
func (x *exprCtx) textual(e sqlexpr.Expr, where string, bytesOK bool) {
	typeNull(e, schema.Type{Kind: schema.KindText})
	switch e.TypeOf().Kind {
	case schema.KindJSON:
		x.errorf(e.Pos(), 1, "JSON used as text", "%s reads text, and the text of a JSON document differs between engines (PostgreSQL normalises spacing and key order, MariaDB keeps the document as written). Read values out with JSON_UNQUOTE(JSON_EXTRACT(doc, '$.key')).", where)
	case schema.KindBytes:
		if !bytesOK {
			x.errorf(e.Pos(), 1, "Bytes used as text", "%s reads text, and this is binary data: MySQL works on the bytes, PostgreSQL on characters. Convert it with CAST(x AS CHAR) (UTF-8) first.", where)
		}
	}
}

// keywordArgs checks that the keyword arguments renderers rely on are keywords: EXTRACT's unit
// first, TRIM's direction third.
func (x *exprCtx) keywordArgs(f *sqlexpr.Func) bool {
	for i, a := range f.Args {
		_, kw := a.(*sqlexpr.Keyword)
		want := f.Name == "EXTRACT" && i == 0 || f.Name == "TRIM" && i == 2
		if kw != want {
			if want {
				x.errorf(a.Pos(), 1, "Malformed "+f.Name, "Write EXTRACT(unit FROM ts) or TRIM([BOTH|LEADING|TRAILING] [c FROM] s).")
			} else {
				x.errorf(a.Pos(), 1, "Unexpected keyword", "%s takes a value here, not a keyword.", f.Name)
			}
			return false
		}
	}
	return true
}

// funcArgs checks the kinds of a catalog function's arguments.
func (x *exprCtx) funcArgs(f *sqlexpr.Func) {
	a := f.Args
	name := f.Name
	integer := schema.Type{Kind: schema.KindInt, Bits: 64}
	decimal := schema.Type{Kind: schema.KindDecimal}
	switch name {
	case "COALESCE", "IFNULL", "NULLIF", "GREATEST", "LEAST":
		x.sameFamily(a, name)
	case "IF":
		x.condition(a[0], "IF's first argument")
		x.sameFamily(a[1:], name)
	case "LOWER", "UPPER", "TRIM", "LTRIM", "RTRIM", "CONCAT", "CONCAT_WS", "REPLACE", "CHAR_LENGTH":
		for _, arg := range a {
			if _, kw := arg.(*sqlexpr.Keyword); !kw {
				x.textual(arg, name, false)
			}
		}
	case "LENGTH", "MD5", "SHA2":
		x.textual(a[0], name, true)
	case "SUBSTRING":
		x.textual(a[0], name, false)
		for _, arg := range a[1:] {
			x.number(arg, "SUBSTRING's position and length", integer)
		}
	case "LEFT", "RIGHT":
		x.textual(a[0], name, false)
		x.number(a[1], name+"'s length", integer)
	case "LPAD", "RPAD":
		x.textual(a[0], name, false)
		x.number(a[1], name+"'s length", integer)
		x.textual(a[2], name, false)
	case "ROUND":
		x.number(a[0], name, decimal)
		if len(a) > 1 {
			x.number(a[1], "ROUND's digits", integer)
		}
	case "FLOOR", "CEIL", "ABS", "MOD", "FROM_UNIXTIME":
		for _, arg := range a {
			x.number(arg, name, decimal)
		}
	case "CONVERT_TZ", "DATE", "YEAR", "MONTH", "DAY", "UNIX_TIMESTAMP":
		x.datetime(a[0], name, false)
	case "EXTRACT":
		unit := a[0].(*sqlexpr.Keyword).Word
		x.datetime(a[1], "EXTRACT", unit == "HOUR" || unit == "MINUTE" || unit == "SECOND" || unit == "MICROSECOND")
	case "JSON_EXTRACT", "JSON_UNQUOTE":
		typeNull(a[0], schema.Type{Kind: schema.KindJSON})
		if f := family(a[0].TypeOf()); f != "" && f != "json" && f != "text" {
			x.errorf(a[0].Pos(), 1, "Not JSON", "%s reads a JSON document (a JSON column or text holding JSON), and this is a %s.", name, a[0].TypeOf().Kind)
		}
	}
}

// sameFamily requires alternatives of one value to be of one family.
func (x *exprCtx) sameFamily(a []sqlexpr.Expr, name string) {
	var first sqlexpr.Expr
	for _, arg := range a {
		if family(arg.TypeOf()) == "" {
			continue
		}
		if first == nil {
			first = arg
			continue
		}
		if !x.compatible(first, arg, name) {
			return
		}
	}
}

var (
	dateLit      = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	timestampLit = regexp.MustCompile(`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$`)
)

// literal checks DATE and TIMESTAMP literals: one spelling both engines read alike, and a real
// date (MySQL and PostgreSQL disagree on what else they accept).
func (x *exprCtx) literal(l *sqlexpr.Literal) {
	var ok bool
	switch l.Kind {
	case sqlexpr.LitDate:
		_, err := time.Parse("2006-01-02", l.Value)
		ok = dateLit.MatchString(l.Value) && err == nil && l.Value >= "1000"
	case sqlexpr.LitTimestamp:
		_, err := time.Parse("2006-01-02 15:04:05.999999", l.Value)
		ok = timestampLit.MatchString(l.Value) && err == nil && l.Value >= "1000"
	default:
		return
	}
	if !ok {
		x.errorf(l.Pos(), 1, "Invalid date/time literal", "%q is not a valid %s: write DATE 'yyyy-mm-dd' or TIMESTAMP 'yyyy-mm-dd hh:mm:ss[.ffffff]' with a year from 1000 to 9999.",
			l.Value, map[sqlexpr.LitKind]string{sqlexpr.LitDate: "date", sqlexpr.LitTimestamp: "timestamp"}[l.Kind])
	}
}

// jsonPath is the portable JSON path: $ then .key, ."quoted key" or [index] steps. Wildcards,
// ranges, last and filters give different shapes or meanings on each engine.
var jsonPath = regexp.MustCompile(`^\$(\.[A-Za-z_][A-Za-z0-9_]*|\."[^"\\]+"|\[[0-9]+\])*$`)

// castSource checks that a CAST converts between kinds both engines convert alike.
func (x *exprCtx) castSource(c *sqlexpr.Cast) {
	from := family(c.X.TypeOf())
	var ok []string
	switch c.Type.Name {
	case "SIGNED", "UNSIGNED", "DECIMAL", "DOUBLE", "FLOAT":
		ok = []string{"number", "text", "bool"}
	case "DATE", "DATETIME":
		ok = []string{"date/time", "text"}
	case "TIME":
		ok = []string{"date/time", "time", "text"}
	case "JSON":
		ok = []string{"json", "text"}
	case "CHAR", "BINARY":
		x.textual(c.X, "CAST AS "+c.Type.Name, true)
		return
	default:
		return
	}
	if from == "" {
		return
	}
	for _, f := range ok {
		if f == from {
			return
		}
	}
	x.errorf(c.Pos(), 4, "Unsupported CAST", "CAST of a %s AS %s: MySQL converts it by its own rules (a date becomes a number such as 20210314), PostgreSQL refuses. Convert through a function that says what is meant (EXTRACT, UNIX_TIMESTAMP, DATE_FORMAT-free text with CAST AS CHAR).",
		c.X.TypeOf().Kind, c.Type.Name)
}
