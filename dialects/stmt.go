package dialects

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Statement is one SQL statement of a plan, ready to be written to a file.
type Statement struct {
	Step    string // the step it belongs to ("" for setup statements)
	Role    string // what it is for: boundary, copy, copy_staged, checksum_source, …
	Side    string // "source" or "target": where it runs
	Dialect string // flavor of the engine it was rendered for
	Summary string // one sentence: what it does
	SQL     string
	Binds   []Bind
}

// Plan-level names of the bookkeeping tables in the target schema.
const (
	CheckpointTable = "datamove_checkpoint"
	AuditTable      = "datamove_audit"
	KeymapPrefix    = "datamove_keymap_"
	RejectPrefix    = "datamove_reject_"
	StagePrefix     = "datamove_stage_"
)

// VerifyHistoryTable, in the target schema, holds one row per verify or reconcile run.
const VerifyHistoryTable = "datamove_verify_history"

// Renderer renders a plan's statements with a source and a target dialect.
type Renderer struct {
	Plan   *ir.Plan
	Source Dialect
	Target Dialect
}

// SameFamily reports whether source and target speak the same SQL, so that one statement on the
// target server can read the source tables directly (the same-server variants).
func (r *Renderer) SameFamily() bool { return r.Source.Name() == r.Target.Name() }

func (r *Renderer) builder(d Dialect) *Builder { return NewBuilder(d, r.Plan.Params) }

func (r *Renderer) tag(b *Builder, step, role string) {
	name := r.Plan.Name + ":" + role
	if step != "" {
		name = r.Plan.Name + ":" + step + "." + role
	}
	b.W("/* datamove ", name, " */").NL()
}

func (r *Renderer) finish(b *Builder, st *ir.Step, role, side, summary string) (Statement, error) {
	step := ""
	if st != nil {
		step = st.Name
	}
	if len(b.Errs) > 0 {
		return Statement{}, fmt.Errorf("step %s, %s statement for %s: %v", step, role, b.D.Flavor(), b.Errs[0])
	}
	return Statement{Step: step, Role: role, Side: side, Dialect: b.D.Flavor(), Summary: summary,
		SQL: b.String(), Binds: b.Binds}, nil
}

// Setup renders the statements every run needs before any step: the session settings of both
// sides and the bookkeeping tables in the target (and the history verify and reconcile append to).
func (r *Renderer) Setup() ([]Statement, error) {
	var out []Statement
	for _, side := range []struct {
		name string
		d    Dialect
	}{{"source", r.Source}, {"target", r.Target}} {
		b := r.builder(side.d)
		r.tag(b, "", "session_"+side.name)
		b.W(side.d.Session())
		s, err := r.finish(b, nil, "session_"+side.name, side.name,
			"Sets what every "+side.name+" session runs with: UTC, UTF-8 and, on MySQL/MariaDB, strict SQL mode so that a value that does not fit is an error, never a truncated row.")
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	type stmt func() (Statement, error)
	for _, f := range []stmt{r.checkpointTable, r.auditTable, r.checkpointLoad, r.checkpointSave, r.checkpointReset,
		r.auditInsert, r.auditFinish, r.sourceNow, r.verifyHistoryTable, r.verifyHistoryInsert, r.verifyHistoryLast} {
		s, err := f()
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Types of the bookkeeping tables' columns and of the binds that fill them.
var (
	typeText = schema.Type{Kind: schema.KindText}
	typeInt  = schema.Type{Kind: schema.KindInt, Bits: 32}
	typeBig  = schema.Type{Kind: schema.KindInt, Bits: 64}
	typeBool = schema.Type{Kind: schema.KindBool}
	typeTime = schema.Type{Kind: schema.KindTimestamp, FSP: 6}
)

func varchar(n int) schema.Type { return schema.Type{Kind: schema.KindText, Length: n} }

// bookColumn is a column of a bookkeeping table and its DDL type.
type bookColumn struct {
	name string
	ddl  schema.Type
}

// typ is the type of the bind that writes the column: text for every varchar (the runtime binds
// strings).
func (c bookColumn) typ() schema.Type {
	if c.ddl.Kind == schema.KindText {
		return typeText
	}
	return c.ddl
}

// checkpointColumns are the checkpoint table's columns; the first four are its key.
var checkpointColumns = []bookColumn{
	{"migration", varchar(128)}, {"step", varchar(128)}, {"params_hash", varchar(128)}, {"part", typeInt},
	{"plan_id", varchar(128)}, {"state", varchar(32)}, {"position", typeText}, {"range_end", typeText},
	{"rows_done", typeBig}, {"rows_skipped", typeBig}, {"rows_rejected", typeBig},
	{"source_fingerprint", varchar(128)}, {"target_fingerprint", varchar(128)},
	{"started_at", typeTime}, {"updated_at", typeTime}, {"finished_at", typeTime}, {"last_error", typeText},
}

const checkpointKey = 4

// auditColumns are the audit table's columns; run_id is its key.
var auditColumns = []bookColumn{
	{"run_id", varchar(64)}, {"migration", varchar(128)}, {"plan_id", varchar(128)}, {"params", typeText},
	{"os_user", varchar(128)}, {"host", varchar(255)}, {"action", varchar(16)},
	{"started_at", typeTime}, {"finished_at", typeTime}, {"rows_moved", typeBig},
	{"outcome", varchar(32)}, {"detail", typeText},
}

// verifyHistoryColumns are the verify history's columns; run_id is its key.
var verifyHistoryColumns = []bookColumn{
	{"run_id", varchar(64)}, {"migration", varchar(128)}, {"plan_id", varchar(128)},
	{"params_hash", varchar(128)}, {"action", varchar(16)}, {"started_at", typeTime},
	{"finished_at", typeTime}, {"verdict", varchar(32)}, {"summary", typeText},
}

func bookColumns(cols []bookColumn) []ir.Column {
	out := make([]ir.Column, len(cols))
	for i, c := range cols {
		out[i] = ir.Column{Name: c.name, Type: c.ddl}
	}
	return out
}

func bookNames(cols []bookColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

// bookPick gives the named columns of cols, in the order named.
func bookPick(cols []bookColumn, names ...string) []bookColumn {
	out := make([]bookColumn, len(names))
	for i, name := range names {
		j := slices.IndexFunc(cols, func(c bookColumn) bool { return c.name == name })
		if j < 0 {
			panic("no bookkeeping column " + name)
		}
		out[i] = cols[j]
	}
	return out
}

// bookBind binds a bookkeeping value under its column's name.
func bookBind(b *Builder, c bookColumn) *Builder { return b.Bind(c.name, c.typ().String(), c.typ()) }

// bookAssign prints name = bind.
func bookAssign(b *Builder, c bookColumn) {
	b.Ident(c.name).W(" = ")
	bookBind(b, c)
}

// bookWhere prints name = bind for each named column, joined by AND.
func bookWhere(b *Builder, cols []bookColumn, names ...string) {
	where := bookPick(cols, names...)
	b.List(len(where), " AND ", func(i int) { bookAssign(b, where[i]) })
}

// bookSelect prints SELECT out FROM t WHERE name = bind for each where column (of cols).
func bookSelect(b *Builder, t ir.TableName, out []string, cols []bookColumn, where ...string) {
	b.W("SELECT ")
	identList(b, out)
	b.NL().W("FROM ").Table(t, "")
	b.NL().W("WHERE ")
	bookWhere(b, cols, where...)
}

// bookInsert prints INSERT INTO t (cols) VALUES (their binds).
func bookInsert(b *Builder, t ir.TableName, cols []bookColumn) {
	b.W("INSERT INTO ").Table(t, "").W(" (")
	identList(b, bookNames(cols))
	b.W(")").NL().W("VALUES (")
	b.Wrapped(len(cols), 90, func(i int) { bookBind(b, cols[i]) })
	b.W(")")
}

// identList prints quoted names separated by commas, wrapped past 90 bytes a line.
func identList(b *Builder, names []string) {
	b.Wrapped(len(names), 90, func(i int) { b.Ident(names[i]) })
}

// bookTable names a bookkeeping table (CheckpointTable, …) in the target schema.
func (r *Renderer) bookTable(name string) ir.TableName {
	return ir.TableName{Schema: r.Plan.Target.Schema, Name: name}
}

func (r *Renderer) checkpointTable() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "checkpoint_table")
	r.Target.CreateTable(b, r.bookTable(CheckpointTable), bookColumns(checkpointColumns), bookNames(checkpointColumns[:checkpointKey]), false)
	return r.finish(b, nil, "checkpoint_table", "target",
		"Creates the checkpoint table: one row per migration, step, parameter set and key-range part, advanced in the same transaction as each batch.")
}

func (r *Renderer) auditTable() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "audit_table")
	r.Target.CreateTable(b, r.bookTable(AuditTable), bookColumns(auditColumns), []string{"run_id"}, false)
	return r.finish(b, nil, "audit_table", "target",
		"Creates the audit table: who ran, resumed or stopped the plan, with which parameters, when, and how it ended.")
}

