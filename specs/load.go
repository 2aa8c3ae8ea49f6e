package specs

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

var rootSchema = &hcl.BodySchema{
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "migration", LabelNames: []string{"name"}},
		{Type: "param", LabelNames: []string{"name"}},
		{Type: "source", LabelNames: []string{"name"}},
		{Type: "target", LabelNames: []string{"name"}},
		{Type: "table", LabelNames: []string{"name"}},
		{Type: "invariant", LabelNames: []string{"name"}},
		{Type: "check", LabelNames: []string{"name"}},
		{Type: "throttle", LabelNames: []string{"name"}},
	},
}

// Load reads every *.hcl file directly inside dir as one spec.
func Load(dir string) (*Spec, hcl.Diagnostics) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read spec folder",
			Detail: fmt.Sprintf("%s. Pass the folder that holds the spec's .hcl files.", err)}}
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".hcl") {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "No spec files",
			Detail: fmt.Sprintf("The folder %s has no .hcl files. A spec is every .hcl file directly inside one folder.", dir)}}
	}
	srcs := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read spec file", Detail: err.Error()}}
		}
		srcs[n] = b
	}
	return Parse(dir, names, srcs)
}

// Parse decodes a spec from file contents (names in order, contents by name).
func Parse(dir string, names []string, srcs map[string][]byte) (*Spec, hcl.Diagnostics) {
	p := hclparse.NewParser()
	d := &decoder{spec: &Spec{Dir: dir, Files: map[string]*hcl.File{}}, srcs: srcs}
	for _, n := range names {
		f, diags := p.ParseHCL(srcs[n], n)
		d.diags = append(d.diags, diags...)
		if f == nil {
			continue
		}
		d.spec.Files[n] = f
		if diags.HasErrors() {
			continue
		}
		content, diags := f.Body.Content(rootSchema)
		d.diags = append(d.diags, diags...)
		for _, b := range content.Blocks {
			d.block(b)
		}
	}
	d.checkDuplicates()
	if d.spec.Migration == nil && !d.diags.HasErrors() {
		d.diags = append(d.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Missing migration block",
			Detail:  `Add a block such as migration "tenant_move" { description = "…" } naming this move; plans and checkpoints are keyed by that name.`,
			Subject: firstFileRange(d.spec, names)})
	}
	return d.spec, d.diags
}

func firstFileRange(s *Spec, names []string) *hcl.Range {
	if len(names) == 0 {
		return nil
	}
	return &hcl.Range{Filename: names[0], Start: hcl.InitialPos, End: hcl.InitialPos}
}

type decoder struct {
	spec  *Spec
	srcs  map[string][]byte
	diags hcl.Diagnostics
}

func (d *decoder) errorf(r hcl.Range, summary, format string, args ...any) {
	rr := r
	d.diags = append(d.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary,
		Detail: fmt.Sprintf(format, args...), Subject: &rr})
}

func (d *decoder) block(b *hcl.Block) {
	switch b.Type {
	case "migration":
		d.migration(b)
	case "param":
		d.param(b)
	case "source", "target":
		d.endpoint(b)
	case "table":
		d.table(b)
	case "invariant":
		d.invariant(b)
	case "check":
		d.check(b)
	case "throttle":
		d.throttle(b)
	}
}

// --- attribute helpers ----------------------------------------------------------------------

func (d *decoder) content(body hcl.Body, s *hcl.BodySchema) *hcl.BodyContent {
	c, diags := body.Content(s)
	d.diags = append(d.diags, diags...)
	return c
}

func (d *decoder) value(a *hcl.Attribute, want cty.Type, what string) (cty.Value, bool) {
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		for _, dg := range diags {
			if strings.Contains(dg.Summary, "Variables not allowed") || strings.Contains(dg.Summary, "Functions may not be called") {
				dg.Detail += " Spec values are literal: SQL text is plain text, and run-time values are @parameters bound when the plan runs."
			}
		}
		d.diags = append(d.diags, diags...)
		return cty.NilVal, false
	}
	cv, err := convert.Convert(v, want)
	if err != nil || cv.IsNull() {
		d.errorf(a.Expr.Range(), "Wrong type for "+a.Name, "%s must be %s.", a.Name, what)
		return cty.NilVal, false
	}
	return cv, true
}

