package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/datamove/datamove/runtime"
)

const verifyExitCodes = `Exit codes:
  0  every check passed
  1  a check failed: rows missing, extra or differing, counts or sums that disagree, an invariant
     that returned rows, a query check outside its tolerance
  2  usage error
  3  a database could not be reached, or another unexpected error
  5  refused before checking: the plan's files are missing or changed, a schema drifted, a
     parameter is wrong
  6  nothing failed, but something could not be verified (an error or a timeout in a check):
     unverifiable never passes`

type verifyFlags struct {
	o                   runtime.VerifyOptions
	report              string
	logFormat, logLevel string
	progress            string
	bars                *bars
}

func (f *verifyFlags) register(c *cobra.Command) {
	fl := c.Flags()
	planFlags(c, &f.o.SourceDSN, &f.o.TargetDSN, &f.o.Params)
	fl.StringArrayVar(&f.o.Tables, "table", nil, "verify only this `TABLE` (a table block's name; repeatable); the invariants and query checks are then not run, and the report says so")
	fl.IntVar(&f.o.ChunkSize, "chunk-size", 50000, "source `rows` per checksum chunk")
	fl.IntVar(&f.o.Recheck, "recheck", 2, "re-check a differing chunk `N` times before it counts (the source may still be written to)")
	fl.DurationVar(&f.o.RecheckDelay, "recheck-delay", 2*time.Second, "wait `duration` between re-checks")
	fl.IntVar(&f.o.Sample, "sample", 100, "random keys per table compared column by column (`N`, 0 to skip)")
	fl.IntVar(&f.o.MaxRows, "max-rows", 50, "differing rows listed per table in the report (`N`)")
	fl.IntVar(&f.o.DrillRows, "drill-rows", 2000, "a differing chunk of more than `N` rows is bisected into smaller chunks before its rows are read")
	fl.DurationVar(&f.o.Timeout, "timeout", 0, "per-query `duration`; a check that runs over is unverifiable (0: none)")
	fl.StringVar(&f.report, "report", "", "write the report as Markdown and JSON into `DIR` (verify-<run>.md and .json)")
	fl.StringVar(&f.logFormat, "log-format", "text", "structured log lines on stderr: `text` or json")
	fl.StringVar(&f.logLevel, "log-level", "info", "`level`: debug, info (every check, re-check and repair, progress), warn, error")
	fl.StringVar(&f.progress, "progress", "auto", "progress bars of the checksum walks: `auto` (on a terminal), always or never; without bars, progress is logged every 10 s")
}

func (f *verifyFlags) prepare(c *cobra.Command, dir string) error {
	f.o.PlanDir = dir
	if err := dsnsFromEnv(&f.o.SourceDSN, &f.o.TargetDSN, true); err != nil {
		return &exitError{code: ExitUsage, err: err}
	}
	log, err := newLogger(c.ErrOrStderr(), f.logFormat, f.logLevel)
	if err != nil {
		return &exitError{code: ExitUsage, err: err}
	}
	f.o.Log, f.o.Out = log, c.OutOrStdout()
	if showBars(f.progress, c.ErrOrStderr()) {
		f.bars = newBars(c.ErrOrStderr())
		f.o.Progress = f.bars
	}
	return nil
}

// verify runs one verification and lets its progress bars finish drawing.
func (f *verifyFlags) verify(ctx context.Context) (*runtime.Report, error) {
	rep, err := runtime.Verify(ctx, f.o)
	if f.bars != nil {
		f.bars.Wait()
		f.bars = newBars(f.bars.out)
		f.o.Progress = f.bars
	}
	return rep, err
}

// writeReport prints the summary and writes the report files.
func (f *verifyFlags) writeReport(c *cobra.Command, rep *runtime.Report) error {
	fmt.Fprint(c.OutOrStdout(), rep.Summary())
	if f.report == "" {
		return nil
	}
	if err := os.MkdirAll(f.report, 0o755); err != nil {
		return &exitError{code: ExitInternal, err: err}
	}
	base := filepath.Join(f.report, "verify-"+rep.RunID)
	if err := writeFileAtomic(base+".md", []byte(rep.Markdown())); err != nil {
		return &exitError{code: ExitInternal, err: err}
	}
	if err := writeFileAtomic(base+".json", rep.JSON()); err != nil {
		return &exitError{code: ExitInternal, err: err}
	}
	fmt.Fprintf(c.OutOrStdout(), "report: %s.md, %s.json\n", base, base)
	return nil
}

