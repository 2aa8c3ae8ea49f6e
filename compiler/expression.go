package compiler

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

// Expression compiles one portable column expression over the columns of table t (a source
// table of the given dialect, referred to by alias ir.AliasBatch in the output) and renders it
// for PostgreSQL and MySQL/MariaDB. Parameters are declared as numbers. It is the expression
// compiler on its own, for tests that compare engines and for fuzzing; problems come back as
// diagnostics positioned in the text.
func Expression(text string, t *schema.Table, dialect string, params map[string]string) (pg, my string, binds []string, diags []string) {
	spec := &specs.Spec{}
	c := &compiler{spec: spec, params: map[string]*specs.Param{}, paramUsed: map[string]bool{}, dbOf: map[*schema.Table]string{}}
	c.dbOf[t] = dialect
	db := &schema.Database{Dialect: dialect, Tables: []*schema.Table{t}}
	c.src = &endpoint{db: db, flavor: dialect}
	var ps []*ir.Param
	for name, typ := range params {
		c.params[name] = &specs.Param{Name: name, Type: typ}
		ps = append(ps, &ir.Param{Name: name, Type: typ})
	}
	s := &specs.SQL{Text: text}
	x := &exprCtx{c: c, sql: s, what: "column mapping", db: db, main: t, used: map[string]bool{}}
	e := x.parseExpr()
	if e != nil {
		x.check(e, &scope{tables: []scopeTable{{name: t.Name, rewrite: ir.AliasBatch, table: t}}})
	}
	for _, d := range c.d.list {
		if d.Severity == hcl.DiagError {
			diags = append(diags, d.Summary+": "+d.Detail)
		}
	}
	if len(diags) > 0 || e == nil {
		return "", "", nil, diags
	}
	render := func(d dialects.Dialect) (string, []string) {
		b := dialects.NewBuilder(d, ps)
		b.Expr(e)
		if len(b.Errs) > 0 {
			diags = append(diags, b.Errs[0].Error())
		}
		var names []string
		for _, bd := range b.Binds {
			names = append(names, bd.Name)
		}
		return b.String(), names
	}
	pg, binds = render(dialectFor(&ir.Endpoint{Dialect: schema.Postgres, ServerVersion: "15"}))
	my, _ = render(dialectFor(&ir.Endpoint{Dialect: schema.MariaDB}))
	return pg, my, binds, diags
}
