package runtime

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/user"
	"sort"
	"sync"
	"time"

	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
)

// Options say what to run and how.
type Options struct {
	PlanDir              string
	SourceDSN, TargetDSN string
	Params               []string // name=value

	DryRun      bool // connect and check everything, print what would run, write nothing
	Rerun       bool // finished steps run again from the start (idempotent upserts)
	Incremental bool // finished steps continue from their last position, picking up new rows

	Parallel      int           // steps (and key-range parts) running at once; default 1
	Split         int           // key-range parts per step when it starts afresh; default 1
	SameServer    string        // "auto" (default), "yes" or "no": one statement per batch, or stage
	BatchSize     int           // first batch size; 0: the plan's
	MaxRate       float64       // rows per second ceiling over the whole run; 0: none
	BatchDuration time.Duration // target duration of a batch; the size adapts within [1/16, 16]× the plan's
	Retries       int           // attempts for transient errors; default 8

	Log      *slog.Logger // structured lines; required
	Out      io.Writer    // dry-run report and final summary
	Progress Progress     // bars on a terminal, or nil
	// Stop is closed when the run should stop: the batch in flight finishes and is recorded.
	Stop <-chan struct{}

	// commitCheckpointApart breaks the guarantee on purpose (tests prove they can catch it):
	// each checkpoint is committed in a transaction of its own before its batch's rows
	// (runtime/crash_test.go kills it in between and must find the batch's rows lost).
	commitCheckpointApart bool
}

// Progress shows live progress; the CLI gives bars on a terminal.
type Progress interface {
	Start(step string, total int64) ProgressBar
	Wait()
}

// ProgressBar is one step's bar.
type ProgressBar interface {
	Add(rows int64)
	Done()
}

// Summary is what a run did.
type Summary struct {
	RunID       string
	Steps       []StepSummary
	RowsMoved   int64
	Skipped     int64
	Rejected    int64
	Duration    time.Duration
	NothingToDo bool
}

// StepSummary is what a run did for one step.
type StepSummary struct {
	Step                    string
	Rows, Skipped, Rejected int64
	Batches                 int
	Duration                time.Duration
	State                   string
}

// runner holds one run's state.
type runner struct {
	opts     Options
	l        *loaded
	params   *Params
	src, tgt Engine
	same     bool
	log      *slog.Logger
	runID    string
	base     binds // parameters and checkpoint keys every statement may use
	book     *bookkeeper
	stopOnce sync.Once
	stopped  chan struct{} // closed on Options.Stop or on the first failure
	limiter  *rateLimiter
	throttle *throttler

	mu      sync.Mutex
	summary Summary
	failure error
}

