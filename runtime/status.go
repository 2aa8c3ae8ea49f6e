package runtime

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// StatusOptions say whose progress to show.
type StatusOptions struct {
	PlanDir   string
	TargetDSN string
	Params    []string
	Out       io.Writer
}

// Status prints each step's checkpoints for one parameter set: state, rows, position, rate,
// started and finished times, and the last error.
func Status(ctx context.Context, opts StatusOptions) error {
	l, err := loadPlan(opts.PlanDir)
	if err != nil {
		return err
	}
	params, err := ParseParams(l.m.Params, opts.Params)
	if err != nil {
		return err
	}
	session, err := l.setupSQL("session_target")
	if err != nil {
		return err
	}
	tgt, err := Connect(ctx, opts.TargetDSN, l.m.Target.Dialect, session)
	if err != nil {
		return err
	}
	defer tgt.Close()
	s, err := tgt.Session(ctx)
	if err != nil {
		return &unreachable{err: err}
	}
	defer s.Close()
	r := &runner{l: l, params: params, base: baseBinds(l.m, params)}
	b := &bookkeeper{r: r, s: s}
	cps, err := b.load(ctx, nil)
	if err != nil {
		if !noTable(err) {
			return err
		}
		cps = nil // no checkpoint table: the plan never ran here
	}
	byStep := map[string][]checkpoint{}
	for _, cp := range cps {
		byStep[cp.Step] = append(byStep[cp.Step], cp)
	}
	w := opts.Out
	fmt.Fprintf(w, "Plan %s (id %s), parameters %s (hash %s)\n\n", l.m.Migration, l.m.PlanID[:12], params.JSON(), params.Hash[:12])
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "step\tpart\tstate\trows\tskipped\trejected\tposition\trows/s\tstarted\tfinished\tlast error")
	var errs []string // the last errors in full: the table's column is cut to one short line
	for _, st := range l.m.Steps {
		pii := positionIsPII(&st)
		rows := byStep[st.Name]
		sort.Slice(rows, func(i, j int) bool { return rows[i].Part < rows[j].Part })
		if len(rows) == 0 {
			fmt.Fprintf(tw, "%s\t-\tnot started\t0\t0\t0\t-\t-\t-\t-\t\n", st.Name)
			continue
		}
		for _, cp := range rows {
			state := cp.State
			if cp.PlanID != l.m.PlanID {
				state += " (other plan " + short(cp.PlanID) + ")"
			}
			end := cp.UpdatedAt
			finished := "-"
			if cp.FinishedAt != nil {
				end = *cp.FinishedAt
				finished = cp.FinishedAt.UTC().Format(time.DateTime)
			}
			rate := "-"
			if secs := end.Sub(cp.StartedAt).Seconds(); secs > 0 && cp.Rows > 0 {
				rate = fmt.Sprint(int64(float64(cp.Rows) / secs))
			}
			pos := cp.Position
			if pii {
				pos = "(PII)"
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", st.Name, cp.Part, state, cp.Rows, cp.Skipped, cp.Rejected,
				pos, rate, cp.StartedAt.UTC().Format(time.DateTime), finished, oneLine(cp.LastError))
			if cp.LastError != "" && oneLine(cp.LastError) != cp.LastError {
				errs = append(errs, fmt.Sprintf("%s part %d: %s", st.Name, cp.Part, cp.LastError))
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(errs) > 0 {
		fmt.Fprintf(w, "\nLast errors:\n  %s\n", strings.Join(errs, "\n  "))
	}
	if line := lastVerification(ctx, r, s); line != "" {
		fmt.Fprintf(w, "\nLast verification: %s\n", line)
	}
	return nil
}

// lastVerification describes the last verify, reconcile or repair run of the plan's migration and
// parameter set, from the target's verification history: "never" when there is none, "" when the
// plan predates the statement or the history cannot be read.
func lastVerification(ctx context.Context, r *runner, s Session) string {
	st, ok := r.l.setup("verify_history_last")
	if !ok {
		return ""
	}
	args, err := r.base.args(st)
	if err != nil {
		return ""
	}
	rows, err := s.Query(ctx, r.l.sql(st), args)
	switch {
	case noTable(err):
		return "never (no verification history in the target)"
	case err != nil:
		return "unknown: " + oneLine(err.Error())
	case len(rows) == 0:
		return "never"
	}
	row := rows[0]
	line := fmt.Sprintf("%s (%s", strings.ToUpper(str(row[4])), str(row[2]))
	if t, ok := row[3].(time.Time); ok {
		line += ", finished " + t.UTC().Format(time.DateTime) + " UTC"
	}
	line += ", run " + str(row[0]) + ")"
	if str(row[1]) != r.l.m.PlanID {
		line += " — of another plan, " + short(str(row[1])) + ": verify this one"
	}
	return line
}

// noTable reports the error of a statement on a table that does not exist (the plan never ran
// or never verified here).
func noTable(err error) bool { return err != nil && strings.Contains(err.Error(), "exist") }

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		s = s[:117] + "..."
	}
	return s
}
