// Package postgres renders datamove plans for PostgreSQL (15 and later get MERGE).
//
// Rules worth knowing, each kept so the portable language means the same here as on MySQL:
// a / b on integers is exact (numeric) division; LENGTH is octet_length; CONCAT and GREATEST
// return NULL when an argument is NULL; ROUND rounds half away from zero (in numeric); binds carry
// explicit casts so prepared statements type-check and comparisons stay index-friendly.
package postgres

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Dialect is PostgreSQL at a given server version.
type Dialect struct {
	VersionNum int // server_version_num, e.g. 150020; 0 when unknown
}

// New returns the dialect for a server version string such as "15.20" ("" when unknown).
func New(version string) *Dialect {
	d := &Dialect{}
	parts := strings.SplitN(version, ".", 3)
	if major, err := strconv.Atoi(parts[0]); err == nil {
		minor := 0
		if len(parts) > 1 {
			minor, _ = strconv.Atoi(strings.TrimFunc(parts[1], func(r rune) bool { return r < '0' || r > '9' }))
		}
		d.VersionNum = major*10000 + minor
	}
	return d
}

func (*Dialect) Name() string   { return "postgres" }
func (*Dialect) Flavor() string { return "postgres" }

// SupportsMerge reports MERGE support (PostgreSQL 15+).
func (d *Dialect) SupportsMerge() bool { return d.VersionNum >= 150000 }

// QuoteIdent double-quotes an identifier, doubling embedded quotes.
func (*Dialect) QuoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// QuoteString single-quotes a literal, doubling embedded quotes (standard_conforming_strings).
func (*Dialect) QuoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (*Dialect) Placeholder(n int) string { return "$" + strconv.Itoa(n) }
func (*Dialect) ReusesPlaceholders() bool { return true }

func (d *Dialect) BindCast(ph string, t schema.Type) string {
	if t.Kind == schema.KindOther {
		return ph
	}
	return "CAST(" + ph + " AS " + d.TypeName(t) + ")"
}

// TypeName spells a portable type in PostgreSQL DDL.
func (*Dialect) TypeName(t schema.Type) string {
	switch t.Kind {
	case schema.KindBool:
		return "boolean"
	case schema.KindInt:
		switch {
		case t.Bits <= 16 && !t.Unsigned:
			return "smallint"
		case t.Bits <= 32 && !(t.Unsigned && t.Bits == 32):
			return "integer"
		case t.Bits == 64 && t.Unsigned:
			return "numeric(20,0)"
		}
		return "bigint"
	case schema.KindDecimal:
		if t.Precision == 0 {
			return "numeric"
		}
		return fmt.Sprintf("numeric(%d,%d)", t.Precision, t.Scale)
	case schema.KindFloat:
		if t.Bits == 32 {
			return "real"
		}
		return "double precision"
	case schema.KindText, schema.KindEnum:
		switch {
		case t.Length == 0:
			return "text"
		case t.Fixed:
			return fmt.Sprintf("character(%d)", t.Length)
		}
		return fmt.Sprintf("character varying(%d)", t.Length)
	case schema.KindBytes:
		return "bytea"
	case schema.KindDate:
		return "date"
	case schema.KindTime:
		return fmt.Sprintf("time(%d) without time zone", t.FSP)
	case schema.KindTimestamp:
		return fmt.Sprintf("timestamp(%d) without time zone", t.FSP)
	case schema.KindTimestampTZ:
		return fmt.Sprintf("timestamp(%d) with time zone", t.FSP)
	case schema.KindJSON:
		return "jsonb"
	case schema.KindUUID:
		return "uuid"
	}
	if t.Raw != "" {
		return t.Raw
	}
	return "text"
}