// CheckpointLoadColumns are the columns checkpoint_load returns, in order.
var CheckpointLoadColumns = []string{"step", "part", "plan_id", "state", "position", "range_end", "rows_done",
	"rows_skipped", "rows_rejected", "source_fingerprint", "target_fingerprint", "started_at", "updated_at",
	"finished_at", "last_error"}

func (r *Renderer) checkpointLoad() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "checkpoint_load")
	bookSelect(b, r.bookTable(CheckpointTable), CheckpointLoadColumns, checkpointColumns, "migration", "params_hash")
	b.NL().W("ORDER BY ").Ident("step").W(", ").Ident("part")
	return r.finish(b, nil, "checkpoint_load", "target",
		"Reads the checkpoints of this migration and parameter set: per step and part, the plan that wrote it, its state, position, range end, counts, fingerprints, times and last error.")
}

func (r *Renderer) checkpointSave() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "checkpoint_save")
	bookInsert(b, r.bookTable(CheckpointTable), checkpointColumns)
	names := bookNames(checkpointColumns)
	r.Target.UpsertRow(b, names[:checkpointKey], names[checkpointKey:])
	return r.finish(b, nil, "checkpoint_save", "target",
		"Saves one checkpoint (migration, step, parameter set, part): inserted the first time, overwritten after; runs in each batch's transaction.")
}

func (r *Renderer) checkpointReset() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "checkpoint_reset")
	b.W("DELETE FROM ").Table(r.bookTable(CheckpointTable), "")
	b.NL().W("WHERE ")
	bookWhere(b, checkpointColumns, "migration", "params_hash")
	return r.finish(b, nil, "checkpoint_reset", "target",
		"Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.")
}

func (r *Renderer) auditInsert() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "audit_insert")
	bookInsert(b, r.bookTable(AuditTable), bookPick(auditColumns,
		"run_id", "migration", "plan_id", "params", "os_user", "host", "action", "started_at"))
	return r.finish(b, nil, "audit_insert", "target",
		"Records a run, resume or stop as it starts: who (os_user, host), which plan, with which parameters (no PII), when.")
}

func (r *Renderer) auditFinish() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "audit_finish")
	b.W("UPDATE ").Table(r.bookTable(AuditTable), "").W(" SET ")
	set := bookPick(auditColumns, "finished_at", "rows_moved", "outcome", "detail")
	b.Wrapped(len(set), 60, func(i int) { bookAssign(b, set[i]) })
	b.NL().W("WHERE ")
	bookWhere(b, auditColumns, "run_id")
	return r.finish(b, nil, "audit_finish", "target", "Records how a run ended: when, rows moved, outcome and detail.")
}

func (r *Renderer) verifyHistoryTable() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "verify_history_table")
	r.Target.CreateTable(b, r.bookTable(VerifyHistoryTable), bookColumns(verifyHistoryColumns), []string{"run_id"}, false)
	return r.finish(b, nil, "verify_history_table", "target",
		"Creates the verify history: one row per verify or reconcile run (or repair), with its plan, parameter set, times, verdict and JSON summary (no PII values).")
}

func (r *Renderer) verifyHistoryInsert() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "verify_history_insert")
	bookInsert(b, r.bookTable(VerifyHistoryTable), verifyHistoryColumns)
	return r.finish(b, nil, "verify_history_insert", "target",
		"Appends a verify, reconcile or repair run to the verify history: which plan and parameter set, when, the verdict and the JSON summary of the report (no PII values).")
}

// VerifyHistoryLastColumns are the columns verify_history_last returns, in order.
var VerifyHistoryLastColumns = []string{"run_id", "plan_id", "action", "finished_at", "verdict"}

func (r *Renderer) verifyHistoryLast() (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, "", "verify_history_last")
	bookSelect(b, r.bookTable(VerifyHistoryTable), VerifyHistoryLastColumns, verifyHistoryColumns, "migration", "params_hash")
	b.NL().W("ORDER BY ").Ident("finished_at").W(" DESC, ").Ident("run_id").W(" DESC")
	b.NL().W("LIMIT 1")
	return r.finish(b, nil, "verify_history_last", "target",
		"Reads the last verify, reconcile or repair run of this migration and parameter set (for datamove status): run id, plan id, action, when it finished, verdict.")
}

func (r *Renderer) sourceNow() (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, "", "source_now")
	b.W("SELECT ")
	r.Source.NowUTC(b)
	b.W(" AS ").Ident("now")
	return r.finish(b, nil, "source_now", "source",
		"Reads the source server's clock in UTC: the safety lag caps batches at this time minus the lag.")
}

// Step renders every statement of one table step.
func (r *Renderer) Step(st *ir.Step) ([]Statement, error) {
	var out []Statement
	add := func(s Statement, err error) error {
		if err != nil {
			return err
		}
		out = append(out, s)
		return nil
	}
	var errs []error
	try := func(s Statement, err error) {
		if e := add(s, err); e != nil {
			errs = append(errs, e)
		}
	}
	if st.Keymap != nil {
		try(r.keymapTable(st))
	}
	if st.Quarantine {
		try(r.rejectTable(st))
	}
	try(r.stageTable(st))
	try(r.stageClear(st))
	try(r.estimate(st))
	try(r.extent(st))
	try(r.boundary(st))
	try(r.batchCount(st))
	try(r.read(st))
	variants := []bool{true}
	if r.SameFamily() {
		variants = []bool{false, true}
	}
	for _, staged := range variants {
		if quarantines(st) {
			try(r.quarantine(st, staged))
		}
		try(r.copy(st, staged))
		if st.Keymap != nil {
			try(r.keymapFill(st, staged))
		}
		if st.SoftMode == "delete" && st.Method != "merge" {
			try(r.softDelete(st, staged))
		}
		if st.Propagate {
			try(r.prune(st, staged))
		}
	}
	try(r.checksumSource(st))
	try(r.checksumTarget(st))
	try(r.countSource(st))
	try(r.countTarget(st))
	try(r.chunkBoundary(st))
	try(r.rowhashSource(st))
	try(r.rowhashTarget(st))
	try(r.rowSource(st))
	try(r.rowTarget(st))
	try(r.sampleKeys(st))
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return out, nil
}

