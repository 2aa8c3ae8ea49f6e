package compiler

import (
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
	"github.com/datamove/datamove/sqlexpr"
)

// query checks an invariant's or a check's SELECT against one side's snapshot.
func (c *compiler) query(s *specs.SQL, side, what string) *sqlexpr.Select {
	e := c.tgt
	if side == "source" {
		e = c.src
	}
	x := &exprCtx{c: c, sql: s, what: what, db: e.db, schema: e.schema, allowSub: true, agg: true}
	sel := x.parseSelect()
	if sel == nil {
		return nil
	}
	x.selectStmt(sel, nil)
	if sel.From == nil {
		x.errorf(0, len(s.Text), "Query reads no table", "A %s reads the %s's tables: SELECT … FROM <table> ….", what, side)
	}
	return sel
}

func (c *compiler) invariants() []*ir.Query {
	var out []*ir.Query
	for _, inv := range c.spec.Invariants {
		if inv.SQL == nil {
			continue
		}
		sel := c.query(inv.SQL, inv.Side, "invariant query")
		if sel == nil {
			continue
		}
		out = append(out, &ir.Query{Name: inv.Name, Description: inv.Description, Side: inv.Side, Select: sel})
	}
	return out
}

func (c *compiler) checks() []*ir.Check {
	var out []*ir.Check
	for _, ch := range c.spec.Checks {
		ic := &ir.Check{Name: ch.Name, Description: ch.Description, Kind: ch.Kind, Tolerance: ch.Tolerance}
		switch ch.Kind {
		case specs.CheckQuery:
			if ch.Source == nil || ch.Target == nil {
				continue
			}
			ic.Source = c.query(ch.Source, "source", "check query")
			ic.Target = c.query(ch.Target, "target", "check query")
			if ic.Source == nil || ic.Target == nil {
				continue
			}
			if len(ic.Source.Fields) != len(ic.Target.Fields) {
				c.d.errorf(ch.DeclRange, "Check queries disagree in shape",
					"The source query returns %d columns and the target query %d; a check compares them column by column.", len(ic.Source.Fields), len(ic.Target.Fields))
			}
		case specs.CheckRowCount, specs.CheckChecksum:
			if ch.Table == nil {
				continue
			}
			t := c.tables[ch.Table.Name]
			if ch.Table.Root != "table" || t == nil {
				c.d.errorf(tableRefRange(ch.Table), "Unknown table "+ch.Table.Name, "A %s check names a table block as table.<name>.%s", ch.Kind, didYouMean(ch.Table.Name, c.tableNames()))
				continue
			}
			ic.Step = t.spec.Name
			if t.step != nil {
				if ch.Kind == specs.CheckRowCount {
					t.step.RowCount = true
				} else {
					t.step.Checksum = true
				}
			}
		default:
			continue
		}
		out = append(out, ic)
	}
	return out
}

// throttles checks the throttle queries: each reads its side like an invariant, and its first
// column says whether to pause, so it must be a condition.
func (c *compiler) throttles() []*ir.Throttle {
	var out []*ir.Throttle
	for _, th := range c.spec.Throttles {
		if th.SQL == nil {
			continue
		}
		sel := c.query(th.SQL, th.Side, "throttle query")
		if sel == nil {
			continue
		}
		if len(sel.Fields) > 0 {
			f := sel.Fields[0]
			switch {
			case f.Star:
				c.d.sqlErrorf(th.SQL, 0, len(th.SQL.Text), "Throttle query returns *",
					"A throttle's first column says whether to pause; select it explicitly, such as SELECT COUNT(*) > 100 FROM ….")
			case f.Expr != nil:
				if k := f.Expr.TypeOf().Kind; k != schema.KindBool && k != schema.KindInt && k != schema.KindOther {
					c.d.sqlErrorf(th.SQL, f.Expr.Pos(), 1, "Throttle column is not a condition",
						"A throttle's first column says whether to pause (true: wait), and this one is %s. Make it a condition, such as lag_seconds > 30.", k)
				}
			}
		}
		out = append(out, &ir.Throttle{Every: th.Every,
			Query: &ir.Query{Name: th.Name, Description: th.Description, Side: th.Side, Select: sel}})
	}
	return out
}
