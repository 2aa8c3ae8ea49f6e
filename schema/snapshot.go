package schema

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

// snapshotHeader opens every snapshot file.
const snapshotHeader = "# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:\n" +
	"# the fingerprint below covers the structure, and `datamove run` compares it with the live database.\n\n"

// Write renders the database as a snapshot file. The output is canonical: tables in name order,
// columns in ordinal order, unique keys and foreign keys in name order, optional attributes left
// out when empty, and `=` aligned as hclwrite.Format aligns it. Write does not modify d and does
// not compute the fingerprint: it writes d.Fingerprint as it is (Inspect sets it).
func Write(d *Database) []byte {
	f := hclwrite.NewEmptyFile()
	root := f.Body()

	snap := root.AppendNewBlock("snapshot", nil).Body()
	setString(snap, "dialect", d.Dialect, true)
	setString(snap, "server_version", d.ServerVersion, false)
	setString(snap, "schema", d.Schema, true)
	setString(snap, "fingerprint", d.Fingerprint, false)

	tables := append([]*Table(nil), d.Tables...)
	sort.SliceStable(tables, func(i, j int) bool { return tables[i].Name < tables[j].Name })
	for _, t := range tables {
		root.AppendNewline()
		writeTable(root.AppendNewBlock("table", []string{t.Name}).Body(), t)
	}

	var buf bytes.Buffer
	buf.WriteString(snapshotHeader)
	buf.Write(f.Bytes())
	return hclwrite.Format(buf.Bytes())
}

func writeTable(b *hclwrite.Body, t *Table) {
	sections := 0
	section := func() { // a blank line between the key, column, unique and foreign key sections
		if sections > 0 {
			b.AppendNewline()
		}
		sections++
	}
	if t.PrimaryKey != nil {
		section()
		setStrings(b, "primary_key", t.PrimaryKey)
	}
	if len(t.Columns) > 0 {
		section()
		for _, c := range t.Columns {
			cb := b.AppendNewBlock("column", []string{c.Name}).Body()
			setString(cb, "type", c.Type, true)
			cb.SetAttributeValue("nullable", cty.BoolVal(c.Nullable))
			setString(cb, "default", c.Default, false)
			setString(cb, "identity", c.Identity, false)
			setString(cb, "generated", c.Generated, false)
			setString(cb, "collation", c.Collation, false)
		}
	}
	if len(t.Uniques) > 0 {
		section()
		uniques := append([]*Unique(nil), t.Uniques...)
		sort.SliceStable(uniques, func(i, j int) bool { return uniques[i].Name < uniques[j].Name })
		for _, u := range uniques {
			setStrings(b.AppendNewBlock("unique", []string{u.Name}).Body(), "columns", u.Columns)
		}
	}
	if len(t.ForeignKeys) > 0 {
		section()
		fks := append([]*ForeignKey(nil), t.ForeignKeys...)
		sort.SliceStable(fks, func(i, j int) bool { return fks[i].Name < fks[j].Name })
		for _, fk := range fks {
			fb := b.AppendNewBlock("foreign_key", []string{fk.Name}).Body()
			setStrings(fb, "columns", fk.Columns)
			setString(fb, "references", fk.RefTable, true)
			setString(fb, "ref_schema", fk.RefSchema, false)
			setStrings(fb, "ref_columns", fk.RefColumns)
			setString(fb, "on_delete", fk.OnDelete, false)
		}
	}
}

func setString(b *hclwrite.Body, name, v string, always bool) {
	if v != "" || always {
		b.SetAttributeValue(name, cty.StringVal(v))
	}
}

func setStrings(b *hclwrite.Body, name string, vs []string) {
	if len(vs) == 0 {
		b.SetAttributeValue(name, cty.ListValEmpty(cty.String))
		return
	}
	vals := make([]cty.Value, len(vs))
	for i, v := range vs {
		vals[i] = cty.StringVal(v)
	}
	b.SetAttributeValue(name, cty.ListVal(vals))
}

// Read reads a snapshot file and checks that its recorded fingerprint matches its structure, so
// a snapshot edited by hand is refused. Every problem, a missing file included, is a diagnostic.
func Read(path string) (*Database, hcl.Diagnostics) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, hcl.Diagnostics{{
			Severity: hcl.DiagError,
			Summary:  "Cannot read schema snapshot",
			Detail:   fmt.Sprintf("%s. Write it with `datamove inspect --dsn … -o %s`.", err, path),
			Subject:  &hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.InitialPos},
		}}
	}
	d, fp, diags := parse(src, path)
	if diags.HasErrors() {
		return nil, diags
	}
	switch {
	case fp.attr == nil:
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Snapshot has no fingerprint",
			Detail:   "The snapshot block must record the fingerprint of its structure. Regenerate the snapshot with `datamove inspect`.",
			Subject:  fp.block.Ptr(),
		})
	case d.Fingerprint != d.ComputeFingerprint():
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Snapshot was edited by hand",
			Detail: fmt.Sprintf("The recorded fingerprint does not match the snapshot's structure (%s), so the snapshot was edited by hand. "+
				"Regenerate it with `datamove inspect` instead of editing it.", d.ComputeFingerprint()),
			Subject: fp.attr.Expr.Range().Ptr(),
			Context: fp.attr.Range.Ptr(),
		})
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return d, diags
}

