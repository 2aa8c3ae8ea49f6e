package inspect

import (
	"github.com/datamove/datamove/dsn"

	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/go-sql-driver/mysql"

	"github.com/datamove/datamove/schema"
)

// MySQL and MariaDB representation rules:
//   - Column.Type is information_schema.COLUMNS.COLUMN_TYPE, lowercased outside quoted enum and
//     set values. MariaDB's JSON is LONGTEXT plus a CHECK (json_valid(`col`)) constraint; such a
//     column is reported as "json", without collation, as MySQL reports its native JSON.
//   - Default is the default as MariaDB prints it in COLUMN_DEFAULT: SQL text, string and date
//     literals quoted ('abc', '2020-01-01'), numbers bare (0), expressions as written
//     (current_timestamp(), (`n` * 2)). "" when there is no default or the default is NULL.
//     MySQL prints literals unquoted; they are quoted here so both engines read the same.
//   - EXTRA auto_increment gives IdentityAutoIncrement; EXTRA "VIRTUAL GENERATED" or "STORED
//     GENERATED" puts GENERATION_EXPRESSION in Generated. ON UPDATE clauses are not recorded.
//   - Collation is COLLATION_NAME when it differs from the table's default collation.
//   - Uniques are the unique indexes other than PRIMARY, except those with a prefix length
//     (SUB_PART) or an expression part (MySQL 8 functional key parts): they do not make the whole
//     column unique.
//   - OnDelete is "" for RESTRICT and NO ACTION, which InnoDB treats alike and which are the
//     default (MariaDB reports an omitted action as RESTRICT, MySQL 8 as NO ACTION); else
//     "CASCADE", "SET NULL" or "SET DEFAULT". RefSchema is set only for another database.
//   - Tables are those with TABLE_TYPE 'BASE TABLE' (views, sequences and MariaDB system-versioned
//     tables are left out).

const (
	myTablesQuery = `SELECT TABLE_NAME, COALESCE(TABLE_COLLATION, '')
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`

	myColumnsQuery = `SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE,
	COLUMN_DEFAULT, EXTRA, COALESCE(GENERATION_EXPRESSION, ''), COALESCE(COLLATION_NAME, '')
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = ?`

	myChecksQuery = `SELECT TABLE_NAME, CHECK_CLAUSE
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ?`

	myIndexesQuery = `SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 0`

	myForeignKeysQuery = `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME,
	k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
	ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL`
)

// myOnDelete maps REFERENTIAL_CONSTRAINTS.DELETE_RULE to the snapshot's words.
var myOnDelete = map[string]string{
	"RESTRICT":    "",
	"NO ACTION":   "",
	"CASCADE":     "CASCADE",
	"SET NULL":    "SET NULL",
	"SET DEFAULT": "SET DEFAULT",
}

