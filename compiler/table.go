package compiler

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
	"github.com/datamove/datamove/sqlexpr"
)

func (c *compiler) resolveTable(ti *tableInfo) {
	ti.src = c.findTable(ti.spec.From, c.src, "source")
	ti.tgt = c.findTable(ti.spec.To, c.tgt, "target")
}

func strategy(t *specs.Table) string {
	if t.Key == nil || t.Key.Strategy == "" {
		return specs.KeyPreserve
	}
	return t.Key.Strategy
}

func (c *compiler) srcType(col *schema.Column) schema.Type {
	return schema.ParseType(c.src.db.Dialect, col.Type)
}
func (c *compiler) tgtType(col *schema.Column) schema.Type {
	return schema.ParseType(c.tgt.db.Dialect, col.Type)
}

func colRef(alias, name string, t schema.Type) *sqlexpr.ColumnRef {
	r := &sqlexpr.ColumnRef{Table: alias, Name: name}
	r.SetType(t)
	return r
}

func binary(op string, l, r sqlexpr.Expr, t schema.Type) *sqlexpr.Binary {
	b := &sqlexpr.Binary{Op: op, L: l, R: r}
	b.SetType(t)
	return b
}

// lowerTable checks one table block and builds its step.
func (c *compiler) lowerTable(ti *tableInfo) {
	t := ti.spec
	if ti.src == nil || ti.tgt == nil {
		return
	}
	srcT, tgtT := ti.src, ti.tgt
	st := &ir.Step{
		Name:        t.Name,
		Source:      ir.TableName{Schema: c.src.schema, Name: srcT.Name},
		Target:      ir.TableName{Schema: c.tgt.schema, Name: tgtT.Name},
		OnConflict:  t.OnConflict,
		Method:      specs.MethodUpsert,
		BatchSize:   10000,
		KeyStrategy: strategy(t),
	}
	doc := &tableDoc{name: t.Name, step: st, spec: t, src: srcT, tgt: tgtT}
	ti.doc = doc
	used := map[string]bool{} // source columns the mappings read
	mainSrc := func(alias string) *scope {
		return &scope{tables: []scopeTable{{name: srcT.Name, rewrite: alias, table: srcT}}}
	}

	// Scope: where, soft delete, target scope.
	if t.Where != nil {
		x := &exprCtx{c: c, sql: t.Where, what: "where filter", db: c.src.db, schema: c.src.schema, allowSub: true, main: srcT}
		if e := x.parseExpr(); e != nil {
			x.check(e, mainSrc(ir.AliasSource))
			c.requireBool(x, e)
			st.Filter = e
		}
	}
	if d := t.Delete; d != nil && d.SoftDeleted != nil {
		x := &exprCtx{c: c, sql: d.SoftDeleted, what: "soft_deleted predicate", db: c.src.db, schema: c.src.schema, allowSub: true, main: srcT}
		if e := x.parseExpr(); e != nil {
			x.check(e, mainSrc(ir.AliasSource))
			c.requireBool(x, e)
			e = knownTrue(e, srcT)
			switch d.Mode {
			case specs.SoftSkip:
				not := &sqlexpr.Unary{Op: "NOT", X: e}
				not.SetType(schema.Type{Kind: schema.KindBool})
				if st.Filter == nil {
					st.Filter = not
				} else {
					st.Filter = binary("AND", st.Filter, not, schema.Type{Kind: schema.KindBool})
				}
			case specs.SoftFlag, specs.SoftDelete:
				st.SoftDeleted, st.SoftMode = e, d.Mode
			}
		}
	}
	if t.TargetWhere != nil {
		x := &exprCtx{c: c, sql: t.TargetWhere, what: "target_where filter", db: c.tgt.db, schema: c.tgt.schema, allowSub: true, main: tgtT}
		if e := x.parseExpr(); e != nil {
			x.check(e, &scope{tables: []scopeTable{{name: tgtT.Name, rewrite: ir.AliasTarget, table: tgtT}}})
			c.requireBool(x, e)
			st.TargetScope = e
		}
	}

	// Explicit column blocks.
	mapped := map[string]*ir.Mapping{}
	// Column blocks with errors: their target column is not reported again as unmapped, and the
	// source columns they meant to read are unknown, so none is reported as not accounted for.
	broken := map[string]bool{}
	for _, col := range t.Columns {
		tc := tgtT.Column(col.Name)
		if tc == nil {
			c.unknownTargetColumn(col.NameRange, tgtT, col.Name)
			broken[col.Name] = true
			continue
		}
		if tc.Generated != "" {
			c.d.errorf(col.DeclRange, "Generated column "+tc.Name,
				"%s.%s is computed by the target (%s) and cannot be written; remove this column block.", tgtT.Name, tc.Name, tc.Generated)
			broken[col.Name] = true
			continue
		}
		m := &ir.Mapping{Target: tc.Name, TargetType: c.tgtType(tc), PII: col.PII}
		row := &colDoc{target: tc.Name, targetType: tc.Type, pii: col.PII}
		errs := c.d.errorCount()
		c.columnValue(ti, col, tc, m, row, used)
		if c.d.errorCount() > errs {
			broken[tc.Name] = true
		}
		if m.Expr == nil && len(m.Overrides) == 0 {
			continue
		}
		mapped[tc.Name] = m
		doc.cols = append(doc.cols, row)
	}

	// Keys.
	srcPK := srcT.PrimaryKey
	if len(srcPK) == 0 {
		c.d.errorf(t.From.Range, "Source table has no primary key",
			"%s has no primary key. datamove needs one to cut batches, translate keys and checksum by key range; add one to the source table, then re-run datamove inspect.", srcT.Name)
		return
	}
	for _, k := range srcPK {
		col := srcT.Column(k)
		st.SourceKey = append(st.SourceKey, ir.Column{Name: k, Type: c.srcType(col)})
	}
	keyRange := t.DeclRange
	if t.Key != nil {
		keyRange = t.Key.DeclRange
	}
	var conflict []string
	switch st.KeyStrategy {
	case specs.KeyPreserve:
		for _, k := range srcPK {
			found := ""
			for _, name := range tgtT.ColumnNames() {
				if m := mapped[name]; m != nil && plainRef(m.Expr, k) {
					found = name
					break
				}
			}
			if found == "" && mapped[k] == nil && tgtT.Column(k) != nil && !ignored(t, k) {
				found = k // mapped implicitly below
			}
			if found == "" {
				c.d.errorf(keyRange, "Source key not preserved",
					"Key strategy preserve copies the source key, but source key column %s is not copied as is into any target column. Map it (column \"%s\" { from = \"%s\" }) or choose strategy mapping_table or offset.", k, k, k)
				continue
			}
			st.TargetKey = append(st.TargetKey, colRef(ir.AliasTarget, found, c.tgtType(tgtT.Column(found))))
		}
		conflict = tgtT.PrimaryKey
	case specs.KeyMappingTable:
		c.mappingTableKey(ti, st, mapped, keyRange, used)
		if st.Keymap != nil {
			conflict = []string{st.Keymap.Legacy}
		}
	case specs.KeyOffset:
		c.offsetKey(ti, st, mapped, keyRange, used)
		conflict = tgtT.PrimaryKey
	}
	if t.ConflictKey != nil {
		conflict = nil
		for i, k := range t.ConflictKey.Values {
			if tgtT.Column(k) == nil {
				c.unknownTargetColumn(t.ConflictKey.Ranges[i], tgtT, k)
				continue
			}
			conflict = append(conflict, k)
		}
		if len(conflict) == len(t.ConflictKey.Values) && !sameSet(tgtT.UniqueKeyWithin(conflict), conflict) && !exactUnique(tgtT, conflict) {
			c.d.errorf(t.ConflictKey.Range, "Upsert key is not unique in the target",
				"No primary key or unique key of %s is exactly %s, so an upsert on it could match several rows (PostgreSQL refuses ON CONFLICT without such an index; MySQL would update an arbitrary row). Use one of: %s.",
				tgtT.Name, strings.Join(conflict, ", "), uniqueKeysText(tgtT))
		}
	} else if len(conflict) == 0 && st.KeyStrategy == specs.KeyPreserve {
		c.d.errorf(t.To.Range, "Target table has no primary key",
			"%s has no primary key to upsert on; set conflict_key to the columns of one of its unique keys (%s).", tgtT.Name, uniqueKeysText(tgtT))
	}
	st.ConflictKey = conflict
	if t.OnConflict == "" {
		st.OnConflict = specs.ConflictUpdate
	}

	// Soft-delete flag.
	if d := t.Delete; d != nil && d.Mode == specs.SoftFlag && d.FlagColumn != "" {
		tc := tgtT.Column(d.FlagColumn)
		switch {
		case tc == nil:
			c.unknownTargetColumn(d.FlagColumnRange, tgtT, d.FlagColumn)
		case mapped[tc.Name] != nil:
			c.d.errorf(d.FlagColumnRange, "Flag column is also mapped", "%s receives the soft-delete flag; remove its column block.", tc.Name)
		case c.tgtType(tc).Kind != schema.KindBool && c.tgtType(tc).Kind != schema.KindInt:
			c.d.errorf(d.FlagColumnRange, "Flag column is not boolean", "%s is %s; the soft-delete flag needs a boolean or integer column.", tc.Name, tc.Type)
		default:
			m := &ir.Mapping{Target: tc.Name, TargetType: c.tgtType(tc),
				Expr: colRef(ir.AliasBatch, ir.DeletedCol, schema.Type{Kind: schema.KindBool})}
			mapped[tc.Name] = m
			doc.cols = append(doc.cols, &colDoc{target: tc.Name, targetType: tc.Type, source: "soft-delete flag: " + d.SoftDeleted.Text})
		}
	}

	// Implicit same-name mappings and unmapped target columns.
	for _, tc := range tgtT.Columns {
		if mapped[tc.Name] != nil || broken[tc.Name] {
			continue
		}
		row := &colDoc{target: tc.Name, targetType: tc.Type}
		switch {
		case tc.Generated != "":
			row.source = "not written: generated by the target (" + tc.Generated + ")"
		case st.Keymap != nil && tc.Name == st.Keymap.TargetPK:
			row.source = "new key from the target's sequence; recorded in " + st.Keymap.Table.Name
		case srcT.Column(tc.Name) != nil && !ignored(t, tc.Name):
			sc := srcT.Column(tc.Name)
			e := colRef(ir.AliasBatch, sc.Name, c.srcType(sc))
			used[sc.Name] = true
			m := &ir.Mapping{Target: tc.Name, TargetType: c.tgtType(tc), Expr: e}
			c.checkAssign(t.DeclRange, e, tc, fmt.Sprintf("source column %s (mapped implicitly by name)", sc.Name), nil, t.Quarantine)
			c.nullCheck(t.DeclRange, sc, tc, t.Quarantine) // with quarantine, a NULL row is rejected, not an error
			mapped[tc.Name] = m
			row.source, row.implicit, row.change = sc.Name, true, typeChange(sc.Type, tc.Type)
		case !tc.Nullable && !tc.HasDefault():
			c.d.errorf(t.DeclRange, "Target column "+tc.Name+" is not mapped",
				"%s.%s is NOT NULL without a default, and no column block or same-name source column gives it a value; every row would fail. Add column %q { sql = \"…\" }.%s",
				tgtT.Name, tc.Name, tc.Name, suggestSource(tc.Name, srcT))
			continue
		default:
			switch {
			case tc.Identity != "":
				row.source = "not written: the target's sequence (" + tc.Identity + ")"
			case tc.HasDefault():
				row.source = "not written: target default " + tc.Default
			default:
				row.source = "not written: NULL"
			}
		}
		doc.cols = append(doc.cols, row)
	}
	for _, tc := range tgtT.Columns {
		if m := mapped[tc.Name]; m != nil {
			st.Mappings = append(st.Mappings, m)
		}
	}
	for _, k := range st.ConflictKey {
		if m := mapped[k]; m != nil {
			m.Key = true
		} else if tgtT.Column(k) != nil && !broken[k] {
			c.d.errorf(t.DeclRange, "Conflict key column not mapped", "The upsert key column %s.%s gets no value from the source; map it.", tgtT.Name, k)
		}
	}
	doc.sortCols(tgtT)

	// Every source column is moved or deliberately ignored.
	if t.Ignore != nil {
		for i, name := range t.Ignore.Values {
			switch {
			case srcT.Column(name) == nil:
				c.d.errorf(t.Ignore.Ranges[i], "Unknown source column "+name, "%s has no column %q to ignore.%s", srcT.Name, name, didYouMean(name, srcT.ColumnNames()))
			case used[name]:
				c.d.errorf(t.Ignore.Ranges[i], "Ignored column is mapped", "%s is listed in ignore but a mapping reads it; remove it from ignore or from the mapping.", name)
			}
		}
	}
	for _, sc := range srcT.Columns {
		if !used[sc.Name] && !ignored(t, sc.Name) && len(broken) == 0 {
			c.d.errorf(t.From.Range, "Source column "+sc.Name+" is not accounted for",
				"%s.%s is neither moved (no mapping reads it) nor listed in ignore. Map it, or add it to ignore = [\"%s\"] so the reviewer sees it is left behind on purpose.",
				srcT.Name, sc.Name, sc.Name)
		}
	}

	// Watermark.
	c.watermark(ti, st)
	if t.WatermarkLag != nil && len(st.Watermark) > 0 && st.Watermark[0].Name == firstWatermark(t, srcT) {
		switch w := st.Watermark[0]; w.Type.Kind {
		case schema.KindDate, schema.KindTimestamp, schema.KindTimestampTZ:
			if *t.WatermarkLag > 0 {
				st.WatermarkLag = t.WatermarkLag
			}
		default:
			c.d.errorf(t.WatermarkLagRange, "watermark_lag needs a time watermark",
				"watermark_lag holds rows back by the age of the first watermark column, but %s.%s is %s, not a date or timestamp. Put a time column first, such as watermark = [\"updated_at\", %s], or remove watermark_lag.",
				srcT.Name, w.Name, srcT.Column(w.Name).Type, quoteNames(srcT.PrimaryKey))
		}
	}

	// Raw columns a batch reads, in source order.
	need := map[string]bool{}
	for k := range used {
		need[k] = true
	}
	for _, w := range st.Watermark {
		need[w.Name] = true
	}
	for _, k := range st.SourceKey {
		need[k.Name] = true
	}
	for _, sc := range srcT.Columns {
		if need[sc.Name] {
			st.Raw = append(st.Raw, ir.Column{Name: sc.Name, Type: c.srcType(sc)})
		}
	}

	// Batch.
	if b := t.Batch; b != nil {
		st.BatchSize = b.Size
		if b.Method == specs.MethodMerge {
			switch {
			case schema.Family(c.tgt.flavor) != schema.Postgres:
				c.d.errorf(b.MethodRange, "MERGE needs PostgreSQL", "method = \"merge\" renders a PostgreSQL MERGE; the target is %s. Use method = \"upsert\".", c.tgt.flavor)
			case !supportsMerge(c.tgt.version):
				c.d.errorf(b.MethodRange, "MERGE needs PostgreSQL 15", "The target snapshot says PostgreSQL %s; MERGE arrived in 15. Use method = \"upsert\".", c.tgt.version)
			default:
				st.Method = specs.MethodMerge
				if !ir.SameColumns(st.Watermark, st.SourceKey) {
					c.d.warnf(b.MethodRange, "MERGE reads the whole target per batch",
						"The batches of %s are cut over its watermark, not its key, so each MERGE cannot bound the target side to a key range and joins the batch against every target row in scope: a cost that grows with the target. Use method = \"upsert\" (its ON CONFLICT probes the key index per row), or a watermark that is the key.", t.Name)
				}
			}
		}
	}
	if st.KeyStrategy != specs.KeyMappingTable {
		for _, k := range tgtT.PrimaryKey {
			if col := tgtT.Column(k); col != nil && col.Identity == schema.IdentityAlways && mapped[k] != nil && schema.Family(c.tgt.flavor) == schema.Postgres {
				st.OverrideIdentity = true
			}
		}
	}

	// Hard deletes.
	if d := t.Delete; d != nil && d.Propagate {
		switch {
		case st.TargetScope == nil:
			c.d.errorf(d.PropagateRange, "propagate needs target_where",
				"Deleting target rows whose source is gone needs to know which target rows belong to this move; without target_where it could delete rows of other tenants. Add target_where = \"…\" (for example \"tenant_id = @tenant_id\").")
		case !sameNames(st.Watermark, st.SourceKey):
			c.d.errorf(d.PropagateRange, "propagate needs a key watermark",
				"Hard deletes are found by key range, but this table's watermark is %s, not its key %s: a deleted row has no watermark value. Use the key as watermark, or leave propagate off.",
				names(st.Watermark), names(st.SourceKey))
		default:
			st.Propagate = true
		}
	}

	// Dependencies.
	for _, r := range t.DependsOn {
		if r.Root != "table" || c.tables[r.Name] == nil {
			c.d.errorf(tableRefRange(r), "Unknown table "+r.Name, "depends_on lists table blocks as table.<name>.%s", didYouMean(r.Name, c.tableNames()))
			continue
		}
		ti.deps[r.Name] = r.Range
	}
	for _, fk := range tgtT.ForeignKeys {
		if fk.RefSchema != "" || fk.RefTable == tgtT.Name {
			continue
		}
		for _, other := range c.spec.Tables {
			if o := c.tables[other.Name]; o != nil && o.tgt != nil && o.tgt.Name == fk.RefTable && o != ti {
				if _, ok := ti.deps[other.Name]; !ok {
					ti.deps[other.Name] = t.DeclRange
				}
			}
		}
	}
	st.Joins = ti.joins
	if t.Quarantine {
		st.Quarantine = true
		st.RejectTable = ir.TableName{Schema: c.tgt.schema, Name: dialects.RejectPrefix + tgtT.Name}
		st.Rules = c.rules(st, srcT, tgtT)
		if len(st.Rules) == 0 {
			c.d.warnf(t.QuarantineRange, "Nothing to quarantine",
				"By the snapshots, target table %s cannot refuse a row of %s (every NOT NULL column gets a value, every value fits), so no row will be quarantined; remove quarantine = true, or keep it for the reject table.",
				tgtT.Name, srcT.Name)
		}
	}
	ti.step = st
}

