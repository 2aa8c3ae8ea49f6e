package compiler

import (
	"fmt"
	"strings"
	"time"

	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
	"github.com/datamove/datamove/sqlexpr"
)

// scopeTable is a table visible to column references.
type scopeTable struct {
	name    string // how the SQL refers to it: alias or table name
	rewrite string // alias to print instead (the main table's fixed alias), "" to keep
	table   *schema.Table
}

type scope struct {
	tables []scopeTable
	outer  *scope
}

// exprCtx is what checking one SQL string needs.
type exprCtx struct {
	c        *compiler
	sql      *specs.SQL
	what     string           // "column mapping", "where filter", … for messages
	db       *schema.Database // tables subqueries may read
	schema   string           // SQL schema of db, set on every table a subquery names
	allowSub bool             // subqueries allowed
	agg      bool             // aggregates allowed
	nondet   bool             // non-deterministic functions allowed
	used     map[string]bool  // columns of the main table the expression reads
	main     *schema.Table
}

// parse parses a spec SQL string as a scalar expression and reports syntax errors in place.
func (x *exprCtx) parseExpr() sqlexpr.Expr {
	e, errs := sqlexpr.ParseExpr(x.sql.Text)
	for _, err := range errs {
		x.c.d.sqlErrorf(x.sql, err.Offset, 1, err.Summary, "%s", err.Detail)
	}
	if len(errs) > 0 {
		return nil
	}
	return e
}

// parseSelect parses a spec SQL string as a query.
func (x *exprCtx) parseSelect() *sqlexpr.Select {
	s, errs := sqlexpr.ParseSelect(x.sql.Text)
	for _, err := range errs {
		x.c.d.sqlErrorf(x.sql, err.Offset, 1, err.Summary, "%s", err.Detail)
	}
	if len(errs) > 0 {
		return nil
	}
	return s
}

func (x *exprCtx) errorf(off, n int, summary, format string, args ...any) {
	x.c.d.sqlErrorf(x.sql, off, n, summary, format, args...)
}

