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
	// CanonicalText prints the canonical text of a value of type t printed by val: the x of the
	// row-text field <length of x>:<x> (see rowText in stmt.go); NULL for NULL, never NULL for a
	// non-NULL value. It may print val more than once.
	CanonicalText(b *Builder, val func(), t schema.Type)
	// Field prints the row-text field of the canonical text text prints: <length of x>:<x>, or N
	// when x is NULL. It prints text twice, so the engine computes x twice unless text prints a
	// column of a subquery that holds x (TextsOnce).
	Field(b *Builder, text func())
	// TextsOnce is true when the checksum statements compute each column's canonical text once per
	// row, in a fenced subquery under the one that hashes the row (see hashedRows in stmt.go),
	// rather than inline, twice per field. Each dialect says which pays on its engine, as measured
	// by bench/verify (bench/README.md): the texts and hashes are the same either way.
	TextsOnce() bool
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
	// JSONArray prints, as text, the JSON array of the comma-separated values values prints.
	JSONArray(b *Builder, values func())
	// RowEstimate prints a query whose one row and column is the engine's row estimate of t from
	// its statistics (a bigint, NULL when it has none), never a count.
	RowEstimate(b *Builder, t ir.TableName)
	// Random prints a random number of each row, to ORDER BY for a random sample.
	Random(b *Builder)
}