// Parse decodes a snapshot from src; filename is used in diagnostics. It checks the structure
// (known blocks and attributes, required ones present, values of the right type, identity and
// dialect names known) but not the fingerprint: Read does that.
func Parse(src []byte, filename string) (*Database, hcl.Diagnostics) {
	d, _, diags := parse(src, filename)
	if diags.HasErrors() {
		return nil, diags
	}
	return d, diags
}

var (
	fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "snapshot"},
		{Type: "table", LabelNames: []string{"name"}},
	}}
	snapshotSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "dialect", Required: true},
		{Name: "server_version"},
		{Name: "schema", Required: true},
		{Name: "fingerprint"},
	}}
	tableSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{{Name: "primary_key"}},
		Blocks: []hcl.BlockHeaderSchema{
			{Type: "column", LabelNames: []string{"name"}},
			{Type: "unique", LabelNames: []string{"name"}},
			{Type: "foreign_key", LabelNames: []string{"name"}},
		},
	}
	columnSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "type", Required: true},
		{Name: "nullable", Required: true},
		{Name: "default"},
		{Name: "identity"},
		{Name: "generated"},
		{Name: "collation"},
	}}
	uniqueSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "columns", Required: true},
	}}
	foreignKeySchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "columns", Required: true},
		{Name: "references", Required: true},
		{Name: "ref_schema"},
		{Name: "ref_columns", Required: true},
		{Name: "on_delete"},
	}}
)

var (
	dialects   = []string{Postgres, MySQL, MariaDB}
	identities = []string{IdentityAlways, IdentityByDefault, IdentitySerial, IdentityAutoIncrement}
	onDeletes  = []string{"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"}
)

// fingerprintAt tells Read where the fingerprint was recorded.
type fingerprintAt struct {
	block hcl.Range      // the snapshot block's header
	attr  *hcl.Attribute // nil when absent
}

func parse(src []byte, filename string) (*Database, fingerprintAt, hcl.Diagnostics) {
	var fp fingerprintAt
	file, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, fp, diags
	}
	content, ds := file.Body.Content(fileSchema)
	diags = append(diags, ds...)

	d := &Database{}
	var snapshot *hcl.Block
	tables := map[string]*hcl.Block{}
	for _, blk := range content.Blocks {
		switch blk.Type {
		case "snapshot":
			if snapshot != nil {
				diags = append(diags, duplicate("snapshot block", "", snapshot, blk))
				continue
			}
			snapshot = blk
			fp.block = blk.DefRange
			c, ds := blk.Body.Content(snapshotSchema)
			diags = append(diags, ds...)
			d.Dialect = stringAttr(c.Attributes["dialect"], &diags)
			if a := c.Attributes["dialect"]; a != nil && d.Dialect != "" {
				oneOf(a, d.Dialect, "dialect", dialects, &diags)
			}
			d.ServerVersion = stringAttr(c.Attributes["server_version"], &diags)
			d.Schema = stringAttr(c.Attributes["schema"], &diags)
			d.Fingerprint = stringAttr(c.Attributes["fingerprint"], &diags)
			fp.attr = c.Attributes["fingerprint"]
		case "table":
			name := blk.Labels[0]
			if prev := tables[name]; prev != nil {
				diags = append(diags, duplicate("table", name, prev, blk))
				continue
			}
			tables[name] = blk
			d.Tables = append(d.Tables, parseTable(blk, &diags))
		}
	}
	if snapshot == nil {
		diags = append(diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Missing snapshot block",
			Detail:   "A schema snapshot starts with a snapshot block naming its dialect, schema and fingerprint. Regenerate the file with `datamove inspect`.",
			Subject:  &hcl.Range{Filename: filename, Start: hcl.InitialPos, End: hcl.InitialPos},
		})
	}
	if diags.HasErrors() {
		return nil, fp, diags
	}
	d.Normalize()
	return d, fp, diags
}

func parseTable(blk *hcl.Block, diags *hcl.Diagnostics) *Table {
	t := &Table{Name: blk.Labels[0]}
	c, ds := blk.Body.Content(tableSchema)
	*diags = append(*diags, ds...)
	if a := c.Attributes["primary_key"]; a != nil {
		t.PrimaryKey = stringsAttr(a, diags)
		if t.PrimaryKey == nil {
			t.PrimaryKey = []string{}
		}
	}
	seen := map[string]*hcl.Block{}
	for _, b := range c.Blocks {
		name := b.Labels[0]
		key := b.Type + "\x00" + name
		if prev := seen[key]; prev != nil {
			*diags = append(*diags, duplicate(b.Type, name, prev, b))
			continue
		}
		seen[key] = b
		switch b.Type {
		case "column":
			t.Columns = append(t.Columns, parseColumn(b, diags))
		case "unique":
			bc, ds := b.Body.Content(uniqueSchema)
			*diags = append(*diags, ds...)
			t.Uniques = append(t.Uniques, &Unique{Name: name, Columns: stringsAttr(bc.Attributes["columns"], diags)})
		case "foreign_key":
			bc, ds := b.Body.Content(foreignKeySchema)
			*diags = append(*diags, ds...)
			fk := &ForeignKey{
				Name:       name,
				Columns:    stringsAttr(bc.Attributes["columns"], diags),
				RefTable:   stringAttr(bc.Attributes["references"], diags),
				RefSchema:  stringAttr(bc.Attributes["ref_schema"], diags),
				RefColumns: stringsAttr(bc.Attributes["ref_columns"], diags),
				OnDelete:   stringAttr(bc.Attributes["on_delete"], diags),
			}
			if fk.OnDelete != "" {
				oneOf(bc.Attributes["on_delete"], fk.OnDelete, "on_delete action", onDeletes, diags)
			}
			t.ForeignKeys = append(t.ForeignKeys, fk)
		}
	}
	return t
}

