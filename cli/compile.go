package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/spf13/cobra"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/specs"
)

func newCompile() *cobra.Command {
	var (
		output  string
		print   bool
		step    string
		dialect string
	)
	c := &cobra.Command{
		Use:   "compile SPEC_DIR (-o PLAN_DIR | --print)",
		Short: "Check a spec and compile it into a reviewable plan",
		Long: `Compile reads every .hcl file directly inside SPEC_DIR as one spec, checks it against the
schema snapshots its source and target blocks name (written by "datamove inspect"), and writes a
plan directory:

  NNN-<step>.NN-<role>.sql  one SQL statement per file, in run order, each starting with a comment
                            that says where it runs, what it does and what it binds
  MAPPING.md                the data mapping for reviewers and auditors: every target column, where
                            it comes from, NULL defaults, type changes, PII, keys and deletes
  schemas/source.hcl, schemas/target.hcl
                            copies of the snapshots the plan was compiled against
  plan.json                 the manifest: format version, plan id, spec hash, schema fingerprints,
                            parameters with their types, the step graph, and the SHA-256 of every file

Compiling the same spec twice gives byte-identical files. Every problem is reported at once as
file:line:col with the line and a sentence on how to fix it; when there is an error nothing is
written. --print shows the SQL on standard output instead of (or as well as) writing files.

` + exitCodesHelp,
		Example: `  datamove compile examples/store_move -o /tmp/store_move.plan
  datamove compile examples/store_move --print
  datamove compile examples/store_move --print --step customer`,
		Args:                  cobra.ExactArgs(1),
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, args []string) error {
			if output == "" && !print {
				return &exitError{code: ExitUsage, err: fmt.Errorf("say where the plan goes: -o PLAN_DIR, or --print to show it (see %s --help)", c.CommandPath())}
			}
			spec, diags := specs.Load(args[0])
			var files = map[string]*hcl.File{}
			if spec != nil {
				files = spec.Files
			}
			if diags.HasErrors() {
				specs.WriteDiagnostics(c.ErrOrStderr(), files, diags)
				return failed("the spec has errors")
			}
			p, cdiags := compiler.Compile(spec, compiler.Options{Dialect: dialect})
			diags = append(diags, cdiags...)
			if len(diags) > 0 {
				specs.WriteDiagnostics(c.ErrOrStderr(), files, diags)
			}
			if diags.HasErrors() {
				return failed("the spec has errors")
			}
			if output != "" {
				if err := p.Write(output); err != nil {
					return &exitError{code: ExitInternal, err: err}
				}
				fmt.Fprintf(c.ErrOrStderr(), "datamove: wrote plan %s to %s: %d steps, %d files, plan id %s\n",
					p.Manifest.Migration, output, len(p.Manifest.Steps), len(p.Manifest.Files)+1, p.Manifest.PlanID[:16])
			}
			if print {
				return printPlan(c.OutOrStdout(), p, step)
			}
			return nil
		},
	}
	f := c.Flags()
	f.StringVarP(&output, "output", "o", "", "write the plan into `PLAN_DIR` (replacing a previous plan there)")
	f.BoolVar(&print, "print", false, "print the plan's SQL on standard output")
	f.StringVar(&step, "step", "", "with --print, only the statements of this `STEP` (a table block's name)")
	f.StringVar(&dialect, "as-dialect", "", "compile as if source and target were this `ENGINE` (postgres, mysql, mariadb), reading the snapshots' types portably")
	_ = f.MarkHidden("as-dialect")
	return c
}

// printPlan writes the plan's SQL files in run order.
func printPlan(w io.Writer, p *plan.Plan, step string) error {
	m := p.Manifest
	var names []string
	if step == "" {
		for _, s := range m.Setup {
			names = append(names, s.File)
		}
	}
	found := step == ""
	for _, st := range m.Steps {
		if step != "" && st.Name != step {
			continue
		}
		found = true
		for _, s := range st.Statements {
			names = append(names, s.File)
		}
	}
	if !found {
		var steps []string
		for _, st := range m.Steps {
			steps = append(steps, st.Name)
		}
		return &exitError{code: ExitUsage, err: fmt.Errorf("no step %q; the steps are %s", step, strings.Join(steps, ", "))}
	}
	if step == "" {
		var rest []string
		for path := range p.Files {
			if strings.HasPrefix(path, "9") && strings.HasSuffix(path, ".sql") {
				rest = append(rest, path)
			}
		}
		sort.Strings(rest)
		names = append(names, rest...)
	}
	for i, n := range names {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "-- ===== %s\n", filepath.ToSlash(n))
		if _, err := w.Write(p.Files[n]); err != nil {
			return err
		}
	}
	return nil
}
