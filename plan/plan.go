// Package plan is the on-disk form of a compiled plan: a directory of SQL files, a mapping
// document and plan.json, the manifest that pins every file by SHA-256. The compiler writes it;
// the runtime reads and verifies it. It imports nothing of the compiler, so a production host
// runs only what was compiled and reviewed elsewhere.
package plan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// FormatVersion is the version of the plan directory layout and manifest.
const FormatVersion = 1

// ManifestFile is the manifest's file name inside a plan directory.
const ManifestFile = "plan.json"

// Manifest describes a plan directory.
type Manifest struct {
	FormatVersion int         `json:"format_version"`
	PlanID        string      `json:"plan_id"` // sha256 over the files' paths and hashes
	Migration     string      `json:"migration"`
	Description   string      `json:"description,omitempty"`
	SpecHash      string      `json:"spec_hash"` // sha256 over the spec and snapshot files
	Source        Endpoint    `json:"source"`
	Target        Endpoint    `json:"target"`
	Params        []Param     `json:"params"`
	Setup         []Statement `json:"setup"`
	Steps         []Step      `json:"steps"`
	Invariants    []Statement `json:"invariants"`
	Checks        []Check     `json:"checks"`
	Throttles     []Throttle  `json:"throttles"`
	Files         []File      `json:"files"`
}

// Throttle is a query the runtime asks every EverySeconds; while its first column is true, no
// new batch starts.
type Throttle struct {
	Name         string    `json:"name"`
	EverySeconds float64   `json:"every_seconds"`
	Statement    Statement `json:"statement"`
}

// Endpoint is a source or target database.
type Endpoint struct {
	Name          string `json:"name"`
	Dialect       string `json:"dialect"`
	ServerVersion string `json:"server_version"`
	Schema        string `json:"schema"`
	Snapshot      string `json:"snapshot"`
	Fingerprint   string `json:"fingerprint"`
}

// Param is a declared run-time parameter.
type Param struct {
	Name        string  `json:"name"`
	Type        string  `json:"type"`
	Description string  `json:"description,omitempty"`
	Default     *string `json:"default,omitempty"`
}

// Column is a column with its portable type.
type Column struct {
	Name string `json:"name"`
	Type string `json:"type"`
	// PII: a column marked PII is read from this one (watermark and source-key columns), so its
	// values must never be shown: positions and keys print as hashes.
	PII bool `json:"pii,omitempty"`
}

// Bind is one placeholder of a statement, in order.
type Bind struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Statement is one SQL file of the plan.
type Statement struct {
	Role    string `json:"role"`
	File    string `json:"file"`
	Side    string `json:"side"`
	Dialect string `json:"dialect"`
	Binds   []Bind `json:"binds"`
}

// Step moves one table.
type Step struct {
	Name        string   `json:"name"`
	Seq         int      `json:"seq"`
	Source      string   `json:"source_table"`
	Target      string   `json:"target_table"`
	DependsOn   []string `json:"depends_on"`
	KeyStrategy string   `json:"key_strategy"`
	Keymap      string   `json:"keymap_table,omitempty"`
	Watermark   []Column `json:"watermark"`
	SourceKey   []Column `json:"source_key"`
	ConflictKey []string `json:"conflict_key"`
	OnConflict  string   `json:"on_conflict"`
	Method      string   `json:"method"`
	BatchSize   int      `json:"batch_size"`
	SoftDelete  string   `json:"soft_delete,omitempty"`
	Propagate   bool     `json:"propagate_deletes"`
	PII         []string `json:"pii_columns"`
	// WatermarkLagSeconds holds back rows whose first watermark value is newer than the source's
	// clock minus this many seconds (late commits, clock skew); 0: none.
	WatermarkLagSeconds float64 `json:"watermark_lag_seconds,omitempty"`
	// Quarantine: rows the target would reject go to the reject table instead of failing the run.
	Quarantine bool `json:"quarantine,omitempty"`
	// ChecksumColumns are the target columns the checksums cover, in the order row_source and
	// row_target return them after the key.
	ChecksumColumns []string `json:"checksum_columns"`
	// StageColumns are the stage table's columns, in the order the read statement returns them.
	StageColumns []string    `json:"stage_columns"`
	Statements   []Statement `json:"statements"`
}

