// Package ir is the dialect-neutral plan the compiler lowers a spec into and the dialects render:
// tables to move with every reference resolved and every expression typed, in dependency order.
//
// Contract: an ir.Plan is complete and checked. Renderers never report spec errors; a renderer
// that meets something it cannot express in its dialect returns an error naming the step.
// Expressions follow fixed alias conventions (see the Alias constants) so one tree renders in
// every statement that needs it.
package ir

import (
	"time"

	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// Table aliases used by every statement. Mapping expressions refer to the batch's raw source
// columns through AliasBatch; filters refer to the source table through AliasSource; target-side
// expressions (scope filters, checksums) refer to the target table through AliasTarget.
const (
	AliasSource  = "s" // the source table in the raw read
	AliasBatch   = "b" // the raw rows of one batch: a derived table on one server, the stage on two
	AliasTarget  = "t" // the target table
	AliasMerge   = "m" // MERGE's mapped source rows
	DeletedCol   = "dm_deleted"
	KeymapLegacy = "legacy_key"
	KeymapNew    = "new_key"
)

// Plan is a whole migration, lowered.
type Plan struct {
	Name        string
	Description string
	Params      []*Param
	Source      *Endpoint
	Target      *Endpoint
	Steps       []*Step // in dependency order
	Invariants  []*Query
	Checks      []*Check
	Throttles   []*Throttle
}

// Param is a run-time parameter.
type Param struct {
	Name        string
	Type        string // string, number, bool, timestamp
	Description string
	Default     *string
}

// Endpoint is a source or target database as the plan knows it.
type Endpoint struct {
	Name          string
	Dialect       string // postgres, mysql, mariadb
	ServerVersion string
	Schema        string // SQL schema or database holding the tables
	Fingerprint   string
	Snapshot      string // the snapshot path as written in the spec
}

// TableName is a schema-qualified table.
type TableName struct {
	Schema string
	Name   string
}

// Column is a named column with its type.
type Column struct {
	Name string
	Type schema.Type
	// Identity: the table draws the column's values itself (identity, auto-increment); only in
	// DDL of the plan's own tables.
	Identity bool
}

// Join is a LEFT JOIN a mapping needs (a key map of a parent table).
type Join struct {
	Table TableName
	Alias string
	On    sqlexpr.Expr
}

// Mapping computes one target column.
type Mapping struct {
	Target     string
	TargetType schema.Type
	Expr       sqlexpr.Expr      // over AliasBatch columns and Joins' aliases; written to the target
	Overrides  map[string]string // dialect family -> verbatim SQL used instead of Expr
	Legacy     sqlexpr.Expr      // the value in source-key space for checksums (nil: same as Expr)
	TargetBack *Join             // target side: how to translate the stored value back to source-key space
	TargetExpr sqlexpr.Expr      // target side value in source-key space (over AliasTarget and TargetBack)
	PII        bool
	Key        bool // part of the conflict key
	// Volatile marks a value from a non-deterministic function (NOW(), UUID()): it is written when
	// the row is inserted and kept by later upserts (so a re-run changes nothing), and it is left
	// out of checksums, which could never reproduce it from the source.
	Volatile bool
}

// Keymap is the key-map table of a mapping_table step.
type Keymap struct {
	Table      TableName
	LegacyType schema.Type // type of the source key
	NewType    schema.Type // type of the target key
	TargetPK   string      // target column that receives new keys from the target's own sequence
	Legacy     string      // target column that keeps the source key
	SourceKey  string      // source key column
}

// Step moves one source table into one target table.
type Step struct {
	Name             string // the table block's name
	Seq              int    // 1-based position in dependency order
	Source           TableName
	Target           TableName
	Raw              []Column     // source columns a batch reads, in source order
	Filter           sqlexpr.Expr // over AliasSource; includes the soft-delete skip; nil: all rows
	SoftDeleted      sqlexpr.Expr // over AliasSource; set for delete modes flag and delete
	SoftMode         string
	Watermark        []Column // source columns, a unique key
	SourceKey        []Column // the source primary key (checksum chunks)
	Mappings         []*Mapping
	Joins            []*Join
	ConflictKey      []string // target columns
	OnConflict       string   // update, skip, error
	Method           string   // upsert, merge
	KeyStrategy      string
	Keymap           *Keymap
	Offset           sqlexpr.Expr   // offset strategy: added to the source key
	TargetScope      sqlexpr.Expr   // over AliasTarget; nil when the spec gave no target_where
	TargetKey        []sqlexpr.Expr // target-side expressions equal to SourceKey, for ranges on the target
	Propagate        bool
	BatchSize        int
	OverrideIdentity bool // PostgreSQL GENERATED ALWAYS key written explicitly
	DependsOn        []string
	RowCount         bool // a row_count check names this step
	Checksum         bool // a checksum check names this step
	// WatermarkLag, when set, caps every batch's upper bound: the first watermark column (a date
	// or timestamp) must be at most the source's clock minus the lag.
	WatermarkLag *time.Duration
	// Quarantine: batch rows that break a Rule go into RejectTable instead of the target.
	Quarantine  bool
	RejectTable TableName
	Rules       []*Rule
}

// Rule is a quarantine rule: a condition over one batch row (AliasBatch and the step's Joins)
// under which the target would reject the row.
type Rule struct {
	Reason string // what the reject table records: "<column>: <rule>", never a value
	// Pred is true when the row breaks the rule, and never NULL: a NULL would hide the row from
	// both the copy and the quarantine.
	Pred sqlexpr.Expr
	// Mapping is the value a not_null rule tests; a dialect with an override for it tests the
	// override's value instead of Pred.
	Mapping *Mapping
}

// Throttle is a query the runtime polls: while its first column is true, the run pauses.
type Throttle struct {
	Every time.Duration
	Query *Query // its Name is the throttle's
}

// Query is an invariant or one side of a query check.
type Query struct {
	Name        string
	Description string
	Side        string // source or target
	Select      *sqlexpr.Select
}

// Check compares the two sides.
type Check struct {
	Name        string
	Description string
	Kind        string // query, row_count, checksum
	Source      *sqlexpr.Select
	Target      *sqlexpr.Select
	Step        string // row_count and checksum: the step's name
	Tolerance   float64
}

// SameColumns reports whether a and b name the same columns in the same order (a watermark that
// is the key, say).
func SameColumns(a, b []Column) bool {
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
