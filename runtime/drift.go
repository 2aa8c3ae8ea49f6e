package runtime

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/datamove/datamove/dsn"
	"github.com/datamove/datamove/inspect"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
)

// checkDrift compares the live schema of one side with the snapshot the plan was compiled
// against: the same tables, inspected again, must give the same fingerprint. On a difference it
// says what changed, from the snapshot copy inside the plan.
func checkDrift(ctx context.Context, planDir, conn, side string, ep plan.Endpoint) error {
	snapPath := filepath.Join(planDir, "schemas", side+".hcl")
	var want *schema.Database
	if _, err := os.Stat(snapPath); err == nil {
		d, diags := schema.Read(snapPath)
		if diags.HasErrors() {
			return &refusal{msg: fmt.Sprintf("the plan's %s snapshot: %s", side, diags.Error())}
		}
		want = d
	}
	opts := inspect.Options{Schema: ep.Schema}
	if want != nil {
		opts.Tables = want.TableNames()
	}
	live, err := inspect.Inspect(ctx, conn, opts)
	if err != nil {
		if strings.Contains(err.Error(), "no table") || strings.Contains(err.Error(), "does not exist") {
			return &refusal{msg: fmt.Sprintf("the %s schema %s has drifted from the plan: %v", side, ep.Schema, err)}
		}
		return &unreachable{err: dsn.Scrub(fmt.Errorf("inspect the %s (%s): %w", side, dsn.Redact(conn), err), dsn.Password(conn))}
	}
	if live.Fingerprint == ep.Fingerprint {
		return nil
	}
	msg := fmt.Sprintf("the %s schema %s has drifted since the plan was compiled (fingerprint %s, plan %s)", side, ep.Schema,
		short(live.Fingerprint), short(ep.Fingerprint))
	if want != nil {
		if diffs := schema.Diff(want, live); len(diffs) > 0 {
			msg += ":\n  - " + strings.Join(diffs, "\n  - ")
		}
	}
	msg += "\nRe-inspect the schema, recompile and review the plan, or restore the schema."
	return &refusal{msg: msg}
}

func short(fp string) string {
	fp = strings.TrimPrefix(fp, "sha256:")
	if len(fp) > 12 {
		return fp[:12]
	}
	return fp
}
