package compiler

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/dialects/mysql"
	"github.com/datamove/datamove/dialects/postgres"
	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
	"github.com/datamove/datamove/sqlexpr"
)

// MappingFile is the mapping document's name inside a plan directory.
const MappingFile = "MAPPING.md"

// SourceSnapshotFile and TargetSnapshotFile are the copies of the snapshots inside a plan
// directory.
const (
	SourceSnapshotFile = "schemas/source.hcl"
	TargetSnapshotFile = "schemas/target.hcl"
)

// dialectFor chooses the renderer of an endpoint: the one switch over engines.
func dialectFor(e *ir.Endpoint) dialects.Dialect {
	switch e.Dialect {
	case schema.Postgres:
		return postgres.New(e.ServerVersion)
	case schema.MariaDB:
		return mysql.New(schema.MariaDB)
	default:
		return mysql.New(schema.MySQL)
	}
}

// Compile checks a spec and renders its plan. On any error it returns no plan.
func Compile(spec *specs.Spec, opts Options) (*plan.Plan, hcl.Diagnostics) {
	p, docs, diags := Check(spec, opts)
	if diags.HasErrors() {
		return nil, diags
	}
	out, err := render(p, spec, docs)
	if err != nil {
		return nil, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Cannot render the plan",
			Detail: err.Error() + ". This is a datamove bug: the spec passed every check but a dialect could not print it."})
	}
	return out, diags
}

func render(p *ir.Plan, spec *specs.Spec, docs []*tableDoc) (*plan.Plan, error) {
	r := &dialects.Renderer{Plan: p, Source: dialectFor(p.Source), Target: dialectFor(p.Target)}
	files := map[string][]byte{}
	m := &plan.Manifest{
		Migration:   p.Name,
		Description: p.Description,
		Source:      manifestEndpoint(p.Source),
		Target:      manifestEndpoint(p.Target),
		Params:      []plan.Param{},
		Steps:       []plan.Step{},
		Invariants:  []plan.Statement{},
		Checks:      []plan.Check{},
		Throttles:   []plan.Throttle{},
	}
	hash, err := specHash(spec, p)
	if err != nil {
		return nil, err
	}
	m.SpecHash = hash
	for _, prm := range p.Params {
		m.Params = append(m.Params, plan.Param{Name: prm.Name, Type: prm.Type, Description: prm.Description, Default: prm.Default})
	}
	add := func(name string, s dialects.Statement, context string) plan.Statement {
		files[name] = []byte(fileText(p, s, context))
		binds := make([]plan.Bind, len(s.Binds))
		for i, b := range s.Binds {
			binds[i] = plan.Bind{Name: b.Name, Type: b.Type}
		}
		return plan.Statement{Role: s.Role, File: name, Side: s.Side, Dialect: s.Dialect, Binds: binds}
	}
	setup, err := r.Setup()
	if err != nil {
		return nil, err
	}
	for i, s := range setup {
		m.Setup = append(m.Setup, add(fmt.Sprintf("000-setup.%02d-%s.sql", i+1, s.Role), s, "setup"))
	}
	byStep := map[string]map[string]string{} // step -> role -> file
	for _, st := range p.Steps {
		stmts, err := r.Step(st)
		if err != nil {
			return nil, err
		}
		ms := plan.Step{Name: st.Name, Seq: st.Seq, Source: st.Source.Schema + "." + st.Source.Name,
			Target: st.Target.Schema + "." + st.Target.Name, DependsOn: append([]string{}, st.DependsOn...),
			KeyStrategy: st.KeyStrategy, ConflictKey: st.ConflictKey, OnConflict: st.OnConflict, Method: st.Method,
			BatchSize: st.BatchSize, SoftDelete: st.SoftMode, Propagate: st.Propagate, PII: []string{}}
		if st.Keymap != nil {
			ms.Keymap = st.Keymap.Table.Schema + "." + st.Keymap.Table.Name
		}
		if st.WatermarkLag != nil {
			ms.WatermarkLagSeconds = st.WatermarkLag.Seconds()
		}
		ms.Quarantine = st.Quarantine
		secret := piiSources(st)
		for _, w := range st.Watermark {
			ms.Watermark = append(ms.Watermark, plan.Column{Name: w.Name, Type: w.Type.String(), PII: secret[w.Name]})
		}
		for _, k := range st.SourceKey {
			ms.SourceKey = append(ms.SourceKey, plan.Column{Name: k.Name, Type: k.Type.String(), PII: secret[k.Name]})
		}
		for _, mp := range st.Mappings {
			if mp.PII {
				ms.PII = append(ms.PII, mp.Target)
			}
		}
		for _, c := range dialects.StageColumns(st) {
			ms.StageColumns = append(ms.StageColumns, c.Name)
		}
		for _, mp := range dialects.Checksummed(st) {
			ms.ChecksumColumns = append(ms.ChecksumColumns, mp.Target)
		}
		byStep[st.Name] = map[string]string{}
		context := fmt.Sprintf("step %d of %d: %s", st.Seq, len(p.Steps), st.Name)
		for i, s := range stmts {
			name := fmt.Sprintf("%03d-%s.%02d-%s.sql", st.Seq, st.Name, i+1, s.Role)
			ps := add(name, s, context)
			ms.Statements = append(ms.Statements, ps)
			byStep[st.Name][s.Role] = name
		}
		m.Steps = append(m.Steps, ms)
	}
	for _, q := range p.Invariants {
		s, err := r.Query(q, "invariant")
		if err != nil {
			return nil, err
		}
		m.Invariants = append(m.Invariants, add(fmt.Sprintf("900-invariant.%s.sql", q.Name), s, "invariant "+q.Name))
	}
	for _, c := range p.Checks {
		mc := plan.Check{Name: c.Name, Kind: c.Kind, Step: c.Step, Tolerance: c.Tolerance}
		switch c.Kind {
		case "query":
			for _, side := range []struct {
				name string
				sel  *ir.Query
				dst  **plan.Statement
			}{
				{"source", &ir.Query{Name: c.Name, Description: c.Description, Side: "source", Select: c.Source}, &mc.Source},
				{"target", &ir.Query{Name: c.Name, Description: c.Description, Side: "target", Select: c.Target}, &mc.Target},
			} {
				s, err := r.Query(side.sel, "check_"+side.name)
				if err != nil {
					return nil, err
				}
				ps := add(fmt.Sprintf("910-check.%s.%s.sql", c.Name, side.name), s, "check "+c.Name)
				*side.dst = &ps
			}
		case "row_count", "checksum":
			prefix := map[string]string{"row_count": "count", "checksum": "checksum"}[c.Kind]
			for _, st := range m.Steps {
				if st.Name != c.Step {
					continue
				}
				for i := range st.Statements {
					s := st.Statements[i]
					switch s.Role {
					case prefix + "_source":
						mc.Source = &s
					case prefix + "_target":
						mc.Target = &s
					}
				}
			}
		}
		m.Checks = append(m.Checks, mc)
	}
	for _, th := range p.Throttles {
		q := *th.Query
		q.Description = fmt.Sprintf("While its first column is true, the run pauses; the runtime asks every %s.", dialects.Duration(th.Every))
		if th.Query.Description != "" {
			q.Description = strings.TrimSuffix(th.Query.Description, ".") + ". " + q.Description
		}
		s, err := r.Query(&q, "throttle")
		if err != nil {
			return nil, err
		}
		m.Throttles = append(m.Throttles, plan.Throttle{Name: q.Name, EverySeconds: th.Every.Seconds(),
			Statement: add(fmt.Sprintf("920-throttle.%s.sql", q.Name), s, "throttle "+q.Name)})
	}
	// The snapshots the plan was compiled against, so that the runtime can say what drifted.
	for _, e := range []struct {
		name string
		ep   *ir.Endpoint
	}{{SourceSnapshotFile, p.Source}, {TargetSnapshotFile, p.Target}} {
		data, err := os.ReadFile(snapshotPath(spec, e.ep))
		if err != nil {
			return nil, fmt.Errorf("copy snapshot: %w", err)
		}
		files[e.name] = data
	}
	files[MappingFile] = []byte(mappingDoc(p, spec, docs))
	return &plan.Plan{Manifest: m, Files: files}, nil
}