func (*Dialect) Literal(b *dialects.Builder, l *sqlexpr.Literal) {
	switch l.Kind {
	case sqlexpr.LitNull:
		b.W("NULL")
	case sqlexpr.LitInt, sqlexpr.LitDecimal:
		b.W(l.Value)
	case sqlexpr.LitFloat:
		b.W("CAST(").Str(l.Value).W(" AS double precision)")
	case sqlexpr.LitString:
		b.Str(l.Value)
	case sqlexpr.LitBool:
		b.W(strings.ToUpper(l.Value))
	case sqlexpr.LitBytes:
		b.W("decode(").Str(l.Value).W(", 'hex')")
	case sqlexpr.LitDate:
		b.W("DATE ").Str(l.Value)
	case sqlexpr.LitTimestamp:
		b.W("TIMESTAMP ").Str(l.Value)
	}
}

func isKind(e sqlexpr.Expr, kinds ...schema.Kind) bool {
	k := e.TypeOf().Kind
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}

// text prints e as text: a cast unless it already is text.
func text(b *dialects.Builder, e sqlexpr.Expr) {
	switch {
	case isKind(e, schema.KindText, schema.KindEnum):
		b.Expr(e)
	case isKind(e, schema.KindBool):
		b.W("CASE WHEN ").Operand(e).W(" THEN '1' WHEN NOT ").Operand(e).W(" THEN '0' END")
	case isKind(e, schema.KindTimestamp, schema.KindTimestampTZ):
		timestampText(b, func() { b.Expr(e) }, e.TypeOf())
	default:
		if l, ok := e.(*sqlexpr.Literal); ok && l.Kind == sqlexpr.LitNull {
			b.W("CAST(NULL AS text)")
			return
		}
		b.W("CAST(").Expr(e).W(" AS text)")
	}
}

// timestampText prints a timestamp the way MySQL prints one of the same precision.
func timestampText(b *dialects.Builder, val func(), t schema.Type) {
	b.W("to_char(")
	val()
	if t.Kind == schema.KindTimestampTZ {
		b.W(" AT TIME ZONE 'UTC'")
	}
	if t.FSP <= 0 {
		b.W(", 'YYYY-MM-DD HH24:MI:SS')")
		return
	}
	b.W(", 'YYYY-MM-DD HH24:MI:SS.US')")
}

func numeric(b *dialects.Builder, e sqlexpr.Expr) {
	if isKind(e, schema.KindDecimal) {
		b.Expr(e)
		return
	}
	b.W("CAST(").Expr(e).W(" AS numeric)")
}

func (d *Dialect) Binary(b *dialects.Builder, e *sqlexpr.Binary) bool {
	switch e.Op {
	case "/":
		if isKind(e.L, schema.KindFloat) || isKind(e.R, schema.KindFloat) {
			return false
		}
		b.W("(")
		numeric(b, e.L)
		b.W(" / ").Operand(e.R).W(")")
	case "DIV":
		b.W("div(")
		numeric(b, e.L)
		b.W(", ")
		numeric(b, e.R)
		b.W(")")
	case "%":
		d.mod(b, e.L, e.R)
	case "<=>":
		b.Operand(e.L).W(" IS NOT DISTINCT FROM ").Operand(e.R)
	default:
		return false
	}
	return true
}

func (*Dialect) mod(b *dialects.Builder, l, r sqlexpr.Expr) {
	if isKind(l, schema.KindFloat) || isKind(r, schema.KindFloat) {
		b.W("mod(")
		numeric(b, l)
		b.W(", ")
		numeric(b, r)
		b.W(")")
		return
	}
	b.Call("mod", l, r)
}