// check resolves, checks and types an expression in a scope.
func (x *exprCtx) check(e sqlexpr.Expr, sc *scope) {
	if e == nil {
		return
	}
	switch n := e.(type) {
	case *sqlexpr.ColumnRef:
		x.column(n, sc)
	case *sqlexpr.Param:
		x.c.useParam(n.Name, x.sql, n.Pos())
		n.SetType(x.c.paramType(n.Name))
	case *sqlexpr.Literal:
		n.SetType(literalType(n))
		x.literal(n)
	case *sqlexpr.Keyword:
	case *sqlexpr.Unary:
		x.check(n.X, sc)
		if n.Op == "NOT" {
			x.condition(n.X, "NOT")
			n.SetType(schema.Type{Kind: schema.KindBool})
		} else {
			x.number(n.X, "Unary "+n.Op, schema.Type{Kind: schema.KindDecimal})
			n.SetType(n.X.TypeOf())
		}
	case *sqlexpr.Binary:
		x.check(n.L, sc)
		x.check(n.R, sc)
		x.binary(n)
	case *sqlexpr.IsNull:
		x.check(n.X, sc)
		n.SetType(schema.Type{Kind: schema.KindBool})
	case *sqlexpr.IsBool:
		x.check(n.X, sc)
		x.condition(n.X, "IS TRUE/FALSE")
		n.SetType(schema.Type{Kind: schema.KindBool})
	case *sqlexpr.In:
		x.check(n.X, sc)
		for _, it := range n.List {
			x.check(it, sc)
			contextType(it, n.X)
			x.compatible(n.X, it, "IN")
		}
		if n.Sub != nil {
			x.subquery(n.Sub, sc, n.Pos())
		}
		n.SetType(schema.Type{Kind: schema.KindBool})
	case *sqlexpr.Between:
		x.check(n.X, sc)
		x.check(n.Lo, sc)
		x.check(n.Hi, sc)
		contextType(n.Lo, n.X)
		contextType(n.Hi, n.X)
		x.compatible(n.X, n.Lo, "BETWEEN")
		x.compatible(n.X, n.Hi, "BETWEEN")
		n.SetType(schema.Type{Kind: schema.KindBool})
	case *sqlexpr.Like:
		x.check(n.X, sc)
		x.check(n.Pattern, sc)
		if len([]rune(n.Escape)) != 1 {
			x.errorf(n.Pos(), 1, "Invalid LIKE escape", "ESCAPE takes exactly one character.")
		}
		for _, side := range []sqlexpr.Expr{n.X, n.Pattern} {
			typeNull(side, schema.Type{Kind: schema.KindText})
			if f := family(side.TypeOf()); f != "" && f != "text" {
				x.errorf(side.Pos(), 1, "LIKE on "+side.TypeOf().Kind.String(), "LIKE matches text; MySQL would convert a %s to text silently, PostgreSQL refuses. Convert it with CAST(x AS CHAR).", side.TypeOf().Kind)
			}
		}
		n.SetType(schema.Type{Kind: schema.KindBool})
	case *sqlexpr.Case:
		x.check(n.Operand, sc)
		var t schema.Type
		var results []sqlexpr.Expr
		for _, w := range n.Whens {
			x.check(w.Cond, sc)
			x.check(w.Result, sc)
			if n.Operand != nil {
				contextType(w.Cond, n.Operand)
				x.compatible(n.Operand, w.Cond, "CASE")
			} else {
				x.condition(w.Cond, "CASE WHEN")
			}
			t = mergeType(t, w.Result.TypeOf())
			results = append(results, w.Result)
		}
		if n.Else != nil {
			x.check(n.Else, sc)
			t = mergeType(t, n.Else.TypeOf())
			results = append(results, n.Else)
		}
		x.sameFamily(results, "CASE")
		n.SetType(t)
	case *sqlexpr.Func:
		for _, a := range n.Args {
			x.check(a, sc)
		}
		x.function(n)
	case *sqlexpr.Cast:
		x.check(n.X, sc)
		x.cast(n)
	case *sqlexpr.Row:
		for _, it := range n.Items {
			x.check(it, sc)
		}
	case *sqlexpr.Exists:
		x.subquery(n.Sub, sc, n.Pos())
		n.SetType(schema.Type{Kind: schema.KindBool})
	case *sqlexpr.Subquery:
		x.subquery(n.Sel, sc, n.Pos())
		if len(n.Sel.Fields) == 1 && n.Sel.Fields[0].Expr != nil {
			n.SetType(n.Sel.Fields[0].Expr.TypeOf())
		}
	}
}

func literalType(l *sqlexpr.Literal) schema.Type {
	switch l.Kind {
	case sqlexpr.LitInt:
		return schema.Type{Kind: schema.KindInt, Bits: 64}
	case sqlexpr.LitDecimal:
		scale := 0
		if i := strings.IndexByte(l.Value, '.'); i >= 0 {
			scale = len(l.Value) - i - 1
		}
		digits := len(strings.TrimLeft(strings.Replace(strings.TrimPrefix(l.Value, "-"), ".", "", 1), "0"))
		return schema.Type{Kind: schema.KindDecimal, Precision: max(digits, scale, 1), Scale: scale}
	case sqlexpr.LitFloat:
		return schema.Type{Kind: schema.KindFloat, Bits: 64}
	case sqlexpr.LitString:
		return schema.Type{Kind: schema.KindText, Length: max(len([]rune(l.Value)), 1)}
	case sqlexpr.LitBool:
		return schema.Type{Kind: schema.KindBool}
	case sqlexpr.LitBytes:
		return schema.Type{Kind: schema.KindBytes, Length: len(l.Value) / 2}
	case sqlexpr.LitDate:
		return schema.Type{Kind: schema.KindDate}
	case sqlexpr.LitTimestamp:
		return schema.Type{Kind: schema.KindTimestamp, FSP: 6}
	}
	return schema.Type{} // NULL
}

// contextType gives a parameter compared with something typed that thing's type, so the bind is
// exact and index-friendly.
func contextType(maybeParam, other sqlexpr.Expr) {
	if p, ok := maybeParam.(*sqlexpr.Param); ok && other.TypeOf().Kind != schema.KindOther {
		p.SetType(other.TypeOf())
	}
}

