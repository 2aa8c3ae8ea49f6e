package sqlexpr

import "github.com/datamove/datamove/schema"

// Expr is a node of a scalar expression.
type Expr interface {
	Pos() int              // byte offset of the node in the parsed text
	TypeOf() schema.Type   // the type the compiler inferred (Kind other until it has)
	SetType(t schema.Type) // set by the compiler's checker
	exprNode()
}

type base struct {
	Off int
	T   schema.Type
}

func (b *base) Pos() int              { return b.Off }
func (b *base) TypeOf() schema.Type   { return b.T }
func (b *base) SetType(t schema.Type) { b.T = t }
func (*base) exprNode()               {}

// ColumnRef names a column, optionally qualified by a table name or alias.
type ColumnRef struct {
	base
	Table string
	Name  string
}

// Param is a run-time parameter, written @name; it is always rendered as a bind placeholder.
type Param struct {
	base
	Name string
}

// LitKind is the kind of a literal.
type LitKind int

// Literal kinds.
const (
	LitNull LitKind = iota
	LitInt
	LitDecimal
	LitFloat
	LitString
	LitBool
	LitBytes // Value holds lower-case hex digits
	LitDate  // DATE 'yyyy-mm-dd'
	LitTimestamp
)

// Literal is a constant.
type Literal struct {
	base
	Kind  LitKind
	Value string // canonical text: digits, the unquoted string, "true"/"false", hex digits
}

// Unary operators: "-", "NOT", "~" (bit inversion is rejected by the checker).
type Unary struct {
	base
	Op string
	X  Expr
}

// Binary operators: + - * / DIV % = <> < <= > >= <=> AND OR XOR ||.
type Binary struct {
	base
	Op   string
	L, R Expr
}

// IsNull is X IS [NOT] NULL.
type IsNull struct {
	base
	X   Expr
	Not bool
}

// IsBool is X IS [NOT] TRUE/FALSE.
type IsBool struct {
	base
	X     Expr
	Value bool
	Not   bool
}

// In is X [NOT] IN (list) or X [NOT] IN (subquery).
type In struct {
	base
	X    Expr
	List []Expr
	Sub  *Select
	Not  bool
}

// Between is X [NOT] BETWEEN Lo AND Hi.
type Between struct {
	base
	X, Lo, Hi Expr
	Not       bool
}

// Like is X [NOT] LIKE Pattern [ESCAPE 'c'].
type Like struct {
	base
	X, Pattern Expr
	Escape     string // one character; "\\" when not given
	Not        bool
}

// When is one WHEN … THEN … arm of a CASE.
type When struct {
	Cond, Result Expr
}

// Case is CASE [Operand] WHEN … THEN … [ELSE …] END.
type Case struct {
	base
	Operand Expr // nil for a searched CASE
	Whens   []When
	Else    Expr // nil when absent
}

// Func is a call of a catalog function. Name is upper case. Keyword arguments (EXTRACT's unit,
// TRIM's direction) are *Keyword nodes in the positions the catalog documents.
type Func struct {
	base
	Name     string
	Args     []Expr
	Distinct bool // COUNT(DISTINCT x) and friends
	Star     bool // COUNT(*)
}

// Keyword is a bare keyword argument such as YEAR in EXTRACT(YEAR FROM d) or BOTH in TRIM.
type Keyword struct {
	base
	Word string // upper case
}

// CastType is a portable cast target: SIGNED, UNSIGNED, DECIMAL(p,s), CHAR[(n)], DATE,
// DATETIME[(fsp)], TIME[(fsp)], DOUBLE, FLOAT, JSON, BINARY[(n)].
type CastType struct {
	Name      string
	Length    int // CHAR/BINARY length, DECIMAL precision, DATETIME/TIME fsp; -1 when not given
	Scale     int // DECIMAL scale
	HasLength bool
}

// Cast is CAST(X AS Type).
type Cast struct {
	base
	X    Expr
	Type CastType
}

// Row is a row constructor (a, b).
type Row struct {
	base
	Items []Expr
}

// Exists is [NOT] EXISTS (subquery).
type Exists struct {
	base
	Sub *Select
	Not bool
}

// Subquery is a scalar subquery.
type Subquery struct {
	base
	Sel *Select
}

// Select is a SELECT statement: invariant and check queries, and subqueries inside filters.
type Select struct {
	Off      int
	Distinct bool
	Fields   []Field
	From     TableExpr // nil for SELECT without FROM
	Where    Expr
	GroupBy  []Expr
	Having   Expr
	OrderBy  []OrderItem
	Limit    *int64
}

// Field is one item of a select list.
type Field struct {
	Expr      Expr   // nil for * and t.*
	Alias     string // AS name, "" when absent
	Star      bool
	StarTable string // t in t.*
}

// OrderItem is one ORDER BY item.
type OrderItem struct {
	Expr Expr
	Desc bool
}

// TableExpr is a FROM item: *TableName, *Join or *Derived.
type TableExpr interface{ tableExpr() }

// TableName is a named table, optionally with a schema and an alias.
type TableName struct {
	Off    int
	Schema string
	Name   string
	Alias  string
}

// Join joins two FROM items.
type Join struct {
	Kind        string // "INNER", "LEFT", "RIGHT", "CROSS"
	Left, Right TableExpr
	On          Expr
	Using       []string
}

// Derived is a subquery in FROM.
type Derived struct {
	Sel   *Select
	Alias string
}

func (*TableName) tableExpr() {}
func (*Join) tableExpr()      {}
func (*Derived) tableExpr()   {}

// Name is what the table is known as inside the query: its alias, or its name.
func (t *TableName) RefName() string {
	if t.Alias != "" {
		return t.Alias
	}
	return t.Name
}