func roleName(role string, staged bool) string {
	if staged {
		return role + "_staged"
	}
	return role
}

// --- pieces -----------------------------------------------------------------------------------

func colRefs(alias string, cols []ir.Column) []func(b *Builder) {
	fs := make([]func(*Builder), len(cols))
	for i, c := range cols {
		name := c.Name
		fs[i] = func(b *Builder) { b.Col(alias, name) }
	}
	return fs
}

// rangePredicate prints "(lo_open OR cols > lo) AND (hi_open OR cols <= hi)" over the given
// column printers; lo and hi values are binds named lo.<col> and hi.<col>.
func rangePredicate(b *Builder, cols []ir.Column, print []func(*Builder)) {
	shiftedRange(b, cols, print, nil)
}

// targetKey gives the printers of the target-side expressions equal to the source key. A key
// stored with an offset is printed as stored, and shift is the offset to add to the source-key
// values it is compared with (t.id > lo + offset rather than t.id - offset > lo), so that the
// engine can still use the target's key index.
func targetKey(st *ir.Step) (print []func(*Builder), shift sqlexpr.Expr) {
	print = make([]func(*Builder), len(st.TargetKey))
	for i, e := range st.TargetKey {
		if d, ok := e.(*sqlexpr.Binary); ok && st.Offset != nil && d.Op == "-" && d.R == st.Offset {
			e, shift = d.L, d.R
		}
		e := e
		print[i] = func(b *Builder) { b.Operand(e) }
	}
	return print, shift
}

// sourceRange prints the condition that a source row's (AliasSource) cols are in (lo, hi].
func sourceRange(b *Builder, cols []ir.Column) {
	rangePredicate(b, cols, colRefs(ir.AliasSource, cols))
}

// targetRange prints the batch's source-key range over the target rows (see targetKey).
func targetRange(b *Builder, st *ir.Step) {
	print, shift := targetKey(st)
	shiftedRange(b, st.SourceKey, print, shift)
}

// targetKeyEqual prints the target-side condition that a row has the source key bound as
// key.<col> (see targetKey).
func targetKeyEqual(b *Builder, st *ir.Step) {
	print, shift := targetKey(st)
	keyEqual(b, st.SourceKey, print, shift)
}

// keyBinds gives the printers of the binds <prefix>.<col>, one per column, each plus shift when
// shift is not nil.
func keyBinds(b *Builder, prefix string, cols []ir.Column, shift sqlexpr.Expr) []func() {
	fs := make([]func(), len(cols))
	for i, c := range cols {
		c := c
		fs[i] = func() {
			if shift == nil {
				b.Bind(prefix+"."+c.Name, c.Type.String(), BindKind(c.Type))
				return
			}
			b.W("(").Bind(prefix+"."+c.Name, c.Type.String(), BindKind(c.Type)).W(" + ").Operand(shift).W(")")
		}
	}
	return fs
}

// keyEqual prints "col = key.<col>" for each key column, joined by AND, over the given column
// printers, with shift (when not nil) added to every bound.
func keyEqual(b *Builder, cols []ir.Column, print []func(*Builder), shift sqlexpr.Expr) {
	binds := keyBinds(b, "key", cols, shift)
	b.List(len(cols), " AND ", func(i int) {
		print[i](b)
		b.W(" = ")
		binds[i]()
	})
}

// shiftedRange is rangePredicate with shift (when not nil) added to every bound.
func shiftedRange(b *Builder, cols []ir.Column, print []func(*Builder), shift sqlexpr.Expr) {
	printers := make([]func(), len(print))
	for i := range print {
		p := print[i]
		printers[i] = func() { p(b) }
	}
	b.W("(").Bind("lo_open", "bool", typeBool).W(" OR ")
	b.D.After(b, printers, keyBinds(b, "lo", cols, shift))
	b.W(")").NL().W("  AND (").Bind("hi_open", "bool", typeBool).W(" OR ")
	b.D.NotAfter(b, printers, keyBinds(b, "hi", cols, shift))
	b.W(")")
}

// subquery prints (body) AS alias, body indented on lines of its own.
func subquery(b *Builder, alias string, body func()) {
	b.W("(")
	b.Indent(func() {
		b.NL()
		body()
	})
	b.NL().W(") AS ").Ident(alias)
}

// raw prints the batch's raw source rows: the source columns the mappings read, the soft-delete
// flag when the step needs one, filtered by the spec's where and by a key range over rangeCols.
func (r *Renderer) raw(b *Builder, st *ir.Step, rangeCols []ir.Column, order bool) {
	r.rawWhere(b, st, func() { sourceRange(b, rangeCols) })
	if order {
		b.NL().W("ORDER BY ").List(len(rangeCols), ", ", func(i int) { b.Col(ir.AliasSource, rangeCols[i].Name) })
	}
}

// rawWhere prints raw source rows (see raw) filtered by the spec's where and by cond, a
// condition over AliasSource.
func (r *Renderer) rawWhere(b *Builder, st *ir.Step, cond func()) {
	b.W("SELECT ")
	b.List(len(st.Raw), ", ", func(i int) { b.Col(ir.AliasSource, st.Raw[i].Name) })
	if st.SoftDeleted != nil {
		b.W(", ").Operand(st.SoftDeleted).W(" AS ").Ident(ir.DeletedCol)
	}
	b.NL().W("FROM ").Table(st.Source, ir.AliasSource)
	b.NL().W("WHERE ")
	if st.Filter != nil {
		b.Operand(st.Filter).NL().W("  AND ")
	}
	cond()
}

// batchFrom prints the FROM clause of a statement that reads one batch: the raw rows as a derived
// table (one server) or the stage table (two servers), then the joins the mappings need.
func (r *Renderer) batchFrom(b *Builder, st *ir.Step, staged bool, rangeCols []ir.Column, joins bool) {
	b.W("FROM ")
	if staged {
		b.Table(stageTable(st), ir.AliasBatch)
	} else {
		subquery(b, ir.AliasBatch, func() { r.raw(b, st, rangeCols, false) })
	}
	for _, j := range st.Joins {
		if !joins {
			break
		}
		b.NL().W("LEFT JOIN ").Table(j.Table, j.Alias).W(" ON ").Expr(j.On)
	}
}

func stageTable(st *ir.Step) ir.TableName {
	return ir.TableName{Name: StagePrefix + st.Target.Name}
}

// value prints a mapping's value for writing: the per-dialect override or the expression.
func value(b *Builder, m *ir.Mapping) {
	if o, ok := m.Overrides[b.D.Name()]; ok {
		b.W("(", o, ")")
		return
	}
	b.D.Assign(b, m.Expr, m.TargetType)
}

// legacyValue prints a mapping's value in source-key space, for checksums.
func legacyValue(b *Builder, m *ir.Mapping) {
	if o, ok := m.Overrides[b.D.Name()]; ok {
		b.W("(", o, ")")
		return
	}
	if m.Legacy != nil {
		b.Expr(m.Legacy)
		return
	}
	b.Expr(m.Expr)
}

func (r *Renderer) keymapTable(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "keymap_table")
	km := st.Keymap
	r.Target.CreateTable(b, km.Table, []ir.Column{
		{Name: ir.KeymapLegacy, Type: km.LegacyType}, {Name: ir.KeymapNew, Type: km.NewType},
	}, []string{ir.KeymapLegacy}, false)
	return r.finish(b, st, "keymap_table", "target", fmt.Sprintf(
		"Creates the key map of %s: each source key (%s) with the new key (%s) the target's own sequence gave it; child tables rewrite their foreign keys through it.",
		st.Target.Name, km.SourceKey, km.TargetPK))
}