func mergeType(a, b schema.Type) schema.Type {
	if a.Kind == schema.KindOther {
		return b
	}
	if b.Kind == schema.KindOther || a.Kind != b.Kind {
		return a
	}
	if a.Kind == schema.KindText && (a.Length == 0 || b.Length == 0) {
		a.Length = 0
	} else if b.Length > a.Length {
		a.Length = b.Length
	}
	return a
}

var comparisons = map[string]bool{"=": true, "<>": true, "<": true, "<=": true, ">": true, ">=": true, "<=>": true}

func (x *exprCtx) binary(n *sqlexpr.Binary) {
	l, r := n.L.TypeOf(), n.R.TypeOf()
	switch {
	case comparisons[n.Op]:
		contextType(n.L, n.R)
		contextType(n.R, n.L)
		x.compatible(n.L, n.R, "The comparison "+n.Op)
		n.SetType(schema.Type{Kind: schema.KindBool})
	case n.Op == "AND" || n.Op == "OR":
		x.condition(n.L, n.Op)
		x.condition(n.R, n.Op)
		n.SetType(schema.Type{Kind: schema.KindBool})
	case n.Op == "DIV":
		n.SetType(schema.Type{Kind: schema.KindInt, Bits: 64})
	case n.Op == "%" && (l.Kind == schema.KindFloat || r.Kind == schema.KindFloat):
		n.SetType(schema.Type{Kind: schema.KindDecimal}) // computed in decimal on both engines
	case l.Kind == schema.KindFloat || r.Kind == schema.KindFloat:
		n.SetType(schema.Type{Kind: schema.KindFloat, Bits: 64})
	case n.Op == "/":
		n.SetType(schema.Type{Kind: schema.KindDecimal}) // exact, scale not bounded
	case n.Op == "%" && l.Kind == schema.KindInt && r.Kind == schema.KindInt:
		n.SetType(l) // |a % b| <= |a|, with a's sign
	case l.Kind == schema.KindInt && r.Kind == schema.KindInt:
		n.SetType(schema.Type{Kind: schema.KindInt, Bits: 64})
	case l.Kind == schema.KindDecimal || r.Kind == schema.KindDecimal ||
		l.Kind == schema.KindInt || r.Kind == schema.KindInt:
		n.SetType(decimalResult(n))
	}
	if !comparisons[n.Op] && n.Op != "AND" && n.Op != "OR" {
		for _, side := range []sqlexpr.Expr{n.L, n.R} {
			typeNull(side, schema.Type{Kind: schema.KindDecimal})
			if k := side.TypeOf().Kind; family(side.TypeOf()) != "" && family(side.TypeOf()) != "number" {
				x.errorf(side.Pos(), 1, "Arithmetic on "+k.String(), "The operator %s needs numbers; MySQL would silently convert %s to a number and PostgreSQL would refuse. Convert explicitly (CAST, UNIX_TIMESTAMP, EXTRACT).", n.Op, k)
				break
			}
		}
	}
}

// decimalResult is the exact type of + - * with a decimal operand: the digits both engines
// compute it with (the larger scale and one more integer digit for + and -, the sums of
// precisions and scales for *), or a decimal of unbounded scale when an operand's digits are
// unknown or the result would pass DECIMAL(65,30).
func decimalResult(n *sqlexpr.Binary) schema.Type {
	digits := func(e sqlexpr.Expr) (p, s int, ok bool) {
		if l, lit := e.(*sqlexpr.Literal); lit && l.Kind == sqlexpr.LitInt {
			return max(len(strings.TrimLeft(strings.TrimPrefix(l.Value, "-"), "0")), 1), 0, true
		}
		switch t := e.TypeOf(); t.Kind {
		case schema.KindInt:
			return intDigits(t), 0, true
		case schema.KindDecimal:
			return t.Precision, t.Scale, t.Precision > 0
		}
		return 0, 0, false
	}
	lp, ls, lok := digits(n.L)
	rp, rs, rok := digits(n.R)
	unbounded := schema.Type{Kind: schema.KindDecimal}
	if !lok || !rok {
		return unbounded
	}
	var p, s int
	switch n.Op {
	case "+", "-":
		s = max(ls, rs)
		p = max(lp-ls, rp-rs) + 1 + s
	case "*":
		p, s = lp+rp, ls+rs
	default:
		return unbounded
	}
	if p > 65 || s > 30 {
		return unbounded
	}
	return schema.Type{Kind: schema.KindDecimal, Precision: p, Scale: s}
}

