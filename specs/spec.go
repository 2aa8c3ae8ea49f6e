package specs

import (
	"time"

	"github.com/hashicorp/hcl/v2"
)

// Spec is one migration: every block of every file of a spec folder.
type Spec struct {
	Dir        string
	Files      map[string]*hcl.File // by file name, for diagnostics with snippets
	Migration  *Migration
	Params     []*Param
	Sources    []*Endpoint
	Targets    []*Endpoint
	Tables     []*Table
	Invariants []*Invariant
	Checks     []*Check
	Throttles  []*Throttle
}

// Migration names the move.
type Migration struct {
	Name        string
	Description string
	DeclRange   hcl.Range
}

// Param types.
const (
	TypeString    = "string"
	TypeNumber    = "number"
	TypeBool      = "bool"
	TypeTimestamp = "timestamp"
)

// Param is a run-time parameter, bound (never spliced) into every statement that uses it.
type Param struct {
	Name        string
	Type        string
	TypeRange   hcl.Range
	Description string
	Default     *string // the default as text, nil when the parameter is required
	DeclRange   hcl.Range
}

// Endpoint is a source or target database.
type Endpoint struct {
	Role          string // "source" or "target"
	Name          string
	Dialect       string
	DialectRange  hcl.Range
	Snapshot      string // path of the schema snapshot, relative to the spec folder
	SnapshotRange hcl.Range
	Schema        string // SQL schema (PostgreSQL) or database (MySQL); "" means the snapshot's
	SchemaRange   hcl.Range
	DeclRange     hcl.Range
}

// Ref is a reference written as a traversal: legacy.customers, table.customers.
type Ref struct {
	Root      string
	Name      string
	Range     hcl.Range // the whole reference
	NameRange hcl.Range // the name after the dot: where an unknown table is reported
}

// Strings is a list of names with the range of each element.
type Strings struct {
	Values []string
	Ranges []hcl.Range
	Range  hcl.Range // the whole attribute value
}

// Key strategies.
const (
	KeyPreserve     = "preserve"
	KeyMappingTable = "mapping_table"
	KeyOffset       = "offset"
)

// Key says how target keys are made from source keys.
type Key struct {
	Strategy      string
	StrategyRange hcl.Range
	Legacy        *Strings // mapping_table: target columns that keep the source key
	Offset        *SQL     // offset: expression added to the source key (e.g. "@id_offset")
	DeclRange     hcl.Range
}

// Conflict policies.
const (
	ConflictUpdate = "update"
	ConflictSkip   = "skip"
	ConflictError  = "error"
)

// Batch methods.
const (
	MethodUpsert = "upsert"
	MethodMerge  = "merge"
)

// Batch settings.
type Batch struct {
	Size        int
	SizeRange   hcl.Range
	Method      string
	MethodRange hcl.Range
}

// Soft-delete modes.
const (
	SoftSkip   = "skip"
	SoftFlag   = "flag"
	SoftDelete = "delete"
)

// Delete says how source deletions land in the target.
type Delete struct {
	SoftDeleted     *SQL // predicate over the source row, e.g. "deleted_at IS NOT NULL"
	Mode            string
	ModeRange       hcl.Range
	FlagColumn      string
	FlagColumnRange hcl.Range
	Propagate       bool // rows gone from the source are deleted from the target on later passes
	PropagateRange  hcl.Range
	DeclRange       hcl.Range
}

// Table moves one source table into one target table.
type Table struct {
	Name                  string
	DeclRange             hcl.Range
	From                  *Ref
	To                    *Ref
	Where                 *SQL
	TargetWhere           *SQL
	Key                   *Key
	Watermark             *Strings
	Batch                 *Batch
	OnConflict            string
	OnConflictRange       hcl.Range
	ConflictKey           *Strings
	DependsOn             []*Ref
	AllowNondeterministic bool
	Delete                *Delete
	Columns               []*Column
	Ignore                *Strings
	// WatermarkLag keeps the newest rows out of the batches: a row moves once its first watermark
	// column (a date or timestamp) is at least this much older than the source's clock. Nil: no lag.
	WatermarkLag      *time.Duration
	WatermarkLagRange hcl.Range
	// Quarantine: batch rows the target would reject go into a reject table instead of failing the run.
	Quarantine      bool
	QuarantineRange hcl.Range
}

// Column says how one target column is computed.
type Column struct {
	Name      string
	NameRange hcl.Range // the block's label
	DeclRange hcl.Range
	From      string // a plain source column
	FromRange hcl.Range
	SQL       *SQL        // a portable SQL expression
	Default   *SQL        // used when the value is NULL
	Remap     *Ref        // table.<name>: follow that table's key strategy
	PII       bool        // values never appear in logs or reports
	Overrides []*Override // per-dialect escape hatches
}

// Override is a per-dialect SQL expression used verbatim instead of the portable one.
type Override struct {
	Dialect string
	SQL     *SQL
}

// Invariant is a query that returns violating rows; zero rows means it holds.
type Invariant struct {
	Name        string
	Description string
	Side        string // "source" or "target"
	SQL         *SQL
	DeclRange   hcl.Range
}

// Throttle is a query the runtime polls while it runs: while its first column is true, the run
// pauses.
type Throttle struct {
	Name        string
	Description string
	Side        string // "source" or "target"
	SQL         *SQL
	Every       time.Duration // how often the runtime asks
	DeclRange   hcl.Range
}

// DefaultThrottleEvery is how often a throttle query runs when the spec does not say.
const DefaultThrottleEvery = 5 * time.Second

// Check kinds.
const (
	CheckQuery    = "query"     // a source query and a target query whose results must agree
	CheckRowCount = "row_count" // rows moved by a table, counted on both sides
	CheckChecksum = "checksum"  // chunked checksums of a table on both sides
)

// Check is a validation that compares the two sides.
type Check struct {
	Name        string
	Description string
	Kind        string
	Source      *SQL
	Target      *SQL
	Table       *Ref
	Tolerance   float64
	DeclRange   hcl.Range
}
