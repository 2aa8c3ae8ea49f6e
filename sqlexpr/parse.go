package sqlexpr

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/pingcap/tidb/pkg/parser"
	tidb "github.com/pingcap/tidb/pkg/parser/ast"
	"github.com/pingcap/tidb/pkg/parser/mysql"
	"github.com/pingcap/tidb/pkg/parser/opcode"
	"github.com/pingcap/tidb/pkg/parser/test_driver"
)

// Error is a problem found while parsing or converting, at a byte offset of the parsed text.
type Error struct {
	Offset  int
	Summary string // terse and capitalised: "SQL syntax error", "Unsupported SQL"
	Detail  string // a sentence on what is wrong and how to fix it
}

func (e *Error) Error() string {
	return fmt.Sprintf("offset %d: %s: %s", e.Offset, e.Summary, e.Detail)
}

const exprPrefix = "SELECT "

// ParseExpr parses one scalar expression.
func ParseExpr(src string) (Expr, []*Error) {
	if strings.TrimSpace(src) == "" {
		return nil, []*Error{{Offset: 0, Summary: "Empty expression", Detail: "Write a SQL expression here."}}
	}
	stmt, errs := parseOne(exprPrefix+src, len(exprPrefix))
	if errs != nil {
		return nil, errs
	}
	sel, ok := stmt.(*tidb.SelectStmt)
	if !ok || sel.From != nil || sel.Where != nil || sel.GroupBy != nil || sel.Having != nil ||
		sel.OrderBy != nil || sel.Limit != nil || sel.Fields == nil || len(sel.Fields.Fields) != 1 ||
		sel.Fields.Fields[0].Expr == nil || sel.Fields.Fields[0].AsName.O != "" {
		return nil, []*Error{{Offset: 0, Summary: "Not a single expression",
			Detail: "Write one SQL expression (no commas, aliases or clauses); a query belongs in an invariant or check."}}
	}
	c := &converter{src: src, shift: len(exprPrefix)}
	e := c.expr(sel.Fields.Fields[0].Expr, 0)
	return e, c.errs
}

// ParseSelect parses one SELECT statement.
func ParseSelect(src string) (*Select, []*Error) {
	if strings.TrimSpace(src) == "" {
		return nil, []*Error{{Offset: 0, Summary: "Empty query", Detail: "Write a SELECT statement here."}}
	}
	stmt, errs := parseOne(src, 0)
	if errs != nil {
		return nil, errs
	}
	sel, ok := stmt.(*tidb.SelectStmt)
	if !ok {
		return nil, []*Error{{Offset: 0, Summary: "Not a SELECT",
			Detail: "Only a SELECT statement is allowed here: checks, invariants and throttles read, they never write."}}
	}
	c := &converter{src: src}
	s := c.selectStmt(sel, 0)
	return s, c.errs
}

var lineCol = regexp.MustCompile(`line (\d+) column (\d+) near "((?s:.*))"`)

// parseOne runs the TiDB parser and turns its error into an offset relative to the caller's text.
func parseOne(text string, shift int) (tidb.StmtNode, []*Error) {
	stmts, err := parseSQL(text, mysql.ModeANSIQuotes|mysql.ModePipesAsConcat)
	if perr, ok := err.(parserPanic); ok {
		return nil, []*Error{{Offset: 0, Summary: "SQL syntax error", Detail: "The SQL parser cannot read this text (" + string(perr) +
			"). A number literal may have at most 65 digits."}}
	}
	if err != nil {
		off := len(text)
		msg := err.Error()
		if m := lineCol.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			col, _ := strconv.Atoi(m[2])
			off = errorOffset(text, line, col, strings.TrimSuffix(m[3], " "))
		}
		detail := "The SQL does not parse"
		if m := lineCol.FindStringSubmatch(msg); m != nil && strings.TrimSpace(m[3]) != "" {
			near := m[3]
			if len(near) > 40 {
				near = near[:40] + "…"
			}
			detail += fmt.Sprintf(" near %q", strings.TrimSpace(near))
		} else if m != nil {
			detail += " at its end"
		} else {
			detail += ": " + cleanTiDBError(msg)
		}
		detail += "."
		if m := lineCol.FindStringSubmatch(msg); m != nil {
			if w := firstWord(m[3]); w != "" && IsReserved(w) && !grammarWords[strings.ToUpper(w)] {
				detail += fmt.Sprintf(" %s is a reserved word: if it names a column or table, quote it as `%s` (or \"%s\", written \\\"%s\\\" inside an HCL string).", strings.ToUpper(w), w, w, w)
			}
		}
		detail += " The portable grammar is MySQL's with standard quoting: 'text' for strings, \"name\" or `name` for identifiers, @name for parameters."
		return nil, []*Error{{Offset: max(off-shift, 0), Summary: "SQL syntax error", Detail: detail}}
	}
	if len(stmts) != 1 {
		return nil, []*Error{{Offset: 0, Summary: "More than one statement",
			Detail: "Write exactly one statement, without a trailing semicolon."}}
	}
	return stmts[0], nil
}