// StageColumns are the stage table's columns: the raw columns a batch reads, in the order the
// read statement returns them, then the soft-delete flag when the step needs one.
func StageColumns(st *ir.Step) []ir.Column {
	cols := append([]ir.Column(nil), st.Raw...)
	if st.SoftDeleted != nil {
		cols = append(cols, ir.Column{Name: ir.DeletedCol, Type: typeBool})
	}
	return cols
}

func (r *Renderer) stageTable(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "stage_table")
	r.Target.CreateTable(b, stageTable(st), StageColumns(st), nil, true)
	return r.finish(b, st, "stage_table", "target",
		"Creates the session's stage table that holds one batch of raw source rows when source and target are different servers.")
}

func (r *Renderer) stageClear(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "stage_clear")
	if r.Target.Name() == "mysql" {
		// Not DELETE: InnoDB keeps a temporary table's deleted rows in its pages, so every later
		// batch's clear and copy_staged walk all the batches before it (bench/run measured the
		// clear growing from 40 to 270 ms and the copy from 120 to 450 ms over 20 batches of
		// 50,000 rows; with TRUNCATE both stay flat). TRUNCATE commits implicitly, so the
		// runtime runs it before the batch's transaction.
		b.W("TRUNCATE TABLE ").Table(stageTable(st), "")
		return r.finish(b, st, "stage_clear", "target",
			"Empties the session's stage table before a batch is loaded into it (two servers); it runs before the batch's transaction, as TRUNCATE commits implicitly.")
	}
	b.W("DELETE FROM ").Table(stageTable(st), "")
	return r.finish(b, st, "stage_clear", "target",
		"Empties the session's stage table before a batch is loaded into it (two servers).")
}

// nextBound prints the query for the upper bound of the next range after lo over the columns w
// (a unique key), batch_size rows on, at most hi, with batch_rows, the rows of that range. The
// source rows are those of the spec's filter; verify leaves out the soft-deleted rows of delete
// mode (as checksum_source does); lag applies the step's safety lag.
func nextBound(b *Builder, st *ir.Step, w []ir.Column, verify, lag bool) {
	b.W("SELECT ").List(len(w), ", ", func(i int) { b.Col(ir.AliasBatch, w[i].Name) })
	// The window count is taken before the outer LIMIT: the number of rows in (lo, hi].
	b.W(", COUNT(*) OVER () AS ").Ident("batch_rows")
	b.NL().W("FROM ")
	subquery(b, ir.AliasBatch, func() {
		b.W("SELECT ").List(len(w), ", ", func(i int) { b.Col(ir.AliasSource, w[i].Name) })
		b.NL().W("FROM ").Table(st.Source, ir.AliasSource)
		sourceRangeWhere(b, st, w, verify)
		if lag && st.WatermarkLag != nil {
			// The safety lag: rows newer than the source's clock minus the lag wait for a later batch.
			c := w[0]
			b.NL().W("  AND (").Bind("cap_open", typeBool.String(), typeBool).W(" OR ").Col(ir.AliasSource, c.Name).W(" <= ")
			b.Bind("cap."+c.Name, c.Type.String(), BindKind(c.Type)).W(")")
		}
		b.NL().W("ORDER BY ").List(len(w), ", ", func(i int) { b.Col(ir.AliasSource, w[i].Name) })
		b.NL()
		b.D.Limit(b, func() { b.Bind("batch_size", "number", typeBig) })
	})
	b.NL().W("ORDER BY ").List(len(w), ", ", func(i int) { b.Col(ir.AliasBatch, w[i].Name).W(" DESC") })
	b.NL()
	b.D.Limit(b, func() { b.W("1") })
}

// sourceRangeWhere prints the WHERE of the source rows (AliasSource) of the spec's filter whose
// cols are in (lo, hi], the soft-deleted rows of delete mode left out when soft.
func sourceRangeWhere(b *Builder, st *ir.Step, cols []ir.Column, soft bool) {
	b.NL().W("WHERE ")
	if st.Filter != nil {
		b.Operand(st.Filter).NL().W("  AND ")
	}
	if soft && st.SoftMode == "delete" {
		b.W("NOT ").Operand(st.SoftDeleted).NL().W("  AND ")
	}
	sourceRange(b, cols)
}

func (r *Renderer) boundary(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "boundary")
	w := st.Watermark
	nextBound(b, st, w, false, true)
	summary := fmt.Sprintf(
		"Finds the upper bound of the next batch: the %s of the batch_size-th source row after lo in watermark order, at most hi (the end of a key-range part; hi_open when there is none), with batch_rows, the rows the batch holds. No row: the part is done.",
		names(w))
	if st.WatermarkLag != nil {
		summary += fmt.Sprintf(" Safety lag %s: only rows whose %s is at most cap.%s (the source's clock minus the lag) count; cap_open lifts the cap.",
			Duration(*st.WatermarkLag), w[0].Name, w[0].Name)
	}
	return r.finish(b, st, "boundary", "source", summary)
}

func (r *Renderer) read(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "read")
	r.raw(b, st, st.Watermark, true)
	return r.finish(b, st, "read", "source",
		"Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are different servers.")
}

func names(cols []ir.Column) string {
	ns := make([]string, len(cols))
	for i, c := range cols {
		ns[i] = c.Name
	}
	return "(" + strings.Join(ns, ", ") + ")"
}

// writable lists the mappings an insert writes.
func writable(st *ir.Step) []*ir.Mapping { return st.Mappings }

// updatable lists the mappings an upsert may change: all but the conflict key and the volatile
// values, which keep what the insert wrote.
func updatable(st *ir.Step) []*ir.Mapping {
	var ms []*ir.Mapping
	for _, m := range st.Mappings {
		if !m.Key && !m.Volatile {
			ms = append(ms, m)
		}
	}
	return ms
}

// Checksummed lists the mappings a checksum covers, in the order row_source and row_target
// return their columns: all but the volatile values.
func Checksummed(st *ir.Step) []*ir.Mapping {
	var ms []*ir.Mapping
	for _, m := range st.Mappings {
		if !m.Volatile {
			ms = append(ms, m)
		}
	}
	return ms
}

func (r *Renderer) copy(st *ir.Step, staged bool) (Statement, error) {
	if st.Method == "merge" {
		return r.merge(st, staged)
	}
	role := roleName("copy", staged)
	b := r.builder(r.Target)
	r.tag(b, st.Name, role)
	ms := writable(st)
	b.W("INSERT INTO ").Table(st.Target, "")
	if r.Target.Name() == "postgres" {
		b.W(" AS ").Ident(ir.AliasTarget)
	}
	b.W(" (").List(len(ms), ", ", func(i int) { b.Ident(ms[i].Target) }).W(")")
	if st.OverrideIdentity {
		b.NL().W("OVERRIDING SYSTEM VALUE")
	}
	b.NL().W("SELECT ").List(len(ms), ", ", func(i int) { value(b, ms[i]) })
	b.NL()
	r.batchFrom(b, st, staged, st.Watermark, true)
	var conds []func()
	if st.SoftMode == "delete" {
		conds = append(conds, func() { b.W("NOT ").Col(ir.AliasBatch, ir.DeletedCol) })
	}
	if quarantines(st) {
		conds = append(conds, func() { b.W("NOT "); failing(b, st) }) // soft-deleted rows are out already
	}
	if st.OnConflict == "skip" && r.Target.Name() == "mysql" {
		conds = append(conds, func() { r.notExistsInTarget(b, st) })
	}
	if len(conds) == 0 && r.Target.Name() == "mysql" && st.OnConflict == "update" {
		// MySQL needs a WHERE before ON DUPLICATE KEY when the SELECT ends in a join.
		conds = append(conds, func() { b.W("TRUE") })
	}
	if len(conds) > 0 {
		b.NL().W("WHERE ").List(len(conds), " AND ", func(i int) { conds[i]() })
	}
	r.Target.UpsertTail(b, st, updatable(st))
	src := "the source table"
	if staged {
		src = "the stage table"
	}
	return r.finish(b, st, role, "target", fmt.Sprintf(
		"Copies the batch (lo, hi] from %s into %s, mapped per the spec; %s.%s",
		src, st.Target.Name, conflictWords(st), quarantineWords(st)))
}