// column resolves a column reference: in the scope's tables, then outward.
func (x *exprCtx) column(n *sqlexpr.ColumnRef, sc *scope) {
	for s := sc; s != nil; s = s.outer {
		for _, t := range s.tables {
			if n.Table != "" && n.Table != t.name {
				continue
			}
			col := t.table.Column(n.Name)
			if col == nil {
				if n.Table == "" {
					continue
				}
				x.unknownColumn(n, t.table)
				return
			}
			if t.table == x.main && x.used != nil {
				x.used[col.Name] = true
			}
			if t.rewrite != "" {
				n.Table = t.rewrite
			}
			n.SetType(schema.ParseType(x.c.dialectOfTable(t.table), col.Type))
			return
		}
		if n.Table != "" {
			// qualifier not in this scope: look outward
			continue
		}
	}
	if n.Table != "" && !x.qualifierKnown(n.Table, sc) {
		var names []string
		for s := sc; s != nil; s = s.outer {
			for _, t := range s.tables {
				names = append(names, t.name)
			}
		}
		x.errorf(n.Pos(), len(n.Table), "Unknown table "+n.Table,
			"%s does not name a table of this %s; the tables in scope are %s.%s", n.Table, x.what, strings.Join(names, ", "), didYouMean(n.Table, names))
		return
	}
	// not found anywhere: report against the innermost table
	if len(sc.tables) > 0 {
		x.unknownColumn(n, sc.tables[0].table)
	}
}

func (x *exprCtx) qualifierKnown(q string, sc *scope) bool {
	for s := sc; s != nil; s = s.outer {
		for _, t := range s.tables {
			if t.name == q {
				return true
			}
		}
	}
	return false
}

func (x *exprCtx) unknownColumn(n *sqlexpr.ColumnRef, t *schema.Table) {
	written := sqlexpr.IdentLen(x.sql.Text, n.Pos())
	for _, c := range t.Columns {
		if strings.EqualFold(c.Name, n.Name) {
			x.errorf(n.Pos(), written, "Column name case differs",
				"Table %s has a column %q, not %q: datamove matches names exactly, as PostgreSQL does. Write it exactly and quoted: `%s` (or \"%s\", written \\\"%s\\\" inside an HCL string).", t.Name, c.Name, n.Name, c.Name, c.Name, c.Name)
			return
		}
	}
	x.errorf(n.Pos(), written, "Unknown column "+n.Name, "Table %s has no column %q.%s", t.Name, n.Name, didYouMean(n.Name, t.ColumnNames()))
}

// subquery checks a subquery of a filter: its tables come from the same database.
func (x *exprCtx) subquery(s *sqlexpr.Select, outer *scope, off int) {
	if !x.allowSub {
		x.errorf(off, 1, "Subquery not allowed here",
			"A %s runs where the batch is written, which cannot read other source tables when the move spans two servers. Filter with where (subqueries are allowed there), or move the lookup into a table step of its own.", x.what)
		return
	}
	x.selectStmt(s, outer)
}

