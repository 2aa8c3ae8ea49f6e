package compiler

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

// Options adjust a compile.
type Options struct {
	// Dialect, when set, compiles the spec as if both source and target were this engine
	// ("postgres", "mysql" or "mariadb"), reading the snapshots' types as portable types. The
	// golden tests use it to render every case for both engine families.
	Dialect string
	// SourceSchema and TargetSchema, when set, replace the SQL schema (database) names the
	// snapshots and the spec give. Tests use them to run one plan against throw-away databases.
	SourceSchema, TargetSchema string
}

type endpoint struct {
	spec    *specs.Endpoint
	db      *schema.Database
	flavor  string // postgres, mysql or mariadb
	version string
	schema  string // SQL schema / database of the tables
}

type tableInfo struct {
	spec     *specs.Table
	src, tgt *schema.Table
	step     *ir.Step
	doc      *tableDoc
	deps     map[string]hcl.Range // table block name -> where the dependency comes from
	joins    []*ir.Join           // key-map joins the remaps need
}

type compiler struct {
	spec      *specs.Spec
	opts      Options
	d         diags
	src, tgt  *endpoint
	params    map[string]*specs.Param
	paramUsed map[string]bool
	tables    map[string]*tableInfo
	order     []*tableInfo
	dbOf      map[*schema.Table]string
}

// Check compiles the spec into the IR without rendering SQL: every problem is reported.
func Check(spec *specs.Spec, opts Options) (*ir.Plan, []*tableDoc, hcl.Diagnostics) {
	c := &compiler{spec: spec, opts: opts, params: map[string]*specs.Param{}, paramUsed: map[string]bool{},
		tables: map[string]*tableInfo{}, dbOf: map[*schema.Table]string{}}
	p := c.run()
	sortDiags(c.d.list)
	if c.d.hasErrors() {
		return nil, nil, c.d.list
	}
	var docs []*tableDoc
	for _, t := range c.order {
		docs = append(docs, t.doc)
	}
	return p, docs, c.d.list
}

