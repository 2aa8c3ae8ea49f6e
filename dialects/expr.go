package dialects

import (
	"strconv"

	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Expr prints an expression tree through the dialect.
func (b *Builder) Expr(e sqlexpr.Expr) *Builder {
	if b.tooLong {
		return b // abandoned: see MaxStatement
	}
	switch n := e.(type) {
	case nil:
		b.W("NULL")
	case *sqlexpr.ColumnRef:
		b.Col(n.Table, n.Name)
	case *sqlexpr.Param:
		b.Param(n)
	case *sqlexpr.Literal:
		b.D.Literal(b, n)
	case *sqlexpr.Keyword:
		b.W(n.Word)
	case *sqlexpr.Unary:
		if n.Op == "NOT" {
			b.W("NOT ")
		} else {
			b.W(n.Op)
		}
		b.Operand(n.X)
	case *sqlexpr.Binary:
		if !b.D.Binary(b, n) {
			b.Operand(n.L).W(" ", n.Op, " ").Operand(n.R)
		}
	case *sqlexpr.IsNull:
		b.Operand(n.X).W(" IS ")
		if n.Not {
			b.W("NOT ")
		}
		b.W("NULL")
	case *sqlexpr.IsBool:
		b.Operand(n.X).W(" IS ")
		if n.Not {
			b.W("NOT ")
		}
		if n.Value {
			b.W("TRUE")
		} else {
			b.W("FALSE")
		}
	case *sqlexpr.In:
		b.Operand(n.X)
		if n.Not {
			b.W(" NOT")
		}
		b.W(" IN (")
		if n.Sub != nil {
			b.Select(n.Sub)
		} else {
			b.List(len(n.List), ", ", func(i int) { b.Expr(n.List[i]) })
		}
		b.W(")")
	case *sqlexpr.Between:
		b.Operand(n.X)
		if n.Not {
			b.W(" NOT")
		}
		b.W(" BETWEEN ").Operand(n.Lo).W(" AND ").Operand(n.Hi)
	case *sqlexpr.Like:
		b.Operand(n.X)
		if n.Not {
			b.W(" NOT")
		}
		// The escape character is always written: MySQL without backslash escapes has none by
		// default, PostgreSQL has '\'; writing it keeps one meaning.
		b.W(" LIKE ").Operand(n.Pattern).W(" ESCAPE ").Str(n.Escape)
	case *sqlexpr.Case:
		b.W("CASE")
		if n.Operand != nil {
			b.W(" ").Expr(n.Operand)
		}
		for _, w := range n.Whens {
			b.W(" WHEN ").Expr(w.Cond).W(" THEN ").Expr(w.Result)
		}
		if n.Else != nil {
			b.W(" ELSE ").Expr(n.Else)
		}
		b.W(" END")
	case *sqlexpr.Func:
		if info := sqlexpr.Lookup(n.Name); info != nil && info.Aggregate {
			b.aggregate(n) // aggregates are spelled alike on every engine
		} else {
			b.D.Func(b, n)
		}
	case *sqlexpr.Cast:
		b.D.Cast(b, n)
	case *sqlexpr.Row:
		b.W("(").List(len(n.Items), ", ", func(i int) { b.Expr(n.Items[i]) }).W(")")
	case *sqlexpr.Exists:
		if n.Not {
			b.W("NOT ")
		}
		b.W("EXISTS (").Select(n.Sub).W(")")
	case *sqlexpr.Subquery:
		b.W("(").Select(n.Sel).W(")")
	default:
		b.Errorf("cannot print %T", e)
	}
	return b
}

func (b *Builder) aggregate(f *sqlexpr.Func) {
	b.W(f.Name, "(")
	switch {
	case f.Star:
		b.W("*")
	case f.Distinct:
		b.W("DISTINCT ").Args(f.Args)
	default:
		b.Args(f.Args)
	}
	b.W(")")
}

// Operand prints e, in parentheses when it is itself an operation, so that the printed text
// groups exactly as the tree does whatever the engine's precedence rules.
func (b *Builder) Operand(e sqlexpr.Expr) *Builder {
	switch e.(type) {
	case *sqlexpr.Binary, *sqlexpr.Unary, *sqlexpr.IsNull, *sqlexpr.IsBool, *sqlexpr.In,
		*sqlexpr.Between, *sqlexpr.Like, *sqlexpr.Exists:
		return b.W("(").Expr(e).W(")")
	}
	return b.Expr(e)
}

// Param prints a run-time parameter as a bind. Its type is the one the checker inferred (the
// column it is compared with), or else its declared type.
func (b *Builder) Param(p *sqlexpr.Param) {
	declared := ""
	if ip := b.Params[p.Name]; ip != nil {
		declared = ip.Type
	}
	t := p.TypeOf()
	if t.Kind == schema.KindOther {
		t = ParamType(declared)
	}
	b.Bind("@"+p.Name, declared, BindKind(t))
}

// Select prints a SELECT statement of a check, an invariant or a subquery.
func (b *Builder) Select(s *sqlexpr.Select) *Builder {
	b.W("SELECT ")
	if s.Distinct {
		b.W("DISTINCT ")
	}
	b.List(len(s.Fields), ", ", func(i int) {
		f := s.Fields[i]
		switch {
		case f.Star && f.StarTable != "":
			b.Ident(f.StarTable).W(".*")
		case f.Star:
			b.W("*")
		default:
			b.Expr(f.Expr)
			if f.Alias != "" {
				b.W(" AS ").Ident(f.Alias)
			}
		}
	})
	if s.From != nil {
		b.W(" FROM ")
		b.From(s.From)
	}
	if s.Where != nil {
		b.W(" WHERE ").Expr(s.Where)
	}
	if len(s.GroupBy) > 0 {
		b.W(" GROUP BY ").List(len(s.GroupBy), ", ", func(i int) { b.Expr(s.GroupBy[i]) })
	}
	if s.Having != nil {
		b.W(" HAVING ").Expr(s.Having)
	}
	if len(s.OrderBy) > 0 {
		b.W(" ORDER BY ").List(len(s.OrderBy), ", ", func(i int) {
			b.Expr(s.OrderBy[i].Expr)
			if s.OrderBy[i].Desc {
				b.W(" DESC")
			}
		})
	}
	if s.Limit != nil {
		b.W(" ")
		b.D.Limit(b, func() { b.W(strconv.FormatInt(*s.Limit, 10)) })
	}
	return b
}

// From prints a FROM item.
func (b *Builder) From(t sqlexpr.TableExpr) {
	switch t := t.(type) {
	case *sqlexpr.TableName:
		b.Table(ir.TableName{Schema: t.Schema, Name: t.Name}, t.Alias)
	case *sqlexpr.Join:
		b.From(t.Left)
		if t.Kind == "CROSS" {
			b.W(" CROSS JOIN ")
		} else {
			b.W(" ", t.Kind, " JOIN ")
		}
		if _, nested := t.Right.(*sqlexpr.Join); nested {
			b.W("(")
			b.From(t.Right)
			b.W(")")
		} else {
			b.From(t.Right)
		}
		if t.On != nil {
			b.W(" ON ").Expr(t.On)
		}
		if len(t.Using) > 0 {
			b.W(" USING (").List(len(t.Using), ", ", func(i int) { b.Ident(t.Using[i]) }).W(")")
		}
	case *sqlexpr.Derived:
		b.W("(").Select(t.Sel).W(") AS ").Ident(t.Alias)
	}
}

// Args prints function arguments separated by commas.
func (b *Builder) Args(args []sqlexpr.Expr) *Builder {
	return b.List(len(args), ", ", func(i int) { b.Expr(args[i]) })
}

// Call prints name(args…).
func (b *Builder) Call(name string, args ...sqlexpr.Expr) *Builder {
	return b.W(name, "(").Args(args).W(")")
}

// IntLiteral reports the value of an integer literal, negative ones included.
func IntLiteral(e sqlexpr.Expr) (int64, bool) {
	l, ok := e.(*sqlexpr.Literal)
	if !ok || l.Kind != sqlexpr.LitInt {
		return 0, false
	}
	n, err := strconv.ParseInt(l.Value, 10, 64)
	return n, err == nil
}

// StringLiteral reports the value of a string literal.
func StringLiteral(e sqlexpr.Expr) (string, bool) {
	l, ok := e.(*sqlexpr.Literal)
	if !ok || l.Kind != sqlexpr.LitString {
		return "", false
	}
	return l.Value, true
}
