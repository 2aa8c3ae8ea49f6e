// Package mysql renders datamove plans for MySQL 8 and MariaDB 10.11 (one family, two flavors).
//
// Every session of a plan runs with the settings of Session: UTC, utf8mb4, strict SQL mode and
// NO_BACKSLASH_ESCAPES, so string literals here only double their quotes. Division keeps 30
// decimal digits (div_precision_increment) so that a / b is as exact as PostgreSQL's numeric.
package mysql

import (
	"fmt"
	"strings"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Dialect is MySQL or MariaDB.
type Dialect struct {
	MariaDB bool
}

// New returns the dialect for a flavor ("mysql" or "mariadb").
func New(flavor string) *Dialect { return &Dialect{MariaDB: flavor == schema.MariaDB} }

func (*Dialect) Name() string { return "mysql" }
func (d *Dialect) Flavor() string {
	if d.MariaDB {
		return schema.MariaDB
	}
	return schema.MySQL
}

func (*Dialect) SupportsMerge() bool { return false }

// QuoteIdent backquotes an identifier, doubling embedded backquotes.
func (*Dialect) QuoteIdent(s string) string { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }

// QuoteString single-quotes a literal, doubling embedded quotes (sessions run with
// NO_BACKSLASH_ESCAPES, so a backslash is an ordinary character).
func (*Dialect) QuoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (*Dialect) Placeholder(int) string                   { return "?" }
func (*Dialect) ReusesPlaceholders() bool                 { return false }
func (*Dialect) BindCast(ph string, _ schema.Type) string { return ph }

// TypeName spells a portable type in MySQL DDL.
func (d *Dialect) TypeName(t schema.Type) string {
	unsigned := ""
	if t.Unsigned {
		unsigned = " unsigned"
	}
	switch t.Kind {
	case schema.KindBool:
		return "tinyint(1)"
	case schema.KindInt:
		switch t.Bits {
		case 8:
			return "tinyint" + unsigned
		case 16:
			return "smallint" + unsigned
		case 24:
			return "mediumint" + unsigned
		case 32:
			return "int" + unsigned
		}
		return "bigint" + unsigned
	case schema.KindDecimal:
		if t.Precision == 0 {
			return "decimal(65,30)"
		}
		return fmt.Sprintf("decimal(%d,%d)%s", min(t.Precision, 65), min(t.Scale, 30), unsigned)
	case schema.KindFloat:
		if t.Bits == 32 {
			return "float" + unsigned
		}
		return "double" + unsigned
	case schema.KindText:
		switch {
		case t.Length == 0 || t.Length > 16383:
			return "longtext"
		case t.Fixed && t.Length <= 255:
			return fmt.Sprintf("char(%d)", t.Length)
		}
		return fmt.Sprintf("varchar(%d)", t.Length)
	case schema.KindEnum:
		if len(t.Values) == 0 {
			return "longtext"
		}
		vals := make([]string, len(t.Values))
		for i, v := range t.Values {
			vals[i] = d.QuoteString(v)
		}
		return "enum(" + strings.Join(vals, ",") + ")"
	case schema.KindBytes:
		switch {
		case t.Length == 0 || t.Length > 65535:
			return "longblob"
		case t.Fixed && t.Length <= 255:
			return fmt.Sprintf("binary(%d)", t.Length)
		}
		return fmt.Sprintf("varbinary(%d)", t.Length)
	case schema.KindDate:
		return "date"
	case schema.KindTime:
		return fsp("time", t.FSP)
	case schema.KindTimestamp:
		return fsp("datetime", t.FSP)
	case schema.KindTimestampTZ:
		// TIMESTAMP stops in 2038; an instant is stored as a UTC DATETIME instead.
		return fsp("datetime", t.FSP)
	case schema.KindJSON:
		return "json"
	case schema.KindUUID:
		if d.MariaDB {
			return "uuid"
		}
		return "char(36)"
	}
	if t.Raw != "" {
		return t.Raw
	}
	return "longtext"
}

func fsp(name string, n int) string {
	if n <= 0 {
		return name
	}
	return fmt.Sprintf("%s(%d)", name, min(n, 6))
}

func (*Dialect) Literal(b *dialects.Builder, l *sqlexpr.Literal) {
	switch l.Kind {
	case sqlexpr.LitNull:
		b.W("NULL")
	case sqlexpr.LitInt, sqlexpr.LitDecimal:
		b.W(l.Value)
	case sqlexpr.LitFloat:
		b.W("CAST(").Str(l.Value).W(" AS DOUBLE)")
	case sqlexpr.LitString:
		b.Str(l.Value)
	case sqlexpr.LitBool:
		b.W(strings.ToUpper(l.Value))
	case sqlexpr.LitBytes:
		b.W("X").Str(l.Value)
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

func (*Dialect) Binary(b *dialects.Builder, e *sqlexpr.Binary) bool {
	switch e.Op {
	case "%":
		mod(b, e.L, e.R)
		return true
	}
	return false // /, DIV and <=> mean what the portable language says
}

// mod computes a remainder of floats in decimal, as PostgreSQL (which has no floating-point
// remainder) does: MOD(0.3e0, 0.1e0) is 0, not fmod's 0.09999999999999998.
func mod(b *dialects.Builder, l, r sqlexpr.Expr) {
	b.W("MOD(")
	decimal(b, l)
	b.W(", ")
	decimal(b, r)
	b.W(")")
}

// decimal prints a float as the decimal MariaDB converts it to (its shortest digits), anything
// else as it is.
func decimal(b *dialects.Builder, e sqlexpr.Expr) {
	if isKind(e, schema.KindFloat) {
		b.W("CAST(").Expr(e).W(" AS DECIMAL(65,30))")
		return
	}
	b.Expr(e)
}

// epoch is 1970-01-01 00:00:00, the origin of Unix time.
const epoch = "TIMESTAMP '1970-01-01 00:00:00'"

func (d *Dialect) Func(b *dialects.Builder, f *sqlexpr.Func) {
	a := f.Args
	switch f.Name {
	case "COALESCE", "IFNULL", "NULLIF", "IF", "GREATEST", "LEAST", "LOWER", "UPPER", "LTRIM", "RTRIM",
		"CONCAT", "CONCAT_WS", "REPLACE", "LENGTH", "CHAR_LENGTH", "LEFT", "RIGHT", "LPAD", "RPAD",
		"FLOOR", "ABS", "DATE", "YEAR", "MONTH", "MD5", "SHA2", "JSON_EXTRACT", "JSON_UNQUOTE":
		b.Call(f.Name, a...)
	case "MOD":
		mod(b, a[0], a[1])
	case "CONVERT_TZ":
		convertTZ(b, a)
	case "UNIX_TIMESTAMP":
		// UNIX_TIMESTAMP gives NULL (MariaDB) or 0 (MySQL) outside 1970–2038; the difference
		// from the epoch is defined for every date. Sessions run in UTC.
		if t := a[0].TypeOf(); t.FSP == 0 && t.Kind != schema.KindOther {
			b.W("TIMESTAMPDIFF(SECOND, ", epoch, ", ").Expr(a[0]).W(")")
		} else {
			b.W("ROUND(TIMESTAMPDIFF(MICROSECOND, ", epoch, ", ").Expr(a[0]).W(") / 1000000, 6)")
		}
	case "FROM_UNIXTIME":
		// FROM_UNIXTIME gives NULL before 1970 and after 2038; DATE_ADD does not.
		b.W("DATE_ADD(", epoch, ", INTERVAL (").Expr(a[0]).W(") SECOND)")
	case "CEIL":
		b.Call("CEILING", a...)
	case "DAY":
		b.Call("DAYOFMONTH", a...)
	case "TRIM":
		if len(a) == 1 {
			b.Call("TRIM", a...)
			return
		}
		dir := "BOTH"
		if len(a) == 3 {
			dir = a[2].(*sqlexpr.Keyword).Word
		}
		b.W("TRIM(", dir, " ").Expr(a[1]).W(" FROM ").Expr(a[0]).W(")")
	case "SUBSTRING":
		b.Call("SUBSTRING", a...)
	case "ROUND":
		b.W("ROUND(")
		if isKind(a[0], schema.KindFloat) {
			// Floating-point ROUND follows the C library (half to even); decimal rounds half away
			// from zero, as PostgreSQL's numeric does.
			b.W("CAST(").Expr(a[0]).W(" AS DECIMAL(65,30))")
		} else {
			b.Expr(a[0])
		}
		if len(a) > 1 {
			b.W(", ").Expr(a[1])
		}
		b.W(")")
	case "EXTRACT":
		b.W("EXTRACT(", a[0].(*sqlexpr.Keyword).Word, " FROM ").Expr(a[1]).W(")")
	case "NOW", "UTC_TIMESTAMP", "SYSDATE":
		b.W("UTC_TIMESTAMP(6)")
	case "CURDATE":
		b.W("UTC_DATE()")
	case "RAND":
		b.W("RAND()")
	case "UUID":
		b.W("UUID()")
	default:
		b.Errorf("function %s has no MySQL rendering", f.Name)
	}
}

// convertTZ reads a wall-clock time in one zone and gives the wall-clock time in another (see
// the PostgreSQL dialect for the rules both follow). MySQL already reads a repeated time as the
// earlier instant; a time the zone skips it would move to the instant of the change, so such a
// time (one that does not read back as itself) is read with the offset the zone had a day
// before. Outside the range MySQL converts it gives NULL instead of the value unchanged.
func convertTZ(b *dialects.Builder, a []sqlexpr.Expr) {
	w, from, to := a[0], a[1], a[2]
	b.W("CASE WHEN ").Operand(w).W(" >= TIMESTAMP ").Str(dialects.ConvertTZFrom).W(" AND ").Operand(w)
	b.W(" < TIMESTAMP ").Str(dialects.ConvertTZTo).W(" THEN ")
	zone, _ := dialects.StringLiteral(from)
	if !dialects.ZoneShifts(zone) {
		b.Call("CONVERT_TZ", a...).W(" END")
		return
	}
	toZone, _ := dialects.StringLiteral(to)
	toUTC := toZone == "UTC"
	instant := func() { b.W("CONVERT_TZ(").Expr(w).W(", ").Expr(from).W(", 'UTC')") }
	if !toUTC {
		b.W("CONVERT_TZ(")
	}
	b.W("CASE WHEN CONVERT_TZ(")
	instant()
	b.W(", 'UTC', ").Expr(from).W(") = ").Expr(w).W(" THEN ")
	instant()
	b.W(" ELSE CONVERT_TZ(").Operand(w).W(" - INTERVAL 1 DAY, ").Expr(from).W(", 'UTC') + INTERVAL 1 DAY END")
	if !toUTC {
		b.W(", 'UTC', ").Expr(to).W(")")
	}
	b.W(" END")
}

func (d *Dialect) Cast(b *dialects.Builder, c *sqlexpr.Cast) {
	t := c.Type
	switch t.Name {
	case "SIGNED":
		b.W("CAST(").Expr(c.X).W(" AS SIGNED)")
	case "DECIMAL":
		b.W("CAST(").Expr(c.X).W(fmt.Sprintf(" AS DECIMAL(%d,%d))", t.Length, t.Scale))
	case "CHAR":
		b.W("CAST(").Expr(c.X).W(" AS CHAR")
		if t.HasLength {
			b.W(fmt.Sprintf("(%d)", t.Length))
		}
		b.W(")")
	case "DATE":
		b.W("CAST(").Expr(c.X).W(" AS DATE)")
	case "DATETIME":
		b.W("CAST(").Expr(c.X).W(" AS ", strings.ToUpper(fsp("datetime", t.Length)), ")")
	case "TIME":
		b.W("CAST(").Expr(c.X).W(" AS ", strings.ToUpper(fsp("time", t.Length)), ")")
	case "DOUBLE":
		b.W("CAST(").Expr(c.X).W(" AS DOUBLE)")
	case "FLOAT":
		b.W("CAST(").Expr(c.X).W(" AS FLOAT)")
	case "JSON":
		if d.MariaDB {
			// MariaDB's JSON is text with a validity check; JSON_COMPACT checks and normalises.
			b.Call("JSON_COMPACT", c.X)
			return
		}
		b.W("CAST(").Expr(c.X).W(" AS JSON)")
	case "BINARY":
		b.W("CAST(").Expr(c.X).W(" AS BINARY)")
	default:
		b.Errorf("CAST to %s has no MySQL rendering", t.Name)
	}
}

// Assign: MySQL converts on assignment, and strict mode turns a lossy conversion into an error.
func (*Dialect) Assign(b *dialects.Builder, e sqlexpr.Expr, _ schema.Type) { b.Expr(e) }

// CanonicalText prints a value's checksum text: the same characters PostgreSQL's rendering gives.
func (d *Dialect) CanonicalText(b *dialects.Builder, val func(), t schema.Type) {
	switch t.Kind {
	case schema.KindInt:
		b.W("CAST(CAST(")
		val()
		b.W(" AS DECIMAL(20,0)) AS CHAR)")
	case schema.KindDecimal:
		if t.Precision == 0 {
			// An unbounded decimal (PostgreSQL numeric) prints without trailing zeros, as
			// trim_scale does there: 30 digits, then zeros and a bare point dropped.
			b.W("TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(")
			val()
			b.W(" AS DECIMAL(65,30)) AS CHAR)))")
			break
		}
		b.W("CAST(CAST(")
		val()
		b.W(fmt.Sprintf(" AS DECIMAL(65,%d)) AS CHAR)", min(t.Scale, 30)))
	case schema.KindFloat:
		b.W("CAST(CAST(")
		val()
		b.W(" AS DOUBLE) AS CHAR)")
	case schema.KindBool:
		b.W("CASE WHEN ")
		val()
		b.W(" THEN '1' WHEN NOT ")
		val()
		b.W(" THEN '0' END")
	case schema.KindDate:
		b.W("DATE_FORMAT(")
		val()
		b.W(", '%Y-%m-%d')")
	case schema.KindTime:
		b.W("TIME_FORMAT(")
		val()
		b.W(", '%H:%i:%s.%f')")
	case schema.KindTimestamp, schema.KindTimestampTZ:
		b.W("DATE_FORMAT(")
		val()
		b.W(", '%Y-%m-%d %H:%i:%s.%f')")
	case schema.KindJSON:
		b.W("JSON_COMPACT(")
		val()
		b.W(")")
	case schema.KindBytes:
		b.W("LOWER(HEX(")
		val()
		b.W("))")
	case schema.KindUUID:
		b.W("LOWER(CAST(")
		val()
		b.W(" AS CHAR))")
	default:
		b.W("CAST(")
		val()
		b.W(" AS CHAR)")
	}
}

// Field: CONCAT is NULL when x is.
func (*Dialect) Field(b *dialects.Builder, text func()) {
	b.W("COALESCE(CONCAT(CHAR_LENGTH(")
	text()
	b.W("), ':', ")
	text()
	b.W("), 'N')")
}

// TextsOnce is false: measured, it does not pay on MariaDB (bench/README.md). A derived table
// that holds each row's texts is materialised in a temporary table with BLOB columns (Aria),
// whose writes cost as much as the second evaluation of x they save once the source and target
// statements of a chunk run at once, as verify runs them. And such a table must type every text
// column LONGTEXT (say COALESCE(x, CAST(NULL AS CHAR(16777216)))): MariaDB sizes a derived
// table's columns from the expressions' estimated lengths and silently cuts what is longer,
// and the estimates fall short (10.11 sizes CAST(double AS CHAR) 22 characters, and
// -1.7976931348623157e308 has 23).
func (*Dialect) TextsOnce() bool { return false }

func (*Dialect) MD5(b *dialects.Builder, text func()) {
	b.W("MD5(")
	text()
	b.W(")")
}

// Hash60 takes 15 hex digits as a non-negative integer.
func (*Dialect) Hash60(b *dialects.Builder, hex func(), from int) {
	b.W("CAST(CONV(SUBSTRING(")
	hex()
	b.W(fmt.Sprintf(", %d, 15), 16, 10) AS UNSIGNED)", from))
}

// Fence: a derived table with a LIMIT is materialised, never merged into the outer query.
func (*Dialect) Fence() string { return "LIMIT 18446744073709551615" }

// Concat puts each part on a line of its own: row texts are long.
func (*Dialect) Concat(b *dialects.Builder, parts []func()) {
	b.W("CONCAT(").Lines(parts, ",").W(")")
}

// Session: UTC, utf8mb4, strict mode, no backslash escapes, exact-enough division. Literals and
// parameters compare by code point (utf8mb4_bin), as PostgreSQL's C collation does, instead of
// the connection's case-insensitive default ('a' = 'A' would be true).
func (*Dialect) Session() string {
	return "SET time_zone = '+00:00', character_set_client = 'utf8mb4', character_set_connection = 'utf8mb4',\n" +
		"  collation_connection = 'utf8mb4_bin', character_set_results = 'utf8mb4',\n" +
		"  sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_BACKSLASH_ESCAPES,NO_ENGINE_SUBSTITUTION,ONLY_FULL_GROUP_BY',\n" +
		"  div_precision_increment = 30"
}

// After prints (cols) > (bounds) expanded into ORs of equalities, which MySQL and MariaDB turn
// into an index range on the first column whatever their row-constructor support.
func (*Dialect) After(b *dialects.Builder, cols, bounds []func()) { expand(b, cols, bounds, ">") }
func (*Dialect) NotAfter(b *dialects.Builder, cols, bounds []func()) {
	expand(b, cols, bounds, "<")
}

func expand(b *dialects.Builder, cols, bounds []func(), strict string) {
	last := strict
	if strict == "<" {
		last = "<="
	}
	if len(cols) == 1 {
		cols[0]()
		b.W(" ", last, " ")
		bounds[0]()
		return
	}
	b.W("(")
	cols[0]()
	b.W(" ", strict, " ")
	bounds[0]()
	b.W(" OR (")
	cols[0]()
	b.W(" = ")
	bounds[0]()
	b.W(" AND ")
	expand(b, cols[1:], bounds[1:], strict)
	b.W("))")
}

// UpsertTail: ON DUPLICATE KEY UPDATE fires on any unique key, not only the conflict key. The
// first assignment therefore re-checks the conflict key and sets it to NULL when the duplicate was
// on another key: in strict mode that is an error naming the column, never an update of the wrong
// row.
func (*Dialect) UpsertTail(b *dialects.Builder, st *ir.Step, up []*ir.Mapping) {
	if st.OnConflict != "update" {
		return // skip is a NOT EXISTS in the SELECT; error is a plain INSERT
	}
	k := st.ConflictKey
	// Reads of the existing row are qualified: the SELECT's tables may have columns of the same name.
	b.NL().W("ON DUPLICATE KEY UPDATE ").Ident(k[0]).W(" = IF(")
	b.List(len(k), " AND ", func(i int) { b.Table(st.Target, "").W(".").Ident(k[i]).W(" <=> VALUES(").Ident(k[i]).W(")") })
	b.W(", ").Table(st.Target, "").W(".").Ident(k[0]).W(", NULL)")
	for _, m := range up {
		b.W(",").NL().W("  ").Ident(m.Target).W(" = VALUES(").Ident(m.Target).W(")")
	}
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
			if c.Identity {
				b.W(" NOT NULL AUTO_INCREMENT")
			}
		}
		if len(key) > 0 {
			b.W(",").NL().W("PRIMARY KEY (").List(len(key), ", ", func(i int) { b.Ident(key[i]) }).W(")")
		}
	})
	b.NL().W(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin")
}

func (*Dialect) Limit(b *dialects.Builder, n func()) {
	b.W("LIMIT ")
	n()
}

// UpsertRow: ON DUPLICATE KEY UPDATE, every other column overwritten. The plan's own tables have
// no unique key but the primary key, so the duplicate is always on the key.
func (*Dialect) UpsertRow(b *dialects.Builder, key, update []string) {
	b.NL().W("ON DUPLICATE KEY UPDATE")
	b.Indent(func() {
		b.List(len(update), ",", func(i int) { b.NL().Ident(update[i]).W(" = VALUES(").Ident(update[i]).W(")") })
	})
}

func (*Dialect) NowUTC(b *dialects.Builder) { b.W("UTC_TIMESTAMP(6)") }

// JSONArray: MySQL's JSON_ARRAY is of type JSON, which compares with text as JSON; CAST makes
// it the text it prints.
func (*Dialect) JSONArray(b *dialects.Builder, values func()) {
	b.W("CAST(JSON_ARRAY(")
	values()
	b.W(") AS CHAR)")
}

// RowEstimate reads information_schema.TABLES.TABLE_ROWS, InnoDB's estimate (NULL for a view).
func (*Dialect) RowEstimate(b *dialects.Builder, t ir.TableName) {
	b.W("SELECT CAST(").Ident("TABLE_ROWS").W(" AS SIGNED) AS ").Ident("estimate")
	b.NL().W("FROM ").Table(ir.TableName{Schema: "information_schema", Name: "TABLES"}, "")
	b.NL().W("WHERE ").Ident("TABLE_SCHEMA").W(" = ").Str(t.Schema).W(" AND ").Ident("TABLE_NAME").W(" = ").Str(t.Name)
}

// Random is RAND(), a double in [0, 1) per row.
func (*Dialect) Random(b *dialects.Builder) { b.W("RAND()") }
