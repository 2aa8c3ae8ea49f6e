package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/datamove/datamove/inspect"
	"github.com/datamove/datamove/schema"
)

// dsnEnv names the environment variable that gives the DSN when --dsn is absent, so that a
// password need not appear on the command line or in shell history.
const dsnEnv = "DATAMOVE_DSN"

func newInspect() *cobra.Command {
	var (
		dsn, schemaName, output string
		tables                  []string
	)
	c := &cobra.Command{
		Use:   "inspect --dsn DSN [--schema S] [--table T]... [-o FILE]",
		Short: "Write a schema snapshot of a live database",
		Long: `Inspect connects to a PostgreSQL, MySQL or MariaDB database, reads the structure of one schema
(tables, columns, types, defaults, identity and generated columns, primary and unique keys,
foreign keys) and writes it as an HCL snapshot. Specs are compiled against snapshots, never
against a live database, and "datamove run" compares the snapshot's fingerprint with the
database it runs on. Regenerate a snapshot with this command rather than editing it.

The DSN is --dsn, or the ` + dsnEnv + ` environment variable when --dsn is absent:
  PostgreSQL  postgres://user:pass@host:5432/db?sslmode=disable, or host=… dbname=… user=…
  MySQL       user:pass@tcp(host:3306)/db, or mysql://user:pass@host:3306/db
  MariaDB     the same forms (mariadb://… works too); the server's version decides the dialect

--schema is the PostgreSQL schema (default "public") or the MySQL/MariaDB database (default: the
DSN's database). --table, repeatable, limits the snapshot to those tables. Without -o, or with
-o -, the snapshot goes to standard output; with -o FILE it replaces FILE only once complete.
Messages never show the DSN's password.

` + exitCodesHelp,
		Example: `  datamove inspect --dsn postgres://postgres@127.0.0.1/app --schema public -o schemas/app.hcl
  DATAMOVE_DSN='app:secret@tcp(db:3306)/shop' datamove inspect --table orders --table customers -o schemas/shop.hcl
  datamove inspect --dsn 'host=/var/run/postgresql dbname=app' > app.hcl`,
		Args:                  cobra.NoArgs,
		DisableFlagsInUseLine: true,
		RunE: func(c *cobra.Command, _ []string) error {
			if dsn == "" {
				dsn = os.Getenv(dsnEnv)
			}
			if dsn == "" {
				return &exitError{code: ExitUsage, err: fmt.Errorf("no database to inspect: pass --dsn or set %s (see %s --help)", dsnEnv, c.CommandPath())}
			}
			if _, err := inspect.DialectOf(dsn); err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			d, err := inspect.Inspect(c.Context(), dsn, inspect.Options{Schema: schemaName, Tables: tables})
			if err != nil {
				return &exitError{code: ExitInternal, err: fmt.Errorf("inspect: %w", err)}
			}
			snapshot := schema.Write(d)
			if output == "" || output == "-" {
				if _, err := c.OutOrStdout().Write(snapshot); err != nil {
					return &exitError{code: ExitInternal, err: fmt.Errorf("write snapshot: %w", err)}
				}
				return nil
			}
			if err := writeFileAtomic(output, snapshot); err != nil {
				return &exitError{code: ExitInternal, err: err}
			}
			fmt.Fprintf(c.ErrOrStderr(), "datamove: wrote %s (%d tables of schema %q, %s %s)\n",
				output, len(d.Tables), d.Schema, d.Dialect, d.ServerVersion)
			return nil
		},
	}
	f := c.Flags()
	f.StringVar(&dsn, "dsn", "", "the `DSN` of the database to inspect (default $"+dsnEnv+")")
	f.StringVar(&schemaName, "schema", "", "PostgreSQL schema or MySQL/MariaDB database `NAME` (default \"public\" or the DSN's database)")
	f.StringArrayVar(&tables, "table", nil, "inspect only this `TABLE` (repeatable)")
	f.StringVarP(&output, "output", "o", "", "write the snapshot to `FILE` instead of standard output (\"-\")")
	return c
}

// writeFileAtomic writes data to path through a temporary file in the same directory and a
// rename, creating parent directories, so a failure never leaves a partial file behind.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create directory for %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name()) // best effort: the error that matters is already in err
		}
	}()
	_, werr := tmp.Write(data)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	mode := os.FileMode(0o644) // CreateTemp makes 0600; keep the mode of a file being replaced
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