func sortDiags(ds hcl.Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Subject, ds[j].Subject
		switch {
		case a == nil || b == nil:
			return a == nil && b != nil
		case a.Filename != b.Filename:
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
}

func (c *compiler) run() *ir.Plan {
	c.endpoints()
	for _, p := range c.spec.Params {
		c.params[p.Name] = p
	}
	if c.src == nil || c.tgt == nil {
		return nil
	}
	for _, t := range c.spec.Tables {
		if c.tables[t.Name] != nil {
			continue // duplicate, already reported by specs
		}
		c.tables[t.Name] = &tableInfo{spec: t, deps: map[string]hcl.Range{}}
	}
	// Resolve tables first so remaps can see their parents' key strategies.
	for _, t := range c.spec.Tables {
		c.resolveTable(c.tables[t.Name])
	}
	for _, t := range c.spec.Tables {
		c.lowerTable(c.tables[t.Name])
	}
	c.dependencies()
	p := &ir.Plan{
		Name:   c.spec.Migration.Name,
		Source: c.irEndpoint(c.src),
		Target: c.irEndpoint(c.tgt),
	}
	if c.spec.Migration != nil {
		p.Description = c.spec.Migration.Description
	}
	for i, t := range c.order {
		if t.step != nil {
			t.step.Seq = i + 1
			p.Steps = append(p.Steps, t.step)
		}
	}
	p.Invariants = c.invariants()
	p.Checks = c.checks()
	p.Throttles = c.throttles()
	for _, prm := range c.spec.Params {
		if !c.paramUsed[prm.Name] {
			c.d.errorf(prm.DeclRange, "Unused parameter "+prm.Name,
				"Parameter %q is declared but no SQL of the spec uses it (as @%s). Remove the declaration, or use it in a where, target_where, column or check.", prm.Name, prm.Name)
		}
		p.Params = append(p.Params, &ir.Param{Name: prm.Name, Type: prm.Type, Description: prm.Description, Default: prm.Default})
	}
	return p
}

func (c *compiler) irEndpoint(e *endpoint) *ir.Endpoint {
	return &ir.Endpoint{Name: e.spec.Name, Dialect: e.flavor, ServerVersion: e.version, Schema: e.schema,
		Fingerprint: e.db.Fingerprint, Snapshot: e.spec.Snapshot}
}

// endpoints loads the source and target snapshots.
func (c *compiler) endpoints() {
	one := func(list []*specs.Endpoint, role string) *endpoint {
		if len(list) == 0 {
			c.d.errorf(c.migrationRange(), "Missing "+role+" block",
				"Add a %s block: %s \"name\" { dialect = \"postgres\"  snapshot = \"schemas/name.hcl\" }. The snapshot comes from datamove inspect.", role, role)
			return nil
		}
		for _, extra := range list[1:] {
			c.d.errorf(extra.DeclRange, "More than one "+role,
				"A spec moves data from one source to one target; the first %s is at %s. Split the move into two specs.", role, list[0].DeclRange)
		}
		e := list[0]
		if e.Dialect == "" || e.Snapshot == "" {
			return nil // already reported
		}
		path := e.Snapshot
		if !filepath.IsAbs(path) {
			path = filepath.Join(c.spec.Dir, path)
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			c.d.errorf(e.SnapshotRange, "Schema snapshot not found",
				"There is no file %s (snapshot paths are relative to the spec folder). Fix the path, or write the snapshot with `datamove inspect --dsn … -o %s`.", e.Snapshot, path)
			return nil
		}
		db, diags := schema.Read(path)
		if diags.HasErrors() {
			for _, dg := range diags {
				if dg.Subject == nil {
					r := e.SnapshotRange
					dg.Subject = &r
					dg.Detail += " Write the snapshot with: datamove inspect --dsn … -o " + e.Snapshot
				}
			}
			if src, err := os.ReadFile(path); err == nil && c.spec.Files != nil && c.spec.Files[path] == nil {
				c.spec.Files[path] = &hcl.File{Bytes: src} // so the diagnostics show the snapshot's lines
			}
			c.d.list = append(c.d.list, diags...)
			return nil
		}
		ep := &endpoint{spec: e, db: db, flavor: e.Dialect, version: db.ServerVersion, schema: db.Schema}
		if schema.Family(db.Dialect) != schema.Family(e.Dialect) {
			c.d.errorf(e.DialectRange, "Dialect does not match the snapshot",
				"This %s says dialect %q but its snapshot %s was taken from %s; fix the dialect or the snapshot path.", role, e.Dialect, e.Snapshot, db.Dialect)
		}
		if e.Dialect == schema.MySQL && db.Dialect == schema.MariaDB || e.Dialect == schema.MariaDB && db.Dialect == schema.MySQL {
			ep.flavor = db.Dialect
		}
		if e.Schema != "" {
			ep.schema = e.Schema
		}
		if o := map[string]string{"source": c.opts.SourceSchema, "target": c.opts.TargetSchema}[role]; o != "" {
			ep.schema = o
		}
		if c.opts.Dialect != "" && c.opts.Dialect != ep.flavor {
			ep.flavor = c.opts.Dialect
			if schema.Family(db.Dialect) != schema.Family(c.opts.Dialect) {
				ep.version = map[string]string{schema.Postgres: "15", schema.MySQL: "8.0", schema.MariaDB: "10.11"}[c.opts.Dialect]
			}
		}
		for _, t := range db.Tables {
			c.dbOf[t] = db.Dialect
		}
		return ep
	}
	c.src = one(c.spec.Sources, "source")
	c.tgt = one(c.spec.Targets, "target")
}

func (c *compiler) migrationRange() hcl.Range {
	if c.spec.Migration != nil {
		return c.spec.Migration.DeclRange
	}
	return hcl.Range{}
}

func (c *compiler) dialectOfTable(t *schema.Table) string { return c.dbOf[t] }

func (c *compiler) useParam(name string, s *specs.SQL, off int) {
	if _, ok := c.params[name]; !ok {
		var names []string
		for n := range c.params {
			names = append(names, n)
		}
		sort.Strings(names)
		c.d.sqlErrorf(s, off, len(name)+1, "Undeclared parameter @"+name,
			"@%s is not declared.%s Declare it with param %q { type = number } (string, number, bool or timestamp); its value is bound when the plan runs.",
			name, didYouMean(name, names), name)
		return
	}
	c.paramUsed[name] = true
}

func (c *compiler) paramType(name string) schema.Type {
	p := c.params[name]
	if p == nil {
		return schema.Type{}
	}
	switch p.Type {
	case specs.TypeNumber:
		return schema.Type{Kind: schema.KindDecimal}
	case specs.TypeBool:
		return schema.Type{Kind: schema.KindBool}
	case specs.TypeTimestamp:
		return schema.Type{Kind: schema.KindTimestampTZ, FSP: 6}
	}
	return schema.Type{Kind: schema.KindText}
}

// findTable resolves a reference such as legacy.customers against an endpoint.
func (c *compiler) findTable(r *specs.Ref, e *endpoint, role string) *schema.Table {
	if r == nil || e == nil {
		return nil
	}
	if r.Root != e.spec.Name {
		c.d.errorf(r.Range, "Unknown "+role+" "+r.Root,
			"The %s is named %q: write %s.%s.%s", role, e.spec.Name, e.spec.Name, r.Name, didYouMean(r.Root, []string{e.spec.Name}))
		return nil
	}
	t := e.db.Table(r.Name)
	if t == nil {
		for _, cand := range e.db.Tables {
			if strings.EqualFold(cand.Name, r.Name) {
				c.d.errorf(r.NameRange, "Table name case differs", "The %s has a table %q, not %q; write it exactly: %s[%q].", role, cand.Name, r.Name, e.spec.Name, cand.Name)
				return nil
			}
		}
		c.d.errorf(r.NameRange, "Unknown "+role+" table "+r.Name,
			"The %s snapshot %s has no table %q.%s", role, e.spec.Snapshot, r.Name, didYouMean(r.Name, e.db.TableNames()))
		return nil
	}
	return t
}

// tableRefRange is where an unknown table.<name> reference is reported: on the name, or on the
// whole reference when its root is not the word table.
func tableRefRange(r *specs.Ref) hcl.Range {
	if r.Root == "table" {
		return r.NameRange
	}
	return r.Range
}

func quoteNames(ns []string) string {
	q := make([]string, len(ns))
	for i, n := range ns {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