func conflictWords(st *ir.Step) string {
	key := "(" + strings.Join(st.ConflictKey, ", ") + ")"
	switch st.OnConflict {
	case "skip":
		return "a row whose " + key + " already exists is kept as it is (skipped, and counted by the runtime)"
	case "error":
		return "a row whose " + key + " already exists is an error"
	}
	return "a row whose " + key + " already exists is updated, only when a value differs"
}

// notExistsInTarget prints NOT EXISTS (a target row with the batch row's conflict key).
func (r *Renderer) notExistsInTarget(b *Builder, st *ir.Step) {
	b.W("NOT EXISTS (SELECT 1 FROM ").Table(st.Target, ir.AliasTarget).W(" WHERE ")
	keys := keyMappings(st)
	b.List(len(keys), " AND ", func(i int) {
		b.Col(ir.AliasTarget, keys[i].Target).W(" = ")
		value(b, keys[i])
	})
	b.W(")")
}

func keyMappings(st *ir.Step) []*ir.Mapping {
	var ks []*ir.Mapping
	for _, k := range st.ConflictKey {
		for _, m := range st.Mappings {
			if m.Target == k {
				ks = append(ks, m)
			}
		}
	}
	return ks
}

func (r *Renderer) merge(st *ir.Step, staged bool) (Statement, error) {
	role := roleName("copy", staged)
	b := r.builder(r.Target)
	r.tag(b, st.Name, role)
	ms := writable(st)
	b.W("MERGE INTO ").Table(st.Target, ir.AliasTarget)
	b.NL().W("USING ")
	subquery(b, ir.AliasMerge, func() {
		b.W("SELECT ").List(len(ms), ", ", func(i int) { value(b, ms[i]); b.W(" AS ").Ident(ms[i].Target) })
		if st.SoftMode == "delete" {
			b.W(", ").Col(ir.AliasBatch, ir.DeletedCol).W(" AS ").Ident(ir.DeletedCol)
		}
		b.NL()
		r.batchFrom(b, st, staged, st.Watermark, true)
		if quarantines(st) {
			// Soft-deleted rows stay in: MERGE deletes them, and a deletion writes no value.
			b.NL().W("WHERE ")
			if st.SoftMode == "delete" {
				b.Col(ir.AliasBatch, ir.DeletedCol).W(" OR ")
			}
			b.W("NOT ")
			failing(b, st)
		}
	})
	b.NL().W("ON ").List(len(st.ConflictKey), " AND ", func(i int) {
		b.Col(ir.AliasTarget, st.ConflictKey[i]).W(" = ").Col(ir.AliasMerge, st.ConflictKey[i])
	})
	if ir.SameColumns(st.Watermark, st.SourceKey) && len(st.TargetKey) > 0 {
		// Bound the target side by the batch's key range too, or the engine scans the whole target.
		b.NL().W("  AND ")
		targetRange(b, st)
	}
	if st.SoftMode == "delete" {
		b.NL().W("WHEN MATCHED AND ").Col(ir.AliasMerge, ir.DeletedCol).W(" THEN DELETE")
	}
	up := updatable(st)
	if st.OnConflict == "update" && len(up) > 0 {
		b.NL().W("WHEN MATCHED AND (")
		b.List(len(up), ", ", func(i int) { b.Col(ir.AliasTarget, up[i].Target) })
		b.W(") IS DISTINCT FROM (")
		b.List(len(up), ", ", func(i int) { b.Col(ir.AliasMerge, up[i].Target) })
		b.W(") THEN UPDATE SET ")
		b.List(len(up), ", ", func(i int) { b.Ident(up[i].Target).W(" = ").Col(ir.AliasMerge, up[i].Target) })
	}
	b.NL().W("WHEN NOT MATCHED")
	if st.SoftMode == "delete" {
		b.W(" AND NOT ").Col(ir.AliasMerge, ir.DeletedCol)
	}
	b.W(" THEN INSERT (").List(len(ms), ", ", func(i int) { b.Ident(ms[i].Target) }).W(")")
	if st.OverrideIdentity {
		b.W(" OVERRIDING SYSTEM VALUE")
	}
	b.W(" VALUES (").List(len(ms), ", ", func(i int) { b.Col(ir.AliasMerge, ms[i].Target) }).W(")")
	src := "the source table"
	if staged {
		src = "the stage table"
	}
	return r.finish(b, st, role, "target", fmt.Sprintf(
		"Merges the batch (lo, hi] from %s into %s (MERGE, bounded to the batch's key range on the target side); %s.%s",
		src, st.Target.Name, conflictWords(st), quarantineWords(st)))
}

// quarantines reports whether a step quarantines rows: quarantine is on and there is a rule to break.
func quarantines(st *ir.Step) bool { return st.Quarantine && len(st.Rules) > 0 }

func quarantineWords(st *ir.Step) string {
	if !quarantines(st) {
		return ""
	}
	return " Rows the quarantine statement puts in " + st.RejectTable.Name + " (they break a rule of the target) are left out."
}

// rulePred prints a quarantine rule's condition: true when the row breaks it, never NULL.
func rulePred(b *Builder, q *ir.Rule) {
	if q.Mapping != nil {
		if o, ok := q.Mapping.Overrides[b.D.Name()]; ok {
			b.W("(", o, ") IS NULL")
			return
		}
	}
	b.Operand(q.Pred)
}

// failing prints whether a batch row breaks any rule: (rule OR rule …), one rule a line, never
// NULL.
func failing(b *Builder, st *ir.Step) {
	if len(st.Rules) == 1 {
		rulePred(b, st.Rules[0])
		return
	}
	b.W("(")
	b.Indent(func() {
		b.Indent(func() {
			for i, q := range st.Rules {
				b.NL()
				if i > 0 {
					b.W("OR ")
				}
				rulePred(b, q)
			}
		})
	})
	b.W(")")
}

// rejected prints whether the quarantine takes a batch row: it breaks a rule and is written at
// all (a row soft-deleted under delete mode is not). Exactly the rows the copy leaves out.
func rejected(b *Builder, st *ir.Step) {
	if st.SoftMode == "delete" {
		b.W("(NOT ").Col(ir.AliasBatch, ir.DeletedCol).W(" AND ")
		failing(b, st)
		b.W(")")
		return
	}
	failing(b, st)
}

func (r *Renderer) rejectTable(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "reject_table")
	r.Target.CreateTable(b, st.RejectTable, []ir.Column{
		{Name: "id", Type: typeBig, Identity: true}, {Name: "step", Type: varchar(128)},
		{Name: "source_key", Type: typeText}, {Name: "reason", Type: typeText}, {Name: "rejected_at", Type: typeTime},
	}, []string{"id"}, false)
	return r.finish(b, st, "reject_table", "target", fmt.Sprintf(
		"Creates the reject table of %s: one row per source row the target would refuse, with the source key (a JSON array), the reason and the time; no other value of the row.",
		st.Target.Name))
}

