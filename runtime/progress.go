package runtime

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/datamove/datamove/plan"
)

// countRows counts the rows a step will move (its filter applied), for progress and the ETA; 0
// when the count fails (progress then shows rows and rate without an end).
func (r *runner) countRows(ctx context.Context, st *plan.Step) int64 {
	s, err := r.src.Session(ctx)
	if err != nil {
		return 0
	}
	defer s.Close()
	rows, err := r.query(ctx, s, st, "count_source", nil)
	if err != nil || len(rows) == 0 {
		if ctx.Err() != nil {
			return 0 // the step ended first
		}
		r.log.Warn("could not count the step's rows; progress has no total", "step", st.Name)
		return 0
	}
	return num(rows[0][0])
}

// totaler is a progress bar whose total arrives after it started: the count runs alongside the
// step's first batches.
type totaler interface {
	SetTotal(total int64)
}

// counter is a progress bar without a terminal: it counts, and logProgress reports it.
type counter struct {
	total atomic.Int64
	done  atomic.Int64
}

func (c *counter) Add(n int64)          { c.done.Add(n) }
func (c *counter) Done()                {}
func (c *counter) SetTotal(total int64) { c.total.Store(total) }

// logProgress logs a step's rows, rate and ETA every 10 seconds when there is no terminal.
func (r *runner) logProgress(st *plan.Step, bar ProgressBar) func() {
	c, ok := bar.(*counter)
	if !ok {
		return func() {}
	}
	stop := make(chan struct{})
	start := time.Now()
	go func() {
		t := time.NewTicker(10 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				done := c.done.Load()
				secs := time.Since(start).Seconds()
				rate := float64(done) / secs
				args := []any{"step", st.Name, "rows", done, "rows_per_s", int64(rate)}
				if total := c.total.Load(); total > 0 {
					args = append(args, "total", total)
					if rate > 0 && total > done {
						args = append(args, "eta", (time.Duration(float64(total-done)/rate) * time.Second).Round(time.Second))
					}
				}
				r.log.Info("progress", args...)
			}
		}
	}()
	return func() { close(stop) }
}