// firstWatermark is the name of a table's first watermark column as the spec gives it (the
// source key's first column by default), "" when there is none.
func firstWatermark(t *specs.Table, src *schema.Table) string {
	if t.Watermark != nil && len(t.Watermark.Values) > 0 {
		return t.Watermark.Values[0]
	}
	if len(src.PrimaryKey) > 0 {
		return src.PrimaryKey[0]
	}
	return ""
}

func supportsMerge(version string) bool {
	major := 0
	fmt.Sscanf(version, "%d", &major)
	return major >= 15
}

func (c *compiler) requireBool(x *exprCtx, e sqlexpr.Expr) {
	if k := e.TypeOf().Kind; k != schema.KindBool && k != schema.KindOther {
		x.errorf(e.Pos(), 1, "Not a condition", "The %s must be a condition (true or false), such as tenant_id = @tenant_id; this is %s.", x.what, k)
	}
}

func plainRef(e sqlexpr.Expr, col string) bool {
	r, ok := e.(*sqlexpr.ColumnRef)
	return ok && r.Table == ir.AliasBatch && r.Name == col
}

func ignored(t *specs.Table, name string) bool {
	if t.Ignore == nil {
		return false
	}
	for _, n := range t.Ignore.Values {
		if n == name {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	set := map[string]bool{}
	for _, x := range a {
		set[x] = true
	}
	for _, x := range b {
		if !set[x] {
			return false
		}
	}
	return true
}

// exactUnique reports whether cols is exactly the primary key or a unique key (in any order).
func exactUnique(t *schema.Table, cols []string) bool {
	if sameSet(t.PrimaryKey, cols) {
		return true
	}
	for _, u := range t.Uniques {
		if sameSet(u.Columns, cols) {
			return true
		}
	}
	return false
}

func uniqueKeysText(t *schema.Table) string {
	var ks []string
	if len(t.PrimaryKey) > 0 {
		ks = append(ks, "("+strings.Join(t.PrimaryKey, ", ")+")")
	}
	for _, u := range t.Uniques {
		ks = append(ks, "("+strings.Join(u.Columns, ", ")+")")
	}
	if len(ks) == 0 {
		return "it has none"
	}
	return strings.Join(ks, ", ")
}

func sameNames(a, b []ir.Column) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name {
			return false
		}
	}
	return true
}