func (r *Renderer) quarantine(st *ir.Step, staged bool) (Statement, error) {
	role := roleName("quarantine", staged)
	b := r.builder(r.Target)
	r.tag(b, st.Name, role)
	b.W("INSERT INTO ").Table(st.RejectTable, "").W(" (").Ident("step").W(", ").Ident("source_key").W(", ").
		Ident("reason").W(", ").Ident("rejected_at").W(")")
	b.NL().W("SELECT ").Str(st.Name).W(", ")
	b.D.JSONArray(b, func() { sourceKeys(b, st) })
	b.W(",").NL().W("  CONCAT_WS(").Str("; ").W(",")
	b.Indent(func() {
		b.Indent(func() {
			b.List(len(st.Rules), ",", func(i int) {
				b.NL().W("CASE WHEN ")
				rulePred(b, st.Rules[i])
				b.W(" THEN ").Str(st.Rules[i].Reason).W(" END")
			})
		})
	})
	b.W("),").NL().W("  ")
	b.D.NowUTC(b)
	b.NL()
	r.batchFrom(b, st, staged, st.Watermark, true)
	b.NL().W("WHERE ")
	rejected(b, st)
	src := "source"
	if staged {
		src = "stage"
	}
	reasons := make([]string, len(st.Rules))
	for i, q := range st.Rules {
		reasons[i] = q.Reason
	}
	return r.finish(b, st, role, "target", fmt.Sprintf(
		"Quarantines the batch (lo, hi]: each %s row that %s would refuse goes into %s with its source key and every reason it breaks (%s); the copy leaves these rows out. Runs before the copy, in the same transaction.",
		src, st.Target.Name, st.RejectTable.Name, strings.Join(reasons, "; ")))
}

func (r *Renderer) estimate(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "estimate")
	b.D.RowEstimate(b, st.Source)
	return r.finish(b, st, "estimate", "source", fmt.Sprintf(
		"Reads the engine's row estimate of %s from its statistics (NULL or no row: none), for progress before counting.", st.Source.Name))
}

func (r *Renderer) extent(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "extent")
	w := st.Watermark[0].Name
	b.W("SELECT MIN(").Col(ir.AliasSource, w).W(") AS ").Ident("min").W(", MAX(").Col(ir.AliasSource, w).W(") AS ").Ident("max")
	b.NL().W("FROM ").Table(st.Source, ir.AliasSource)
	if st.Filter != nil {
		b.NL().W("WHERE ").Operand(st.Filter)
	}
	return r.finish(b, st, "extent", "source", fmt.Sprintf(
		"Finds the smallest and largest %s of the rows this step reads (the spec's filter applied), for the progress estimate.", w))
}

func (r *Renderer) batchCount(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "batch_count")
	b.W("SELECT COUNT(*) AS ").Ident("row_count").NL().W("FROM ").Table(st.Source, ir.AliasSource)
	sourceRangeWhere(b, st, st.Watermark, true)
	return r.finish(b, st, "batch_count", "source",
		"Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as count_source), so that rows an existing target row kept (skipped) or the quarantine took can be counted.")
}

func (r *Renderer) keymapFill(st *ir.Step, staged bool) (Statement, error) {
	role := roleName("keymap_fill", staged)
	b := r.builder(r.Target)
	r.tag(b, st.Name, role)
	km := st.Keymap
	b.W("INSERT INTO ").Table(km.Table, "").W(" (").Ident(ir.KeymapLegacy).W(", ").Ident(ir.KeymapNew).W(")")
	b.NL().W("SELECT ").Col(ir.AliasTarget, km.Legacy).W(", ").Col(ir.AliasTarget, km.TargetPK)
	b.NL().W("FROM ").Table(st.Target, ir.AliasTarget)
	b.NL().W("WHERE ").Col(ir.AliasTarget, km.Legacy).W(" IN (")
	b.Indent(func() {
		b.NL().W("SELECT ").Col(ir.AliasBatch, km.SourceKey).NL()
		r.batchFrom(b, st, staged, st.Watermark, false)
	})
	b.NL().W(")")
	b.NL().W("  AND NOT EXISTS (SELECT 1 FROM ").Table(km.Table, "k").W(" WHERE ").
		Col("k", ir.KeymapLegacy).W(" = ").Col(ir.AliasTarget, km.Legacy).
		W(" AND ").Col("k", ir.KeymapNew).W(" = ").Col(ir.AliasTarget, km.TargetPK).W(")")
	// A target row deleted and copied again (a repair, a re-run) has a new key: its stale entry
	// is overwritten, or children would be remapped to a row that is gone.
	r.Target.UpsertRow(b, []string{ir.KeymapLegacy}, []string{ir.KeymapNew})
	return r.finish(b, st, role, "target", fmt.Sprintf(
		"Records in the key map the new %s of every row of the batch whose entry is missing or stale (the row was copied again), read back through %s.",
		km.TargetPK, km.Legacy))
}

// deleteFrom prints the start of a single-table DELETE with an alias.
func deleteFrom(b *Builder, t ir.TableName) {
	if b.D.Name() == "mysql" {
		b.W("DELETE ").Ident(ir.AliasTarget).W(" FROM ").Table(t, ir.AliasTarget)
		return
	}
	b.W("DELETE FROM ").Table(t, ir.AliasTarget)
}

func (r *Renderer) softDelete(st *ir.Step, staged bool) (Statement, error) {
	role := roleName("soft_delete", staged)
	b := r.builder(r.Target)
	r.tag(b, st.Name, role)
	keys := keyMappings(st)
	deleteFrom(b, st.Target)
	b.NL().W("WHERE (").List(len(keys), ", ", func(i int) { b.Col(ir.AliasTarget, keys[i].Target) }).W(") IN (")
	b.Indent(func() {
		b.NL().W("SELECT ").List(len(keys), ", ", func(i int) { value(b, keys[i]) }).NL()
		r.batchFrom(b, st, staged, st.Watermark, true)
		b.NL().W("WHERE ").Col(ir.AliasBatch, ir.DeletedCol)
	})
	b.NL().W(")")
	return r.finish(b, st, role, "target",
		"Deletes from the target the rows of the batch that the source marks soft-deleted (delete mode \"delete\").")
}

func (r *Renderer) prune(st *ir.Step, staged bool) (Statement, error) {
	role := roleName("prune", staged)
	b := r.builder(r.Target)
	r.tag(b, st.Name, role)
	deleteFrom(b, st.Target)
	b.NL().W("WHERE ").Operand(st.TargetScope)
	b.NL().W("  AND ")
	targetRange(b, st)
	b.NL().W("  AND NOT EXISTS (")
	b.Indent(func() {
		b.NL().W("SELECT 1")
		b.NL()
		r.batchFrom(b, st, staged, st.Watermark, false)
		b.NL().W("WHERE ").List(len(st.SourceKey), " AND ", func(i int) {
			b.Col(ir.AliasBatch, st.SourceKey[i].Name).W(" = ").Operand(st.TargetKey[i])
		})
	})
	b.NL().W(")")
	return r.finish(b, st, role, "target",
		"Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists in the filtered source (hard deletes propagate).")
}

// canonicalText prints the canonical text x of one mapping's value, which val prints (NULL for
// NULL): what each field of the row text is made of.
func canonicalText(b *Builder, m *ir.Mapping, val func(m *ir.Mapping)) {
	b.D.CanonicalText(b, func() { val(m) }, m.TargetType)
}

// canonical prints the field of one mapping's value, which val prints: <length of x>:<x>, x its
// canonical text, or N for NULL. It is the field rowText concatenates, and what row_source and
// row_target return per column, so that a differing row can be traced to the column that differs.
func canonical(b *Builder, m *ir.Mapping, val func(m *ir.Mapping)) {
	b.D.Field(b, func() { canonicalText(b, m, val) })
}