var reserved = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range parser.Keywords {
		if k.Reserved {
			m[k.Word] = true
		}
	}
	return m
}()

// grammarWords are reserved words that belong to the expression and query grammar itself: a
// syntax error at one of them is a misplaced keyword, not a column named like it.
var grammarWords = map[string]bool{
	"AND": true, "OR": true, "NOT": true, "XOR": true, "IS": true, "NULL": true, "IN": true,
	"BETWEEN": true, "LIKE": true, "CASE": true, "WHEN": true, "THEN": true, "ELSE": true, "AS": true,
	"ON": true, "FROM": true, "WHERE": true, "SELECT": true, "DIV": true, "MOD": true, "TRUE": true,
	"FALSE": true, "EXISTS": true, "DISTINCT": true, "INTERVAL": true, "JOIN": true, "USING": true,
	"HAVING": true, "LIMIT": true, "UNION": true, "BY": true, "ESCAPE": true,
}

// IsReserved reports whether a word is reserved in the portable grammar (MySQL's), so that it
// must be quoted to name a column or table.
func IsReserved(word string) bool { return reserved[strings.ToUpper(word)] }

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	end := 0
	for end < len(s) && isIdentByte(s[end]) {
		end++
	}
	return s[:end]
}

var tidbCode = regexp.MustCompile(`^\[[a-z]+:\d+\]`)

func cleanTiDBError(msg string) string {
	return strings.TrimSpace(tidbCode.ReplaceAllString(msg, ""))
}

// errorOffset turns TiDB's "line L column C near TEXT" into a byte offset: the position of TEXT
// (the unparsed rest) at or before the reported column, or the reported column itself.
func errorOffset(text string, line, col int, near string) int {
	start := 0
	for l := 1; l < line && start < len(text); l++ {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			break
		}
		start += i + 1
	}
	at := min(start+col, len(text))
	if near == "" {
		return len(strings.TrimRight(text, " \t\r\n;"))
	}
	if i := strings.LastIndex(text[:min(at+len(near), len(text))], near); i >= 0 {
		return i
	}
	return at
}

type converter struct {
	src   string
	shift int // length of the prefix added before parsing
	errs  []*Error
}

func (c *converter) off(n tidb.Node, parent int) int {
	if o := n.OriginTextPosition(); o > 0 {
		return max(o-c.shift, 0)
	}
	return parent
}

func (c *converter) fail(off int, summary, detail string) {
	c.errs = append(c.errs, &Error{Offset: off, Summary: summary, Detail: detail})
}

func (c *converter) unsupported(off int, what string) Expr {
	c.fail(off, "Unsupported SQL", what+" is not part of datamove's portable SQL. Rewrite it with the supported operators and catalog functions, or give a per-dialect override.")
	return &Literal{base: base{Off: off}, Kind: LitNull}
}

var binaryOps = map[opcode.Op]string{
	opcode.Plus: "+", opcode.Minus: "-", opcode.Mul: "*", opcode.Div: "/", opcode.IntDiv: "DIV",
	opcode.Mod: "%", opcode.EQ: "=", opcode.NE: "<>", opcode.LT: "<", opcode.LE: "<=", opcode.GT: ">",
	opcode.GE: ">=", opcode.NullEQ: "<=>", opcode.LogicAnd: "AND", opcode.LogicOr: "OR",
}