func names(cols []ir.Column) string {
	ns := make([]string, len(cols))
	for i, c := range cols {
		ns[i] = c.Name
	}
	return "(" + strings.Join(ns, ", ") + ")"
}

func (c *compiler) tableNames() []string {
	var ns []string
	for _, t := range c.spec.Tables {
		ns = append(ns, t.Name)
	}
	return ns
}

func suggestSource(target string, src *schema.Table) string {
	if s := specs.Suggest(target, src.ColumnNames()); s != "" {
		return fmt.Sprintf(" The source has a column %q: column %q { from = %q }?", s, target, s)
	}
	return ""
}

func (c *compiler) unknownTargetColumn(r hcl.Range, t *schema.Table, name string) {
	for _, col := range t.Columns {
		if strings.EqualFold(col.Name, name) && col.Name != name {
			c.d.errorf(r, "Target column name case differs", "%s has a column %q, not %q; write it exactly.", t.Name, col.Name, name)
			return
		}
	}
	c.d.errorf(r, "Unknown target column "+name, "Target table %s has no column %q.%s", t.Name, name, didYouMean(name, t.ColumnNames()))
}

// columnValue fills a mapping from a column block: from, sql, remap or the same-name source column.
func (c *compiler) columnValue(ti *tableInfo, col *specs.Column, tc *schema.Column, m *ir.Mapping, row *colDoc, used map[string]bool) {
	t, srcT := ti.spec, ti.src
	errs := c.d.errorCount()
	m.Overrides = map[string]string{}
	for _, o := range col.Overrides {
		if strings.TrimSpace(o.SQL.Text) == "" {
			c.d.errorf(o.SQL.Range, "Empty override", "An override is the SQL used verbatim for that dialect; it cannot be empty.")
			continue
		}
		m.Overrides[o.Dialect] = o.SQL.Text
		row.overrides = append(row.overrides, o.Dialect+": "+o.SQL.Text)
		for _, name := range overrideColumns(o.SQL.Text, srcT) {
			used[name] = true
		}
	}
	rng := col.DeclRange
	switch {
	case col.Remap != nil:
		c.remap(ti, col, tc, m, row, used)
		return
	case col.SQL != nil:
		x := &exprCtx{c: c, sql: col.SQL, what: "column mapping", db: c.src.db, schema: c.src.schema, nondet: t.AllowNondeterministic, used: used, main: srcT}
		e := x.parseExpr()
		if e == nil {
			return
		}
		before := len(c.d.list)
		x.check(e, &scope{tables: []scopeTable{{name: srcT.Name, rewrite: ir.AliasBatch, table: srcT}}})
		m.Volatile = volatile(e)
		if c.overridesCover(m) {
			// A function outside the catalog is fine when every rendered dialect has an override.
			kept := c.d.list[:before]
			for _, dg := range c.d.list[before:] {
				if !strings.HasPrefix(dg.Summary, "Unknown function") {
					kept = append(kept, dg)
				}
			}
			c.d.list = kept
			m.Expr = e
			row.source = "`" + col.SQL.Text + "` (overridden per dialect)" + volatileNote(m)
			return
		}
		m.Expr = e
		row.source = "`" + col.SQL.Text + "`" + volatileNote(m)
		rng = col.SQL.Range
	case col.From != "":
		sc := srcT.Column(col.From)
		if sc == nil {
			c.d.errorf(col.FromRange, "Unknown source column "+col.From, "Source table %s has no column %q.%s", srcT.Name, col.From, didYouMean(col.From, srcT.ColumnNames()))
			return
		}
		used[sc.Name] = true
		m.Expr = colRef(ir.AliasBatch, sc.Name, c.srcType(sc))
		row.source, row.change = sc.Name, typeChange(sc.Type, tc.Type)
		rng = col.FromRange
	case len(m.Overrides) > 0:
		// Only overrides: every dialect the plan renders needs one.
		for _, fam := range []string{schema.Family(c.src.flavor), schema.Family(c.tgt.flavor)} {
			if _, ok := m.Overrides[fam]; !ok {
				c.d.errorf(col.DeclRange, "Missing "+fam+" override",
					"Column %s has per-dialect overrides but no portable sql, and this plan renders %s SQL too; add %s = \"…\" or a portable sql.", col.Name, fam, fam)
			}
		}
		row.source = "per-dialect override (not checked by the compiler)"
		m.Expr = &sqlexpr.Literal{Kind: sqlexpr.LitNull} // never printed: every dialect has an override
		return
	default:
		sc := srcT.Column(col.Name)
		if sc == nil {
			c.d.errorf(col.DeclRange, "Column block needs a value",
				"The source has no column %q, so this block must say where the value comes from: from = \"<source column>\", sql = \"<expression>\" or remap = table.<parent>.%s",
				col.Name, didYouMean(col.Name, srcT.ColumnNames()))
			return
		}
		used[sc.Name] = true
		m.Expr = colRef(ir.AliasBatch, sc.Name, c.srcType(sc))
		row.source, row.change = sc.Name, typeChange(sc.Type, tc.Type)
	}
	if col.Default != nil {
		x := &exprCtx{c: c, sql: col.Default, what: "column default", db: c.src.db, schema: c.src.schema, used: used, main: srcT}
		if d := x.parseExpr(); d != nil {
			x.check(d, &scope{tables: []scopeTable{{name: srcT.Name, rewrite: ir.AliasBatch, table: srcT}}})
			co := &sqlexpr.Func{Name: "COALESCE", Args: []sqlexpr.Expr{m.Expr, d}}
			co.SetType(m.Expr.TypeOf())
			m.Expr = co
			row.nullDefault = "`" + col.Default.Text + "`"
		}
	}
	if c.d.errorCount() > errs {
		return // the value's type is not known for sure: no type checks on top of its errors
	}
	var sc *schema.Column
	if r, ok := m.Expr.(*sqlexpr.ColumnRef); ok {
		sc = srcT.Column(r.Name)
	}
	what := "this expression"
	if sc != nil {
		what = "source column " + sc.Name
		c.nullCheck(rng, sc, tc, col.Default != nil || t.Quarantine)
	} else if _, isParam := m.Expr.(*sqlexpr.Param); col.SQL != nil && !isParam {
		// An expression over one source column: show that column's type change, which is what a
		// reviewer compares; otherwise only a change of kind.
		read := map[string]bool{}
		for _, r := range sqlexpr.Columns(m.Expr) {
			if r.Table == ir.AliasBatch {
				read[r.Name] = true
			}
		}
		if len(read) == 1 {
			for name := range read {
				row.change = typeChange(srcT.Column(name).Type, tc.Type)
			}
		} else {
			row.change = typeChangeOf(m.Expr.TypeOf(), tc.Type, c.tgt.db.Dialect)
		}
	}
	if col.SQL != nil && col.Default == nil {
		if l, ok := m.Expr.(*sqlexpr.Literal); ok && l.Kind == sqlexpr.LitNull && !tc.Nullable {
			c.d.errorf(rng, "NULL into a NOT NULL column", "%s is NOT NULL; this mapping always gives NULL.", tc.Name)
		}
	}
	if p, ok := m.Expr.(*sqlexpr.Param); ok {
		// A parameter stored as is takes the column's type; the runtime checks its value.
		p.SetType(m.TargetType)
		return
	}
	c.checkAssign(rng, m.Expr, tc, what, col.SQL, t.Quarantine)
}