// rowText prints the canonical text of a row of n fields, which field prints (field i of the
// checksummed mappings): each field as <length>:<text>, or N for NULL, separated by |; see
// checksum notes in the plan's mapping document.
func rowText(b *Builder, n int, field func(i int)) {
	parts := make([]func(), 0, 2*n)
	for i := 0; i < n; i++ {
		if i > 0 {
			parts = append(parts, func() { b.Str("|") })
		}
		parts = append(parts, func() { field(i) })
	}
	b.D.Concat(b, parts)
}

// targetValue prints a mapping's value as the target holds it, in source-key space (remapped
// keys translated back through TargetBack, offsets taken off), for checksums.
func targetValue(b *Builder, m *ir.Mapping) {
	if m.TargetExpr != nil {
		b.Expr(m.TargetExpr)
		return
	}
	b.Col(ir.AliasTarget, m.Target)
}

// rowHash prints one 60-bit slice of the row text's MD5 c.row_md5, from hex digit from: the term
// checksumSelect sums and rowhashSelect lists.
func rowHash(b *Builder, from int) {
	b.D.Hash60(b, func() { b.Col("c", "row_md5") }, from)
}

func checksumSelect(b *Builder, body func()) {
	b.W("SELECT COUNT(*) AS ").Ident("row_count").W(",")
	b.NL().W("  COALESCE(SUM(")
	rowHash(b, 1)
	b.W("), 0) AS ").Ident("hash_sum_1").W(",")
	b.NL().W("  COALESCE(SUM(")
	rowHash(b, 16)
	b.W("), 0) AS ").Ident("hash_sum_2")
	b.NL().W("FROM ")
	subquery(b, "c", body)
}

// rowhashSelect prints, per row of body (which selects the key columns and row_md5), the key
// and the two hash slices the checksum sums, ordered by the key.
func rowhashSelect(b *Builder, keys []ir.Column, body func()) {
	b.W("SELECT ").List(len(keys), ", ", func(i int) { b.Col("c", keys[i].Name) }).W(",")
	b.NL().W("  ")
	rowHash(b, 1)
	b.W(" AS ").Ident("hash_1").W(",")
	b.NL().W("  ")
	rowHash(b, 16)
	b.W(" AS ").Ident("hash_2")
	b.NL().W("FROM ")
	subquery(b, "c", body)
	b.NL().W("ORDER BY ").List(len(keys), ", ", func(i int) { b.Col("c", keys[i].Name) })
}

// sourceRows prints the FROM (and WHERE) of the mapped source rows the checksums cover: the raw
// rows of the spec's filter whose source key meets cond (over AliasSource), the soft-deleted rows
// of delete mode left out (the copy deletes them from the target).
func (r *Renderer) sourceRows(b *Builder, st *ir.Step, cond func()) {
	b.W("FROM ")
	subquery(b, ir.AliasBatch, func() { r.rawWhere(b, st, cond) })
	if st.SoftMode == "delete" {
		b.NL().W("WHERE NOT ").Col(ir.AliasBatch, ir.DeletedCol)
	}
}

// targetRows prints the FROM and WHERE of the target rows the checksums cover: the target table
// with the joins that translate remapped keys back, in the step's scope (target_where), meeting
// cond.
func (r *Renderer) targetRows(b *Builder, st *ir.Step, cond func()) {
	b.W("FROM ").Table(st.Target, ir.AliasTarget)
	for _, m := range Checksummed(st) {
		if m.TargetBack != nil {
			b.NL().W("LEFT JOIN ").Table(m.TargetBack.Table, m.TargetBack.Alias).W(" ON ").Expr(m.TargetBack.On)
		}
	}
	b.NL().W("WHERE ")
	if st.TargetScope != nil {
		b.Operand(st.TargetScope).NL().W("  AND ")
	}
	cond()
}

// sourceKeys prints the source key columns of a source row (AliasBatch).
func sourceKeys(b *Builder, st *ir.Step) {
	b.List(len(st.SourceKey), ", ", func(i int) { b.Col(ir.AliasBatch, st.SourceKey[i].Name) })
}

// targetKeys prints the source key of a target row: the target-side expressions, named like the
// source key columns.
func targetKeys(b *Builder, st *ir.Step) {
	b.List(len(st.TargetKey), ", ", func(i int) { b.Expr(st.TargetKey[i]).W(" AS ").Ident(st.SourceKey[i].Name) })
}

// aliasTexts is the subquery of each row's canonical texts under the one that hashes it, when the
// dialect computes them once (TextsOnce).
const aliasTexts = "v"

// textNames names the columns of the canonical texts of a step's checksummed mappings in the
// subquery aliasTexts: text_1, text_2, …, with as many underscores in front as keep them apart
// from the source key's names, which the subquery also holds.
func textNames(st *ir.Step, n int) []string {
	prefix := "text_"
	for clash := true; clash; {
		clash = false
		for _, k := range st.SourceKey {
			if strings.HasPrefix(strings.ToLower(k.Name), prefix) {
				clash = true
				prefix = "_" + prefix
				break
			}
		}
	}
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("%s%d", prefix, i+1)
	}
	return names
}

// hashedRows prints the SELECT of the MD5 of each row's canonical text (row_md5), after the source
// key when keys prints it (keys nil: none), over the rows from prints (FROM and WHERE), in which
// val prints a mapping's value. It ends with the dialect's fence, so that each row's text and MD5
// are computed once, not once per hash slice. When the dialect's TextsOnce, each column's
// canonical text x is computed once too: a fenced subquery (aliasTexts) selects the key and the
// texts, and the fields <length of x>:<x> are built over its columns, rather than evaluating x
// twice per field. Both give the same row text, and so the same MD5 and sums.
func hashedRows(b *Builder, st *ir.Step, keys func(), val func(m *ir.Mapping), from func()) {
	ms := Checksummed(st)
	if !b.D.TextsOnce() || len(ms) == 0 {
		b.W("SELECT ")
		if keys != nil {
			keys()
			b.W(", ")
		}
		b.D.MD5(b, func() { rowText(b, len(ms), func(i int) { canonical(b, ms[i], val) }) })
		b.W(" AS ").Ident("row_md5")
		b.NL()
		from()
		b.NL().W(b.D.Fence())
		return
	}
	names := textNames(st, len(ms))
	b.W("SELECT ")
	if keys != nil {
		b.List(len(st.SourceKey), ", ", func(i int) { b.Col(aliasTexts, st.SourceKey[i].Name) })
		b.W(", ")
	}
	b.D.MD5(b, func() {
		rowText(b, len(ms), func(i int) { b.D.Field(b, func() { b.Col(aliasTexts, names[i]) }) })
	})
	b.W(" AS ").Ident("row_md5")
	b.NL().W("FROM ")
	subquery(b, aliasTexts, func() {
		b.W("SELECT ")
		if keys != nil {
			keys()
			b.W(",")
		}
		for i, m := range ms {
			if i > 0 {
				b.W(",")
			}
			if keys != nil || i > 0 {
				b.NL().W("  ")
			}
			canonicalText(b, m, val)
			b.W(" AS ").Ident(names[i])
		}
		b.NL()
		from()
		b.NL().W(b.D.Fence())
	})
	b.NL().W(b.D.Fence())
}

// sourceRowText prints the SELECT of the MD5 of each mapped source row's canonical text
// (row_md5), after its source key when keys is set, over the rows whose source key is in (lo, hi]
// (see hashedRows).
func (r *Renderer) sourceRowText(b *Builder, st *ir.Step, keys bool) {
	var k func()
	if keys {
		k = func() { sourceKeys(b, st) }
	}
	hashedRows(b, st, k, func(m *ir.Mapping) { legacyValue(b, m) }, func() { r.sourceRows(b, st, func() { sourceRange(b, st.SourceKey) }) })
}

