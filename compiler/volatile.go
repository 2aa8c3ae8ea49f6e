package compiler

import (
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// volatile reports whether an expression calls a non-deterministic function (NOW(), UUID(), …),
// which only a table with allow_nondeterministic = true may use: its value cannot be computed
// again from the source, so the mapping is written on insert only and not checksummed.
func volatile(e sqlexpr.Expr) bool {
	found := false
	sqlexpr.Walk(e, func(n sqlexpr.Expr) bool {
		if f, ok := n.(*sqlexpr.Func); ok {
			if info := sqlexpr.Lookup(f.Name); info != nil && info.NonDeterministic {
				found = true
			}
		}
		return !found
	})
	return found
}

// volatileNote is what the mapping document adds to a volatile column's source.
func volatileNote(m *ir.Mapping) string {
	if !m.Volatile {
		return ""
	}
	return " (non-deterministic: written when the row is inserted, kept on re-runs, not checksummed)"
}

// knownTrue makes a soft-delete predicate two-valued: a row is soft-deleted only where the
// predicate is true, and one that is NULL (status = 'closed' on a NULL status) is a live row that
// moves; left three-valued, NOT (…) and WHERE would drop it from the move, the delete and the
// checksums alike, and a flag column would receive NULL. A predicate that is never NULL is kept
// as written.
func knownTrue(e sqlexpr.Expr, t *schema.Table) sqlexpr.Expr {
	if neverNull(e, t) {
		return e
	}
	k := &sqlexpr.IsBool{X: e, Value: true}
	k.SetType(schema.Type{Kind: schema.KindBool})
	return k
}

// neverNull reports whether a condition over the source rows of t is true or false, never NULL,
// whatever the row holds.
func neverNull(e sqlexpr.Expr, t *schema.Table) bool {
	switch n := e.(type) {
	case *sqlexpr.IsNull, *sqlexpr.IsBool, *sqlexpr.Exists:
		return true
	case *sqlexpr.ColumnRef:
		col := t.Column(n.Name)
		return n.Table == ir.AliasSource && col != nil && !col.Nullable
	case *sqlexpr.Unary:
		return n.Op == "NOT" && neverNull(n.X, t)
	case *sqlexpr.Binary:
		return (n.Op == "AND" || n.Op == "OR") && neverNull(n.L, t) && neverNull(n.R, t)
	case *sqlexpr.Literal:
		return n.Kind == sqlexpr.LitBool
	}
	return false
}