// overridesCover reports whether every dialect family the plan renders has an override.
func (c *compiler) overridesCover(m *ir.Mapping) bool {
	for _, fam := range []string{schema.Family(c.src.flavor), schema.Family(c.tgt.flavor)} {
		if _, ok := m.Overrides[fam]; !ok {
			return false
		}
	}
	return true
}

func (c *compiler) nullCheck(r hcl.Range, sc, tc *schema.Column, hasDefault bool) {
	if sc.Nullable && !tc.Nullable && !hasDefault {
		c.d.warnf(r, "NULLs into a NOT NULL column",
			"Source column %s may be NULL but target column %s is NOT NULL: the run stops at the first NULL. Give default = \"…\" if NULLs should get a value.", sc.Name, tc.Name)
	}
}

// remap translates a source foreign key through the parent table's key strategy.
func (c *compiler) remap(ti *tableInfo, col *specs.Column, tc *schema.Column, m *ir.Mapping, row *colDoc, used map[string]bool) {
	r := col.Remap
	if r.Root != "table" || c.tables[r.Name] == nil {
		c.d.errorf(tableRefRange(r), "Unknown table "+r.Name, "remap names a table block as table.<name>.%s", didYouMean(r.Name, c.tableNames()))
		return
	}
	parent := c.tables[r.Name]
	srcName := col.From
	if srcName == "" {
		srcName = col.Name
	}
	sc := ti.src.Column(srcName)
	if sc == nil {
		c.d.errorf(col.DeclRange, "Unknown source column "+srcName,
			"remap reads source column %q (the column block's name, or from = \"…\"), which %s does not have.%s", srcName, ti.src.Name, didYouMean(srcName, ti.src.ColumnNames()))
		return
	}
	used[sc.Name] = true
	ti.deps[parent.spec.Name] = r.Range
	raw := colRef(ir.AliasBatch, sc.Name, c.srcType(sc))
	tt := c.tgtType(tc)
	row.source = fmt.Sprintf("%s, remapped through table.%s (%s)", sc.Name, parent.spec.Name, strategy(parent.spec))
	switch strategy(parent.spec) {
	case specs.KeyPreserve:
		m.Expr = raw
	case specs.KeyMappingTable:
		if parent == ti {
			c.d.errorf(r.Range, "Self-referencing remap",
				"A table with new keys from its own key map cannot remap a reference to itself in one pass (the referenced row may come in a later batch). Move the column in a second table step over the same tables, or keep the keys (preserve or offset).")
			return
		}
		if parent.tgt == nil {
			return
		}
		km := ir.TableName{Schema: c.tgt.schema, Name: dialects.KeymapPrefix + parent.tgt.Name}
		alias := "k_" + tc.Name
		newKey := colRef(alias, ir.KeymapNew, tt)
		m.Expr = newKey
		m.Legacy = raw
		ti.joins = append(ti.joins, &ir.Join{Table: km, Alias: alias,
			On: binary("=", colRef(alias, ir.KeymapLegacy, raw.TypeOf()), raw, schema.Type{Kind: schema.KindBool})})
		back := "kt_" + tc.Name
		m.TargetBack = &ir.Join{Table: km, Alias: back,
			On: binary("=", colRef(back, ir.KeymapNew, tt), colRef(ir.AliasTarget, tc.Name, tt), schema.Type{Kind: schema.KindBool})}
		m.TargetExpr = colRef(back, ir.KeymapLegacy, raw.TypeOf())
		row.source += ": new key looked up in " + km.Name
	case specs.KeyOffset:
		if parent.spec.Key == nil || parent.spec.Key.Offset == nil {
			return
		}
		x := &exprCtx{c: c, sql: parent.spec.Key.Offset, what: "key offset"}
		off := x.parseExpr()
		if off == nil {
			return
		}
		x.check(off, &scope{})
		wholeOffset(off)
		m.Expr = binary("+", raw, off, raw.TypeOf())
		m.Legacy = raw
		m.TargetExpr = binary("-", colRef(ir.AliasTarget, tc.Name, tt), off, tt)
		row.source += ": plus " + parent.spec.Key.Offset.Text
	}
}
