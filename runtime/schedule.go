package runtime

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/datamove/datamove/plan"
)

// part is one key range of a step with its own checkpoint.
type part struct {
	n        int
	lo       Position // last committed position; nil: from the start
	end      Position // the part's last key; nil: open
	rows     int64    // rows moved by earlier runs
	skipped  int64
	rejected int64
	started  time.Time
}

// checkpoint is the part's checkpoint row as it stands, in a state.
func (p *part) checkpoint(st *plan.Step, state string) checkpoint {
	return checkpoint{Step: st.Name, Part: p.n, State: state, Position: encodePosition(p.lo), RangeEnd: encodePosition(p.end),
		Rows: p.rows, Skipped: p.skipped, Rejected: p.rejected, StartedAt: p.started}
}

// plan decides, from the checkpoints, which steps and parts this run does, and what to call it
// in the audit: run, resume, rerun or incremental. It refuses checkpoints written by another
// plan or against other schema fingerprints, unless they are finished (then it starts over).
func (r *runner) plan(ctx context.Context) ([]*work, string, error) {
	cps, err := r.book.load(ctx, nil)
	if err != nil {
		return nil, "", err
	}
	m := r.l.m
	var foreign []string
	ours := map[string][]checkpoint{}
	for _, cp := range cps {
		switch {
		case cp.PlanID != m.PlanID && cp.State != "done":
			foreign = append(foreign, fmt.Sprintf("%s part %d (%s, plan %s)", cp.Step, cp.Part, cp.State, short(cp.PlanID)))
		case cp.PlanID == m.PlanID && (cp.SourceFP != m.Source.Fingerprint || cp.TargetFP != m.Target.Fingerprint):
			foreign = append(foreign, fmt.Sprintf("%s part %d (written against other schema fingerprints)", cp.Step, cp.Part))
		case cp.PlanID == m.PlanID:
			ours[cp.Step] = append(ours[cp.Step], cp)
		}
	}
	if len(foreign) > 0 && !r.opts.Rerun {
		return nil, "", &refusal{msg: fmt.Sprintf("these parameters (hash %s) have unfinished checkpoints of another plan or schema: %s. "+
			"Finish that run with the plan that wrote them, or start over with --rerun.", r.params.Hash[:12], strings.Join(foreign, "; "))}
	}
	action := "run"
	if r.opts.Rerun || len(ours) == 0 && len(cps) > 0 {
		// Start afresh: a rerun, or only finished checkpoints of an earlier plan remain.
		if len(cps) > 0 {
			if err := r.book.reset(ctx); err != nil {
				return nil, "", err
			}
		}
		ours = map[string][]checkpoint{}
		if r.opts.Rerun {
			action = "rerun"
		}
	} else if len(ours) > 0 {
		action = "resume"
		if r.opts.Incremental {
			action = "incremental"
		}
	}
	var todo []*work
	for i := range m.Steps {
		st := &m.Steps[i]
		rows := ours[st.Name]
		sort.Slice(rows, func(a, b int) bool { return rows[a].Part < rows[b].Part })
		w := &work{step: st}
		allDone := len(rows) > 0
		for _, cp := range rows {
			if cp.State != "done" {
				allDone = false
			}
		}
		if allDone && !r.opts.Incremental {
			r.log.Info("step already done", "step", st.Name, "rows", sumRows(rows))
			continue
		}
		for _, cp := range rows {
			if cp.State == "done" && !r.opts.Incremental {
				continue
			}
			lo, err := decodePosition(cp.Position, st.Watermark)
			if err != nil {
				return nil, "", &refusal{msg: fmt.Sprintf("step %s part %d: %v", st.Name, cp.Part, err)}
			}
			end, err := decodePosition(cp.RangeEnd, st.Watermark)
			if err != nil {
				return nil, "", &refusal{msg: fmt.Sprintf("step %s part %d: %v", st.Name, cp.Part, err)}
			}
			w.parts = append(w.parts, &part{n: cp.Part, lo: lo, end: end, rows: cp.Rows, skipped: cp.Skipped,
				rejected: cp.Rejected, started: cp.StartedAt})
		}
		todo = append(todo, w) // no parts yet: the step starts afresh and is split when it starts
	}
	if len(todo) == 0 {
		return nil, "", nil
	}
	return todo, action, nil
}

func sumRows(cps []checkpoint) int64 {
	var n int64
	for _, cp := range cps {
		n += cp.Rows
	}
	return n
}