func (d *decoder) str(a *hcl.Attribute) (string, bool) {
	if a == nil {
		return "", false
	}
	v, ok := d.value(a, cty.String, "a string")
	if !ok {
		return "", false
	}
	return v.AsString(), true
}

func (d *decoder) oneOf(a *hcl.Attribute, allowed ...string) (string, bool) {
	s, ok := d.str(a)
	if !ok {
		return "", false
	}
	for _, x := range allowed {
		if s == x {
			return s, true
		}
	}
	d.errorf(a.Expr.Range(), "Invalid value for "+a.Name, "%s is %q; it must be one of: %s.%s", a.Name, s,
		quoteList(allowed), suggest(s, allowed))
	return "", false
}

func (d *decoder) boolean(a *hcl.Attribute) bool {
	if a == nil {
		return false
	}
	v, ok := d.value(a, cty.Bool, "true or false")
	return ok && v.True()
}

func (d *decoder) sql(a *hcl.Attribute) *SQL {
	if a == nil {
		return nil
	}
	s, ok := d.str(a)
	if !ok {
		return nil
	}
	return newSQL(s, a.Expr, d.srcs[a.Expr.Range().Filename])
}

func (d *decoder) strings(a *hcl.Attribute) *Strings {
	if a == nil {
		return nil
	}
	exprs, diags := hcl.ExprList(a.Expr)
	if diags.HasErrors() {
		d.errorf(a.Expr.Range(), "Wrong type for "+a.Name, `%s must be a list of column names, such as ["id"].`, a.Name)
		return nil
	}
	out := &Strings{Range: a.Expr.Range()}
	for _, e := range exprs {
		v, diags := e.Value(nil)
		if diags.HasErrors() || v.Type() != cty.String || v.IsNull() {
			d.errorf(e.Range(), "Wrong type for "+a.Name, `Each element of %s must be a quoted column name.`, a.Name)
			continue
		}
		out.Values = append(out.Values, v.AsString())
		out.Ranges = append(out.Ranges, e.Range())
	}
	return out
}

// ref decodes a traversal such as legacy.customers or table."Order Items"["x"].
func (d *decoder) ref(expr hcl.Expression, what string) *Ref {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() || len(tr) != 2 {
		d.errorf(expr.Range(), "Invalid reference", "Expected a reference such as %s, written without quotes.", what)
		return nil
	}
	r := &Ref{Root: tr.RootName(), Range: expr.Range(), NameRange: tr[1].SourceRange()}
	switch step := tr[1].(type) {
	case hcl.TraverseAttr:
		r.Name = step.Name
	case hcl.TraverseIndex:
		if step.Key.Type() != cty.String {
			d.errorf(expr.Range(), "Invalid reference", "Expected a reference such as %s.", what)
			return nil
		}
		r.Name = step.Key.AsString()
	default:
		d.errorf(expr.Range(), "Invalid reference", "Expected a reference such as %s.", what)
		return nil
	}
	return r
}

// --- blocks ---------------------------------------------------------------------------------

func (d *decoder) migration(b *hcl.Block) {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "description"}}})
	m := &Migration{Name: b.Labels[0], DeclRange: b.DefRange}
	m.Description, _ = d.str(c.Attributes["description"])
	if !validName(m.Name) {
		d.errorf(b.LabelRanges[0], "Invalid migration name", "%q: use letters, digits and underscores, starting with a letter (it names the plan and its checkpoints).", m.Name)
	}
	if d.spec.Migration != nil {
		d.errorf(b.DefRange, "Duplicate migration block", "A spec has one migration block; the first is at %s.", d.spec.Migration.DeclRange)
		return
	}
	d.spec.Migration = m
}