// expr converts one TiDB expression node: the one switch over every node type datamove accepts.
func (c *converter) expr(n tidb.ExprNode, parent int) Expr {
	off := c.off(n, parent)
	b := base{Off: off}
	switch n := n.(type) {
	case *tidb.ParenthesesExpr:
		return c.expr(n.Expr, off)
	case *tidb.ColumnNameExpr:
		return c.column(n, off)
	case *tidb.VariableExpr:
		return c.variable(n, off)
	case *test_driver.ValueExpr:
		return c.value(n, off)
	case *test_driver.ParamMarkerExpr:
		c.fail(off, "Positional parameter", "Use a named parameter such as @tenant_id; declare it with a param block.")
		return &Literal{base: b, Kind: LitNull}
	case *tidb.BinaryOperationExpr:
		return c.binary(n, off)
	case *tidb.UnaryOperationExpr:
		return c.unary(n, off)
	case *tidb.IsNullExpr:
		return &IsNull{base: b, X: c.expr(n.Expr, off), Not: n.Not}
	case *tidb.IsTruthExpr:
		return &IsBool{base: b, X: c.expr(n.Expr, off), Value: n.True == 1, Not: n.Not}
	case *tidb.PatternInExpr:
		return c.in(n, off)
	case *tidb.BetweenExpr:
		return &Between{base: b, X: c.expr(n.Expr, off), Lo: c.expr(n.Left, off), Hi: c.expr(n.Right, off), Not: n.Not}
	case *tidb.PatternLikeOrIlikeExpr:
		if !n.IsLike {
			return c.unsupported(off, "ILIKE")
		}
		esc := string(n.Escape)
		if n.Escape == 0 {
			esc = "\\"
		}
		return &Like{base: b, X: c.expr(n.Expr, off), Pattern: c.expr(n.Pattern, off), Escape: esc, Not: n.Not}
	case *tidb.CaseExpr:
		return c.caseExpr(n, off)
	case *tidb.FuncCallExpr:
		return c.funcCall(n, off)
	case *tidb.AggregateFuncExpr:
		return c.aggregate(n, off)
	case *tidb.FuncCastExpr:
		return c.cast(n, off)
	case *tidb.RowExpr:
		r := &Row{base: b}
		for _, v := range n.Values {
			r.Items = append(r.Items, c.expr(v, off))
		}
		return r
	case *tidb.ExistsSubqueryExpr:
		sub, ok := n.Sel.(*tidb.SubqueryExpr)
		if !ok {
			return c.unsupported(off, "this EXISTS form")
		}
		return &Exists{base: b, Sub: c.subquery(sub, off), Not: n.Not}
	case *tidb.SubqueryExpr:
		return &Subquery{base: b, Sel: c.subquery(n, off)}
	case *tidb.TimeUnitExpr:
		return &Keyword{base: b, Word: strings.ToUpper(n.Unit.String())}
	case *tidb.TrimDirectionExpr:
		return &Keyword{base: b, Word: strings.ToUpper(n.Direction.String())}
	case *tidb.WindowFuncExpr:
		return c.unsupported(off, "A window function ("+strings.ToUpper(n.Name)+" … OVER)")
	case *tidb.PatternRegexpExpr:
		return c.unsupported(off, "REGEXP")
	case *tidb.SetCollationExpr:
		return c.unsupported(off, "COLLATE")
	case *tidb.CompareSubqueryExpr:
		return c.unsupported(off, "A comparison with ANY/ALL (subquery)")
	case *tidb.DefaultExpr:
		return c.unsupported(off, "DEFAULT")
	case *tidb.ValuesExpr:
		return c.unsupported(off, "VALUES()")
	case *tidb.MatchAgainst:
		return c.unsupported(off, "MATCH … AGAINST")
	case *tidb.PositionExpr:
		return c.unsupported(off, "A column position")
	default:
		return c.unsupported(off, fmt.Sprintf("This construct (%T)", n))
	}
}

func (c *converter) column(n *tidb.ColumnNameExpr, off int) Expr {
	if n.Name.Schema.O != "" {
		c.fail(off, "Schema-qualified column", "Name columns as column or table.column: the compiler adds the schema from the source or target block.")
	}
	return &ColumnRef{base: base{Off: off}, Table: n.Name.Table.O, Name: n.Name.Name.O}
}

func (c *converter) variable(n *tidb.VariableExpr, off int) Expr {
	if n.IsSystem || n.Value != nil || n.Name == "" {
		return c.unsupported(off, "A system variable or assignment")
	}
	return &Param{base: base{Off: off}, Name: n.Name}
}

