// Package dialects turns the compiler's plan IR into SQL text for one engine. It holds what every
// dialect shares: the Dialect interface, the statement builder that quotes identifiers and numbers
// bind placeholders, the walk that prints an expression tree, and the assembly of each plan
// statement. Every engine difference (quoting, placeholders, upsert and MERGE forms, type names,
// function translations, checksum formulas, session settings) lives behind the interface, in
// dialects/postgres and dialects/mysql.
//
// Contract: nothing here glues a user string into SQL. Identifiers go through QuoteIdent, values
// from the spec through QuoteString (literals) or bind placeholders (parameters), and run-time
// values are always binds.
package dialects