// selectStmt resolves a SELECT's tables against x.db and checks its expressions.
func (x *exprCtx) selectStmt(s *sqlexpr.Select, outer *scope) *scope {
	sc := &scope{outer: outer}
	for _, tn := range sqlexpr.Tables(s.From) {
		if tn.Schema != "" {
			x.errorf(tn.Off, len(tn.Name), "Schema-qualified table", "Name tables without a schema: datamove adds the %s schema %q itself.", x.db.Dialect, x.schema)
		}
		t := x.db.Table(tn.Name)
		if t == nil {
			x.errorf(tn.Off, len(tn.Name), "Unknown table "+tn.Name, "The snapshot of %q has no table %q.%s", x.schema, tn.Name, didYouMean(tn.Name, x.db.TableNames()))
			continue
		}
		tn.Schema = x.schema
		st := scopeTable{name: tn.RefName(), table: t}
		if outerAlias(outer, st.name) {
			// The generated SQL names an enclosing table by this alias (s for the source row, t for
			// the target row): kept, it would capture that table's columns inside the subquery.
			st.rewrite = freshAlias(st.name, outer, s.From)
			for i := range s.Fields {
				if s.Fields[i].Star && s.Fields[i].StarTable == st.name {
					s.Fields[i].StarTable = st.rewrite
				}
			}
			tn.Alias = st.rewrite
		}
		sc.tables = append(sc.tables, st)
	}
	if _, derived := s.From.(*sqlexpr.Derived); derived {
		x.errorf(s.Off, 1, "Subquery in FROM", "A subquery in FROM is not supported; join the tables directly.")
	}
	x.joins(s.From, sc)
	for _, f := range s.Fields {
		if f.Star && f.StarTable == "" && len(sc.tables) == 0 {
			x.errorf(s.Off, 1, "SELECT * without FROM", "Name a table to select from.")
		}
		x.check(f.Expr, sc)
	}
	x.check(s.Where, sc)
	for _, g := range s.GroupBy {
		x.check(g, sc)
	}
	x.check(s.Having, sc)
	for _, o := range s.OrderBy {
		x.check(o.Expr, sc)
	}
	return sc
}

// outerAlias reports whether an enclosing scope prints one of its tables as name.
func outerAlias(outer *scope, name string) bool {
	for s := outer; s != nil; s = s.outer {
		for _, t := range s.tables {
			if t.rewrite == name {
				return true
			}
		}
	}
	return false
}

// freshAlias returns name_N, unused by the tables of from and of every enclosing scope.
func freshAlias(name string, outer *scope, from sqlexpr.TableExpr) string {
	taken := map[string]bool{}
	for s := outer; s != nil; s = s.outer {
		for _, t := range s.tables {
			taken[t.name], taken[t.rewrite] = true, true
		}
	}
	for _, tn := range sqlexpr.Tables(from) {
		taken[tn.RefName()] = true
	}
	for i := 1; ; i++ {
		if a := fmt.Sprintf("%s_%d", name, i); !taken[a] {
			return a
		}
	}
}

func (x *exprCtx) joins(t sqlexpr.TableExpr, sc *scope) {
	if j, ok := t.(*sqlexpr.Join); ok {
		x.joins(j.Left, sc)
		x.joins(j.Right, sc)
		x.check(j.On, sc)
	}
}

func (x *exprCtx) function(f *sqlexpr.Func) {
	info := sqlexpr.Lookup(f.Name)
	if info == nil {
		if sqlexpr.KnownNonDeterministic[f.Name] {
			x.errorf(f.Pos(), len(f.Name), "Non-deterministic function "+f.Name,
				"%s gives a different value on every call, so a re-run or a checksum would not see the same data; it is not in datamove's catalog.", f.Name)
			return
		}
		x.errorf(f.Pos(), len(f.Name), "Unknown function "+f.Name,
			"%s is not in datamove's portable function catalog, so it cannot be rendered for every engine.%s Use a catalog function, or give a per-dialect override (postgres = \"…\", mysql = \"…\") on the column.",
			f.Name, didYouMean(f.Name, sqlexpr.FuncNames()))
		return
	}
	argc := len(f.Args)
	if f.Star {
		argc = 0
	}
	if argc < info.MinArgs || info.MaxArgs >= 0 && argc > info.MaxArgs {
		want := fmt.Sprintf("%d to %d", info.MinArgs, info.MaxArgs)
		switch {
		case info.MaxArgs < 0:
			want = fmt.Sprintf("at least %d", info.MinArgs)
		case info.MinArgs == info.MaxArgs:
			want = fmt.Sprintf("%d", info.MinArgs)
		}
		if f.Name == "UNIX_TIMESTAMP" && argc == 0 {
			x.errorf(f.Pos(), len(f.Name), "Non-deterministic function UNIX_TIMESTAMP()",
				"UNIX_TIMESTAMP() without an argument is the current time, different on every run; pass the timestamp to convert.")
			return
		}
		x.errorf(f.Pos(), len(f.Name), "Wrong number of arguments", "%s takes %s arguments, not %d (%s).", f.Name, want, argc, info.Doc)
		return
	}
	if info.NonDeterministic && !x.nondet {
		x.errorf(f.Pos(), len(f.Name), "Non-deterministic function "+f.Name,
			"%s gives a different value on every call, so a re-run or a checksum would not see the same data. If that is really wanted, set allow_nondeterministic = true on the table.", f.Name)
	}
	if info.Aggregate && !x.agg {
		x.errorf(f.Pos(), len(f.Name), "Aggregate not allowed here", "%s aggregates rows; a %s computes one value per row. Aggregates belong in checks and invariants.", f.Name, x.what)
	}
	types := make([]schema.Type, len(f.Args))
	for i, a := range f.Args {
		types[i] = a.TypeOf()
	}
	if !x.keywordArgs(f) {
		return
	}
	x.funcArgs(f)
	for i, a := range f.Args {
		types[i] = a.TypeOf()
	}
	t := info.Result(types)
	x.functionRules(f, &t)
	f.SetType(t)
}

