// Package sqlexpr is datamove's portable SQL expression language: the tree that column mappings,
// filters, invariants and checks are parsed into, the function catalog that defines which
// functions exist and what they mean, and the parser that builds the tree.
//
// The portable grammar is MySQL's, as parsed by github.com/pingcap/tidb/pkg/parser, with two
// standard-SQL settings: double quotes delimit identifiers (ANSI_QUOTES; strings take single
// quotes) and || concatenates strings (PIPES_AS_CONCAT). Run-time parameters are written @name.
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