func (d *decoder) param(b *hcl.Block) {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "type", Required: true}, {Name: "description"}, {Name: "default"}}})
	p := &Param{Name: b.Labels[0], DeclRange: b.DefRange}
	if !validName(p.Name) {
		d.errorf(b.LabelRanges[0], "Invalid parameter name", "%q: use letters, digits and underscores, starting with a letter; SQL refers to it as @name.", p.Name)
	}
	if a := c.Attributes["type"]; a != nil {
		p.TypeRange = a.Expr.Range()
		// type = number (a bare keyword) or type = "number"
		if tr, diags := hcl.AbsTraversalForExpr(a.Expr); !diags.HasErrors() && len(tr) == 1 {
			p.Type = tr.RootName()
			if !contains([]string{TypeString, TypeNumber, TypeBool, TypeTimestamp}, p.Type) {
				d.errorf(a.Expr.Range(), "Invalid parameter type", "type is %s; it must be one of: string, number, bool, timestamp.%s", p.Type,
					suggest(p.Type, []string{TypeString, TypeNumber, TypeBool, TypeTimestamp}))
			}
		} else {
			p.Type, _ = d.oneOf(a, TypeString, TypeNumber, TypeBool, TypeTimestamp)
		}
	}
	p.Description, _ = d.str(c.Attributes["description"])
	if a := c.Attributes["default"]; a != nil {
		v, diags := a.Expr.Value(nil)
		d.diags = append(d.diags, diags...)
		if !diags.HasErrors() {
			if sv, err := convert.Convert(v, cty.String); err == nil && !sv.IsNull() {
				s := sv.AsString()
				p.Default = &s
			} else {
				d.errorf(a.Expr.Range(), "Invalid default", "default must be a string, number or bool.")
			}
		}
	}
	d.spec.Params = append(d.spec.Params, p)
}

func (d *decoder) endpoint(b *hcl.Block) {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "dialect", Required: true}, {Name: "snapshot", Required: true}, {Name: "schema"}}})
	e := &Endpoint{Role: b.Type, Name: b.Labels[0], DeclRange: b.DefRange}
	if !validName(e.Name) || e.Name == "table" {
		d.errorf(b.LabelRanges[0], "Invalid "+b.Type+" name", "%q: use letters, digits and underscores, starting with a letter, and not the word table (tables refer to it as %s.<table>).", e.Name, e.Name)
	}
	if a := c.Attributes["dialect"]; a != nil {
		e.Dialect, _ = d.oneOf(a, "postgres", "mysql", "mariadb")
		e.DialectRange = a.Expr.Range()
	}
	if a := c.Attributes["snapshot"]; a != nil {
		e.Snapshot, _ = d.str(a)
		e.SnapshotRange = a.Expr.Range()
	}
	if a := c.Attributes["schema"]; a != nil {
		e.Schema, _ = d.str(a)
		e.SchemaRange = a.Expr.Range()
	}
	if b.Type == "source" {
		d.spec.Sources = append(d.spec.Sources, e)
	} else {
		d.spec.Targets = append(d.spec.Targets, e)
	}
}

var tableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "from", Required: true}, {Name: "to", Required: true}, {Name: "where"}, {Name: "target_where"},
		{Name: "watermark"}, {Name: "on_conflict"}, {Name: "conflict_key"}, {Name: "depends_on"},
		{Name: "allow_nondeterministic"}, {Name: "ignore"}, {Name: "watermark_lag"}, {Name: "quarantine"},
	},
	Blocks: []hcl.BlockHeaderSchema{
		{Type: "key"}, {Type: "batch"}, {Type: "delete"}, {Type: "column", LabelNames: []string{"name"}},
	},
}

