// Package cli is datamove's command line: it parses flags, calls the packages that do the work and
// prints their results. main only calls Main, so tests drive the same code in-process.
package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Exit codes. They are part of the interface: scripts and CI rely on them.
const (
	ExitOK       = 0 // success
	ExitFailed   = 1 // the command ran and found problems (bad spec, unformatted file, failed check)
	ExitUsage    = 2 // the command line itself is wrong (unknown flag, missing argument)
	ExitInternal = 3 // an unexpected error (I/O, database unreachable)
)

// exitError carries an exit code up to Main; its message has already been printed when quiet.
type exitError struct {
	code  int
	err   error
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }

// failed reports that a command ran but found problems it has already printed.
func failed(format string, args ...any) error {
	return &exitError{code: ExitFailed, err: fmt.Errorf(format, args...), quiet: true}
}

// Version is set at build time with -ldflags "-X github.com/datamove/datamove/cli.Version=…".
var Version = "dev"

const exitCodesHelp = `Exit codes:
  0  success
  1  the command ran and found problems (bad spec, unformatted file, failed check)
  2  usage error (unknown command or flag, missing argument)
  3  unexpected error (I/O, database unreachable)
run, status, verify and reconcile add their own (4 interrupted, 5 refused, 6 unverifiable): see
their --help.`

// Main runs datamove with the given arguments and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if !ee.quiet {
			fmt.Fprintln(stderr, "datamove:", ee.err)
		}
		return ee.code
	}
	// cobra reports flag and argument errors without a code of its own.
	fmt.Fprintln(stderr, "datamove:", err)
	return ExitUsage
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "datamove",
		Short: "Compile declarative data-migration specs into reviewable SQL plans",
		Long: `datamove is a SQL-first migration compiler. DBAs describe a data move in HCL specs
(mappings, invariants, checks); "datamove compile" turns them into dialect-specific,
batched SQL that a reviewer reads before anything touches production.

` + exitCodesHelp,
		Example: `  datamove inspect --dsn postgres://postgres@127.0.0.1/app --schema public -o schemas/app.hcl
  datamove compile examples/store_move -o store_move.plan
  datamove compile examples/store_move --print --step customer`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%w (see %s --help)", err, c.CommandPath())
	})
	root.AddCommand(newVersion(), newCompile(), newFmt(), newRun(), newStatus(), newVerify(), newReconcile())
	root.AddCommand(newInspect())
	return root
}

func newVersion() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print datamove's version",
		Example: "  datamove version",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			fmt.Fprintln(c.OutOrStdout(), "datamove", Version)
			return nil
		},
	}
}
