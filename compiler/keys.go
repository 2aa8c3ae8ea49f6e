package compiler

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// mappingTableKey: new keys from the target's own sequence, the source key kept in a unique legacy
// column and in a key-map table that child tables join.
func (c *compiler) mappingTableKey(ti *tableInfo, st *ir.Step, mapped map[string]*ir.Mapping, keyRange hcl.Range, used map[string]bool) {
	t, srcT, tgtT := ti.spec, ti.src, ti.tgt
	if len(srcT.PrimaryKey) != 1 {
		c.d.errorf(keyRange, "mapping_table needs a one-column source key",
			"%s's primary key is (%s); the key map holds one source key column. Use preserve or offset for composite keys.", srcT.Name, joinNames(srcT.PrimaryKey))
		return
	}
	if len(tgtT.PrimaryKey) != 1 {
		c.d.errorf(keyRange, "mapping_table needs a one-column target key",
			"%s's primary key is (%s); new keys come from one sequence or auto-increment column.", tgtT.Name, joinNames(tgtT.PrimaryKey))
		return
	}
	pk := tgtT.Column(tgtT.PrimaryKey[0])
	if pk.Identity == "" && pk.Default == "" {
		c.d.errorf(keyRange, "Target key has no sequence",
			"mapping_table takes new keys from the target's own sequence, but %s.%s is neither an identity, serial nor auto-increment column.", tgtT.Name, pk.Name)
		return
	}
	if m := mapped[pk.Name]; m != nil {
		c.d.errorf(keyRange, "New key column is mapped",
			"%s.%s receives new keys from the target's sequence under mapping_table; remove its column block (the source key goes into the legacy column).", tgtT.Name, pk.Name)
		return
	}
	legacy := t.Key.Legacy
	if legacy == nil || len(legacy.Values) != 1 {
		if legacy != nil {
			c.d.errorf(legacy.Range, "One legacy column", "legacy names the one target column that keeps the source key.")
		}
		return
	}
	lc := tgtT.Column(legacy.Values[0])
	if lc == nil {
		c.unknownTargetColumn(legacy.Ranges[0], tgtT, legacy.Values[0])
		return
	}
	if !exactUnique(tgtT, []string{lc.Name}) {
		c.d.errorf(legacy.Ranges[0], "Legacy column is not unique",
			"%s.%s keeps the source key and is the upsert key, so it needs a unique key of its own in the target (CREATE UNIQUE INDEX … (%s)).", tgtT.Name, lc.Name, lc.Name)
	}
	srcKey := srcT.PrimaryKey[0]
	if m := mapped[lc.Name]; m == nil {
		// The legacy column is filled from the source key without a column block.
		used[srcKey] = true
		mapped[lc.Name] = &ir.Mapping{Target: lc.Name, TargetType: c.tgtType(lc),
			Expr: colRef(ir.AliasBatch, srcKey, c.srcType(srcT.Column(srcKey)))}
		ti.doc.cols = append(ti.doc.cols, &colDoc{target: lc.Name, targetType: lc.Type, source: srcKey + " (the source key, kept for traceability)"})
	} else if !plainRef(m.Expr, srcKey) {
		c.d.errorf(legacy.Ranges[0], "Legacy column must keep the source key",
			"%s.%s is the legacy column, so it must receive the source key %s as is; its column block maps something else.", tgtT.Name, lc.Name, srcKey)
	}
	st.Keymap = &ir.Keymap{
		Table:      ir.TableName{Schema: c.tgt.schema, Name: dialects.KeymapPrefix + tgtT.Name},
		LegacyType: c.srcType(srcT.Column(srcKey)),
		NewType:    c.tgtType(pk),
		TargetPK:   pk.Name,
		Legacy:     lc.Name,
		SourceKey:  srcKey,
	}
	st.TargetKey = []sqlexpr.Expr{colRef(ir.AliasTarget, lc.Name, c.tgtType(lc))}
}