func (d *decoder) table(b *hcl.Block) {
	c := d.content(b.Body, tableSchema)
	t := &Table{Name: b.Labels[0], DeclRange: b.DefRange, OnConflict: ConflictUpdate}
	if !validName(t.Name) {
		d.errorf(b.LabelRanges[0], "Invalid table block name", "%q: use letters, digits and underscores, starting with a letter (other blocks refer to it as table.%s); the target table's own name goes in to.", t.Name, t.Name)
	}
	if a := c.Attributes["from"]; a != nil {
		t.From = d.ref(a.Expr, "legacy.customers (source name, then table)")
	}
	if a := c.Attributes["to"]; a != nil {
		t.To = d.ref(a.Expr, "eu.customers (target name, then table)")
	}
	t.Where = d.sql(c.Attributes["where"])
	t.TargetWhere = d.sql(c.Attributes["target_where"])
	t.Watermark = d.strings(c.Attributes["watermark"])
	t.ConflictKey = d.strings(c.Attributes["conflict_key"])
	t.Ignore = d.strings(c.Attributes["ignore"])
	if a := c.Attributes["on_conflict"]; a != nil {
		t.OnConflict, _ = d.oneOf(a, ConflictUpdate, ConflictSkip, ConflictError)
		t.OnConflictRange = a.Expr.Range()
	}
	if a := c.Attributes["depends_on"]; a != nil {
		exprs, diags := hcl.ExprList(a.Expr)
		if diags.HasErrors() {
			d.errorf(a.Expr.Range(), "Wrong type for depends_on", "depends_on is a list of table references, such as [table.customers].")
		}
		for _, e := range exprs {
			if r := d.ref(e, "table.customers"); r != nil {
				t.DependsOn = append(t.DependsOn, r)
			}
		}
	}
	t.AllowNondeterministic = d.boolean(c.Attributes["allow_nondeterministic"])
	if a := c.Attributes["watermark_lag"]; a != nil {
		t.WatermarkLagRange = a.Expr.Range()
		if lag, ok := d.duration(a); ok {
			if lag < 0 {
				d.errorf(a.Expr.Range(), "Negative watermark_lag",
					"watermark_lag is how old a row must be before it moves, such as \"30s\" or \"5m\"; it cannot be negative.")
			} else {
				t.WatermarkLag = &lag
			}
		}
	}
	if a := c.Attributes["quarantine"]; a != nil {
		t.Quarantine = d.boolean(a)
		t.QuarantineRange = a.Expr.Range()
	}
	seenBlock := map[string]*hcl.Block{}
	for _, blk := range c.Blocks {
		if blk.Type != "column" {
			if prev := seenBlock[blk.Type]; prev != nil {
				d.errorf(blk.DefRange, "Duplicate "+blk.Type+" block", "A table has at most one %s block; the first is at %s.", blk.Type, prev.DefRange)
				continue
			}
			seenBlock[blk.Type] = blk
		}
		switch blk.Type {
		case "key":
			t.Key = d.key(blk)
		case "batch":
			t.Batch = d.batch(blk)
		case "delete":
			t.Delete = d.deleteBlock(blk)
		case "column":
			t.Columns = append(t.Columns, d.column(blk))
		}
	}
	seen := map[string]*Column{}
	for _, col := range t.Columns {
		if prev := seen[col.Name]; prev != nil {
			d.errorf(col.DeclRange, "Duplicate column block", "Column %q is already mapped at %s; keep one.", col.Name, prev.DeclRange)
		}
		seen[col.Name] = col
	}
	d.spec.Tables = append(d.spec.Tables, t)
}