func (c *converter) value(n *test_driver.ValueExpr, off int) Expr {
	b := base{Off: off}
	switch n.Kind() {
	case test_driver.KindNull:
		return &Literal{base: b, Kind: LitNull}
	case test_driver.KindInt64:
		// TRUE and FALSE arrive as 1 and 0; the text tells them apart.
		rest := strings.ToLower(c.src[min(off, len(c.src)):])
		if strings.HasPrefix(rest, "true") {
			return &Literal{base: b, Kind: LitBool, Value: "true"}
		}
		if strings.HasPrefix(rest, "false") {
			return &Literal{base: b, Kind: LitBool, Value: "false"}
		}
		return &Literal{base: b, Kind: LitInt, Value: strconv.FormatInt(n.GetInt64(), 10)}
	case test_driver.KindUint64:
		return &Literal{base: b, Kind: LitInt, Value: strconv.FormatUint(n.GetUint64(), 10)}
	case test_driver.KindFloat64:
		return &Literal{base: b, Kind: LitFloat, Value: strconv.FormatFloat(n.GetFloat64(), 'g', -1, 64)}
	case test_driver.KindMysqlDecimal:
		return &Literal{base: b, Kind: LitDecimal, Value: n.GetMysqlDecimal().String()}
	case test_driver.KindString:
		return &Literal{base: b, Kind: LitString, Value: n.GetString()}
	case test_driver.KindBinaryLiteral:
		return &Literal{base: b, Kind: LitBytes, Value: fmt.Sprintf("%x", []byte(n.GetBinaryLiteral()))}
	}
	return c.unsupported(off, "This kind of literal")
}

func (c *converter) binary(n *tidb.BinaryOperationExpr, off int) Expr {
	op, ok := binaryOps[n.Op]
	if !ok {
		// Report on the operator itself, written after the left operand.
		text := opText(n.Op)
		if i := tokenOffset(c.src, text, c.off(n.L, off)); i >= 0 {
			off = i
		}
		return c.unsupported(off, "The operator "+text)
	}
	return &Binary{base: base{Off: off}, Op: op, L: c.expr(n.L, off), R: c.expr(n.R, off)}
}

func (c *converter) unary(n *tidb.UnaryOperationExpr, off int) Expr {
	b := base{Off: off}
	switch n.Op {
	case opcode.Minus:
		x := c.expr(n.V, off)
		if lit, ok := x.(*Literal); ok && (lit.Kind == LitInt || lit.Kind == LitDecimal || lit.Kind == LitFloat) {
			lit.Off = off
			if strings.HasPrefix(lit.Value, "-") {
				lit.Value = lit.Value[1:]
			} else {
				lit.Value = "-" + lit.Value
			}
			return lit
		}
		return &Unary{base: b, Op: "-", X: x}
	case opcode.Plus:
		return c.expr(n.V, off)
	case opcode.Not, opcode.Not2:
		return &Unary{base: b, Op: "NOT", X: c.expr(n.V, off)}
	}
	return c.unsupported(off, "The operator "+opText(n.Op))
}

// opText is an operator as it is written (>>, XOR), for messages.
func opText(op opcode.Op) string {
	var b strings.Builder
	op.Format(&b)
	return strings.ToUpper(b.String())
}

func (c *converter) in(n *tidb.PatternInExpr, off int) Expr {
	in := &In{base: base{Off: off}, X: c.expr(n.Expr, off), Not: n.Not}
	if n.Sel != nil {
		sub, ok := n.Sel.(*tidb.SubqueryExpr)
		if !ok {
			return c.unsupported(off, "This IN form")
		}
		in.Sub = c.subquery(sub, off)
		return in
	}
	for _, v := range n.List {
		in.List = append(in.List, c.expr(v, off))
	}
	return in
}

func (c *converter) caseExpr(n *tidb.CaseExpr, off int) Expr {
	ce := &Case{base: base{Off: off}}
	if n.Value != nil {
		ce.Operand = c.expr(n.Value, off)
	}
	for _, w := range n.WhenClauses {
		ce.Whens = append(ce.Whens, When{Cond: c.expr(w.Expr, off), Result: c.expr(w.Result, off)})
	}
	if n.ElseClause != nil {
		ce.Else = c.expr(n.ElseClause, off)
	}
	return ce
}

// funcNames maps TiDB's internal names for syntax forms back to the names users write.
var funcNames = map[string]string{
	"ifnull": "IFNULL", "substr": "SUBSTRING", "mid": "SUBSTRING", "ceiling": "CEIL",
	"character_length": "CHAR_LENGTH", "octet_length": "LENGTH", "lcase": "LOWER", "ucase": "UPPER",
	"current_timestamp": "NOW", "localtime": "NOW", "localtimestamp": "NOW",
	"current_date": "CURDATE", "datediff": "DATEDIFF",
}

