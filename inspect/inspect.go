package inspect

import (
	"github.com/datamove/datamove/dsn"

	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/agext/levenshtein"

	"github.com/datamove/datamove/schema"
)

// Options narrows what Inspect reads.
type Options struct {
	// Schema is the PostgreSQL schema ("public" when empty) or the MySQL/MariaDB database (the
	// DSN's database when empty) to inspect.
	Schema string
	// Tables restricts the snapshot to these tables; every one must exist. Empty means all.
	Tables []string
}

// Inspect connects to the database dsn points at and returns the structure of one schema, with
// its fingerprint set. The dialect follows from the DSN's form (see DialectOf); for MySQL DSNs it
// is schema.MariaDB when the server says it is MariaDB, schema.MySQL otherwise.
func Inspect(ctx context.Context, conn string, opts Options) (*schema.Database, error) {
	dialect, err := DialectOf(conn)
	if err != nil {
		return nil, err
	}
	var d *schema.Database
	if dialect == schema.Postgres {
		d, err = inspectPostgres(ctx, conn, opts)
	} else {
		d, err = inspectMySQL(ctx, conn, opts)
	}
	if err != nil {
		return nil, dsn.Scrub(err, dsn.Password(conn))
	}
	d.Normalize()
	d.Fingerprint = d.ComputeFingerprint()
	return d, nil
}

// DialectOf tells which engine family a DSN is for; see dsn.Dialect.
func DialectOf(s string) (string, error) { return dsn.Dialect(s) }

// selectTables returns the tables of all (the tables of schemaName) that opts asks for, in order, or an error naming every
// requested table that does not exist, with a suggestion when one is close.
func selectTables(all []string, opts Options, schemaName string) ([]string, error) {
	sort.Strings(all)
	if len(opts.Tables) == 0 {
		return all, nil
	}
	exists := map[string]bool{}
	for _, t := range all {
		exists[t] = true
	}
	var picked, missing []string
	seen := map[string]bool{}
	for _, t := range opts.Tables {
		switch {
		case seen[t]:
		case !exists[t]:
			msg := fmt.Sprintf("%q", t)
			if s := suggest(t, all); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			missing = append(missing, msg)
		default:
			picked = append(picked, t)
		}
		seen[t] = true
	}
	if len(missing) > 0 {
		noun := "table"
		if len(missing) > 1 {
			noun = "tables"
		}
		return nil, fmt.Errorf("no %s %s in schema %q", noun, strings.Join(missing, ", "), schemaName)
	}
	sort.Strings(picked)
	return picked, nil
}

// suggest returns the candidate closest to name when it is plausibly a typo of it.
func suggest(name string, candidates []string) string {
	best, bestDist := "", 3 // hcl's did-you-mean threshold
	for _, c := range candidates {
		if strings.EqualFold(c, name) {
			return c
		}
		if d := levenshtein.Distance(name, c, nil); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// lowerOutsideQuotes lowercases a type spelling but not the quoted values in it, so
// "ENUM('A','b')" becomes "enum('A','b')".
func lowerOutsideQuotes(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		if r == '\'' {
			in = !in // a doubled quote toggles twice and stays inside
		}
		if !in && r != '\'' {
			b.WriteString(strings.ToLower(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