func (d *decoder) key(b *hcl.Block) *Key {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "strategy", Required: true}, {Name: "legacy"}, {Name: "offset"}}})
	k := &Key{DeclRange: b.DefRange}
	if a := c.Attributes["strategy"]; a != nil {
		k.Strategy, _ = d.oneOf(a, KeyPreserve, KeyMappingTable, KeyOffset)
		k.StrategyRange = a.Expr.Range()
	}
	k.Legacy = d.strings(c.Attributes["legacy"])
	k.Offset = d.sql(c.Attributes["offset"])
	switch k.Strategy {
	case KeyMappingTable:
		if k.Legacy == nil {
			d.errorf(b.DefRange, "Missing legacy columns", `key strategy mapping_table needs legacy = ["legacy_id"]: the target column(s) that keep the source key, unique in the target, from which the key map is filled.`)
		}
	case KeyOffset:
		if k.Offset == nil {
			d.errorf(b.DefRange, "Missing offset", `key strategy offset needs offset = "@id_offset": the amount added to every source key (a parameter or a number).`)
		}
	}
	if k.Strategy != KeyMappingTable && k.Legacy != nil {
		d.errorf(k.Legacy.Range, "Unexpected legacy", "legacy belongs to the mapping_table strategy; remove it or change the strategy.")
	}
	if k.Strategy != KeyOffset && k.Offset != nil {
		d.errorf(k.Offset.Range, "Unexpected offset", "offset belongs to the offset strategy; remove it or change the strategy.")
	}
	return k
}

func (d *decoder) batch(b *hcl.Block) *Batch {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "size"}, {Name: "method"}}})
	bt := &Batch{Size: 10000, Method: MethodUpsert}
	if a := c.Attributes["size"]; a != nil {
		bt.SizeRange = a.Expr.Range()
		if v, ok := d.value(a, cty.Number, "a whole number"); ok {
			bf := v.AsBigFloat()
			n, acc := bf.Int64()
			if !bf.IsInt() || acc != 0 || n < 1 || n > 10_000_000 {
				d.errorf(a.Expr.Range(), "Invalid batch size", "size must be a whole number from 1 to 10000000 rows.")
			} else {
				bt.Size = int(n)
			}
		}
	}
	if a := c.Attributes["method"]; a != nil {
		bt.Method, _ = d.oneOf(a, MethodUpsert, MethodMerge)
		bt.MethodRange = a.Expr.Range()
	}
	return bt
}

func (d *decoder) deleteBlock(b *hcl.Block) *Delete {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "soft_deleted"}, {Name: "mode"}, {Name: "flag_column"}, {Name: "propagate"}}})
	del := &Delete{DeclRange: b.DefRange}
	del.SoftDeleted = d.sql(c.Attributes["soft_deleted"])
	if a := c.Attributes["mode"]; a != nil {
		del.Mode, _ = d.oneOf(a, SoftSkip, SoftFlag, SoftDelete)
		del.ModeRange = a.Expr.Range()
	}
	if a := c.Attributes["flag_column"]; a != nil {
		del.FlagColumn, _ = d.str(a)
		del.FlagColumnRange = a.Expr.Range()
	}
	if a := c.Attributes["propagate"]; a != nil {
		del.Propagate = d.boolean(a)
		del.PropagateRange = a.Expr.Range()
	}
	switch {
	case del.SoftDeleted != nil && del.Mode == "":
		d.errorf(b.DefRange, "Missing mode", `soft_deleted needs mode = "skip" (leave such rows out), "flag" (copy them and set flag_column) or "delete" (remove them from the target).`)
	case del.SoftDeleted == nil && del.Mode != "":
		d.errorf(del.ModeRange, "Missing soft_deleted", `mode needs soft_deleted = "<predicate>", the source condition that marks a row deleted, e.g. "deleted_at IS NOT NULL".`)
	}
	if del.Mode == SoftFlag && del.FlagColumn == "" {
		d.errorf(del.ModeRange, "Missing flag_column", `mode = "flag" needs flag_column = "<target column>" that receives true for soft-deleted rows.`)
	}
	if del.Mode != SoftFlag && del.FlagColumn != "" {
		d.errorf(del.FlagColumnRange, "Unexpected flag_column", `flag_column belongs to mode = "flag"; remove it or change the mode.`)
	}
	return del
}

var columnSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "from"}, {Name: "sql"}, {Name: "default"}, {Name: "remap"}, {Name: "pii"},
	{Name: "postgres"}, {Name: "mysql"},
}}