// Run executes a plan; see Options. It returns a Summary even when it fails part way.
func Run(ctx context.Context, opts Options) (*Summary, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Out == nil {
		opts.Out = io.Discard
	}
	opts.Parallel = max(opts.Parallel, 1)
	opts.Split = max(opts.Split, 1)
	if opts.Retries <= 0 {
		opts.Retries = 8
	}
	// Test hook: the crash-safety test proves it catches a runtime that commits the checkpoint
	// apart from its batch. Never set it outside that test.
	opts.commitCheckpointApart = os.Getenv("DATAMOVE_TEST_BREAK_CHECKPOINT") == "commit-apart"
	start := time.Now()

	// Phases 1 and 2: the plan and the parameters, then connections and schema drift.
	r, err := newRunner(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer r.close()
	l, params := r.l, r.params
	if opts.DryRun {
		return nil, r.dryRun(ctx)
	}

	// Phase 3: bookkeeping, checkpoints, audit.
	book, err := newBookkeeper(ctx, r)
	if err != nil {
		return nil, err
	}
	defer book.close()
	r.book = book
	work, action, err := r.plan(ctx)
	if err != nil {
		return nil, err
	}
	if len(work) == 0 {
		fmt.Fprintf(opts.Out, "datamove: plan %s already ran to the end with these parameters; nothing to do (--rerun runs it again, --incremental picks up new rows)\n", l.m.Migration)
		r.log.Info("nothing to do", "params_hash", params.Hash[:12])
		// Recorded all the same: the audit holds every invocation, not only those that moved rows.
		if err := book.auditStart(ctx, "run"); err != nil {
			return nil, err
		}
		if err := book.auditFinish(ctx, "nothing to do", "every step had already finished with these parameters", 0); err != nil {
			return nil, err
		}
		return &Summary{RunID: r.runID, NothingToDo: true}, nil
	}
	if err := book.auditStart(ctx, action); err != nil {
		return nil, err
	}
	r.log.Info("run start", "run_id", r.runID, "action", action, "same_server", r.same, "steps", len(work), "params_hash", params.Hash[:12])

	// Phase 4: the steps, in dependency order, up to Parallel at once.
	r.limiter = newRateLimiter(opts.MaxRate)
	r.throttle = newThrottler(r)
	r.throttle.prime(ctx)
	go r.watchStop()
	tctx, stopThrottle := context.WithCancel(ctx)
	go r.throttle.run(tctx)
	runErr := r.runSteps(ctx, work)
	stopThrottle()
	if opts.Progress != nil {
		opts.Progress.Wait()
	}

	// Phase 5: the audit and the summary.
	r.summary.Duration = time.Since(start)
	outcome, detail := "done", ""
	switch {
	case errors.Is(runErr, ErrInterrupted):
		outcome, detail = "interrupted", "stopped by a signal after the batch in flight"
	case runErr != nil:
		outcome, detail = "failed", runErr.Error()
	}
	if err := book.auditFinish(context.Background(), outcome, detail, r.summary.RowsMoved); err != nil && runErr == nil {
		runErr = err
	}
	r.log.Info("run end", "run_id", r.runID, "outcome", outcome, "rows", r.summary.RowsMoved, "skipped", r.summary.Skipped,
		"rejected", r.summary.Rejected, "duration", r.summary.Duration.Round(time.Millisecond))
	return &r.summary, runErr
}

// newRunner verifies the plan and the parameters (before any connection), then connects to both
// sides and compares their live schemas with the plan's fingerprints.
func newRunner(ctx context.Context, opts Options) (*runner, error) {
	l, err := loadPlan(opts.PlanDir)
	if err != nil {
		return nil, err
	}
	params, err := ParseParams(l.m.Params, opts.Params)
	if err != nil {
		return nil, err
	}
	r := &runner{opts: opts, l: l, params: params, log: opts.Log.With("plan", l.m.Migration, "plan_id", l.m.PlanID[:12]),
		runID: newRunID(), stopped: make(chan struct{})}
	r.summary.RunID = r.runID
	r.base = baseBinds(l.m, params)
	if schema.Family(l.m.Source.Dialect) != schema.Family(l.m.Target.Dialect) {
		return nil, &refusal{msg: fmt.Sprintf("the plan moves %s data into %s; this runtime moves data between servers of one engine family only (the plan itself is fine to review)",
			l.m.Source.Dialect, l.m.Target.Dialect)}
	}
	if err := r.connect(ctx); err != nil {
		return nil, err
	}
	for _, side := range []struct {
		name, conn string
		ep         plan.Endpoint
	}{{"source", opts.SourceDSN, l.m.Source}, {"target", opts.TargetDSN, l.m.Target}} {
		if err := checkDrift(ctx, opts.PlanDir, side.conn, side.name, side.ep); err != nil {
			r.close()
			return nil, err
		}
	}
	return r, nil
}

func (r *runner) close() {
	if r.src != nil {
		r.src.Close()
	}
	if r.tgt != nil {
		r.tgt.Close()
	}
}

func newRunID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

func (r *runner) connect(ctx context.Context) error {
	srcSession, err := r.l.setupSQL("session_source")
	if err != nil {
		return err
	}
	tgtSession, err := r.l.setupSQL("session_target")
	if err != nil {
		return err
	}
	if r.src, err = Connect(ctx, r.opts.SourceDSN, r.l.m.Source.Dialect, srcSession); err != nil {
		return err
	}
	if r.tgt, err = Connect(ctx, r.opts.TargetDSN, r.l.m.Target.Dialect, tgtSession); err != nil {
		r.src.Close()
		return err
	}
	for _, side := range []struct {
		name string
		e    Engine
		want string
	}{{"source", r.src, r.l.m.Source.Dialect}, {"target", r.tgt, r.l.m.Target.Dialect}} {
		if side.e.Flavor() != side.want {
			r.log.Warn("server flavor differs from the plan's", "side", side.name, "plan", side.want, "server", side.e.Flavor())
		}
	}
	switch r.opts.SameServer {
	case "yes":
		r.same = true
	case "no":
		r.same = false
	default:
		r.same = r.src.Place() == r.tgt.Place()
	}
	if r.same && r.src.Place() != r.tgt.Place() {
		return &usageError{errors.New("--same-server=yes, but source and target are different servers (or PostgreSQL databases): one statement cannot read the source")}
	}
	return nil
}

// watchStop turns the caller's stop signal into the run's stop channel.
func (r *runner) watchStop() {
	if r.opts.Stop == nil {
		return
	}
	select {
	case <-r.opts.Stop:
		r.log.Warn("stop requested: finishing the batches in flight")
		r.stop(nil)
	case <-r.stopped:
	}
}

// stop asks every worker to stop after its batch; the first failure is kept.
func (r *runner) stop(failure error) {
	r.mu.Lock()
	if failure != nil && r.failure == nil {
		r.failure = failure
	}
	r.mu.Unlock()
	r.stopOnce.Do(func() { close(r.stopped) })
}

func (r *runner) stopping() bool {
	select {
	case <-r.stopped:
		return true
	default:
		return false
	}
}

// work is one step to run, with the parts it resumes (none: it starts afresh and is split).
type work struct {
	step  *plan.Step
	parts []*part
}

// runSteps runs steps when their dependencies are done, up to Parallel parts at once.
func (r *runner) runSteps(ctx context.Context, todo []*work) error {
	done := map[string]bool{}
	for _, st := range r.l.m.Steps {
		done[st.Name] = true
	}
	for _, w := range todo {
		done[w.step.Name] = false
	}
	slots := make(chan struct{}, r.opts.Parallel)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var wg sync.WaitGroup
	started := map[string]bool{}
	for {
		mu.Lock()
		var ready []*work
		remaining := 0
		for _, w := range todo {
			if started[w.step.Name] {
				continue
			}
			remaining++
			ok := true
			for _, d := range w.step.DependsOn {
				if !done[d] {
					ok = false
				}
			}
			if ok {
				ready = append(ready, w)
			}
		}
		if remaining == 0 || r.stopping() {
			mu.Unlock()
			break
		}
		if len(ready) == 0 {
			cond.Wait()
			mu.Unlock()
			continue
		}
		for _, w := range ready {
			started[w.step.Name] = true
		}
		mu.Unlock()
		for _, w := range ready {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok := r.runStep(ctx, w, slots)
				mu.Lock()
				if ok {
					done[w.step.Name] = true
				}
				cond.Broadcast()
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failure != nil {
		return r.failure
	}
	if r.stopping() {
		return ErrInterrupted
	}
	return nil
}

// runStep runs every part of a step; it reports whether the step finished.
func (r *runner) runStep(ctx context.Context, w *work, slots chan struct{}) bool {
	st := w.step
	began := time.Now()
	log := r.log.With("step", st.Name)
	var bar ProgressBar
	if r.opts.Progress != nil {
		bar = r.opts.Progress.Start(st.Name, 0)
		defer bar.Done()
	} else {
		bar = &counter{}
	}
	// The step's row count, for the progress total, runs alongside the first batches: a full
	// count is a pass over the source as long as a tenth of the move (250 ms of 3 s for 1M rows
	// on MariaDB, measured by bench/run), and the move need not wait for it.
	counted := make(chan struct{})
	cctx, stopCount := context.WithCancel(ctx)
	go func() {
		defer close(counted)
		if total := r.countRows(cctx, st); total > 0 {
			if t, ok := bar.(totaler); ok {
				t.SetTotal(total)
			}
		}
	}()
	defer func() { stopCount(); <-counted }() // before bar.Done
	if err := r.prepare(ctx, st); err != nil {
		r.stop(fmt.Errorf("step %s: %w", st.Name, err))
		return false
	}
	if len(w.parts) == 0 {
		parts, err := r.split(ctx, st)
		if err != nil {
			r.stop(fmt.Errorf("step %s: %w", st.Name, err))
			return false
		}
		w.parts = parts
	}
	log.Info("step start", "parts", len(w.parts), "same_server", r.same)
	stopLog := r.logProgress(st, bar)
	defer stopLog()
	var wg sync.WaitGroup
	results := make([]error, len(w.parts))
	stats := make([]partStats, len(w.parts))
	for i, p := range w.parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			stats[i], results[i] = r.runPart(ctx, st, p, bar)
		}()
	}
	wg.Wait()
	sum := StepSummary{Step: st.Name, Duration: time.Since(began), State: "done"}
	var failed error
	for i, err := range results {
		sum.Rows += stats[i].rows
		sum.Skipped += stats[i].skipped
		sum.Rejected += stats[i].rejected
		sum.Batches += stats[i].batches
		if err != nil && !errors.Is(err, ErrInterrupted) && failed == nil {
			failed = err
		}
		if err != nil {
			sum.State = "stopped"
		}
	}
	if failed != nil {
		sum.State = "failed"
		r.stop(failed)
	}
	r.mu.Lock()
	r.summary.Steps = append(r.summary.Steps, sum)
	order := map[string]int{}
	for _, s := range r.l.m.Steps {
		order[s.Name] = s.Seq
	}
	sort.Slice(r.summary.Steps, func(i, j int) bool { return order[r.summary.Steps[i].Step] < order[r.summary.Steps[j].Step] })
	r.summary.RowsMoved += sum.Rows
	r.summary.Skipped += sum.Skipped
	r.summary.Rejected += sum.Rejected
	r.mu.Unlock()
	rate := 0.0
	if s := sum.Duration.Seconds(); s > 0 {
		rate = float64(sum.Rows) / s
	}
	log.Info("step end", "state", sum.State, "rows", sum.Rows, "skipped", sum.Skipped, "rejected", sum.Rejected,
		"batches", sum.Batches, "rows_per_s", int64(rate), "duration", sum.Duration.Round(time.Millisecond))
	if sum.Skipped > 0 {
		log.Warn("conflicting rows skipped (on_conflict = skip)", "rows", sum.Skipped)
	}
	if sum.Rejected > 0 {
		log.Warn("rows quarantined in the reject table", "rows", sum.Rejected)
	}
	return sum.State == "done"
}

// osIdentity is who runs the plan, for the audit.
func osIdentity() (string, string) {
	name := "unknown"
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	host, err := os.Hostname()
	if err != nil {
		host = "unknown"
	}
	return name, host
}