func parseColumn(b *hcl.Block, diags *hcl.Diagnostics) *Column {
	c, ds := b.Body.Content(columnSchema)
	*diags = append(*diags, ds...)
	col := &Column{
		Name:      b.Labels[0],
		Type:      stringAttr(c.Attributes["type"], diags),
		Nullable:  boolAttr(c.Attributes["nullable"], diags),
		Default:   stringAttr(c.Attributes["default"], diags),
		Identity:  stringAttr(c.Attributes["identity"], diags),
		Generated: stringAttr(c.Attributes["generated"], diags),
		Collation: stringAttr(c.Attributes["collation"], diags),
	}
	if col.Identity != "" {
		oneOf(c.Attributes["identity"], col.Identity, "identity", identities, diags)
	}
	return col
}

// value evaluates a literal attribute; snapshots have no variables or functions.
func value(a *hcl.Attribute, diags *hcl.Diagnostics) (cty.Value, bool) {
	v, ds := a.Expr.Value(nil)
	*diags = append(*diags, ds...)
	if ds.HasErrors() || !v.IsWhollyKnown() {
		return cty.NilVal, false
	}
	return v, true
}

func stringAttr(a *hcl.Attribute, diags *hcl.Diagnostics) string {
	if a == nil {
		return ""
	}
	v, ok := value(a, diags)
	if !ok {
		return ""
	}
	if v.IsNull() || v.Type() != cty.String {
		*diags = append(*diags, wrongType(a, "a string"))
		return ""
	}
	return v.AsString()
}

func boolAttr(a *hcl.Attribute, diags *hcl.Diagnostics) bool {
	if a == nil {
		return false
	}
	v, ok := value(a, diags)
	if !ok {
		return false
	}
	if v.IsNull() || v.Type() != cty.Bool {
		*diags = append(*diags, wrongType(a, "true or false"))
		return false
	}
	return v.True()
}

func stringsAttr(a *hcl.Attribute, diags *hcl.Diagnostics) []string {
	if a == nil {
		return nil
	}
	v, ok := value(a, diags)
	if !ok {
		return nil
	}
	if v.IsNull() || !(v.Type().IsTupleType() || v.Type().IsListType()) {
		*diags = append(*diags, wrongType(a, "a list of strings"))
		return nil
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsNull() || e.Type() != cty.String {
			*diags = append(*diags, wrongType(a, "a list of strings"))
			return nil
		}
		out = append(out, e.AsString())
	}
	return out
}

func wrongType(a *hcl.Attribute, want string) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  fmt.Sprintf("Invalid %s", a.Name),
		Detail:   fmt.Sprintf("The %s attribute must be %s.", a.Name, want),
		Subject:  a.Expr.Range().Ptr(),
		Context:  a.Range.Ptr(),
	}
}

func oneOf(a *hcl.Attribute, v, what string, allowed []string, diags *hcl.Diagnostics) {
	for _, ok := range allowed {
		if v == ok {
			return
		}
	}
	detail := fmt.Sprintf("%q is not a known %s; use one of %q.", v, what, allowed)
	if s := nearest(v, allowed); s != "" {
		detail = fmt.Sprintf("%q is not a known %s; did you mean %q?", v, what, s)
	}
	*diags = append(*diags, &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  fmt.Sprintf("Unknown %s", what),
		Detail:   detail,
		Subject:  a.Expr.Range().Ptr(),
		Context:  a.Range.Ptr(),
	})
}

// nearest returns the allowed value closest to v when it is plausibly a typo of it.
func nearest(v string, allowed []string) string {
	for _, a := range allowed { // the threshold hcl uses for its own suggestions
		if levenshtein.Distance(strings.ToLower(v), strings.ToLower(a), nil) < 3 {
			return a
		}
	}
	return ""
}

func duplicate(what, name string, prev, blk *hcl.Block) *hcl.Diagnostic {
	label := what
	if name != "" {
		label = fmt.Sprintf("%s %q", what, name)
	}
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Duplicate " + what,
		Detail: fmt.Sprintf("The %s is already defined at %s. Each name may appear once; regenerate the snapshot with `datamove inspect`.",
			label, prev.DefRange.String()),
		Subject: blk.DefRange.Ptr(),
	}
}
