package sqlexpr

// Walk calls fn for e and every expression below it, depth first, including the expressions of
// subqueries (their select lists, FROM join conditions, WHERE, GROUP BY, HAVING and ORDER BY).
// When fn returns false the node's children are skipped.
func Walk(e Expr, fn func(Expr) bool) {
	if e == nil || !fn(e) {
		return
	}
	switch n := e.(type) {
	case *Unary:
		Walk(n.X, fn)
	case *Binary:
		Walk(n.L, fn)
		Walk(n.R, fn)
	case *IsNull:
		Walk(n.X, fn)
	case *IsBool:
		Walk(n.X, fn)
	case *In:
		Walk(n.X, fn)
		for _, x := range n.List {
			Walk(x, fn)
		}
		WalkSelect(n.Sub, fn)
	case *Between:
		Walk(n.X, fn)
		Walk(n.Lo, fn)
		Walk(n.Hi, fn)
	case *Like:
		Walk(n.X, fn)
		Walk(n.Pattern, fn)
	case *Case:
		Walk(n.Operand, fn)
		for _, w := range n.Whens {
			Walk(w.Cond, fn)
			Walk(w.Result, fn)
		}
		Walk(n.Else, fn)
	case *Func:
		for _, x := range n.Args {
			Walk(x, fn)
		}
	case *Cast:
		Walk(n.X, fn)
	case *Row:
		for _, x := range n.Items {
			Walk(x, fn)
		}
	case *Exists:
		WalkSelect(n.Sub, fn)
	case *Subquery:
		WalkSelect(n.Sel, fn)
	}
}

// WalkSelect walks every expression of a SELECT statement (see Walk).
func WalkSelect(s *Select, fn func(Expr) bool) {
	if s == nil {
		return
	}
	for _, f := range s.Fields {
		Walk(f.Expr, fn)
	}
	walkFrom(s.From, fn)
	Walk(s.Where, fn)
	for _, g := range s.GroupBy {
		Walk(g, fn)
	}
	Walk(s.Having, fn)
	for _, o := range s.OrderBy {
		Walk(o.Expr, fn)
	}
}

func walkFrom(t TableExpr, fn func(Expr) bool) {
	switch t := t.(type) {
	case *Join:
		walkFrom(t.Left, fn)
		walkFrom(t.Right, fn)
		Walk(t.On, fn)
	case *Derived:
		WalkSelect(t.Sel, fn)
	}
}

// Tables lists the named tables of a FROM clause, left to right.
func Tables(t TableExpr) []*TableName {
	switch t := t.(type) {
	case *TableName:
		return []*TableName{t}
	case *Join:
		return append(Tables(t.Left), Tables(t.Right)...)
	}
	return nil
}

// Params lists the parameters an expression uses, in order of appearance (with repeats).
func Params(e Expr) []*Param {
	var ps []*Param
	Walk(e, func(x Expr) bool {
		if p, ok := x.(*Param); ok {
			ps = append(ps, p)
		}
		return true
	})
	return ps
}

// Columns lists the column references of an expression outside its subqueries.
func Columns(e Expr) []*ColumnRef {
	var cs []*ColumnRef
	Walk(e, func(x Expr) bool {
		switch x := x.(type) {
		case *ColumnRef:
			cs = append(cs, x)
		case *Exists, *Subquery:
			return false
		case *In:
			if x.Sub != nil {
				cs = append(cs, Columns(x.X)...)
				return false
			}
		}
		return true
	})
	return cs
}