func (c *converter) funcCall(n *tidb.FuncCallExpr, off int) Expr {
	lname := n.FnName.L
	if strings.Contains(lname, "dateliteral") || strings.Contains(lname, "timestampliteral") {
		if len(n.Args) == 1 {
			if v, ok := n.Args[0].(*test_driver.ValueExpr); ok && v.Kind() == test_driver.KindString {
				kind := LitDate
				if strings.Contains(lname, "timestamp") {
					kind = LitTimestamp
				}
				return &Literal{base: base{Off: off}, Kind: kind, Value: v.GetString()}
			}
		}
		return c.unsupported(off, "This date/time literal")
	}
	if strings.Contains(lname, "(") || strings.Contains(lname, "`") {
		return c.unsupported(off, "The construct "+n.FnName.O)
	}
	if n.Schema.O != "" {
		return c.unsupported(off, "A schema-qualified function ("+n.Schema.O+"."+n.FnName.O+")")
	}
	name := strings.ToUpper(lname)
	if alias, ok := funcNames[lname]; ok {
		name = alias
	}
	f := &Func{base: base{Off: off}, Name: name}
	for _, a := range n.Args {
		f.Args = append(f.Args, c.expr(a, off))
	}
	return f
}

func (c *converter) aggregate(n *tidb.AggregateFuncExpr, off int) Expr {
	f := &Func{base: base{Off: off}, Name: strings.ToUpper(n.F), Distinct: n.Distinct}
	if n.Order != nil {
		c.fail(off, "Unsupported SQL", "ORDER BY inside an aggregate is not part of datamove's portable SQL.")
	}
	if f.Name == "COUNT" && len(n.Args) == 1 {
		// COUNT(*) arrives as COUNT(1) with a synthetic literal at offset 0.
		if v, ok := n.Args[0].(*test_driver.ValueExpr); ok && v.OriginTextPosition() == 0 && !n.Distinct {
			f.Star = true
			return f
		}
	}
	for _, a := range n.Args {
		f.Args = append(f.Args, c.expr(a, off))
	}
	return f
}

func (c *converter) cast(n *tidb.FuncCastExpr, off int) Expr {
	if n.FunctionType == tidb.CastBinaryOperator {
		return c.unsupported(off, "The BINARY operator")
	}
	tp := n.Tp
	ct := CastType{Length: -1}
	flen, dec := tp.GetFlen(), tp.GetDecimal()
	switch tp.GetType() {
	case mysql.TypeLonglong:
		ct.Name = "SIGNED"
		if mysql.HasUnsignedFlag(tp.GetFlag()) {
			ct.Name = "UNSIGNED"
		}
	case mysql.TypeNewDecimal:
		ct.Name, ct.Length, ct.Scale, ct.HasLength = "DECIMAL", flen, max(dec, 0), true
	case mysql.TypeVarString, mysql.TypeString, mysql.TypeVarchar:
		ct.Name = "CHAR"
		if tp.GetCharset() == "binary" {
			ct.Name = "BINARY"
		}
		if flen >= 0 {
			ct.Length, ct.HasLength = flen, true
		}
	case mysql.TypeDate:
		ct.Name = "DATE"
	case mysql.TypeDatetime:
		ct.Name = "DATETIME"
		if dec > 0 {
			ct.Length, ct.HasLength = dec, true
		}
	case mysql.TypeDuration:
		ct.Name = "TIME"
		if dec > 0 {
			ct.Length, ct.HasLength = dec, true
		}
	case mysql.TypeDouble:
		ct.Name = "DOUBLE"
	case mysql.TypeFloat:
		ct.Name = "FLOAT"
	case mysql.TypeJSON:
		ct.Name = "JSON"
	default:
		return c.unsupported(off, "CAST to "+tp.String())
	}
	return &Cast{base: base{Off: off}, X: c.expr(n.Expr, off), Type: ct}
}

func (c *converter) subquery(n *tidb.SubqueryExpr, off int) *Select {
	sel, ok := n.Query.(*tidb.SelectStmt)
	if !ok {
		c.fail(c.off(n, off), "Unsupported SQL", "Only a plain SELECT is allowed as a subquery (no UNION).")
		return &Select{Off: off}
	}
	return c.selectStmt(sel, c.off(n, off))
}