func (d *decoder) column(b *hcl.Block) *Column {
	c := d.content(b.Body, columnSchema)
	col := &Column{Name: b.Labels[0], NameRange: b.LabelRanges[0], DeclRange: b.DefRange}
	if a := c.Attributes["from"]; a != nil {
		col.From, _ = d.str(a)
		col.FromRange = a.Expr.Range()
	}
	col.SQL = d.sql(c.Attributes["sql"])
	col.Default = d.sql(c.Attributes["default"])
	if a := c.Attributes["remap"]; a != nil {
		col.Remap = d.ref(a.Expr, "table.customers")
	}
	col.PII = d.boolean(c.Attributes["pii"])
	for _, dialect := range []string{"postgres", "mysql"} {
		if s := d.sql(c.Attributes[dialect]); s != nil {
			col.Overrides = append(col.Overrides, &Override{Dialect: dialect, SQL: s})
		}
	}
	if col.SQL != nil && col.From != "" {
		d.errorf(col.FromRange, "Both from and sql", "A column is either a plain source column (from) or an expression (sql); keep one.")
	}
	if col.Remap != nil && col.SQL != nil {
		d.errorf(col.Remap.Range, "Both remap and sql", "remap translates a source key column (from, or the same name) through another table's keys; it cannot take an expression.")
	}
	return col
}

func (d *decoder) invariant(b *hcl.Block) {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "description"}, {Name: "source"}, {Name: "target"}}})
	inv := &Invariant{Name: b.Labels[0], DeclRange: b.DefRange}
	if !validName(inv.Name) {
		d.errorf(b.LabelRanges[0], "Invalid invariant name", "%q: use letters, digits and underscores, starting with a letter (it names a plan file).", inv.Name)
	}
	inv.Description, _ = d.str(c.Attributes["description"])
	src, tgt := d.sql(c.Attributes["source"]), d.sql(c.Attributes["target"])
	switch {
	case src != nil && tgt != nil:
		d.errorf(b.DefRange, "Invariant on both sides", "An invariant is one query on one side: keep source or target, or split it into two invariants.")
	case src != nil:
		inv.Side, inv.SQL = "source", src
	case tgt != nil:
		inv.Side, inv.SQL = "target", tgt
	default:
		d.errorf(b.DefRange, "Missing invariant query", `Add target = "SELECT … WHERE <violation>" (or source = …): the rows it returns are violations.`)
	}
	d.spec.Invariants = append(d.spec.Invariants, inv)
}

func (d *decoder) check(b *hcl.Block) {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "description"}, {Name: "source"}, {Name: "target"}, {Name: "row_count"}, {Name: "checksum"}, {Name: "tolerance"}}})
	ch := &Check{Name: b.Labels[0], DeclRange: b.DefRange}
	if !validName(ch.Name) {
		d.errorf(b.LabelRanges[0], "Invalid check name", "%q: use letters, digits and underscores, starting with a letter (it names plan files).", ch.Name)
	}
	ch.Description, _ = d.str(c.Attributes["description"])
	ch.Source, ch.Target = d.sql(c.Attributes["source"]), d.sql(c.Attributes["target"])
	kinds := 0
	if ch.Source != nil || ch.Target != nil {
		ch.Kind = CheckQuery
		kinds++
		if ch.Source == nil || ch.Target == nil {
			d.errorf(b.DefRange, "Incomplete query check", "A query check needs both source = \"SELECT …\" and target = \"SELECT …\"; their results must agree.")
		}
	}
	if a := c.Attributes["row_count"]; a != nil {
		ch.Kind, ch.Table = CheckRowCount, d.ref(a.Expr, "table.customers")
		kinds++
	}
	if a := c.Attributes["checksum"]; a != nil {
		ch.Kind, ch.Table = CheckChecksum, d.ref(a.Expr, "table.customers")
		kinds++
	}
	if kinds != 1 {
		d.errorf(b.DefRange, "Ambiguous check", "A check is exactly one of: source and target queries, row_count = table.x, or checksum = table.x.")
	}
	if a := c.Attributes["tolerance"]; a != nil {
		if v, ok := d.value(a, cty.Number, "a number"); ok {
			f, _ := v.AsBigFloat().Float64()
			if f < 0 {
				d.errorf(a.Expr.Range(), "Invalid tolerance", "tolerance is the largest allowed absolute difference; it cannot be negative.")
			}
			ch.Tolerance = f
		}
		if ch.Kind != CheckQuery {
			d.errorf(a.Expr.Range(), "Unexpected tolerance", "tolerance applies to query checks, whose numbers may differ by rounding; counts and checksums must match exactly.")
		}
	}
	d.spec.Checks = append(d.spec.Checks, ch)
}

