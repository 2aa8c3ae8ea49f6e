package compiler

import (
	"sort"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

// CompiledExpression is one portable expression compiled on its own and rendered for each engine.
type CompiledExpression struct {
	Type       schema.Type // the type the checker inferred
	PG         string      // PostgreSQL text; binds are $1, $2, … (one number per parameter)
	PGBinds    []string    // the parameter of each PostgreSQL placeholder, "@name"
	MySQL      string      // MariaDB text; binds are ?, one per appearance
	MySQLBinds []string    // the parameter of each ?, in order, "@name"
}

// Expression compiles one portable column expression over the columns of table t (a source
// table of the given dialect, referred to by alias ir.AliasBatch in the output) and renders it
// for PostgreSQL and MySQL/MariaDB. params maps parameter names to their declared types
// ("number", "string", "bool", "timestamp"). It is the expression compiler on its own, for tests
// that compare engines and for fuzzing; problems come back as diagnostics. binds are the
// PostgreSQL binds (CompileExpression also gives the MySQL ones and the result type).
func Expression(text string, t *schema.Table, dialect string, params map[string]string) (pg, my string, binds []string, diags []string) {
	e, diags := CompileExpression(text, t, dialect, params)
	if e == nil {
		return "", "", nil, diags
	}
	return e.PG, e.MySQL, e.PGBinds, diags
}

// CompileExpression is Expression with everything the compiler knows about the result: its
// type and the binds of both renderings. params maps parameter names to declared types
// ("number", "string", "bool", "timestamp"). The expression is nil when diags holds errors.
func CompileExpression(text string, t *schema.Table, dialect string, params map[string]string) (*CompiledExpression, []string) {
	spec := &specs.Spec{}
	c := &compiler{spec: spec, params: map[string]*specs.Param{}, paramUsed: map[string]bool{}, dbOf: map[*schema.Table]string{}}
	c.dbOf[t] = dialect
	db := &schema.Database{Dialect: dialect, Tables: []*schema.Table{t}}
	c.src = &endpoint{db: db, flavor: dialect}
	names := make([]string, 0, len(params))
	for name := range params {
		names = append(names, name)
	}
	sort.Strings(names)
	var ps []*ir.Param
	for _, name := range names {
		c.params[name] = &specs.Param{Name: name, Type: params[name]}
		ps = append(ps, &ir.Param{Name: name, Type: params[name]})
	}
	s := &specs.SQL{Text: text}
	x := &exprCtx{c: c, sql: s, what: "column mapping", db: db, main: t, used: map[string]bool{}}
	e := x.parseExpr()
	if e != nil {
		x.check(e, &scope{tables: []scopeTable{{name: t.Name, rewrite: ir.AliasBatch, table: t}}})
	}
	var diags []string
	for _, d := range c.d.list {
		if d.Severity == hcl.DiagError {
			diags = append(diags, d.Summary+": "+d.Detail)
		}
	}
	if len(diags) > 0 || e == nil {
		return nil, diags
	}
	render := func(d dialects.Dialect) (string, []string) {
		b := dialects.NewBuilder(d, ps)
		b.Expr(e)
		for _, err := range b.Errs {
			diags = append(diags, err.Error())
		}
		var names []string
		for _, bd := range b.Binds {
			names = append(names, bd.Name)
		}
		return b.String(), names
	}
	out := &CompiledExpression{Type: e.TypeOf()}
	out.PG, out.PGBinds = render(dialectFor(&ir.Endpoint{Dialect: schema.Postgres, ServerVersion: "15"}))
	out.MySQL, out.MySQLBinds = render(dialectFor(&ir.Endpoint{Dialect: schema.MariaDB}))
	if len(diags) > 0 {
		return nil, diags
	}
	return out, nil
}