// offsetKey: target key = source key + offset, deterministic and reversible.
func (c *compiler) offsetKey(ti *tableInfo, st *ir.Step, mapped map[string]*ir.Mapping, keyRange hcl.Range, used map[string]bool) {
	t, srcT, tgtT := ti.spec, ti.src, ti.tgt
	if len(srcT.PrimaryKey) != 1 || len(tgtT.PrimaryKey) != 1 {
		c.d.errorf(keyRange, "offset needs one-column keys", "The offset strategy adds a number to a one-column integer key on both sides; %s has (%s) and %s has (%s).",
			srcT.Name, joinNames(srcT.PrimaryKey), tgtT.Name, joinNames(tgtT.PrimaryKey))
		return
	}
	sk, pk := srcT.Column(srcT.PrimaryKey[0]), tgtT.Column(tgtT.PrimaryKey[0])
	if c.srcType(sk).Kind != schema.KindInt || c.tgtType(pk).Kind != schema.KindInt {
		c.d.errorf(keyRange, "offset needs integer keys", "%s.%s is %s and %s.%s is %s; the offset strategy adds a number to integer keys.", srcT.Name, sk.Name, sk.Type, tgtT.Name, pk.Name, pk.Type)
		return
	}
	if mapped[pk.Name] != nil {
		c.d.errorf(keyRange, "Offset key column is mapped", "%s.%s receives source key + offset; remove its column block.", tgtT.Name, pk.Name)
		return
	}
	if t.Key.Offset == nil {
		return
	}
	x := &exprCtx{c: c, sql: t.Key.Offset, what: "key offset"}
	off := x.parseExpr()
	if off == nil {
		return
	}
	x.check(off, &scope{})
	if k := off.TypeOf().Kind; k != schema.KindInt && k != schema.KindDecimal {
		x.errorf(0, len(t.Key.Offset.Text), "Offset is not a number", "The offset must be a whole number or a number parameter such as @id_offset.")
		return
	}
	wholeOffset(off)
	raw := colRef(ir.AliasBatch, sk.Name, c.srcType(sk))
	tt := c.tgtType(pk)
	used[sk.Name] = true
	mapped[pk.Name] = &ir.Mapping{Target: pk.Name, TargetType: tt, Expr: binary("+", raw, off, tt), Legacy: raw,
		TargetExpr: binary("-", colRef(ir.AliasTarget, pk.Name, tt), off, tt)}
	ti.doc.cols = append(ti.doc.cols, &colDoc{target: pk.Name, targetType: pk.Type, source: sk.Name + " + " + t.Key.Offset.Text + " (offset key)"})
	st.Offset = off
	st.TargetKey = []sqlexpr.Expr{binary("-", colRef(ir.AliasTarget, pk.Name, tt), off, tt)}
}

// wholeOffset types a parameter offset as a 64-bit integer: keys move by whole numbers, and an
// integer bind keeps the key arithmetic and the target's key-range comparisons in the key's own
// type, where the engine can use the key's index.
func wholeOffset(off sqlexpr.Expr) {
	if p, ok := off.(*sqlexpr.Param); ok {
		p.SetType(schema.Type{Kind: schema.KindInt, Bits: 64})
	}
}

// watermark checks the batch order columns: they must be NOT NULL and unique together.
func (c *compiler) watermark(ti *tableInfo, st *ir.Step) {
	t, srcT := ti.spec, ti.src
	if t.Watermark == nil || len(t.Watermark.Values) == 0 {
		st.Watermark = append([]ir.Column(nil), st.SourceKey...)
		return
	}
	ok := true
	var cols []string
	for i, name := range t.Watermark.Values {
		col := srcT.Column(name)
		if col == nil {
			c.d.errorf(t.Watermark.Ranges[i], "Unknown watermark column "+name, "Source table %s has no column %q.%s", srcT.Name, name, didYouMean(name, srcT.ColumnNames()))
			ok = false
			continue
		}
		if col.Nullable {
			c.d.errorf(t.Watermark.Ranges[i], "Nullable watermark column",
				"%s.%s can be NULL, and a row with a NULL watermark falls outside every batch range: it would never move. Use NOT NULL columns (for example the key), or make the column NOT NULL.", srcT.Name, name)
			ok = false
		}
		cols = append(cols, name)
		st.Watermark = append(st.Watermark, ir.Column{Name: name, Type: c.srcType(col)})
	}
	if ok && !srcT.IsUnique(cols) {
		c.d.errorf(t.Watermark.Range, "Watermark is not unique",
			"(%s) is not unique in %s, so rows with equal values could straddle a batch boundary and be skipped. Add the key as a tie-breaker: watermark = [%s].",
			joinNames(cols), srcT.Name, quoteNames(append(cols, srcT.PrimaryKey...)))
	}
}