func (c *converter) selectStmt(n *tidb.SelectStmt, off int) *Select {
	s := &Select{Off: off, Distinct: n.Distinct}
	if n.Kind != tidb.SelectStmtKindSelect || n.With != nil || n.LockInfo != nil || n.SelectIntoOpt != nil ||
		len(n.WindowSpecs) > 0 || len(n.TableHints) > 0 || n.AfterSetOperator != nil {
		c.fail(off, "Unsupported SQL", "Only a plain SELECT (no WITH, UNION, window, hints, locking or INTO) is allowed.")
		return s
	}
	if n.Fields != nil {
		for _, f := range n.Fields.Fields {
			if f.WildCard != nil {
				s.Fields = append(s.Fields, Field{Star: true, StarTable: f.WildCard.Table.O})
				continue
			}
			s.Fields = append(s.Fields, Field{Expr: c.expr(f.Expr, off), Alias: f.AsName.O})
		}
	}
	if n.From != nil && n.From.TableRefs != nil {
		s.From = c.tableExpr(n.From.TableRefs, off)
	}
	if n.Where != nil {
		s.Where = c.expr(n.Where, off)
	}
	if n.GroupBy != nil {
		for _, it := range n.GroupBy.Items {
			s.GroupBy = append(s.GroupBy, c.expr(it.Expr, off))
		}
	}
	if n.Having != nil {
		s.Having = c.expr(n.Having.Expr, off)
	}
	if n.OrderBy != nil {
		for _, it := range n.OrderBy.Items {
			s.OrderBy = append(s.OrderBy, OrderItem{Expr: c.expr(it.Expr, off), Desc: it.Desc})
		}
	}
	if n.Limit != nil {
		if n.Limit.Offset != nil {
			c.fail(off, "Unsupported SQL", "LIMIT with an offset is not allowed: results must not depend on row order.")
		}
		if v, ok := n.Limit.Count.(*test_driver.ValueExpr); ok && (v.Kind() == test_driver.KindUint64 || v.Kind() == test_driver.KindInt64) {
			lim := v.GetInt64()
			s.Limit = &lim
		} else {
			c.fail(off, "Unsupported SQL", "LIMIT takes a number.")
		}
	}
	return s
}

func (c *converter) tableExpr(n tidb.ResultSetNode, off int) TableExpr {
	switch n := n.(type) {
	case *tidb.Join:
		if n.Right == nil {
			return c.tableExpr(n.Left, off)
		}
		if n.NaturalJoin || n.StraightJoin {
			c.fail(off, "Unsupported SQL", "NATURAL and STRAIGHT_JOIN joins are not allowed; write the join condition with ON.")
		}
		j := &Join{Kind: "INNER", Left: c.tableExpr(n.Left, off), Right: c.tableExpr(n.Right, off)}
		switch n.Tp {
		case tidb.LeftJoin:
			j.Kind = "LEFT"
		case tidb.RightJoin:
			j.Kind = "RIGHT"
		}
		if n.On != nil {
			j.On = c.expr(n.On.Expr, off)
		} else if len(n.Using) == 0 {
			j.Kind = "CROSS"
		}
		for _, u := range n.Using {
			j.Using = append(j.Using, u.Name.O)
		}
		return j
	case *tidb.TableSource:
		switch src := n.Source.(type) {
		case *tidb.TableName:
			if len(src.IndexHints) > 0 || len(src.PartitionNames) > 0 || src.TableSample != nil || src.AsOf != nil {
				c.fail(off, "Unsupported SQL", "Index hints, partitions, samples and AS OF are not allowed on a table.")
			}
			return &TableName{Off: c.findIdent(src.Name.O, off), Schema: src.Schema.O, Name: src.Name.O, Alias: n.AsName.O}
		case *tidb.SelectStmt:
			if n.AsName.O == "" {
				c.fail(off, "Unsupported SQL", "A subquery in FROM needs an alias.")
			}
			return &Derived{Sel: c.selectStmt(src, off), Alias: n.AsName.O}
		case *tidb.Join:
			return c.tableExpr(src, off)
		}
	}
	c.fail(off, "Unsupported SQL", fmt.Sprintf("This FROM item (%T) is not allowed.", n))
	return &TableName{Off: off}
}

