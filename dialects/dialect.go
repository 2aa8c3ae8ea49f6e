package dialects

import (
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Dialect is one SQL engine family.
type Dialect interface {
	// Name is the family: "postgres" or "mysql" (MariaDB is the mysql family).
	Name() string
	// Flavor is the concrete engine: "postgres", "mysql" or "mariadb".
	Flavor() string
	QuoteIdent(name string) string
	QuoteString(s string) string
	// Placeholder returns the text of bind number n (1-based).
	Placeholder(n int) string
	// ReusesPlaceholders is true when one placeholder may appear several times ($1 in PostgreSQL);
	// false when every appearance is a bind of its own (? in MySQL).
	ReusesPlaceholders() bool
	// BindCast wraps a placeholder so the engine knows its type (PostgreSQL) or leaves it bare.
	BindCast(placeholder string, t schema.Type) string
	// TypeName is the DDL spelling of a portable type.
	TypeName(t schema.Type) string

	// Literal, Func, Cast and Binary print the parts of expressions that differ between engines.
	Literal(b *Builder, l *sqlexpr.Literal)
	Func(b *Builder, f *sqlexpr.Func)
	Cast(b *Builder, c *sqlexpr.Cast)
	// Binary prints operators whose meaning differs (/, DIV, %, <=>); false means the generic
	// form "l op r" is right.
	Binary(b *Builder, e *sqlexpr.Binary) bool
	// Assign prints e converted for storing into a column of type target.
	Assign(b *Builder, e sqlexpr.Expr, target schema.Type)
	// Canonical prints the checksum text of a value of type t printed by val (never NULL for a
	// non-NULL value; see package doc of the checksum formula in stmt.go).
	Canonical(b *Builder, val func(), t schema.Type)
	// MD5 prints the MD5 of text as 32 lower-case hex digits.
	MD5(b *Builder, text func())
	// Hash60 prints a non-negative integer from 15 of the hex digits hex prints, starting at
	// digit from (1-based).
	Hash60(b *Builder, hex func(), from int)
	// Fence ends a subquery so that the engine evaluates its select list once per row rather
	// than merging the subquery into the query around it (which would compute a row's MD5 once
	// per reference to it).
	Fence() string
	// Concat prints the concatenation of parts that are never NULL.
	Concat(b *Builder, parts []func())

	// Statement pieces.
	Session() string                                        // settings every session of the plan runs with
	After(b *Builder, cols []func(), bounds []func())       // (cols) > (bounds), index-friendly
	NotAfter(b *Builder, cols []func(), bounds []func())    // (cols) <= (bounds)
	UpsertTail(b *Builder, st *ir.Step, cols []*ir.Mapping) // ON CONFLICT / ON DUPLICATE KEY tail
	CreateTable(b *Builder, t ir.TableName, cols []ir.Column, key []string, temporary bool)
	SupportsMerge() bool
	Limit(b *Builder, n func())
	// UpsertRow prints the tail of INSERT … VALUES (…) that, when a row with the same key exists,
	// overwrites its update columns with the new values.
	UpsertRow(b *Builder, key, update []string)
	// NowUTC prints the server's current time in UTC as a zone-less timestamp(6).
	NowUTC(b *Builder)
	// JSONArray prints the JSON array of the values parts print, as text.
	JSONArray(b *Builder, parts []func())
	// RowEstimate prints a query whose one row and column is the engine's row estimate of t from
	// its statistics (a bigint, NULL when it has none), never a count.
	RowEstimate(b *Builder, t ir.TableName)
	// Random prints a random number of each row, to ORDER BY for a random sample.
	Random(b *Builder)
}
