package postgres

import (
	"fmt"
	"strings"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Expressions. Each rule below keeps the portable meaning, which is MySQL's unless the catalog
// says otherwise; compiler/semantics_test.go evaluates both renderings on real engines over edge
// inputs and pins every one of them.

func (d *Dialect) Literal(b *dialects.Builder, l *sqlexpr.Literal) {
	switch l.Kind {
	case sqlexpr.LitNull:
		if t := l.TypeOf(); t.Kind != schema.KindOther {
			// A NULL argument of a function: typed, so that PostgreSQL can pick the function.
			b.W("CAST(NULL AS ", d.TypeName(dialects.BindKind(t)), ")")
			return
		}
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

// text prints e as the text MySQL converts it to.
func text(b *dialects.Builder, e sqlexpr.Expr) {
	switch {
	case isKind(e, schema.KindText, schema.KindEnum):
		b.Expr(e)
	case isKind(e, schema.KindBool):
		b.W("CASE WHEN ").Operand(e).W(" THEN '1' WHEN NOT ").Operand(e).W(" THEN '0' END")
	case isKind(e, schema.KindTimestamp, schema.KindTimestampTZ):
		timestampText(b, func() { b.Expr(e) }, e.TypeOf())
	case isKind(e, schema.KindTime):
		b.W("to_char(").Expr(e).W(", 'HH24:MI:SS", fraction(e.TypeOf().FSP), "')")
	case isKind(e, schema.KindFloat):
		floatText(b, e)
	case isKind(e, schema.KindBytes):
		b.W("convert_from(").Expr(e).W(", 'UTF8')")
	default:
		if l, ok := e.(*sqlexpr.Literal); ok && l.Kind == sqlexpr.LitNull {
			b.W("CAST(NULL AS text)")
			return
		}
		b.W("CAST(").Expr(e).W(" AS text)")
	}
}

// fraction is the to_char pattern of n fractional second digits, as MySQL prints them.
func fraction(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(".FF%d", min(n, 6))
}

// timestampText prints a timestamp the way MySQL prints one of the same precision.
func timestampText(b *dialects.Builder, val func(), t schema.Type) {
	b.W("to_char(")
	val()
	if t.Kind == schema.KindTimestampTZ {
		b.W(" AT TIME ZONE 'UTC'")
	}
	b.W(", 'YYYY-MM-DD HH24:MI:SS", fraction(t.FSP), "')")
}

// floatText prints a floating-point number as MariaDB does: the shortest digits that read back
// as the same double (a FLOAT has six significant digits), in positional notation from 1e-15 up
// to 1e15 and as 1.5e20 or 1.5e-16 outside; zero is 0.
func floatText(b *dialects.Builder, e sqlexpr.Expr) {
	x := func() { b.Expr(e) }
	if e.TypeOf().Bits == 32 {
		x = func() { b.W("CAST(to_char(").Expr(e).W(", '9.99999EEEE') AS double precision)") }
	}
	b.W("CASE WHEN ")
	x()
	b.W(" = 0 THEN '0' WHEN abs(")
	x()
	b.W(") >= 1e-15 AND abs(")
	x()
	b.W(") < 1e-4 THEN CAST(CAST(CAST(")
	x()
	b.W(" AS text) AS numeric) AS text) ELSE replace(CAST(")
	x()
	b.W(" AS text), 'e+', 'e') END")
}

// numeric prints e as a numeric. A float converts through its shortest text, the decimal value
// MariaDB gives it (PostgreSQL's own cast keeps 15 digits); a FLOAT as the double it widens to.
func numeric(b *dialects.Builder, e sqlexpr.Expr) {
	switch {
	case isKind(e, schema.KindDecimal):
		b.Expr(e)
	case isKind(e, schema.KindFloat):
		b.W("CAST(CAST(")
		if e.TypeOf().Bits == 32 {
			b.W("CAST(").Expr(e).W(" AS double precision)")
		} else {
			b.Expr(e)
		}
		b.W(" AS text) AS numeric)")
	case isKind(e, schema.KindBool):
		b.W("CAST(CAST(").Expr(e).W(" AS integer) AS numeric)")
	default:
		b.W("CAST(").Expr(e).W(" AS numeric)")
	}
}

// integer prints e as an integer argument (a position, a length, a number of digits): decimals
// round half away from zero and floats to even, as MySQL rounds them. A literal beyond the
// 32-bit range PostgreSQL's functions take is clamped (it means "all" or "none" either way); a
// computed value beyond it is an error on PostgreSQL, where MySQL would take it.
func integer(b *dialects.Builder, e sqlexpr.Expr) {
	if n, ok := dialects.IntLiteral(e); ok {
		b.W(fmt.Sprint(max(min(n, 1<<31-1), -(1<<31 - 1))))
		return
	}
	if t := e.TypeOf(); t.Kind == schema.KindInt && t.Bits <= 32 && !(t.Bits == 32 && t.Unsigned) {
		b.Expr(e)
		return
	}
	if isNull(e) {
		b.W("CAST(NULL AS integer)")
		return
	}
	b.W("CAST(").Expr(e).W(" AS integer)")
}

// nonNegative prints an integer argument with negative values read as 0 (NULL stays NULL).
func nonNegative(b *dialects.Builder, e sqlexpr.Expr) {
	if n, ok := dialects.IntLiteral(e); ok {
		b.W(fmt.Sprint(max(min(n, 1<<31-1), 0)))
		return
	}
	b.W("CASE WHEN ")
	integer(b, e)
	b.W(" < 0 THEN 0 ELSE ")
	integer(b, e)
	b.W(" END")
}

func isNull(e sqlexpr.Expr) bool {
	l, ok := e.(*sqlexpr.Literal)
	return ok && l.Kind == sqlexpr.LitNull
}

// divScale is the scale of a / b on MariaDB: the dividend's scale plus div_precision_increment
// (30, set by the session), at most 38.
func divScale(l sqlexpr.Expr) int {
	s := 30 // an unbounded decimal is DECIMAL(65,30) on MariaDB
	switch t := l.TypeOf(); t.Kind {
	case schema.KindInt, schema.KindBool:
		s = 0
	case schema.KindDecimal:
		if t.Precision > 0 || t.Scale > 0 {
			s = t.Scale
		}
	}
	if lit, ok := l.(*sqlexpr.Literal); ok && lit.Kind == sqlexpr.LitDecimal {
		s = 0
		if i := strings.IndexByte(lit.Value, '.'); i >= 0 {
			s = len(lit.Value) - i - 1
		}
	}
	return min(s+30, 38)
}

func (d *Dialect) Binary(b *dialects.Builder, e *sqlexpr.Binary) bool {
	switch e.Op {
	case "/":
		if isKind(e.L, schema.KindFloat) || isKind(e.R, schema.KindFloat) {
			return false
		}
		// Exact division with MariaDB's digits: the dividend is given the scale of the quotient,
		// which PostgreSQL's numeric division then keeps (it would keep 20 digits otherwise).
		b.W("(round(")
		numeric(b, e.L)
		b.W(fmt.Sprintf(", %d) / ", divScale(e.L))).Operand(e.R).W(")")
	case "DIV":
		// MySQL's DIV gives a BIGINT, and an error beyond its range.
		b.W("CAST(div(")
		numeric(b, e.L)
		b.W(", ")
		numeric(b, e.R)
		b.W(") AS bigint)")
	case "%":
		d.mod(b, e.L, e.R)
	case "<=>":
		b.Operand(e.L).W(" IS NOT DISTINCT FROM ").Operand(e.R)
	default:
		return false
	}
	return true
}

// mod keeps the dividend's sign, as MySQL does; floats are computed in decimal on both engines.
func (*Dialect) mod(b *dialects.Builder, l, r sqlexpr.Expr) {
	if isKind(l, schema.KindInt) && isKind(r, schema.KindInt) {
		b.Call("mod", l, r)
		return
	}
	b.W("mod(")
	numeric(b, l)
	b.W(", ")
	numeric(b, r)
	b.W(")")
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
	case "LOWER", "UPPER", "LTRIM", "RTRIM":
		b.W(strings.ToLower(f.Name), "(")
		text(b, a[0])
		b.W(")")
	case "TRIM":
		d.trim(b, a)
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
		bytesOrText(b, a[0])
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
		d.pad(b, strings.ToLower(f.Name), a)
	case "ROUND":
		b.W("round(")
		numeric(b, a[0])
		if len(a) > 1 {
			b.W(", ")
			integer(b, a[1])
		}
		b.W(")")
	case "FLOOR", "CEIL":
		if isKind(a[0], schema.KindInt) {
			b.Expr(a[0]) // an integer is its own floor (PostgreSQL would go through a double)
			return
		}
		b.Call(strings.ToLower(f.Name), a...)
	case "ABS":
		b.Call("abs", a...)
	case "MOD":
		d.mod(b, a[0], a[1])
	case "CONVERT_TZ":
		d.convertTZ(b, a)
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
		bytesOrText(b, a[0])
		b.W(")")
	case "SHA2":
		bits, _ := dialects.IntLiteral(a[1])
		b.W(fmt.Sprintf("encode(sha%d(", bits))
		if isKind(a[0], schema.KindBytes) {
			b.Expr(a[0])
		} else {
			b.W("convert_to(")
			text(b, a[0])
			b.W(", 'UTF8')")
		}
		b.W("), 'hex')")
	case "JSON_EXTRACT":
		d.jsonExtract(b, a)
	case "JSON_UNQUOTE":
		d.jsonUnquote(b, a[0])
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

// bytesOrText prints bytes as they are and anything else as text: LENGTH, MD5 and SHA2 read the
// bytes of binary data and the UTF-8 bytes of text.
func bytesOrText(b *dialects.Builder, e sqlexpr.Expr) {
	if isKind(e, schema.KindBytes) {
		b.Expr(e)
		return
	}
	text(b, e)
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
// pos 0 (or a start before the beginning) gives ”, a negative length gives ”, and any NULL
// argument gives NULL.
func (*Dialect) substring(b *dialects.Builder, a []sqlexpr.Expr) {
	s, pos := a[0], a[1]
	length := func() {
		if len(a) == 3 {
			b.W(", ")
			nonNegative(b, a[2])
		}
	}
	lengthMayBeNull := false
	if len(a) == 3 {
		_, lit := dialects.IntLiteral(a[2])
		lengthMayBeNull = !lit
	}
	lengthNull := func() { // OR the length IS NULL, when it may be NULL at run time
		if lengthMayBeNull {
			b.W(" OR ")
			integer(b, a[2])
			b.W(" IS NULL")
		}
	}
	if p, ok := dialects.IntLiteral(pos); ok {
		switch {
		case p > 0:
			b.W("substr(")
			text(b, s)
			b.W(", ")
			integer(b, pos)
			length()
			b.W(")")
		case p == 0:
			b.W("CASE WHEN ").Operand(s).W(" IS NULL")
			lengthNull()
			b.W(" THEN NULL ELSE '' END")
		default: // the last -p characters, or '' when there are fewer
			b.W("CASE ")
			if lengthMayBeNull {
				b.W("WHEN ")
				integer(b, a[2])
				b.W(" IS NULL THEN NULL ")
			}
			b.W("WHEN char_length(")
			text(b, s)
			b.W(fmt.Sprintf(") < %d THEN '' ELSE ", -max(p, -(1<<31-1))))
			if len(a) == 3 {
				b.W("left(")
			}
			b.W("right(")
			text(b, s)
			b.W(fmt.Sprintf(", %d)", -max(p, -(1<<31-1))))
			if len(a) == 3 {
				b.W(", ")
				nonNegative(b, a[2])
				b.W(")")
			}
			b.W(" END")
		}
		return
	}
	b.W("CASE WHEN ")
	integer(b, pos)
	b.W(" > 0 THEN substr(")
	text(b, s)
	b.W(", ")
	integer(b, pos)
	length()
	b.W(") WHEN ")
	integer(b, pos)
	b.W(" < 0 AND -")
	integer(b, pos)
	b.W(" <= char_length(")
	text(b, s)
	b.W(") THEN substr(")
	text(b, s)
	b.W(", char_length(")
	text(b, s)
	b.W(") + ")
	integer(b, pos)
	b.W(" + 1")
	length()
	b.W(") WHEN ")
	b.Operand(s).W(" IS NULL OR ")
	integer(b, pos)
	b.W(" IS NULL")
	lengthNull()
	b.W(" THEN NULL ELSE '' END")
}

// pad follows MySQL: a negative length gives NULL, and so does padding with an empty string.
func (*Dialect) pad(b *dialects.Builder, name string, a []sqlexpr.Expr) {
	n, nLit := dialects.IntLiteral(a[1])
	pad, padLit := dialects.StringLiteral(a[2])
	if nLit && n >= 0 && padLit && pad != "" { // the common case: nothing to check at run time
		b.W(name, "(")
		text(b, a[0])
		b.W(", ")
		integer(b, a[1])
		b.W(", ")
		text(b, a[2])
		b.W(")")
		return
	}
	b.W("CASE WHEN ")
	integer(b, a[1])
	b.W(" < 0 OR ")
	integer(b, a[1])
	b.W(" > char_length(")
	text(b, a[0])
	b.W(") AND ")
	text(b, a[2])
	b.W(" = '' THEN NULL ELSE ", name, "(")
	text(b, a[0])
	b.W(", ")
	integer(b, a[1])
	b.W(", ")
	text(b, a[2])
	b.W(") END")
}

func (*Dialect) extract(b *dialects.Builder, unit string, x sqlexpr.Expr) {
	val := func() { b.Expr(x) }
	if isKind(x, schema.KindDate) && (unit == "HOUR" || unit == "MINUTE" || unit == "SECOND" || unit == "MICROSECOND") {
		// MySQL reads a date as its midnight; PostgreSQL has no time fields in a date.
		val = func() { b.W("CAST(").Expr(x).W(" AS timestamp(0) without time zone)") }
	}
	switch unit {
	case "SECOND":
		b.W("CAST(floor(EXTRACT(SECOND FROM ")
		val()
		b.W(")) AS bigint)")
	case "MICROSECOND":
		b.W("CAST(mod(EXTRACT(MICROSECONDS FROM ")
		val()
		b.W("), 1000000) AS bigint)")
	default:
		b.W("CAST(EXTRACT(", unit, " FROM ")
		val()
		b.W(") AS bigint)")
	}
}

// convertTZ reads a wall-clock time in one zone and gives the wall-clock time in another. A time
// a zone repeats (when clocks go back) is read as the earlier of its two instants, as MySQL
// does; a time a zone skips (when clocks go forward) is read with the offset before the change,
// so it moves forward by the gap, as PostgreSQL does. Outside the range MySQL can convert the
// result is NULL (see dialects.ConvertTZFrom).
func (*Dialect) convertTZ(b *dialects.Builder, a []sqlexpr.Expr) {
	from, to := a[1], a[2]
	wall := func() {
		switch {
		case isKind(a[0], schema.KindTimestampTZ):
			b.W("(").Operand(a[0]).W(" AT TIME ZONE 'UTC')")
		case isKind(a[0], schema.KindDate):
			b.W("CAST(").Expr(a[0]).W(" AS timestamp(0) without time zone)")
		default:
			b.Operand(a[0])
		}
	}
	b.W("CASE WHEN ")
	wall()
	b.W(" >= TIMESTAMP ").Str(dialects.ConvertTZFrom).W(" AND ")
	wall()
	b.W(" < TIMESTAMP ").Str(dialects.ConvertTZTo).W(" THEN (")
	zone, _ := dialects.StringLiteral(from)
	if !dialects.ZoneShifts(zone) {
		wall()
		b.W(" AT TIME ZONE ").Expr(from).W(") AT TIME ZONE ").Expr(to).W(" END")
		return
	}
	// PostgreSQL reads a repeated time as the later instant. The earlier one is the time read
	// with the offset the zone had a day before; it is taken when it reads back as the same time.
	earlier := func() {
		b.W("((")
		wall()
		b.W(" - INTERVAL '1 day') AT TIME ZONE ").Expr(from).W(" + INTERVAL '1 day')")
	}
	b.W("CASE WHEN ")
	earlier()
	b.W(" AT TIME ZONE ").Expr(from).W(" = ")
	wall()
	b.W(" THEN ")
	earlier()
	b.W(" ELSE ")
	wall()
	b.W(" AT TIME ZONE ").Expr(from).W(" END) AT TIME ZONE ").Expr(to).W(" END")
}

// jsonExtract follows MySQL's path semantics: .key steps find nothing in a value that is not an
// object (strict mode), and an [n] step treats a value that is not an array as an array of one
// (lax mode), so each run of key steps and each run of index steps is a query of its own.
func (*Dialect) jsonExtract(b *dialects.Builder, a []sqlexpr.Expr) {
	path, _ := dialects.StringLiteral(a[1])
	var runs []string // "strict $.a.b", "lax $[0][1]", …
	rest := strings.TrimPrefix(path, "$")
	for rest != "" {
		index := rest[0] == '['
		i := 0
		for i < len(rest) && (rest[i] == '[') == index {
			end := len(rest)
			switch {
			case rest[i] == '[':
				end = i + strings.IndexByte(rest[i:], ']') + 1
			case strings.HasPrefix(rest[i:], `."`):
				end = i + 2 + strings.IndexByte(rest[i+2:], '"') + 1
			default:
				if j := strings.IndexAny(rest[i+1:], ".["); j >= 0 {
					end = i + 1 + j
				}
			}
			if end <= i { // not a path the compiler lets through; print it whole
				end = len(rest)
			}
			i = end
		}
		mode := "strict $"
		if index {
			mode = "lax $"
		}
		runs = append(runs, mode+rest[:i])
		rest = rest[i:]
	}
	if len(runs) == 0 {
		runs = []string{"strict $"}
	}
	for range runs {
		b.W("jsonb_path_query_first(")
	}
	b.W("CAST(").Expr(a[0]).W(" AS jsonb)")
	for _, r := range runs {
		b.W(", CAST(").Str(r).W(" AS jsonpath), '{}', true)")
	}
}

// jsonUnquote follows MySQL: a JSON string gives its text, any other JSON value its JSON text
// (null included); text that is not a quoted JSON string is given back as it is.
func (*Dialect) jsonUnquote(b *dialects.Builder, x sqlexpr.Expr) {
	if isKind(x, schema.KindJSON) {
		b.W("CASE WHEN jsonb_typeof(CAST(").Expr(x).W(" AS jsonb)) = 'string' THEN CAST(").Expr(x).W(" AS jsonb) #>> '{}' ELSE CAST(CAST(").Expr(x).W(" AS jsonb) AS text) END")
		return
	}
	b.W("CASE WHEN ")
	text(b, x)
	b.W(` LIKE '"%"' THEN CAST(`)
	text(b, x)
	b.W(" AS jsonb) #>> '{}' ELSE ")
	text(b, x)
	b.W(" END")
}

// truncate prints a time or timestamp cut to fsp fractional digits: MariaDB truncates where
// PostgreSQL's casts round.
func truncate(b *dialects.Builder, val func(), fsp int) {
	if fsp >= 6 {
		val()
		return
	}
	b.W("(")
	val()
	b.W(" - mod(CAST(EXTRACT(MICROSECONDS FROM ")
	val()
	b.W(fmt.Sprintf(") AS bigint), %d) * INTERVAL '1 microsecond')", pow10(6-fsp)))
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

func (d *Dialect) Cast(b *dialects.Builder, c *sqlexpr.Cast) {
	t := c.Type
	switch t.Name {
	case "SIGNED":
		if isKind(c.X, schema.KindBool) {
			b.W("CAST(CAST(").Expr(c.X).W(" AS integer) AS bigint)")
			return
		}
		b.W("CAST(").Expr(c.X).W(" AS bigint)")
	case "DECIMAL":
		b.W("CAST(")
		if isKind(c.X, schema.KindFloat, schema.KindBool) {
			numeric(b, c.X)
		} else {
			b.Expr(c.X)
		}
		b.W(fmt.Sprintf(" AS numeric(%d,%d))", t.Length, t.Scale))
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
	case "DATETIME", "TIME":
		typ := "timestamp"
		if t.Name == "TIME" {
			typ = "time"
		}
		fsp := max(t.Length, 0)
		b.W("CAST(")
		truncate(b, func() {
			if isKind(c.X, schema.KindTimestampTZ) && typ == "timestamp" {
				b.W("(").Operand(c.X).W(" AT TIME ZONE 'UTC')")
				return
			}
			b.W("CAST(").Expr(c.X).W(" AS ", typ, "(6) without time zone)")
		}, fsp)
		b.W(fmt.Sprintf(" AS %s(%d) without time zone)", typ, fsp))
	case "DOUBLE", "FLOAT":
		typ := "double precision"
		if t.Name == "FLOAT" {
			typ = "real"
		}
		if isKind(c.X, schema.KindBool) {
			b.W("CAST(CAST(").Expr(c.X).W(" AS integer) AS ", typ, ")")
			return
		}
		b.W("CAST(").Expr(c.X).W(" AS ", typ, ")")
	case "JSON":
		b.W("CAST(").Expr(c.X).W(" AS jsonb)")
	case "BINARY":
		if isKind(c.X, schema.KindBytes) {
			b.Expr(c.X)
			return
		}
		b.W("convert_to(")
		text(b, c.X)
		b.W(", 'UTF8')")
	default:
		b.Errorf("CAST to %s has no PostgreSQL rendering", t.Name)
	}
}
