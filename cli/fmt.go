package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/spf13/cobra"

	"github.com/datamove/datamove/specs"
)

func newFmt() *cobra.Command {
	var check bool
	c := &cobra.Command{
		Use:   "fmt [--check] [PATH ...]",
		Short: "Rewrite spec files in canonical HCL layout",
		Long: `Fmt rewrites .hcl files in canonical layout: indentation, aligned "=", spacing. A PATH is a file
or a folder (its .hcl files, not sub-folders); the default is the current folder. It prints the
name of every file it changed. With --check it changes nothing and exits 1 if any file is not
formatted, listing them: use that in CI. A file that does not parse is reported, not touched.

` + exitCodesHelp,
		Example: `  datamove fmt examples/store_move
  datamove fmt --check examples/store_move examples/store_move/schemas`,
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			var paths []string
			for _, a := range args {
				st, err := os.Stat(a)
				if err != nil {
					return &exitError{code: ExitUsage, err: err}
				}
				if !st.IsDir() {
					paths = append(paths, a)
					continue
				}
				matches, _ := filepath.Glob(filepath.Join(a, "*.hcl"))
				paths = append(paths, matches...)
			}
			sort.Strings(paths)
			bad := 0
			unformatted := 0
			for _, p := range paths {
				src, err := os.ReadFile(p)
				if err != nil {
					return &exitError{code: ExitInternal, err: err}
				}
				if _, diags := hclwrite.ParseConfig(src, p, hcl.InitialPos); diags.HasErrors() {
					specs.WriteDiagnostics(c.ErrOrStderr(), nil, diags)
					bad++
					continue
				}
				out := specs.Format(src)
				if bytes.Equal(out, src) {
					continue
				}
				unformatted++
				fmt.Fprintln(c.OutOrStdout(), p)
				if check {
					continue
				}
				if err := writeFileAtomic(p, out); err != nil {
					return &exitError{code: ExitInternal, err: err}
				}
			}
			if bad > 0 {
				return failed("%d files do not parse", bad)
			}
			if check && unformatted > 0 {
				fmt.Fprintf(c.ErrOrStderr(), "datamove: %s not formatted; run datamove fmt\n", strings.TrimSpace(specs.Plural(unformatted, "file")))
				return failed("unformatted files")
			}
			return nil
		},
	}
	c.Flags().BoolVar(&check, "check", false, "change nothing; exit 1 when a file is not formatted")
	return c
}