func inspectMySQL(ctx context.Context, connStr string, opts Options) (*schema.Database, error) {
	cfg, err := dsn.MySQLConfig(connStr)
	if err != nil {
		return nil, fmt.Errorf("DSN %s: %w", dsn.Redact(connStr), err)
	}
	connector, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("DSN %s: %w", dsn.Redact(connStr), err)
	}
	db := sql.OpenDB(connector)
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", dsn.Redact(connStr), err)
	}
	defer conn.Close()

	d := &schema.Database{Dialect: schema.MySQL, Schema: opts.Schema}
	if d.Schema == "" {
		d.Schema = cfg.DBName
	}
	if d.Schema == "" {
		return nil, fmt.Errorf("DSN %s names no database: add one (…/dbname) or choose the schema to inspect", dsn.Redact(connStr))
	}
	if err := conn.QueryRowContext(ctx, "SELECT VERSION()").Scan(&d.ServerVersion); err != nil {
		return nil, fmt.Errorf("read server version: %w", err)
	}
	mariadb := strings.Contains(strings.ToLower(d.ServerVersion), "mariadb")
	if mariadb {
		d.Dialect = schema.MariaDB
	}

	var n int
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", d.Schema).Scan(&n); err != nil {
		return nil, fmt.Errorf("look up database %q: %w", d.Schema, err)
	}
	if n == 0 {
		return nil, fmt.Errorf("database %q does not exist", d.Schema)
	}

	collations := map[string]string{} // table → default collation
	err = myRows(ctx, conn, myTablesQuery, d.Schema, func(rows *sql.Rows) error {
		var name, collation string
		if err := rows.Scan(&name, &collation); err != nil {
			return err
		}
		collations[name] = collation
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list tables of database %q: %w", d.Schema, err)
	}
	all := make([]string, 0, len(collations))
	for name := range collations {
		all = append(all, name)
	}
	names, err := selectTables(all, opts, d.Schema)
	if err != nil {
		return nil, err
	}
	tables := map[string]*schema.Table{}
	for _, name := range names {
		t := &schema.Table{Name: name}
		tables[name] = t
		d.Tables = append(d.Tables, t)
	}
	if len(names) == 0 {
		return d, nil
	}

	jsonChecks := map[string]bool{} // table + "\x00" + check clause
	if mariadb {
		err = myRows(ctx, conn, myChecksQuery, d.Schema, func(rows *sql.Rows) error {
			var table, clause string
			if err := rows.Scan(&table, &clause); err != nil {
				return err
			}
			jsonChecks[table+"\x00"+clause] = true
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read check constraints of database %q: %w", d.Schema, err)
		}
	}
	if err := myColumns(ctx, conn, d.Schema, mariadb, tables, collations, jsonChecks); err != nil {
		return nil, fmt.Errorf("read columns of database %q: %w", d.Schema, err)
	}
	if err := myIndexes(ctx, conn, d.Schema, tables); err != nil {
		return nil, fmt.Errorf("read unique indexes of database %q: %w", d.Schema, err)
	}
	if err := myForeignKeys(ctx, conn, d.Schema, tables); err != nil {
		return nil, fmt.Errorf("read foreign keys of database %q: %w", d.Schema, err)
	}
	return d, nil
}

// myRows runs a query with one argument and calls scan for every row.
func myRows(ctx context.Context, conn *sql.Conn, query, arg string, scan func(*sql.Rows) error) error {
	rows, err := conn.QueryContext(ctx, query, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func myColumns(ctx context.Context, conn *sql.Conn, schemaName string, mariadb bool,
	tables map[string]*schema.Table, collations map[string]string, jsonChecks map[string]bool) error {
	type ordered struct {
		pos int
		col *schema.Column
	}
	cols := map[string][]ordered{}
	err := myRows(ctx, conn, myColumnsQuery, schemaName, func(rows *sql.Rows) error {
		var table, nullable, extra string
		var pos int
		var def sql.NullString
		c := &schema.Column{}
		if err := rows.Scan(&table, &c.Name, &pos, &c.Type, &nullable, &def, &extra, &c.Generated, &c.Collation); err != nil {
			return err
		}
		if tables[table] == nil {
			return nil
		}
		c.Type = lowerOutsideQuotes(c.Type)
		c.Nullable = nullable == "YES"
		if c.Collation == collations[table] {
			c.Collation = ""
		}
		if mariadb && c.Type == "longtext" && jsonChecks[table+"\x00json_valid(`"+strings.ReplaceAll(c.Name, "`", "``")+"`)"] {
			c.Type, c.Collation = "json", ""
		}
		upper := strings.ToUpper(extra)
		switch {
		case strings.Contains(upper, "VIRTUAL GENERATED"), strings.Contains(upper, "STORED GENERATED"):
			// the expression is already in c.Generated; a generated column has no default
		default:
			c.Generated = ""
			c.Default = myDefault(mariadb, def, upper, c.Type)
		}
		if strings.Contains(upper, "AUTO_INCREMENT") {
			c.Identity = schema.IdentityAutoIncrement
		}
		cols[table] = append(cols[table], ordered{pos, c})
		return nil
	})
	if err != nil {
		return err
	}
	for table, list := range cols {
		sort.Slice(list, func(i, j int) bool { return list[i].pos < list[j].pos })
		for _, o := range list {
			tables[table].Columns = append(tables[table].Columns, o.col)
		}
	}
	return nil
}

// myDefault turns COLUMN_DEFAULT into the snapshot's representation: SQL text as MariaDB prints
// it, "" for no default and for DEFAULT NULL. MariaDB (10.2.7+) already prints SQL, with NULL as
// the word NULL; MySQL prints literals bare and marks expressions with DEFAULT_GENERATED in EXTRA.
func myDefault(mariadb bool, def sql.NullString, extraUpper, typ string) string {
	if !def.Valid {
		return ""
	}
	if mariadb {
		if def.String == "NULL" {
			return ""
		}
		return def.String
	}
	if strings.Contains(extraUpper, "DEFAULT_GENERATED") {
		return def.String
	}
	switch schema.ParseType(schema.MySQL, typ).Kind {
	case schema.KindInt, schema.KindDecimal, schema.KindFloat, schema.KindBool:
		return def.String
	}
	if strings.HasPrefix(def.String, "b'") || strings.HasPrefix(def.String, "0x") { // BIT and binary literals
		return def.String
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(def.String, `\`, `\\`), "'", "''") + "'"
}

func myIndexes(ctx context.Context, conn *sql.Conn, schemaName string, tables map[string]*schema.Table) error {
	type part struct {
		seq    int
		column string
	}
	type index struct {
		table, name string
		parts       []part
		partial     bool
	}
	indexes := map[[2]string]*index{}
	err := myRows(ctx, conn, myIndexesQuery, schemaName, func(rows *sql.Rows) error {
		var table, name string
		var seq int
		var column sql.NullString
		var subPart sql.NullInt64
		if err := rows.Scan(&table, &name, &seq, &column, &subPart); err != nil {
			return err
		}
		if tables[table] == nil {
			return nil
		}
		key := [2]string{table, name}
		ix := indexes[key]
		if ix == nil {
			ix = &index{table: table, name: name}
			indexes[key] = ix
		}
		ix.parts = append(ix.parts, part{seq, column.String})
		if subPart.Valid || !column.Valid { // a prefix or an expression: not a key over plain columns
			ix.partial = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, ix := range indexes {
		if ix.partial {
			continue
		}
		sort.Slice(ix.parts, func(i, j int) bool { return ix.parts[i].seq < ix.parts[j].seq })
		cols := make([]string, len(ix.parts))
		for i, p := range ix.parts {
			cols[i] = p.column
		}
		t := tables[ix.table]
		if ix.name == "PRIMARY" {
			t.PrimaryKey = cols
			continue
		}
		t.Uniques = append(t.Uniques, &schema.Unique{Name: ix.name, Columns: cols})
	}
	return nil
}

func myForeignKeys(ctx context.Context, conn *sql.Conn, schemaName string, tables map[string]*schema.Table) error {
	type column struct {
		pos      int
		col, ref string
	}
	type fkey struct {
		fk   *schema.ForeignKey
		cols []column
	}
	fks := map[[2]string]*fkey{}
	var order [][2]string
	err := myRows(ctx, conn, myForeignKeysQuery, schemaName, func(rows *sql.Rows) error {
		var table, name, col, refSchema, refTable, refCol, rule string
		var pos int
		if err := rows.Scan(&table, &name, &pos, &col, &refSchema, &refTable, &refCol, &rule); err != nil {
			return err
		}
		if tables[table] == nil {
			return nil
		}
		key := [2]string{table, name}
		f := fks[key]
		if f == nil {
			action, ok := myOnDelete[strings.ToUpper(rule)]
			if !ok {
				return fmt.Errorf("foreign key %q of table %q: unknown ON DELETE rule %q", name, table, rule)
			}
			f = &fkey{fk: &schema.ForeignKey{Name: name, RefTable: refTable, OnDelete: action}}
			if refSchema != schemaName {
				f.fk.RefSchema = refSchema
			}
			fks[key] = f
			order = append(order, key)
		}
		f.cols = append(f.cols, column{pos, col, refCol})
		return nil
	})
	if err != nil {
		return err
	}
	for _, key := range order {
		f := fks[key]
		sort.Slice(f.cols, func(i, j int) bool { return f.cols[i].pos < f.cols[j].pos })
		for _, c := range f.cols {
			f.fk.Columns = append(f.fk.Columns, c.col)
			f.fk.RefColumns = append(f.fk.RefColumns, c.ref)
		}
		tables[key[0]].ForeignKeys = append(tables[key[0]].ForeignKeys, f.fk)
	}
	return nil
}
