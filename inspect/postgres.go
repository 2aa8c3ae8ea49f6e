package inspect

import (
	"github.com/datamove/datamove/dsn"

	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/datamove/datamove/schema"
)

// PostgreSQL representation rules:
//   - Column.Type is format_type(atttypid, atttypmod), read with search_path set to the inspected
//     schema alone, so types and sequences of that schema print unqualified and the same structure
//     under another schema name reads the same.
//   - Default is pg_get_expr of the column default ("" when none). A nextval(…) default on an
//     integer column is also reported as IdentitySerial. attidentity 'a'/'d' gives
//     IdentityAlways/IdentityByDefault. A stored generated column (attgenerated 's') has its
//     expression in Generated and no Default.
//   - Collation is the column's collation name when it is not its type's default collation.
//   - Uniques are UNIQUE constraints plus valid unique indexes without predicate or expression
//     (key columns only, INCLUDE columns left out); an index that backs a constraint is reported
//     once, as the constraint.
//   - OnDelete is "" for NO ACTION (the default), else "CASCADE", "SET NULL", "SET DEFAULT" or
//     "RESTRICT". RefSchema is set only when the referenced table is in another schema.
//   - Tables are ordinary and partitioned tables (relkind r, p); partitions are left out, their
//     parent stands for them.

// pgRels is the common table expression naming the tables to read: $1 schema, $2 table names.
const pgRels = `WITH rels AS (
	SELECT c.oid, c.relname::text AS relname
	FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname = ANY($2::text[])
)
`

const pgTablesQuery = `SELECT c.relname::text
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition`

const pgColumnsQuery = pgRels + `SELECT r.relname, a.attname::text,
	pg_catalog.format_type(a.atttypid, a.atttypmod),
	NOT a.attnotnull,
	COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid), ''),
	a.attidentity::text,
	a.attgenerated::text,
	CASE WHEN a.attcollation <> t.typcollation THEN COALESCE(co.collname::text, '') ELSE '' END
FROM pg_catalog.pg_attribute a
JOIN rels r ON r.oid = a.attrelid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY r.relname, a.attnum`

// pgKeysQuery lists primary keys ('p'), unique constraints ('u') and unique indexes that back no
// constraint ('i'), each with its key columns in order.
const pgKeysQuery = pgRels + `SELECT r.relname, con.conname::text, con.contype::text,
	ARRAY(SELECT a.attname::text
		FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
		ORDER BY k.ord)
FROM pg_catalog.pg_constraint con JOIN rels r ON r.oid = con.conrelid
WHERE con.contype IN ('p', 'u')
UNION ALL
SELECT r.relname, ic.relname::text, 'i',
	ARRAY(SELECT a.attname::text
		FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
		WHERE k.ord <= i.indnkeyatts
		ORDER BY k.ord)
FROM pg_catalog.pg_index i
JOIN rels r ON r.oid = i.indrelid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
WHERE i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL
	AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
		WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u'))`

const pgForeignKeysQuery = pgRels + `SELECT r.relname, con.conname::text,
	ARRAY(SELECT a.attname::text
		FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
		ORDER BY k.ord),
	rn.nspname::text, rc.relname::text,
	ARRAY(SELECT a.attname::text
		FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
		ORDER BY k.ord),
	con.confdeltype::text
FROM pg_catalog.pg_constraint con
JOIN rels r ON r.oid = con.conrelid
JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype = 'f'`

// pgOnDelete maps pg_constraint.confdeltype to the snapshot's words; NO ACTION, the default, is "".
var pgOnDelete = map[string]string{
	"a": "",
	"r": "RESTRICT",
	"c": "CASCADE",
	"n": "SET NULL",
	"d": "SET DEFAULT",
}

var pgVersionRe = regexp.MustCompile(`^\d+(\.\d+)*`)

