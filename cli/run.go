package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"

	"github.com/datamove/datamove/runtime"
)

// Environment variables that give DSNs when the flags are absent, so passwords stay out of
// command lines and shell history.
const (
	sourceDSNEnv = "DATAMOVE_SOURCE_DSN"
	targetDSNEnv = "DATAMOVE_TARGET_DSN"
)

const runExitCodes = `Exit codes:
  0  every step finished, or there was nothing to do
  1  a batch failed (the error names the step, the range, the statement and the database's error;
     the checkpoint stays at the last good batch)
  2  usage error
  3  a database could not be reached, or another unexpected error
  4  interrupted (Ctrl-C, SIGTERM): the batch in flight was finished and recorded; run again to resume
  5  refused before writing: the plan's files are missing or changed, a schema drifted, a parameter
     is wrong, or checkpoints of another plan exist for these parameters`

const statusExitCodes = `Exit codes:
  0  the status was shown
  2  usage error
  3  the target could not be reached, or another unexpected error
  5  refused: the plan's files are missing or changed, or a parameter is wrong`

func newRun() *cobra.Command {
	var (
		o                             runtime.Options
		logFormat, logLevel, progress string
	)
	c := &cobra.Command{
		Use:   "run PLAN_DIR --source DSN --target DSN [--param name=value]...",
		Short: "Execute a compiled plan in batches, restartable at any instant",
		Long: `Run executes the plan that was reviewed: it verifies every file against plan.json, checks the
parameters against their declared types, compares the live source and target schemas with the
plan's fingerprints, and only then moves rows, batch by batch over keyset ranges. Each batch and
its checkpoint commit in one target transaction, so a crash, kill or lost connection loses and
duplicates nothing: run the same command again and it resumes after the last committed batch.

When source and target are one server (the same PostgreSQL database, or one MySQL/MariaDB server)
a batch is one INSERT…SELECT (or MERGE) run by the engine; otherwise each batch's source rows are
streamed into a stage table on the target (binary COPY on PostgreSQL; LOAD DATA LOCAL INFILE on
MySQL/MariaDB, or multi-row inserts when the server refuses local files) and
the staged statements run from there. Transient errors (serialization failures, deadlocks, lock
timeouts, lost connections) are retried with capped exponential backoff.

Ctrl-C or SIGTERM finishes the batches in flight, records them and exits with code 4; a second
signal aborts at once (the open transactions roll back). Every run, resume and stop is recorded
in the target's audit table with the parameters, the OS user and host, and the rows moved.

DSNs take the engines' usual forms (postgres://… or host=… dbname=…, user:pass@tcp(host:3306)/db or
mysql://…), TLS settings included; they may come from ` + sourceDSNEnv + ` and ` + targetDSNEnv + `.
Passwords never appear in logs, status, the audit table or error messages.

` + runExitCodes,
		Example: `  datamove run store_move.plan --source postgres://postgres@db1/app --target postgres://postgres@db2/app --param store_id=2
  DATAMOVE_SOURCE_DSN=… DATAMOVE_TARGET_DSN=… datamove run plan/ --param tenant_id=42 --parallel 4
  datamove run plan/ --source … --target … --param tenant_id=42 --dry-run
  datamove run plan/ --source … --target … --param tenant_id=42 --max-rate 20000 --batch-duration 2s`,
		Args:                  cobra.ExactArgs(1),
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, args []string) error {
			o.PlanDir = args[0]
			if err := dsnsFromEnv(&o.SourceDSN, &o.TargetDSN, true); err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if o.SameServer != "auto" && o.SameServer != "yes" && o.SameServer != "no" {
				return &exitError{code: ExitUsage, err: fmt.Errorf("--same-server is auto, yes or no, not %q", o.SameServer)}
			}
			if o.Rerun && o.Incremental {
				return &exitError{code: ExitUsage, err: fmt.Errorf("--rerun and --incremental exclude each other")}
			}
			log, err := newLogger(c.ErrOrStderr(), logFormat, logLevel)
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			o.Log, o.Out = log, c.OutOrStdout()
			// The MySQL driver prints connection trouble on its own; route it into the structured log.
			driverLogger.Store(log)
			driverLogOnce.Do(func() { _ = mysql.SetLogger(driverLog{}) })
			if showBars(progress, c.ErrOrStderr()) {
				o.Progress = newBars(c.ErrOrStderr())
			}
			ctx, cancel := context.WithCancel(c.Context())
			defer cancel()
			stop := make(chan struct{})
			o.Stop = stop
			sigs := make(chan os.Signal, 2)
			signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
			defer signal.Stop(sigs)
			go func() {
				n := 0
				for range sigs {
					n++
					if n == 1 {
						close(stop)
						continue
					}
					log.Error("second signal: aborting; open transactions roll back")
					cancel()
				}
			}()
			stopProfile, err := cpuProfile(os.Getenv("DATAMOVE_CPUPROFILE"))
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			sum, err := runtime.Run(ctx, o)
			stopProfile()
			if sum != nil && !sum.NothingToDo && !o.DryRun {
				printSummary(c.OutOrStdout(), sum)
			}
			return runtimeError(err)
		},
	}
	planFlags(c, &o.SourceDSN, &o.TargetDSN, &o.Params)
	f := c.Flags()
	f.BoolVar(&o.DryRun, "dry-run", false, "connect and check everything, print what would run with row and time estimates, write nothing")
	f.BoolVar(&o.Rerun, "rerun", false, "run steps that already finished again, from the start (writes are idempotent upserts)")
	f.BoolVar(&o.Incremental, "incremental", false, "continue finished steps from their last position, picking up rows added since")
	f.IntVar(&o.Parallel, "parallel", 1, "`N` steps or key-range parts at once (independent steps only)")
	f.IntVar(&o.Split, "split", 1, "split each step that starts afresh into `N` key ranges with their own checkpoints")
	f.StringVar(&o.SameServer, "same-server", "auto", "`auto`, yes or no: one INSERT…SELECT per batch, or stream through the stage table")
	f.IntVar(&o.BatchSize, "batch-size", 0, "first batch size in `rows` (default: the plan's)")
	f.Float64Var(&o.MaxRate, "max-rate", 0, "ceiling in `rows/s` over the whole run (0: none)")
	f.DurationVar(&o.BatchDuration, "batch-duration", 0, "target `duration` of a batch; the batch size adapts (0: fixed size)")
	f.IntVar(&o.Retries, "retries", 8, "`attempts` for a transient error before the run stops")
	f.StringVar(&logFormat, "log-format", "text", "structured log lines on stderr: `text` or json")
	f.StringVar(&logLevel, "log-level", "info", "`level`: debug (every batch), info, warn, error")
	f.StringVar(&progress, "progress", "auto", "progress bars: `auto` (on a terminal), always or never")
	return c
}

