// Package sqlexpr is datamove's portable SQL expression language: the tree that column mappings,
// filters, invariants and checks are parsed into, the function catalog that defines which
// functions exist and what they mean, and the parser that builds the tree.
//
// The portable grammar is MySQL's, as parsed by github.com/pingcap/tidb/pkg/parser, with two
// standard-SQL settings: double quotes delimit identifiers (ANSI_QUOTES; strings take single
// quotes) and || concatenates strings (PIPES_AS_CONCAT). Run-time parameters are written @name.
//
// Meaning. An expression means the same on every engine; functions are defined in the catalog
// (Catalog, FuncInfo.Doc), operators and casts here. compiler/semantics_test.go evaluates both
// renderings on PostgreSQL and MariaDB over edge inputs and lists every known disagreement.
//   - Values of one family only meet (numbers, text, dates and timestamps, …), and conditions are
//     booleans: MySQL would convert silently where PostgreSQL refuses, so the compiler asks for
//     an explicit CAST or comparison instead.
//   - a / b is exact: the quotient agrees to at least 28 digits after the point (MariaDB keeps
//     the dividend's scale plus 30, at most 38; PostgreSQL is given the same scale). a DIV b is
//     the integer part, a BIGINT (beyond its range an error on both); a % b has the dividend's
//     sign, and with floats it is computed in decimal. Known disagreement: a zero divisor is an
//     error on PostgreSQL and NULL in a MySQL SELECT (an error in its strict-mode writes).
//   - Text compares by code point (the MySQL session collation is utf8mb4_bin; PostgreSQL
//     databases use the C collation). Known disagreement: MariaDB's _bin collations pad with
//     spaces, so 'a' = 'a ' there.
//   - Values convert to text as MySQL prints them: floats in their shortest digits (1e20,
//     0.00001, 1.5e-16), a FLOAT with 6 significant digits, timestamps with as many fractional
//     digits as their type has, booleans as 1 and 0; JSON and bytes must be converted explicitly.
//   - CAST to DECIMAL and ROUND read a float as its shortest digits (2.675e0 is 2.675) and round
//     half away from zero; CAST to SIGNED rounds decimals half away from zero and floats to
//     even; CAST to DATETIME(n) and TIME(n) cut fractional digits (MariaDB's rule; MySQL 8
//     rounds). Known disagreement: text the target type cannot read is an error on PostgreSQL
//     and a warning with a partial value in a MySQL SELECT (an error in its strict-mode writes).
//
// Contract:
//   - This is the only package that imports the TiDB parser. Every TiDB node it accepts is
//     converted by one convert function under one type switch; any other node becomes an *Error
//     at its offset, never a silent skip and never a panic.
//   - Offsets are byte offsets into the text that was parsed; callers map them to spec positions.
//   - The tree carries no SQL dialect: dialects render it. Nodes carry a Type slot that the
//     compiler fills in after resolving columns; renderers read it to keep one meaning on every
//     engine (exact division, byte vs character lengths, float rounding).
package sqlexpr