// findIdent finds where a table name is written, for positions TiDB does not record: the first
// occurrence at or after from (or anywhere) as a whole identifier.
func (c *converter) findIdent(name string, from int) int {
	for _, start := range []int{from, 0} {
		if i := IdentOffset(c.src, name, start); i >= 0 {
			return i
		}
	}
	return from
}

// IdentOffset returns the byte offset of the first whole-word, unquoted or quoted occurrence of
// the identifier name at or after from, outside string literals, or -1.
func IdentOffset(src, name string, from int) int {
	lower := strings.ToLower(name)
	for i := 0; i < len(src); {
		ch := src[i]
		switch {
		case ch == '\'':
			j := i + 1
			for j < len(src) && !(src[j] == '\'' && (j+1 >= len(src) || src[j+1] != '\'')) {
				if src[j] == '\'' {
					j++
				}
				j++
			}
			i = j + 1
		case ch == '"' || ch == '`':
			j := strings.IndexByte(src[i+1:], ch)
			if j < 0 {
				return -1
			}
			if i >= from && src[i+1:i+1+j] == name {
				return i
			}
			i += j + 2
		case isIdentByte(ch):
			j := i
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			if i >= from && strings.ToLower(src[i:j]) == lower {
				return i
			}
			i = j
		default:
			i++
		}
	}
	return -1
}

// tokenOffset returns the byte offset of the first occurrence of tok (an operator, or a word
// matched whole and in any case) at or after from, outside quoted strings and identifiers, or -1.
func tokenOffset(src, tok string, from int) int {
	for i := max(from, 0); i < len(src); {
		switch ch := src[i]; {
		case ch == '\'' || ch == '"' || ch == '`':
			j := strings.IndexByte(src[i+1:], ch)
			if j < 0 {
				return -1
			}
			i += j + 2
		case isIdentByte(ch):
			j := i
			for j < len(src) && isIdentByte(src[j]) {
				j++
			}
			if strings.EqualFold(src[i:j], tok) {
				return i
			}
			i = j
		default:
			if strings.HasPrefix(src[i:], tok) {
				return i
			}
			i++
		}
	}
	return -1
}

// IdentLen returns how many bytes the identifier written at offset off of src takes: qualified
// (a.b) and quoted ("a b", `a`) parts included; at least 1.
func IdentLen(src string, off int) int {
	i := off
	for i < len(src) {
		switch ch := src[i]; {
		case ch == '"' || ch == '`':
			j := strings.IndexByte(src[i+1:], ch)
			if j < 0 {
				return max(i-off, 1)
			}
			i += j + 2
		case ch == '.' || isIdentByte(ch):
			i++
		default:
			return max(i-off, 1)
		}
	}
	return max(i-off, 1)
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// parserPanic is a panic of the TiDB parser turned into an error: its value-expression driver
// panics on some inputs (a number literal of more than 81 digits) instead of failing.
type parserPanic string

func (p parserPanic) Error() string { return string(p) }

// parseSQL runs the TiDB parser in a SQL mode; a panic inside it comes back as a parserPanic.
func parseSQL(text string, mode mysql.SQLMode) (stmts []tidb.StmtNode, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if i := strings.IndexAny(msg, ".\n"); i > 0 {
				msg = msg[:i]
			}
			stmts, err = nil, parserPanic(msg)
		}
	}()
	p := parser.New()
	p.SetSQLMode(mode)
	stmts, _, err = p.ParseSQL(text)
	return stmts, err
}

// CheckMySQLExpr parses one expression as MySQL and MariaDB read it in a datamove session
// (backquoted identifiers, || meaning OR, NO_BACKSLASH_ESCAPES, ? binds): the way tests and the
// fuzzer prove that a MySQL rendering is well-formed and is one expression, not several.
func CheckMySQLExpr(text string) error {
	stmts, err := parseSQL(exprPrefix+text, mysql.ModeNoBackslashEscapes)
	if err != nil {
		return err
	}
	if len(stmts) != 1 {
		return fmt.Errorf("%d statements, not one expression", len(stmts))
	}
	sel, ok := stmts[0].(*tidb.SelectStmt)
	if !ok || sel.From != nil || sel.Where != nil || sel.Fields == nil || len(sel.Fields.Fields) != 1 ||
		sel.Fields.Fields[0].Expr == nil || sel.Fields.Fields[0].AsName.O != "" || sel.Limit != nil ||
		sel.OrderBy != nil || sel.GroupBy != nil || sel.Having != nil {
		return fmt.Errorf("not a single expression")
	}
	return nil
}