// targetRowText is sourceRowText on the target side, keys translated back to source keys.
func (r *Renderer) targetRowText(b *Builder, st *ir.Step, keys bool) {
	var k func()
	if keys {
		k = func() { targetKeys(b, st) }
	}
	hashedRows(b, st, k, func(m *ir.Mapping) { targetValue(b, m) }, func() { r.targetRows(b, st, func() { targetRange(b, st) }) })
}

func (r *Renderer) checksumSource(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "checksum_source")
	checksumSelect(b, func() { r.sourceRowText(b, st, false) })
	return r.finish(b, st, "checksum_source", "source", fmt.Sprintf(
		"Checksums the mapped source rows with source key %s in (lo, hi]: row count and two sums of 60-bit slices of each row's MD5.",
		names(st.SourceKey)))
}

func (r *Renderer) checksumTarget(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "checksum_target")
	checksumSelect(b, func() { r.targetRowText(b, st, false) })
	return r.finish(b, st, "checksum_target", "target", fmt.Sprintf(
		"Checksums the target rows whose source key %s is in (lo, hi], in the same canonical form as checksum_source, with remapped keys translated back to source keys.",
		names(st.SourceKey)))
}

func (r *Renderer) chunkBoundary(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "chunk_boundary")
	nextBound(b, st, st.SourceKey, true, false)
	soft := ""
	if st.SoftMode == "delete" {
		soft = ", soft-deleted rows left out"
	}
	return r.finish(b, st, "chunk_boundary", "source", fmt.Sprintf(
		"Finds the upper bound of the next verification chunk: the source key %s of the batch_size-th row after lo in key order, at most hi (hi_open when there is none), over the rows checksum_source covers (the spec's filter applied%s), with batch_rows, the rows the chunk holds. No row: the range is done.",
		names(st.SourceKey), soft))
}

func (r *Renderer) rowhashSource(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "rowhash_source")
	rowhashSelect(b, st.SourceKey, func() { r.sourceRowText(b, st, true) })
	return r.finish(b, st, "rowhash_source", "source", fmt.Sprintf(
		"Lists the mapped source rows with source key %s in (lo, hi], ordered by it: each row's key and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of a differing chunk.",
		names(st.SourceKey)))
}

func (r *Renderer) rowhashTarget(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "rowhash_target")
	rowhashSelect(b, st.SourceKey, func() { r.targetRowText(b, st, true) })
	return r.finish(b, st, "rowhash_target", "target", fmt.Sprintf(
		"Lists the target rows whose source key %s is in (lo, hi], ordered by it: each row's source key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums (hash_1, hash_2).",
		names(st.SourceKey)))
}

// canonicalColumns prints, one a line, each checksummed mapping's canonical text named like its
// target column.
func canonicalColumns(b *Builder, st *ir.Step, val func(m *ir.Mapping)) {
	for _, m := range Checksummed(st) {
		b.W(",").NL().W("  ")
		canonical(b, m, val)
		b.W(" AS ").Ident(m.Target)
	}
}

func (r *Renderer) rowSource(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "row_source")
	b.W("SELECT ")
	sourceKeys(b, st)
	canonicalColumns(b, st, func(m *ir.Mapping) { legacyValue(b, m) })
	b.NL()
	r.sourceRows(b, st, func() { keyEqual(b, st.SourceKey, colRefs(ir.AliasSource, st.SourceKey), nil) })
	return r.finish(b, st, "row_source", "source", fmt.Sprintf(
		"Reads the mapped source row with source key %s = key: the key, then per checksummed target column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No row: the source has no such row in the step's scope.",
		names(st.SourceKey)))
}

func (r *Renderer) rowTarget(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "row_target")
	b.W("SELECT ")
	targetKeys(b, st)
	canonicalColumns(b, st, func(m *ir.Mapping) { targetValue(b, m) })
	b.NL()
	r.targetRows(b, st, func() { targetKeyEqual(b, st) })
	return r.finish(b, st, "row_target", "target", fmt.Sprintf(
		"Reads the target row whose source key %s = key (remapped keys translated back): the key, then per checksummed column its canonical text, as row_source gives it for the source. No row: the target has no such row in the step's scope.",
		names(st.SourceKey)))
}

func (r *Renderer) sampleKeys(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "sample_keys")
	k := st.SourceKey
	b.W("SELECT ").List(len(k), ", ", func(i int) { b.Col(ir.AliasSource, k[i].Name) })
	b.NL().W("FROM ").Table(st.Source, ir.AliasSource)
	sourceScope(b, st)
	b.NL().W("ORDER BY ")
	b.D.Random(b)
	b.NL()
	b.D.Limit(b, func() { b.Bind("sample_size", "number", typeBig) })
	return r.finish(b, st, "sample_keys", "source", fmt.Sprintf(
		"Picks sample_size random source keys %s of the rows this step moves (as count_source counts them), for a sample compare with row_source and row_target. It reads every row of the scope to pick them.",
		names(k)))
}

// sourceScope prints the WHERE of the source rows this step moves (none when all): the spec's
// filter, and the soft-deleted rows of delete mode left out.
func sourceScope(b *Builder, st *ir.Step) {
	var conds []func()
	if st.Filter != nil {
		conds = append(conds, func() { b.Operand(st.Filter) })
	}
	if st.SoftMode == "delete" {
		conds = append(conds, func() { b.W("NOT ").Operand(st.SoftDeleted) })
	}
	if len(conds) > 0 {
		b.NL().W("WHERE ").List(len(conds), " AND ", func(i int) { conds[i]() })
	}
}

func (r *Renderer) countSource(st *ir.Step) (Statement, error) {
	b := r.builder(r.Source)
	r.tag(b, st.Name, "count_source")
	b.W("SELECT COUNT(*) AS ").Ident("row_count").NL().W("FROM ").Table(st.Source, ir.AliasSource)
	sourceScope(b, st)
	return r.finish(b, st, "count_source", "source", "Counts the source rows this step moves (the spec's filter applied).")
}

func (r *Renderer) countTarget(st *ir.Step) (Statement, error) {
	b := r.builder(r.Target)
	r.tag(b, st.Name, "count_target")
	b.W("SELECT COUNT(*) AS ").Ident("row_count").NL().W("FROM ").Table(st.Target, ir.AliasTarget)
	summary := "Counts the target rows in the step's scope (target_where)."
	switch {
	case st.TargetScope != nil:
		b.NL().W("WHERE ").Operand(st.TargetScope)
	case st.Keymap != nil:
		b.NL().W("WHERE ").Col(ir.AliasTarget, st.Keymap.Legacy).W(" IS NOT NULL")
		summary = "Counts the target rows that came from a source row (their legacy key is set); give target_where to scope it further."
	default:
		summary = "Counts every row of the target table: the spec gives no target_where, so rows that did not come from this move count too."
	}
	return r.finish(b, st, "count_target", "target", summary)
}

// Query renders an invariant or one side of a query check.
func (r *Renderer) Query(q *ir.Query, role string) (Statement, error) {
	d := r.Target
	if q.Side == "source" {
		d = r.Source
	}
	b := r.builder(d)
	r.tag(b, q.Name, role)
	b.Select(q.Select)
	summary := q.Description
	if summary == "" {
		summary = "Runs the spec's " + q.Name + " query on the " + q.Side + "."
	}
	return r.finish(b, &ir.Step{Name: q.Name}, role, q.Side, summary)
}

// Duration prints a duration as a spec would write it: 36h rather than 36h0m0s.
func Duration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