func newStatus() *cobra.Command {
	var o runtime.StatusOptions
	c := &cobra.Command{
		Use:   "status PLAN_DIR --target DSN [--param name=value]...",
		Short: "Show where each step of a plan stands for one set of parameters",
		Long: `Status reads the checkpoints a run keeps in the target and prints, for each step and key-range
part: state, rows done, rows skipped and quarantined, the watermark position, the rate, when it
started and finished, and the last error; then the verdict of the last verify, reconcile or
repair of that parameter set, from the target's verification history. Checkpoints are per
parameter set: give the same --param values as the run.

` + statusExitCodes,
		Example:               `  datamove status store_move.plan --target postgres://postgres@db2/app --param store_id=2`,
		Args:                  cobra.ExactArgs(1),
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, args []string) error {
			o.PlanDir, o.Out = args[0], c.OutOrStdout()
			var none string
			if err := dsnsFromEnv(&none, &o.TargetDSN, false); err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			return runtimeError(runtime.Status(c.Context(), o))
		},
	}
	planFlags(c, nil, &o.TargetDSN, &o.Params)
	return c
}

// cpuProfile writes a Go CPU profile of the run to path when it is set (DATAMOVE_CPUPROFILE,
// for bench/run and `go tool pprof`); it returns the function that finishes the file.
func cpuProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("DATAMOVE_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("DATAMOVE_CPUPROFILE: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// driverLog turns go-sql-driver/mysql's log lines into debug records (the runtime logs the
// errors that matter itself, with their step and range).
// The driver's logger is process-wide: it is set once and writes to the latest run's log.
type driverLog struct{}

var (
	driverLogger  atomic.Pointer[slog.Logger]
	driverLogOnce sync.Once
)

func (driverLog) Print(v ...any) {
	if l := driverLogger.Load(); l != nil {
		l.Debug("mysql driver", "message", strings.TrimSpace(fmt.Sprint(v...)))
	}
}

// planFlags registers the flags that say where and for whom a plan runs: --source (unless source
// is nil), --target and --param.
func planFlags(c *cobra.Command, source, target *string, params *[]string) {
	f := c.Flags()
	if source != nil {
		f.StringVar(source, "source", "", "source database `DSN` (default $"+sourceDSNEnv+")")
	}
	f.StringVar(target, "target", "", "target database `DSN` (default $"+targetDSNEnv+")")
	f.StringArrayVar(params, "param", nil, "a run-time parameter as `name=value` (repeatable)")
}

// runtimeError gives an error of package runtime its exit code (nil stays nil); Main prints it.
func runtimeError(err error) error {
	if err == nil {
		return nil
	}
	return &exitError{code: runtime.ExitCode(err), err: err}
}

func dsnsFromEnv(source, target *string, needSource bool) error {
	if *source == "" {
		*source = os.Getenv(sourceDSNEnv)
	}
	if *target == "" {
		*target = os.Getenv(targetDSNEnv)
	}
	var missing []string
	if needSource && *source == "" {
		missing = append(missing, "--source (or $"+sourceDSNEnv+")")
	}
	if *target == "" {
		missing = append(missing, "--target (or $"+targetDSNEnv+")")
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %s", strings.Join(missing, " and "))
	}
	return nil
}

func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: use text or json", format)
}