// functionRules checks arguments whose meaning differs between engines unless constrained, and
// refines result types (text lengths, decimal scales) the narrowing checks rely on.
func (x *exprCtx) functionRules(f *sqlexpr.Func, t *schema.Type) {
	a := f.Args
	litInt := func(e sqlexpr.Expr) (int64, bool) {
		l, ok := e.(*sqlexpr.Literal)
		if !ok || l.Kind != sqlexpr.LitInt {
			return 0, false
		}
		var n int64
		_, err := fmt.Sscan(l.Value, &n)
		return n, err == nil
	}
	litStr := func(e sqlexpr.Expr) (string, bool) {
		l, ok := e.(*sqlexpr.Literal)
		if !ok || l.Kind != sqlexpr.LitString {
			return "", false
		}
		return l.Value, true
	}
	textLen := func(e sqlexpr.Expr) int {
		if e.TypeOf().Kind == schema.KindText {
			return e.TypeOf().Length
		}
		return 0
	}
	switch f.Name {
	case "LOWER", "UPPER", "TRIM", "LTRIM", "RTRIM", "SUBSTRING":
		t.Length = textLen(a[0])
		if f.Name == "TRIM" && len(a) >= 2 {
			if s, ok := litStr(a[1]); !ok || len([]rune(s)) != 1 {
				n := 1
				if ok {
					n = len(s) + 2 // the literal with its quotes
				}
				x.errorf(a[1].Pos(), n, "TRIM needs one character",
					"TRIM with a string of several characters means different things (a set of characters on PostgreSQL, a repeated substring on MySQL); give one character as a literal, or use REPLACE.")
			}
		}
	case "LEFT", "RIGHT":
		if n, ok := litInt(a[1]); ok {
			t.Length = int(max(n, 0))
			if l := textLen(a[0]); l > 0 && l < t.Length {
				t.Length = l
			}
			if t.Length == 0 {
				t.Length = 1
			}
		}
	case "LPAD", "RPAD":
		if n, ok := litInt(a[1]); ok && n > 0 {
			t.Length = int(n)
		}
	case "CONCAT", "CONCAT_WS":
		sum := 0
		for _, arg := range a {
			l := textLen(arg)
			if arg.TypeOf().Kind == schema.KindInt {
				l = 20
			}
			if l == 0 { // an argument of unknown length: so is the result
				sum = 0
				break
			}
			sum += l
		}
		if f.Name == "CONCAT_WS" && sum > 0 {
			sum += (len(a) - 2) * textLen(a[0])
		}
		t.Length = sum
	case "COALESCE", "IFNULL", "NULLIF", "GREATEST", "LEAST":
		if t.Kind == schema.KindText {
			for _, arg := range a {
				if arg.TypeOf().Kind == schema.KindText {
					*t = mergeType(*t, arg.TypeOf())
				}
			}
		}
	case "LENGTH", "CHAR_LENGTH":
		// A text of at most n characters has at most 4n bytes (UTF-8): a bounded length fits 32 bits.
		if l := textLen(a[0]); l > 0 && l <= (1<<31-1)/4 {
			*t = schema.Type{Kind: schema.KindInt, Bits: 32}
		}
	case "MD5":
		t.Length = 32
	case "UUID":
		t.Length = 36 // 8-4-4-4-12 hex digits
	case "SHA2":
		bits, ok := litInt(a[1])
		if !ok || bits != 224 && bits != 256 && bits != 384 && bits != 512 {
			x.errorf(a[1].Pos(), 1, "Invalid SHA2 length", "SHA2's second argument is a literal 224, 256, 384 or 512.")
		} else {
			t.Length = int(bits / 4)
		}
	case "ROUND":
		switch in := a[0].TypeOf(); {
		case len(a) == 2:
			if d, ok := litInt(a[1]); ok && d >= 0 {
				*t = schema.Type{Kind: schema.KindDecimal, Precision: 65, Scale: int(d)}
				if in.Kind == schema.KindDecimal && in.Precision > 0 {
					t.Precision = in.Precision - in.Scale + int(d) + 1
				} else if in.Kind == schema.KindInt {
					t.Precision = intDigits(in) + int(d) + 1
				}
			}
		case in.Kind == schema.KindInt:
			*t = in
		default:
			*t = schema.Type{Kind: schema.KindDecimal, Precision: 65, Scale: 0}
			if in.Kind == schema.KindDecimal && in.Precision > 0 {
				t.Precision = in.Precision - in.Scale + 1
			}
		}
	case "ABS":
		if in := a[0].TypeOf(); in.Kind == schema.KindDecimal {
			*t = in // same digits, sign dropped
		}
	case "FLOOR", "CEIL":
		if in := a[0].TypeOf(); in.Kind == schema.KindDecimal {
			*t = schema.Type{Kind: schema.KindDecimal, Precision: 65, Scale: 0}
			if in.Precision > 0 {
				t.Precision = in.Precision - in.Scale + 1
			}
		}
	case "CONVERT_TZ":
		for _, z := range a[1:] {
			zone, ok := litStr(z)
			if !ok {
				x.errorf(z.Pos(), 1, "Time zone must be a literal", "CONVERT_TZ takes zone names as literals such as 'America/New_York', so the compiler can check them.")
				continue
			}
			if strings.HasPrefix(zone, "+") || strings.HasPrefix(zone, "-") {
				x.errorf(z.Pos(), len(zone)+2, "Numeric time zone offset",
					"%q: PostgreSQL reads numeric offsets with the POSIX sign (east is negative) while MySQL reads them ISO-style; use an IANA zone name such as 'Etc/GMT-5' or 'Asia/Karachi'.", zone)
				continue
			}
			if _, err := time.LoadLocation(zone); err != nil || zone == "" || zone == "Local" {
				x.errorf(z.Pos(), len(zone)+2, "Unknown time zone "+zone, "%q is not an IANA time zone name (such as 'Europe/Paris' or 'UTC').", zone)
			}
		}
		fsp := 6
		if in := a[0].TypeOf(); in.Kind == schema.KindTimestamp || in.Kind == schema.KindTimestampTZ {
			fsp = in.FSP
		}
		*t = schema.Type{Kind: schema.KindTimestamp, FSP: fsp}
		if to, ok := litStr(a[2]); ok && (to == "UTC" || to == "Etc/UTC") {
			t.Kind = schema.KindTimestampTZ // a UTC wall-clock time names an instant
		}
	case "EXTRACT":
		unit := a[0].(*sqlexpr.Keyword)
		switch unit.Word {
		case "YEAR", "QUARTER", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "MICROSECOND":
		case "WEEK":
			x.errorf(unit.Pos(), 4, "EXTRACT(WEEK) differs between engines", "MySQL numbers weeks from Sunday by default, PostgreSQL uses ISO weeks; compute the week explicitly.")
		default:
			x.errorf(f.Pos(), 7, "Unsupported EXTRACT unit", "EXTRACT supports YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE, SECOND and MICROSECOND, not %s.", unit.Word)
		}
	case "FROM_UNIXTIME":
		// Fractional digits as MySQL gives them: those of the number (6 for a float).
		fsp := 6
		if in := a[0].TypeOf(); in.Kind == schema.KindInt {
			fsp = 0
		} else if in.Kind == schema.KindDecimal && (in.Precision > 0 || in.Scale > 0) {
			fsp = min(in.Scale, 6)
		}
		*t = schema.Type{Kind: schema.KindTimestamp, FSP: fsp}
	case "MOD":
		if a[0].TypeOf().Kind == schema.KindFloat || a[1].TypeOf().Kind == schema.KindFloat {
			*t = schema.Type{Kind: schema.KindDecimal} // computed in decimal on both engines
		}
	case "UNIX_TIMESTAMP":
		if in := a[0].TypeOf(); in.Kind == schema.KindTimestamp || in.Kind == schema.KindTimestampTZ || in.Kind == schema.KindDate {
			if in.FSP == 0 {
				*t = schema.Type{Kind: schema.KindInt, Bits: 64}
			} else {
				*t = schema.Type{Kind: schema.KindDecimal, Precision: 17 + in.FSP, Scale: in.FSP}
			}
		}
	case "JSON_EXTRACT":
		path, ok := litStr(a[1])
		if !ok {
			x.errorf(a[1].Pos(), 1, "JSON path must be a literal", "JSON_EXTRACT takes one literal path such as '$.address.city'.")
		} else if !jsonPath.MatchString(path) {
			x.errorf(a[1].Pos(), len(path)+2, "Unsupported JSON path", "%q: use a plain path from $ with .key, .\"quoted key\" and [n] steps (keys of letters, digits and _ unquoted); wildcards, ranges, last and filters return different shapes on each engine.", path)
		}
	}
}