func (d *Dialect) Func(b *dialects.Builder, f *sqlexpr.Func) {
	a := f.Args
	switch f.Name {
	case "COALESCE", "IFNULL":
		b.Call("COALESCE", a...)
	case "NULLIF":
		b.Call("NULLIF", a...)
	case "IF":
		b.W("CASE WHEN ").Expr(a[0]).W(" THEN ").Expr(a[1]).W(" ELSE ").Expr(a[2]).W(" END")
	case "GREATEST", "LEAST":
		// MySQL: NULL when any argument is NULL; PostgreSQL ignores NULLs. Keep MySQL's rule.
		b.W("CASE WHEN ").List(len(a), " OR ", func(i int) { b.Operand(a[i]).W(" IS NULL") })
		b.W(" THEN NULL ELSE ").Call(strings.ToLower(f.Name), a...).W(" END")
	case "LOWER", "UPPER":
		b.W(strings.ToLower(f.Name), "(")
		text(b, a[0])
		b.W(")")
	case "TRIM":
		d.trim(b, a)
	case "LTRIM", "RTRIM":
		b.W(strings.ToLower(f.Name), "(")
		text(b, a[0])
		b.W(")")
	case "SUBSTRING":
		d.substring(b, a)
	case "CONCAT":
		b.W("(").List(len(a), " || ", func(i int) { text(b, a[i]) }).W(")")
	case "CONCAT_WS":
		b.W("concat_ws(").List(len(a), ", ", func(i int) { text(b, a[i]) }).W(")")
	case "REPLACE":
		b.W("replace(").List(3, ", ", func(i int) { text(b, a[i]) }).W(")")
	case "LENGTH":
		b.W("octet_length(")
		text(b, a[0])
		b.W(")")
	case "CHAR_LENGTH":
		b.W("char_length(")
		text(b, a[0])
		b.W(")")
	case "LEFT", "RIGHT":
		b.W(strings.ToLower(f.Name), "(")
		text(b, a[0])
		b.W(", ")
		nonNegative(b, a[1])
		b.W(")")
	case "LPAD", "RPAD":
		n, lit := dialects.IntLiteral(a[1])
		if !lit || n < 0 {
			b.W("CASE WHEN ").Operand(a[1]).W(" < 0 THEN NULL ELSE ")
		}
		b.W(strings.ToLower(f.Name), "(")
		text(b, a[0])
		b.W(", ").Expr(a[1]).W(", ")
		text(b, a[2])
		b.W(")")
		if !lit || n < 0 {
			b.W(" END")
		}
	case "ROUND":
		b.W("round(")
		numeric(b, a[0])
		if len(a) > 1 {
			b.W(", ").Expr(a[1])
		}
		b.W(")")
	case "FLOOR", "CEIL", "ABS":
		b.Call(strings.ToLower(f.Name), a...)
	case "MOD":
		d.mod(b, a[0], a[1])
	case "CONVERT_TZ":
		b.W("((")
		if isKind(a[0], schema.KindTimestampTZ) {
			b.W("(").Operand(a[0]).W(" AT TIME ZONE 'UTC')")
		} else {
			b.Operand(a[0])
		}
		b.W(" AT TIME ZONE ").Expr(a[1]).W(") AT TIME ZONE ").Expr(a[2]).W(")")
	case "DATE":
		b.W("CAST(")
		if isKind(a[0], schema.KindTimestampTZ) {
			b.Operand(a[0]).W(" AT TIME ZONE 'UTC'")
		} else {
			b.Expr(a[0])
		}
		b.W(" AS date)")
	case "EXTRACT":
		d.extract(b, a[0].(*sqlexpr.Keyword).Word, a[1])
	case "YEAR", "MONTH", "DAY":
		d.extract(b, f.Name, a[0])
	case "UNIX_TIMESTAMP":
		if a[0].TypeOf().FSP == 0 && !isKind(a[0], schema.KindOther, schema.KindText) {
			b.W("CAST(EXTRACT(EPOCH FROM ").Expr(a[0]).W(") AS bigint)")
		} else {
			b.W("EXTRACT(EPOCH FROM ").Expr(a[0]).W(")")
		}
	case "FROM_UNIXTIME":
		b.W("(to_timestamp(").Expr(a[0]).W(") AT TIME ZONE 'UTC')")
	case "MD5":
		b.W("md5(")
		text(b, a[0])
		b.W(")")
	case "SHA2":
		bits, _ := dialects.IntLiteral(a[1])
		b.W(fmt.Sprintf("encode(sha%d(convert_to(", bits))
		text(b, a[0])
		b.W(", 'UTF8')), 'hex')")
	case "JSON_EXTRACT":
		path, _ := dialects.StringLiteral(a[1])
		b.W("jsonb_path_query_first(CAST(").Expr(a[0]).W(" AS jsonb), CAST(").Str("strict " + path).W(" AS jsonpath), '{}', true)")
	case "JSON_UNQUOTE":
		b.W("(CAST(").Expr(a[0]).W(" AS jsonb) #>> '{}')")
	case "COUNT":
		switch {
		case f.Star:
			b.W("COUNT(*)")
		case f.Distinct:
			b.W("COUNT(DISTINCT ").Expr(a[0]).W(")")
		default:
			b.Call("COUNT", a...)
		}
	case "SUM", "MIN", "MAX", "AVG":
		b.W(f.Name, "(")
		if f.Distinct {
			b.W("DISTINCT ")
		}
		b.Args(a).W(")")
	case "NOW", "UTC_TIMESTAMP", "SYSDATE":
		b.W("LOCALTIMESTAMP")
	case "CURDATE":
		b.W("CURRENT_DATE")
	case "RAND":
		b.W("random()")
	case "UUID":
		b.W("CAST(gen_random_uuid() AS text)")
	default:
		b.Errorf("function %s has no PostgreSQL rendering", f.Name)
	}
}

