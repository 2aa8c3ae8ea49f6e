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
		case t.Length == 0 && t.Fixed:
			return "bpchar" // blank-padded, any length (character alone is character(1))
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

// CanonicalText prints a value's checksum text: the same characters MySQL's rendering gives.
func (d *Dialect) CanonicalText(b *dialects.Builder, val func(), t schema.Type) {
	switch t.Kind {
	case schema.KindInt:
		b.W("CAST(CAST(")
		val()
		b.W(" AS numeric(20,0)) AS text)")
	case schema.KindDecimal:
		if t.Precision == 0 {
			b.W("CAST(trim_scale(CAST(")
			val()
			b.W(" AS numeric)) AS text)")
		} else {
			b.W("CAST(CAST(")
			val()
			b.W(fmt.Sprintf(" AS numeric(65,%d)) AS text)", t.Scale))
		}
	case schema.KindFloat:
		// Both engines print a double's shortest round-trip digits, in MySQL's notation here:
		// PostgreSQL writes 1e+15 and 1.5e-07 where MySQL writes 1e15 and 0.00000015. MySQL keeps
		// fixed digits down to 1e-15 (PostgreSQL to 1e-4), and up to 1e16 for a number with a
		// fraction (1000000000000000.1; PostgreSQL to 1e15). Such a text read as numeric prints
		// those fixed digits.
		double := func() { b.W("CAST(CAST("); val(); b.W(" AS double precision) AS text)") }
		b.W("CASE WHEN ")
		double()
		b.W(" ~ 'e-(0[5-9]|1[0-5])$|^-?[0-9][.][0-9]{16}e[+]15$' THEN CAST(CAST(")
		double()
		b.W(" AS numeric) AS text) ELSE replace(")
		double()
		b.W(", 'e+', 'e') END")
	case schema.KindBool:
		b.W("CASE WHEN ")
		val()
		b.W(" THEN '1' WHEN NOT ")
		val()
		b.W(" THEN '0' END")
	case schema.KindDate:
		b.W("to_char(")
		val()
		b.W(", 'YYYY-MM-DD')")
	case schema.KindTime:
		b.W("to_char(")
		val()
		b.W(", 'HH24:MI:SS.US')")
	case schema.KindTimestamp, schema.KindTimestampTZ:
		b.W("to_char(")
		val()
		if t.Kind == schema.KindTimestampTZ {
			b.W(" AT TIME ZONE 'UTC'")
		}
		b.W(", 'YYYY-MM-DD HH24:MI:SS.US')")
	case schema.KindJSON:
		b.W("CAST(CAST(")
		val()
		b.W(" AS jsonb) AS text)")
	case schema.KindBytes:
		b.W("encode(")
		val()
		b.W(", 'hex')")
	default:
		b.W("CAST(")
		val()
		b.W(" AS text)")
	}
}

// Field: || is NULL when x is.
func (*Dialect) Field(b *dialects.Builder, text func()) {
	b.W("COALESCE(CAST(char_length(")
	text()
	b.W(") AS text) || ':' || ")
	text()
	b.W(", 'N')")
}

// TextsOnce is true: each x computed once, in a fenced subquery (text holds any text whole),
// makes verify ~22 % faster (bench/README.md). The price: PostgreSQL 15 no longer hashes the
// rows in parallel workers under the subquery (it plans the level above it serially), which a
// statement over a whole large table would use; a chunk of verify's 50,000 or 200,000 rows is an
// index range scan, serial either way, and verify runs the source and the target side at once.
func (*Dialect) TextsOnce() bool { return true }

func (*Dialect) MD5(b *dialects.Builder, text func()) {
	b.W("md5(")
	text()
	b.W(")")
}

// Hash60 takes 15 hex digits as a non-negative bigint.
func (*Dialect) Hash60(b *dialects.Builder, hex func(), from int) {
	b.W("CAST(CAST('x' || substr(")
	hex()
	b.W(fmt.Sprintf(", %d, 15) AS bit(60)) AS bigint)", from))
}

// Fence: OFFSET 0 keeps the planner from pulling the subquery up (one such level over a table
// scan stays parallel).
func (*Dialect) Fence() string { return "OFFSET 0" }

// Concat puts each part on a line of its own: row texts are long.
func (*Dialect) Concat(b *dialects.Builder, parts []func()) {
	b.W("(").Lines(parts, " ||").W(")")
}

// Session: UTC, UTF-8, ISO dates, floats printed with their shortest round-trip digits (a server
// configured with extra_float_digits <= 0 would print rounded ones, and the row texts of two such
// servers could differ from MariaDB's or from a correctly configured one's).
func (*Dialect) Session() string {
	return "SELECT set_config('TimeZone', 'UTC', false), set_config('client_encoding', 'UTF8', false),\n" +
		"  set_config('DateStyle', 'ISO, YMD', false), set_config('IntervalStyle', 'iso_8601', false),\n" +
		"  set_config('extra_float_digits', '1', false)"
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
			if c.Identity {
				b.W(" GENERATED BY DEFAULT AS IDENTITY")
			}
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

// UpsertRow: ON CONFLICT on the key, every other column overwritten.
func (*Dialect) UpsertRow(b *dialects.Builder, key, update []string) {
	b.NL().W("ON CONFLICT (").List(len(key), ", ", func(i int) { b.Ident(key[i]) }).W(") DO UPDATE SET")
	b.Indent(func() {
		b.List(len(update), ",", func(i int) { b.NL().Ident(update[i]).W(" = EXCLUDED.").Ident(update[i]) })
	})
}

// NowUTC is the statement's start time in UTC, whatever the session's time zone.
func (*Dialect) NowUTC(b *dialects.Builder) {
	b.W("CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(6) without time zone)")
}

func (*Dialect) JSONArray(b *dialects.Builder, values func()) {
	b.W("CAST(json_build_array(")
	values()
	b.W(") AS text)")
}

// RowEstimate reads pg_class.reltuples, which is -1 for a table never vacuumed or analysed
// (PostgreSQL 14 and later): NULL then, as for no estimate.
// https://www.postgresql.org/docs/current/catalog-pg-class.html
func (*Dialect) RowEstimate(b *dialects.Builder, t ir.TableName) {
	cat := func(name string) ir.TableName { return ir.TableName{Schema: "pg_catalog", Name: name} }
	b.W("SELECT CASE WHEN ").Col("c", "reltuples").W(" < 0 THEN NULL ELSE CAST(").Col("c", "reltuples").W(" AS bigint) END AS ").Ident("estimate")
	b.NL().W("FROM ").Table(cat("pg_class"), "c")
	b.NL().W("JOIN ").Table(cat("pg_namespace"), "n").W(" ON ").Col("n", "oid").W(" = ").Col("c", "relnamespace")
	b.NL().W("WHERE ").Col("n", "nspname").W(" = ").Str(t.Schema).W(" AND ").Col("c", "relname").W(" = ").Str(t.Name)
}

// Random is random(), a double in [0, 1) per row.
func (*Dialect) Random(b *dialects.Builder) { b.W("random()") }