func (x *exprCtx) cast(c *sqlexpr.Cast) {
	x.castSource(c)
	ct := c.Type
	var t schema.Type
	switch ct.Name {
	case "SIGNED":
		t = schema.Type{Kind: schema.KindInt, Bits: 64}
	case "UNSIGNED":
		x.errorf(c.Pos(), 4, "CAST AS UNSIGNED", "UNSIGNED wraps negative values on MySQL and has no PostgreSQL counterpart; use SIGNED.")
	case "DECIMAL":
		if !ct.HasLength || ct.Length <= 0 {
			ct.Length, ct.Scale = 10, 0
			c.Type = ct
		}
		if ct.Length > 65 || ct.Scale > 30 || ct.Scale > ct.Length {
			x.errorf(c.Pos(), 4, "Invalid DECIMAL", "DECIMAL(p,s) needs p ≤ 65, s ≤ 30 and s ≤ p on MySQL.")
		}
		t = schema.Type{Kind: schema.KindDecimal, Precision: ct.Length, Scale: ct.Scale}
	case "CHAR":
		t = schema.Type{Kind: schema.KindText}
		if ct.HasLength {
			t.Length = ct.Length
		}
	case "DATE":
		t = schema.Type{Kind: schema.KindDate}
	case "DATETIME":
		t = schema.Type{Kind: schema.KindTimestamp, FSP: max(ct.Length, 0)}
	case "TIME":
		t = schema.Type{Kind: schema.KindTime, FSP: max(ct.Length, 0)}
	case "DOUBLE":
		t = schema.Type{Kind: schema.KindFloat, Bits: 64}
	case "FLOAT":
		t = schema.Type{Kind: schema.KindFloat, Bits: 32}
	case "JSON":
		t = schema.Type{Kind: schema.KindJSON}
	case "BINARY":
		if ct.HasLength {
			x.errorf(c.Pos(), 4, "BINARY(n)", "CAST AS BINARY takes no length in the portable language.")
		}
		t = schema.Type{Kind: schema.KindBytes}
	}
	c.SetType(t)
}

// intDigits is how many decimal digits the largest value of an integer type has.
func intDigits(t schema.Type) int {
	_, hi := t.IntRange()
	return len(hi)
}