func nonNegative(b *dialects.Builder, e sqlexpr.Expr) {
	if n, ok := dialects.IntLiteral(e); ok && n >= 0 {
		b.Expr(e)
		return
	}
	b.W("GREATEST(").Expr(e).W(", 0)")
}

// trim: TIDB gives [s], [s, chars] or [s, chars, direction].
func (*Dialect) trim(b *dialects.Builder, a []sqlexpr.Expr) {
	if len(a) == 1 {
		b.W("btrim(")
		text(b, a[0])
		b.W(")")
		return
	}
	dir := "BOTH"
	if len(a) == 3 {
		dir = a[2].(*sqlexpr.Keyword).Word
	}
	b.W("trim(", dir, " ")
	text(b, a[1])
	b.W(" FROM ")
	text(b, a[0])
	b.W(")")
}

// substring follows MySQL: pos 1 is the first character, a negative pos counts from the end,
// pos 0 (or a start before the beginning) gives ”, a negative length gives ”.
func (*Dialect) substring(b *dialects.Builder, a []sqlexpr.Expr) {
	s, pos := a[0], a[1]
	length := func() {
		if len(a) == 3 {
			b.W(", ")
			nonNegative(b, a[2])
		}
	}
	if p, ok := dialects.IntLiteral(pos); ok && p > 0 {
		b.W("substr(")
		text(b, s)
		b.W(", ").Expr(pos)
		length()
		b.W(")")
		return
	}
	b.W("CASE WHEN ").Operand(pos).W(" IS NULL THEN NULL WHEN ").Operand(pos).W(" > 0 THEN substr(")
	text(b, s)
	b.W(", ").Expr(pos)
	length()
	b.W(") WHEN ").Operand(pos).W(" < 0 AND -").Operand(pos).W(" <= char_length(")
	text(b, s)
	b.W(") THEN substr(")
	text(b, s)
	b.W(", char_length(")
	text(b, s)
	b.W(") + ").Operand(pos).W(" + 1")
	length()
	b.W(") ELSE '' END")
}

func (*Dialect) extract(b *dialects.Builder, unit string, x sqlexpr.Expr) {
	switch unit {
	case "SECOND":
		b.W("CAST(floor(EXTRACT(SECOND FROM ").Expr(x).W(")) AS bigint)")
	case "MICROSECOND":
		b.W("CAST(mod(EXTRACT(MICROSECONDS FROM ").Expr(x).W("), 1000000) AS bigint)")
	default:
		b.W("CAST(EXTRACT(", unit, " FROM ").Expr(x).W(") AS bigint)")
	}
}