func showBars(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func printSummary(w io.Writer, s *runtime.Summary) {
	fmt.Fprintf(w, "run %s: %d rows in %s", s.RunID, s.RowsMoved, s.Duration.Round(time.Millisecond))
	if s.Skipped > 0 {
		fmt.Fprintf(w, ", %d skipped (conflicts)", s.Skipped)
	}
	if s.Rejected > 0 {
		fmt.Fprintf(w, ", %d quarantined", s.Rejected)
	}
	fmt.Fprintln(w)
	for _, st := range s.Steps {
		rate := 0.0
		if secs := st.Duration.Seconds(); secs > 0 {
			rate = float64(st.Rows) / secs
		}
		fmt.Fprintf(w, "  %-24s %-8s %10d rows %8.0f rows/s %6d batches\n", st.Step, st.State, st.Rows, rate, st.Batches)
	}
}

// bars shows one progress bar per active step: rows, rows/s and an ETA from the measured rate.
type bars struct {
	p   *mpb.Progress
	out io.Writer
}

func newBars(w io.Writer) *bars {
	return &bars{p: mpb.New(mpb.WithOutput(w), mpb.WithRefreshRate(200*time.Millisecond)), out: w}
}

func (b *bars) Start(step string, total int64) runtime.ProgressBar {
	bar := b.p.AddBar(total,
		mpb.PrependDecorators(decor.Name(step, decor.WC{W: 20, C: decor.DindentRight}),
			decor.CountersNoUnit("%d / %d rows", decor.WCSyncWidth)),
		mpb.AppendDecorators(decor.EwmaSpeed(0, "%.0f rows/s", 30, decor.WCSyncSpace),
			decor.Name(" ETA "), decor.EwmaETA(decor.ET_STYLE_GO, 30)),
	)
	return &barHandle{bar: bar, last: time.Now()}
}

func (b *bars) Wait() { b.p.Wait() }

type barHandle struct {
	bar  *mpb.Bar
	last time.Time
}

func (h *barHandle) Add(n int64) {
	now := time.Now()
	h.bar.EwmaIncrInt64(n, now.Sub(h.last))
	h.last = now
}

// SetTotal gives the bar its total once the step's rows are counted.
func (h *barHandle) SetTotal(total int64) { h.bar.SetTotal(total, false) }

func (h *barHandle) Done() {
	if h.bar.Current() < 1 || !h.bar.Completed() {
		h.bar.SetTotal(h.bar.Current(), true)
	}
}
