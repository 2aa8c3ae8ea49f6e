package schema

import (
	"fmt"
	"sort"
	"strings"
)

// Diff lists how live differs from want, one sentence per difference, in a stable order: tables
// and columns added or removed, and changed types, nullability, defaults, identity, generated
// expressions, keys and foreign keys.
func Diff(want, live *Database) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	for _, wt := range want.Tables {
		lt := live.Table(wt.Name)
		if lt == nil {
			add("table %s is gone", wt.Name)
			continue
		}
		for _, wc := range wt.Columns {
			lc := lt.Column(wc.Name)
			if lc == nil {
				add("column %s.%s is gone", wt.Name, wc.Name)
				continue
			}
			if wc.Type != lc.Type {
				add("column %s.%s changed type from %s to %s", wt.Name, wc.Name, wc.Type, lc.Type)
			}
			if wc.Nullable != lc.Nullable {
				add("column %s.%s is now %s", wt.Name, wc.Name, map[bool]string{true: "nullable", false: "NOT NULL"}[lc.Nullable])
			}
			if wc.Default != lc.Default {
				add("column %s.%s changed default from %q to %q", wt.Name, wc.Name, wc.Default, lc.Default)
			}
			if wc.Identity != lc.Identity {
				add("column %s.%s changed identity from %q to %q", wt.Name, wc.Name, wc.Identity, lc.Identity)
			}
			if wc.Generated != lc.Generated {
				add("column %s.%s changed generation from %q to %q", wt.Name, wc.Name, wc.Generated, lc.Generated)
			}
			if wc.Collation != lc.Collation {
				add("column %s.%s changed collation from %q to %q", wt.Name, wc.Name, wc.Collation, lc.Collation)
			}
		}
		for _, lc := range lt.Columns {
			if wt.Column(lc.Name) == nil {
				add("column %s.%s is new (%s)", wt.Name, lc.Name, lc.Type)
			}
		}
		if strings.Join(wt.PrimaryKey, ",") != strings.Join(lt.PrimaryKey, ",") {
			add("table %s changed primary key from (%s) to (%s)", wt.Name, strings.Join(wt.PrimaryKey, ", "), strings.Join(lt.PrimaryKey, ", "))
		}
		diffSet(wt.Name, "unique key", keysOf(wt.Uniques), keysOf(lt.Uniques), add)
		diffSet(wt.Name, "foreign key", fksOf(wt.ForeignKeys), fksOf(lt.ForeignKeys), add)
	}
	for _, lt := range live.Tables {
		if want.Table(lt.Name) == nil {
			add("table %s is new", lt.Name)
		}
	}
	return out
}

func keysOf(us []*Unique) map[string]bool {
	m := map[string]bool{}
	for _, u := range us {
		m[u.Name+" ("+strings.Join(u.Columns, ", ")+")"] = true
	}
	return m
}

func fksOf(fks []*ForeignKey) map[string]bool {
	m := map[string]bool{}
	for _, f := range fks {
		ref := f.RefTable
		if f.RefSchema != "" {
			ref = f.RefSchema + "." + ref
		}
		m[fmt.Sprintf("%s (%s) → %s (%s) on delete %s", f.Name, strings.Join(f.Columns, ", "), ref, strings.Join(f.RefColumns, ", "), f.OnDelete)] = true
	}
	return m
}

func diffSet(table, what string, want, live map[string]bool, add func(string, ...any)) {
	var gone, added []string
	for k := range want {
		if !live[k] {
			gone = append(gone, k)
		}
	}
	for k := range live {
		if !want[k] {
			added = append(added, k)
		}
	}
	sort.Strings(gone)
	sort.Strings(added)
	for _, k := range gone {
		add("table %s lost %s %s", table, what, k)
	}
	for _, k := range added {
		add("table %s has a new %s %s", table, what, k)
	}
}