func (d *Dialect) Cast(b *dialects.Builder, c *sqlexpr.Cast) {
	t := c.Type
	switch t.Name {
	case "SIGNED":
		b.W("CAST(").Expr(c.X).W(" AS bigint)")
	case "DECIMAL":
		b.W("CAST(").Expr(c.X).W(fmt.Sprintf(" AS numeric(%d,%d))", t.Length, t.Scale))
	case "CHAR":
		if t.HasLength {
			b.W("CAST(")
			text(b, c.X)
			b.W(fmt.Sprintf(" AS character varying(%d))", t.Length))
			return
		}
		text(b, c.X)
	case "DATE":
		b.W("CAST(").Expr(c.X).W(" AS date)")
	case "DATETIME":
		b.W("CAST(").Expr(c.X).W(fmt.Sprintf(" AS timestamp(%d) without time zone)", max(t.Length, 0)))
	case "TIME":
		b.W("CAST(").Expr(c.X).W(fmt.Sprintf(" AS time(%d) without time zone)", max(t.Length, 0)))
	case "DOUBLE":
		b.W("CAST(").Expr(c.X).W(" AS double precision)")
	case "FLOAT":
		b.W("CAST(").Expr(c.X).W(" AS real)")
	case "JSON":
		b.W("CAST(").Expr(c.X).W(" AS jsonb)")
	case "BINARY":
		b.W("convert_to(")
		text(b, c.X)
		b.W(", 'UTF8')")
	default:
		b.Errorf("CAST to %s has no PostgreSQL rendering", t.Name)
	}
}

// Assign converts a value for storing: PostgreSQL has no assignment casts between boolean and
// integers, nor from text to json or uuid.
func (d *Dialect) Assign(b *dialects.Builder, e sqlexpr.Expr, target schema.Type) {
	src := e.TypeOf().Kind
	switch {
	case src == schema.KindBool && target.Kind == schema.KindInt:
		b.W("CAST(").Expr(e).W(" AS integer)")
	case src == schema.KindInt && target.Kind == schema.KindBool:
		b.W("(").Operand(e).W(" <> 0)")
	case target.Kind == schema.KindJSON && src != schema.KindJSON,
		target.Kind == schema.KindUUID && src != schema.KindUUID,
		target.Kind == schema.KindOther && target.Raw != "" && src != schema.KindOther:
		b.W("CAST(").Expr(e).W(" AS ", d.TypeName(target), ")")
	default:
		b.Expr(e)
	}
}

// Canonical prints a value's checksum text: the same characters MySQL's rendering gives.
func (d *Dialect) Canonical(b *dialects.Builder, val func(), t schema.Type) {
	field := func(txt func()) {
		b.W("COALESCE(CAST(char_length(")
		txt()
		b.W(") AS text) || ':' || ")
		txt()
		b.W(", 'N')")
	}
	switch t.Kind {
	case schema.KindInt:
		field(func() { b.W("CAST(CAST("); val(); b.W(" AS numeric(20,0)) AS text)") })
	case schema.KindDecimal:
		if t.Precision == 0 {
			field(func() { b.W("CAST(trim_scale(CAST("); val(); b.W(" AS numeric)) AS text)") })
		} else {
			field(func() { b.W("CAST(CAST("); val(); b.W(fmt.Sprintf(" AS numeric(65,%d)) AS text)", t.Scale)) })
		}
	case schema.KindFloat:
		field(func() { b.W("CAST(CAST("); val(); b.W(" AS double precision) AS text)") })
	case schema.KindBool:
		field(func() { b.W("CASE WHEN "); val(); b.W(" THEN '1' WHEN NOT "); val(); b.W(" THEN '0' END") })
	case schema.KindDate:
		field(func() { b.W("to_char("); val(); b.W(", 'YYYY-MM-DD')") })
	case schema.KindTime:
		field(func() { b.W("to_char("); val(); b.W(", 'HH24:MI:SS.US')") })
	case schema.KindTimestamp, schema.KindTimestampTZ:
		field(func() {
			b.W("to_char(")
			val()
			if t.Kind == schema.KindTimestampTZ {
				b.W(" AT TIME ZONE 'UTC'")
			}
			b.W(", 'YYYY-MM-DD HH24:MI:SS.US')")
		})
	case schema.KindJSON:
		field(func() { b.W("CAST(CAST("); val(); b.W(" AS jsonb) AS text)") })
	case schema.KindBytes:
		field(func() { b.W("encode("); val(); b.W(", 'hex')") })
	default:
		field(func() { b.W("CAST("); val(); b.W(" AS text)") })
	}
}