func newVerify() *cobra.Command {
	f := &verifyFlags{}
	c := &cobra.Command{
		Use:   "verify PLAN_DIR --source DSN --target DSN [--param name=value]...",
		Short: "Prove a move with counts, chunked checksums, samples, invariants and checks",
		Long: `Verify runs every check of a plan against the live databases and writes a sign-off report:
for every table, row counts on both sides and checksums over key-range chunks with the same
boundaries on both sides (each mapped source row and each target row turned into canonical text,
hashed, summed per chunk); a chunk that differs is re-checked (the source may be in flight), then
drilled down to the rows that are missing in the target, extra in the target, or differ, with the
columns and both values (PII columns as hashes). It also compares random keys column by column,
runs the spec's invariants (rows returned are violations) and query checks (results compared row
by row, numbers within the check's tolerance). Nothing is written but a row in the target's
verification history.

` + verifyExitCodes,
		Example: `  datamove verify store_move.plan --source $SRC --target $DST --param store_id=2 --report reports/
  datamove verify plan/ --param tenant_id=42 --chunk-size 20000 --recheck 3 --timeout 5m
  datamove verify plan/ --param tenant_id=42 --table orders --table order_lines`,
		Args:                  cobra.ExactArgs(1),
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, args []string) error {
			if err := f.prepare(c, args[0]); err != nil {
				return err
			}
			rep, err := f.verify(c.Context())
			if err != nil {
				return runtimeError(err)
			}
			if err := f.writeReport(c, rep); err != nil {
				return err
			}
			if code := runtime.VerifyExitCode(rep, nil); code != 0 {
				return &exitError{code: code, err: fmt.Errorf("verification %s", rep.Verdict), quiet: true}
			}
			return nil
		},
	}
	f.register(c)
	return c
}

func newReconcile() *cobra.Command {
	f := &verifyFlags{}
	var every, span time.Duration
	c := &cobra.Command{
		Use:   "reconcile PLAN_DIR --source DSN --target DSN [--param name=value]... [--every D --for D] [--repair]",
		Short: "Verify again, on a schedule, and repair what drifted",
		Long: `Reconcile runs the same checks as verify, once or every --every for --for (after cutover, say),
appending each run to the target's verification history (and a report per run with --report).
Without --repair it stops at the first run that finds drift, with that run's exit code (1, or 6
when something could not be verified). With --repair it
re-copies the key ranges that differ with the plan's own batch statements and, where the spec
propagates deletes, removes extra target rows; it checks the repaired ranges again, counts the
repairs in the report, and goes on. It ends with exit code 0 when the last run passed, and with
exit code 4 when SIGINT or SIGTERM stops the schedule (a run stopped half-way writes no report).

` + verifyExitCodes,
		Example: `  datamove reconcile store_move.plan --source $SRC --target $DST --param store_id=2 --repair
  datamove reconcile plan/ --param tenant_id=42 --every 1h --for 72h --report reports/`,
		Args:                  cobra.ExactArgs(1),
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, args []string) error {
			if err := f.prepare(c, args[0]); err != nil {
				return err
			}
			if (every > 0) != (span > 0) {
				return &exitError{code: ExitUsage, err: fmt.Errorf("--every and --for go together")}
			}
			f.o.Action = "reconcile"
			if f.o.Repair {
				f.o.Action = "repair"
			}
			ctx, stop := signal.NotifyContext(c.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			deadline := time.Now().Add(span)
			for {
				rep, err := f.verify(ctx)
				if ctx.Err() != nil {
					// Stopped inside a run: its checks were cut short, so it has no verdict to report.
					return &exitError{code: runtime.ExitInterrupted, err: fmt.Errorf("interrupted during a run; it wrote no report")}
				}
				if err != nil {
					return runtimeError(err)
				}
				if err := f.writeReport(c, rep); err != nil {
					return err
				}
				code := runtime.VerifyExitCode(rep, nil)
				if code != 0 && !f.o.Repair {
					return &exitError{code: code, err: fmt.Errorf("drift: %s", rep.Verdict), quiet: true}
				}
				if every == 0 || time.Now().Add(every).After(deadline) {
					if code != 0 {
						return &exitError{code: code, err: fmt.Errorf("still %s after repair", rep.Verdict), quiet: true}
					}
					return nil
				}
				select {
				case <-ctx.Done():
					return &exitError{code: runtime.ExitInterrupted, err: ctx.Err(), quiet: true}
				case <-time.After(every):
				}
			}
		},
	}
	f.register(c)
	c.Flags().BoolVar(&f.o.Repair, "repair", false, "re-copy differing key ranges; delete extra rows where the spec propagates deletes")
	c.Flags().DurationVar(&every, "every", 0, "run again every `duration` (with --for)")
	c.Flags().DurationVar(&span, "for", 0, "keep reconciling for `duration` (with --every)")
	return c
}
