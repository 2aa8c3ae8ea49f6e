package runtime

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"
)

// assumedRate is the rows per second a dry run assumes for its duration estimate: the same-server
// rate measured by bench/ on a 2-core machine, rounded down. It is a rough guide, said as such.
const assumedRate = 150_000

// dryRun prints what a run would do, with the engines' row estimates, and writes nothing.
func (r *runner) dryRun(ctx context.Context) error {
	w := r.opts.Out
	m := r.l.m
	mode := "one statement per batch on the target server (source and target are one server)"
	if !r.same {
		mode = "source rows streamed into a stage table on the target, then the staged statements"
	}
	fmt.Fprintf(w, "Dry run of plan %s (id %s): nothing is written.\n", m.Migration, m.PlanID[:12])
	fmt.Fprintf(w, "  plan files:  verified against plan.json\n")
	fmt.Fprintf(w, "  parameters:  %s (hash %s)\n", r.params.JSON(), r.params.Hash[:12])
	fmt.Fprintf(w, "  schemas:     source %s and target %s match the plan's fingerprints\n", m.Source.Schema, m.Target.Schema)
	fmt.Fprintf(w, "  batches:     %s\n", mode)
	s, err := r.src.Session(ctx)
	if err != nil {
		return &unreachable{err: err}
	}
	defer s.Close()
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\nstep\tsource → target\tkey strategy\tbatch\test. rows\test. duration\tstatements per batch")
	var total int64
	for i := range m.Steps {
		st := &m.Steps[i]
		est, dur := "unknown", "-"
		if rows, err := r.query(ctx, s, st, "estimate", nil); err == nil && len(rows) > 0 && rows[0][0] != nil {
			n := num(rows[0][0])
			total += n
			est, dur = fmt.Sprint(n), duration(n).String()
		}
		var roles []string
		for _, stmt := range st.Statements {
			if batchRole(stmt.Role, r.same) {
				roles = append(roles, stmt.Role)
			}
		}
		fmt.Fprintf(tw, "%d. %s\t%s → %s\t%s\t%d\t%s\t%s\t%s\n", st.Seq, st.Name, st.Source, st.Target, st.KeyStrategy, st.BatchSize, est, dur, strings.Join(roles, ", "))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nEstimated rows in all: %d (the engines' statistics for whole source tables, before filters); at about %d rows/s that is %s.\n",
		total, assumedRate, duration(total))
	return nil
}

func duration(rows int64) time.Duration {
	return time.Duration(float64(rows) / assumedRate * float64(time.Second)).Round(time.Millisecond)
}

// batchRole reports whether a statement runs for every batch, on one server or through the stage.
func batchRole(role string, same bool) bool {
	switch role {
	case "boundary":
		return true
	case "stage_clear", "read":
		return !same
	}
	base := strings.TrimSuffix(role, "_staged")
	switch base {
	case "quarantine", "copy", "keymap_fill", "soft_delete", "prune":
		return strings.HasSuffix(role, "_staged") == !same
	}
	return false
}