// duration decodes a Go duration string such as "30s", "5m" or "1h30m".
func (d *decoder) duration(a *hcl.Attribute) (time.Duration, bool) {
	s, ok := d.str(a)
	if !ok {
		return 0, false
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		d.errorf(a.Expr.Range(), "Invalid duration for "+a.Name,
			"%s is %q; write a duration such as \"30s\", \"5m\" or \"1h30m\" (units ms, s, m, h).", a.Name, s)
		return 0, false
	}
	return v, true
}

func (d *decoder) throttle(b *hcl.Block) {
	c := d.content(b.Body, &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "description"}, {Name: "source"}, {Name: "target"}, {Name: "every"}}})
	th := &Throttle{Name: b.Labels[0], DeclRange: b.DefRange, Every: DefaultThrottleEvery}
	if !validName(th.Name) {
		d.errorf(b.LabelRanges[0], "Invalid throttle name", "%q: use letters, digits and underscores, starting with a letter (it names a plan file).", th.Name)
	}
	th.Description, _ = d.str(c.Attributes["description"])
	src, tgt := d.sql(c.Attributes["source"]), d.sql(c.Attributes["target"])
	switch {
	case src != nil && tgt != nil:
		d.errorf(b.DefRange, "Throttle on both sides", "A throttle is one query on one side: keep source or target, or split it into two throttles.")
	case src != nil:
		th.Side, th.SQL = "source", src
	case tgt != nil:
		th.Side, th.SQL = "target", tgt
	default:
		d.errorf(b.DefRange, "Missing throttle query", `Add source = "SELECT <condition> FROM …" (or target = …): while its first column is true, the run pauses.`)
	}
	if a := c.Attributes["every"]; a != nil {
		if every, ok := d.duration(a); ok {
			if every <= 0 {
				d.errorf(a.Expr.Range(), "Invalid every", "every is how often the runtime runs the throttle query, such as \"5s\"; it must be more than zero.")
			} else {
				th.Every = every
			}
		}
	}
	d.spec.Throttles = append(d.spec.Throttles, th)
}

// checkDuplicates reports blocks of one kind that share a name.
func (d *decoder) checkDuplicates() {
	type named struct {
		kind, name string
		r          hcl.Range
	}
	var all []named
	for _, p := range d.spec.Params {
		all = append(all, named{"param", p.Name, p.DeclRange})
	}
	for _, e := range append(append([]*Endpoint{}, d.spec.Sources...), d.spec.Targets...) {
		all = append(all, named{"source/target", e.Name, e.DeclRange})
	}
	for _, t := range d.spec.Tables {
		all = append(all, named{"table", t.Name, t.DeclRange})
	}
	for _, i := range d.spec.Invariants {
		all = append(all, named{"invariant/check", i.Name, i.DeclRange})
	}
	for _, c := range d.spec.Checks {
		all = append(all, named{"invariant/check", c.Name, c.DeclRange})
	}
	for _, th := range d.spec.Throttles {
		all = append(all, named{"throttle", th.Name, th.DeclRange})
	}
	seen := map[string]named{}
	for _, n := range all {
		k := n.kind + "\x00" + n.name
		if prev, ok := seen[k]; ok {
			d.errorf(n.r, "Duplicate "+strings.Split(n.kind, "/")[0]+" name", "%q is already declared at %s; names must be unique.", n.name, prev.r)
			continue
		}
		seen[k] = n
	}
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9'
		if !ok {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}