// Hash60 takes 15 hex digits of the MD5 as a non-negative bigint.
func (*Dialect) Hash60(b *dialects.Builder, text func(), from int) {
	b.W("CAST(CAST('x' || substr(md5(")
	text()
	b.W(fmt.Sprintf("), %d, 15) AS bit(60)) AS bigint)", from))
}

// Concat puts each part on a line of its own: row texts are long.
func (*Dialect) Concat(b *dialects.Builder, parts []func()) {
	b.W("(")
	b.Indent(func() {
		b.Indent(func() {
			b.NL().List(len(parts), " ||", func(i int) {
				if i > 0 {
					b.NL()
				}
				parts[i]()
			})
		})
	})
	b.W(")")
}

// Session: UTC, UTF-8, ISO dates.
func (*Dialect) Session() string {
	return "SELECT set_config('TimeZone', 'UTC', false), set_config('client_encoding', 'UTF8', false),\n" +
		"  set_config('DateStyle', 'ISO, YMD', false), set_config('IntervalStyle', 'iso_8601', false)"
}

func (*Dialect) After(b *dialects.Builder, cols, bounds []func())    { row(b, cols, bounds, ">") }
func (*Dialect) NotAfter(b *dialects.Builder, cols, bounds []func()) { row(b, cols, bounds, "<=") }

// row prints a row-value comparison, which PostgreSQL answers with an index range scan.
func row(b *dialects.Builder, cols, bounds []func(), op string) {
	if len(cols) == 1 {
		cols[0]()
		b.W(" ", op, " ")
		bounds[0]()
		return
	}
	b.W("(").List(len(cols), ", ", func(i int) { cols[i]() }).W(") ", op, " (")
	b.List(len(bounds), ", ", func(i int) { bounds[i]() }).W(")")
}

func (*Dialect) UpsertTail(b *dialects.Builder, st *ir.Step, up []*ir.Mapping) {
	switch st.OnConflict {
	case "error":
		return
	case "skip":
		b.NL().W("ON CONFLICT (").List(len(st.ConflictKey), ", ", func(i int) { b.Ident(st.ConflictKey[i]) }).W(") DO NOTHING")
		return
	}
	b.NL().W("ON CONFLICT (").List(len(st.ConflictKey), ", ", func(i int) { b.Ident(st.ConflictKey[i]) }).W(")")
	if len(up) == 0 {
		b.W(" DO NOTHING")
		return
	}
	b.W(" DO UPDATE SET ").List(len(up), ", ", func(i int) { b.Ident(up[i].Target).W(" = EXCLUDED.").Ident(up[i].Target) })
	b.NL().W("WHERE (").List(len(up), ", ", func(i int) { b.Col(ir.AliasTarget, up[i].Target) })
	b.W(") IS DISTINCT FROM (").List(len(up), ", ", func(i int) { b.W("EXCLUDED.").Ident(up[i].Target) }).W(")")
}

func (d *Dialect) CreateTable(b *dialects.Builder, t ir.TableName, cols []ir.Column, key []string, temporary bool) {
	if temporary {
		b.W("CREATE TEMPORARY TABLE IF NOT EXISTS ").Ident(t.Name).W(" (")
	} else {
		b.W("CREATE TABLE IF NOT EXISTS ").Table(t, "").W(" (")
	}
	b.Indent(func() {
		for i, c := range cols {
			if i > 0 {
				b.W(",")
			}
			b.NL().Ident(c.Name).W(" ", d.TypeName(c.Type))
		}
		if len(key) > 0 {
			b.W(",").NL().W("PRIMARY KEY (").List(len(key), ", ", func(i int) { b.Ident(key[i]) }).W(")")
		}
	})
	b.NL().W(")")
	if temporary {
		b.W(" ON COMMIT DELETE ROWS")
	}
}

func (*Dialect) Limit(b *dialects.Builder, n func()) {
	b.W("LIMIT ")
	n()
}