func manifestEndpoint(e *ir.Endpoint) plan.Endpoint {
	return plan.Endpoint{Name: e.Name, Dialect: e.Dialect, ServerVersion: e.ServerVersion, Schema: e.Schema,
		Snapshot: e.Snapshot, Fingerprint: e.Fingerprint}
}

// fileText is a statement's file: a comment header saying what it does and what it binds, then
// the statement.
func fileText(p *ir.Plan, s dialects.Statement, context string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- datamove plan %s, %s: %s\n", p.Name, context, s.Role)
	fmt.Fprintf(&b, "-- Runs on the %s (%s).\n", s.Side, s.Dialect)
	for _, line := range wrap(s.Summary, 96) {
		fmt.Fprintf(&b, "-- %s\n", line)
	}
	if len(s.Binds) == 0 {
		b.WriteString("-- Binds nothing.\n")
	} else {
		b.WriteString("-- Binds:\n")
		width := 0
		for _, bd := range s.Binds {
			width = max(width, len(bd.Name))
		}
		for i, bd := range s.Binds {
			ph := fmt.Sprintf("$%d", i+1)
			if s.Dialect != schema.Postgres {
				ph = fmt.Sprintf("?%d", i+1)
			}
			fmt.Fprintf(&b, "--   %-4s %-*s  %s\n", ph, width, bd.Name, bd.Type)
		}
	}
	b.WriteString(s.SQL)
	b.WriteString("\n")
	return b.String()
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// specHash is a SHA-256 over the spec files and the snapshots they name, by relative path, so it
// does not depend on where the folder lives.
func specHash(spec *specs.Spec, p *ir.Plan) (string, error) {
	paths := map[string]string{} // relative name -> full path
	for name := range spec.Files {
		rel, _ := filepath.Rel(spec.Dir, name)
		paths[filepath.ToSlash(rel)] = name
	}
	for _, e := range []*ir.Endpoint{p.Source, p.Target} {
		paths[filepath.ToSlash(e.Snapshot)] = snapshotPath(spec, e)
	}
	var rels []string
	for rel := range paths {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	h := sha256.New()
	for _, rel := range rels {
		data, err := os.ReadFile(paths[rel])
		if err != nil {
			return "", fmt.Errorf("hash spec: %w", err)
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(h, "%x %s\n", sum, rel)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// snapshotPath is where an endpoint's snapshot file is (its path is relative to the spec folder).
func snapshotPath(spec *specs.Spec, e *ir.Endpoint) string {
	if filepath.IsAbs(e.Snapshot) {
		return e.Snapshot
	}
	return filepath.Join(spec.Dir, e.Snapshot)
}

// piiSources are the source columns whose values a PII column holds: those its mapping reads, and
// one of its own name (a column copied as it is, or written by a per-dialect override).
func piiSources(st *ir.Step) map[string]bool {
	secret := map[string]bool{}
	for _, mp := range st.Mappings {
		if !mp.PII {
			continue
		}
		secret[mp.Target] = true
		if mp.Expr != nil {
			for _, c := range sqlexpr.Columns(mp.Expr) {
				if c.Table == "" || c.Table == ir.AliasBatch {
					secret[c.Name] = true
				}
			}
		}
	}
	return secret
}