// Check is a validation comparing both sides.
type Check struct {
	Name      string     `json:"name"`
	Kind      string     `json:"kind"`
	Step      string     `json:"step,omitempty"`
	Tolerance float64    `json:"tolerance,omitempty"`
	Source    *Statement `json:"source,omitempty"`
	Target    *Statement `json:"target,omitempty"`
}

// File pins one file of the plan.
type File struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// Plan is a manifest with the contents of its files, as the compiler makes it.
type Plan struct {
	Manifest *Manifest
	Files    map[string][]byte // by path relative to the plan directory, plan.json excluded
}

// Seal computes the file hashes and the plan id, and returns plan.json's bytes.
func (p *Plan) Seal() []byte {
	paths := make([]string, 0, len(p.Files))
	for path := range p.Files {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	p.Manifest.Files = nil
	id := sha256.New()
	for _, path := range paths {
		sum := sha256.Sum256(p.Files[path])
		h := hex.EncodeToString(sum[:])
		p.Manifest.Files = append(p.Manifest.Files, File{Path: path, SHA256: h})
		fmt.Fprintf(id, "%s %s\n", h, path)
	}
	p.Manifest.FormatVersion = FormatVersion
	p.Manifest.PlanID = hex.EncodeToString(id.Sum(nil))
	b, err := json.MarshalIndent(p.Manifest, "", "  ")
	if err != nil {
		panic(err) // plain structs always marshal
	}
	return append(b, '\n')
}

// Write writes the plan into dir, replacing a previous plan there. The files are written into a
// temporary sibling directory first and swapped in, so a failure never leaves half a plan. A
// non-empty dir that holds no plan.json is refused: it is not ours to delete.
func (p *Plan) Write(dir string) error {
	manifest := p.Seal()
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
			return fmt.Errorf("write plan: %s is not empty and holds no %s; refusing to replace it", dir, ManifestFile)
		}
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	defer os.RemoveAll(tmp)
	for path, data := range p.Files {
		full := filepath.Join(tmp, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return fmt.Errorf("write plan: %w", err)
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			return fmt.Errorf("write plan: %w", err)
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, ManifestFile), manifest, 0o644); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("write plan: %w", err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			_ = os.Rename(old, dir)
		}
		return fmt.Errorf("write plan: %w", err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Read reads plan.json and verifies every file it pins: a changed, missing or extra file is an
// error naming it. The runtime calls it before it connects to anything.
func Read(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, fmt.Errorf("read plan: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read plan: %s: %w", ManifestFile, err)
	}
	if m.FormatVersion != FormatVersion {
		return nil, fmt.Errorf("read plan: format version %d, this datamove reads %d; recompile the plan", m.FormatVersion, FormatVersion)
	}
	var problems []string
	pinned := map[string]bool{ManifestFile: true}
	id := sha256.New()
	for _, f := range m.Files {
		pinned[f.Path] = true
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s is missing", f.Path))
			continue
		}
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != f.SHA256 {
			problems = append(problems, fmt.Sprintf("%s was changed after compile (sha256 differs)", f.Path))
		}
		fmt.Fprintf(id, "%s %s\n", f.SHA256, f.Path)
	}
	if hex.EncodeToString(id.Sum(nil)) != m.PlanID {
		problems = append(problems, "plan.json's file list does not match its plan_id")
	}
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if !pinned[filepath.ToSlash(rel)] {
			problems = append(problems, fmt.Sprintf("%s is not part of the plan", filepath.ToSlash(rel)))
		}
		return nil
	})
	if len(problems) > 0 {
		sort.Strings(problems)
		return nil, errors.New("plan " + dir + " does not match its manifest: " + strings.Join(problems, "; "))
	}
	return &m, nil
}