func inspectPostgres(ctx context.Context, connStr string, opts Options) (*schema.Database, error) {
	conn, err := pgx.Connect(ctx, connStr)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", dsn.Redact(connStr), err)
	}
	defer conn.Close(context.WithoutCancel(ctx))

	// One read-only snapshot for every catalog query.
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("begin read-only transaction: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) // read-only: there is nothing to keep or to lose

	d := &schema.Database{Dialect: schema.Postgres, Schema: opts.Schema}
	if d.Schema == "" {
		d.Schema = "public"
	}
	var version string
	if err := tx.QueryRow(ctx, "SHOW server_version").Scan(&version); err != nil {
		return nil, fmt.Errorf("read server version: %w", err)
	}
	d.ServerVersion = pgVersionRe.FindString(version)
	if d.ServerVersion == "" {
		d.ServerVersion = version
	}

	var exists bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1)", d.Schema).Scan(&exists); err != nil {
		return nil, fmt.Errorf("look up schema %q: %w", d.Schema, err)
	}
	if !exists {
		return nil, fmt.Errorf("schema %q does not exist", d.Schema)
	}
	// Print the inspected schema's own types and sequences unqualified (format_type, pg_get_expr).
	if _, err := tx.Exec(ctx, "SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident($1), true)", d.Schema); err != nil {
		return nil, fmt.Errorf("set search_path to %q: %w", d.Schema, err)
	}

	all, err := pgStrings(ctx, tx, pgTablesQuery, d.Schema)
	if err != nil {
		return nil, fmt.Errorf("list tables of schema %q: %w", d.Schema, err)
	}
	names, err := selectTables(all, opts, d.Schema)
	if err != nil {
		return nil, err
	}
	tables := map[string]*schema.Table{}
	for _, n := range names {
		t := &schema.Table{Name: n}
		tables[n] = t
		d.Tables = append(d.Tables, t)
	}
	if len(names) == 0 {
		return d, nil
	}

	if err := pgColumns(ctx, tx, d.Schema, names, tables); err != nil {
		return nil, fmt.Errorf("read columns of schema %q: %w", d.Schema, err)
	}
	if err := pgKeys(ctx, tx, d.Schema, names, tables); err != nil {
		return nil, fmt.Errorf("read keys of schema %q: %w", d.Schema, err)
	}
	if err := pgForeignKeys(ctx, tx, d.Schema, names, tables); err != nil {
		return nil, fmt.Errorf("read foreign keys of schema %q: %w", d.Schema, err)
	}
	return d, nil
}

func pgStrings(ctx context.Context, tx pgx.Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

func pgColumns(ctx context.Context, tx pgx.Tx, schemaName string, names []string, tables map[string]*schema.Table) error {
	rows, err := tx.Query(ctx, pgColumnsQuery, schemaName, names)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var table, identity, generated string
		c := &schema.Column{}
		if err := rows.Scan(&table, &c.Name, &c.Type, &c.Nullable, &c.Default, &identity, &generated, &c.Collation); err != nil {
			return err
		}
		switch identity {
		case "a":
			c.Identity = schema.IdentityAlways
		case "d":
			c.Identity = schema.IdentityByDefault
		}
		if generated != "" { // 's', stored: the only kind PostgreSQL 15 has
			c.Generated, c.Default = c.Default, ""
		}
		if c.Identity == "" && strings.HasPrefix(c.Default, "nextval(") && schema.ParseType(schema.Postgres, c.Type).Kind == schema.KindInt {
			c.Identity = schema.IdentitySerial
		}
		tables[table].Columns = append(tables[table].Columns, c)
	}
	return rows.Err()
}

func pgKeys(ctx context.Context, tx pgx.Tx, schemaName string, names []string, tables map[string]*schema.Table) error {
	rows, err := tx.Query(ctx, pgKeysQuery, schemaName, names)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var table, name, kind string
		var cols []string
		if err := rows.Scan(&table, &name, &kind, &cols); err != nil {
			return err
		}
		t := tables[table]
		if kind == "p" {
			t.PrimaryKey = cols
			continue
		}
		t.Uniques = append(t.Uniques, &schema.Unique{Name: name, Columns: cols})
	}
	return rows.Err()
}

func pgForeignKeys(ctx context.Context, tx pgx.Tx, schemaName string, names []string, tables map[string]*schema.Table) error {
	rows, err := tx.Query(ctx, pgForeignKeysQuery, schemaName, names)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var table, delType string
		fk := &schema.ForeignKey{}
		if err := rows.Scan(&table, &fk.Name, &fk.Columns, &fk.RefSchema, &fk.RefTable, &fk.RefColumns, &delType); err != nil {
			return err
		}
		if fk.RefSchema == schemaName {
			fk.RefSchema = ""
		}
		action, ok := pgOnDelete[delType]
		if !ok {
			return fmt.Errorf("foreign key %q of table %q: unknown ON DELETE action %q", fk.Name, table, delType)
		}
		fk.OnDelete = action
		tables[table].ForeignKeys = append(tables[table].ForeignKeys, fk)
	}
	return rows.Err()
}
