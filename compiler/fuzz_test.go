package compiler_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/dialects"
	"github.com/datamove/datamove/dialects/mysql"
	"github.com/datamove/datamove/dialects/postgres"
	"github.com/datamove/datamove/internal/testdb"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// fuzzTable is the source table expressions are compiled over: one column of every portable
// kind, in MariaDB spelling, plus a column whose name needs quoting on both engines.
var fuzzTable = &schema.Table{
	Name: "t",
	Columns: []*schema.Column{
		{Name: "id", Type: "int(11)"},
		{Name: "name", Type: "varchar(40)", Nullable: true},
		{Name: "note", Type: "text", Nullable: true},
		{Name: "code", Type: "char(3)", Nullable: true},
		{Name: "qty", Type: "int(11)", Nullable: true},
		{Name: "big", Type: "bigint(20)", Nullable: true},
		{Name: "small", Type: "smallint(6)", Nullable: true},
		{Name: "price", Type: "decimal(12,2)", Nullable: true},
		{Name: "rate", Type: "decimal(20,6)", Nullable: true},
		{Name: "ratio", Type: "double", Nullable: true},
		{Name: "f32", Type: "float", Nullable: true},
		{Name: "flag", Type: "tinyint(1)", Nullable: true},
		{Name: "born", Type: "date", Nullable: true},
		{Name: "created_at", Type: "datetime", Nullable: true},
		{Name: "updated_at", Type: "datetime(6)", Nullable: true},
		{Name: "seen_at", Type: "timestamp(3)", Nullable: true},
		{Name: "doc", Type: "json", Nullable: true},
		{Name: "raw", Type: "varbinary(16)", Nullable: true},
		{Name: "tod", Type: "time", Nullable: true},
		{Name: "kind", Type: "enum('a','b')", Nullable: true},
		{Name: "we`ird\"col", Type: "varchar(10)", Nullable: true},
	},
	PrimaryKey: []string{"id"},
}

// fuzzTablePG is the same table as a PostgreSQL snapshot spells it.
var fuzzTablePG = &schema.Table{
	Name: "t",
	Columns: []*schema.Column{
		{Name: "id", Type: "integer"},
		{Name: "name", Type: "character varying(40)", Nullable: true},
		{Name: "note", Type: "text", Nullable: true},
		{Name: "code", Type: "character(3)", Nullable: true},
		{Name: "qty", Type: "integer", Nullable: true},
		{Name: "big", Type: "bigint", Nullable: true},
		{Name: "small", Type: "smallint", Nullable: true},
		{Name: "price", Type: "numeric(12,2)", Nullable: true},
		{Name: "rate", Type: "numeric", Nullable: true},
		{Name: "ratio", Type: "double precision", Nullable: true},
		{Name: "f32", Type: "real", Nullable: true},
		{Name: "flag", Type: "boolean", Nullable: true},
		{Name: "born", Type: "date", Nullable: true},
		{Name: "created_at", Type: "timestamp(0) without time zone", Nullable: true},
		{Name: "updated_at", Type: "timestamp(6) without time zone", Nullable: true},
		{Name: "seen_at", Type: "timestamp(3) with time zone", Nullable: true},
		{Name: "doc", Type: "jsonb", Nullable: true},
		{Name: "raw", Type: "bytea", Nullable: true},
		{Name: "tod", Type: "time(0) without time zone", Nullable: true},
		{Name: "kind", Type: "text", Nullable: true},
		{Name: "we`ird\"col", Type: "character varying(10)", Nullable: true},
	},
	PrimaryKey: []string{"id"},
}

// fuzzParams are the parameters seeds may use, one of each declared type.
var fuzzParams = map[string]string{"n": "number", "s": "string", "on": "bool", "at": "timestamp"}

// fuzzSeeds is the seed corpus: every catalog function, every operator and construct of the
// portable language, literals of every kind, nesting, and text that must be rejected cleanly.
var fuzzSeeds = []string{
	// columns and quoting
	`id`, `"name"`, "`name`", `t.name`, "\"we`ird\"\"col\"", "`we``ird\"col`", `"Name"`, `nosuch`, `x.name`,
	// literals
	`NULL`, `0`, `-1`, `9223372036854775807`, `-9223372036854775808`, `18446744073709551615`,
	`1.5`, `-0.125`, `123456789012345678901234567890.123456789`, `1e3`, `-2.5E-3`, `1.7976931348623157e308`,
	`'text'`, `''`, `'it''s'`, `'back\slash'`, `'é漢😀'`, `'%_'`, `TRUE`, `FALSE`, `true AND false`,
	`X'cafe'`, `x''`, `0x41`, `b'101'`, `DATE '2021-03-14'`, `TIMESTAMP '2021-03-14 02:30:00.5'`,
	`TIME '10:00:00'`, `N'national'`, `_utf8mb4'x'`,
	// parameters
	`@n`, `@s`, `@on`, `@at`, `@n + 1`, `qty = @n`, `name = @s AND flag = @on`, `created_at < @at`,
	`@undeclared`, `@@sql_mode`, `@n := 1`, `?`,
	// arithmetic
	`qty + 1`, `qty - big`, `qty * price`, `qty / 3`, `1 / 3`, `price / qty`, `ratio / 2`, `7 DIV 2`,
	`-7 DIV 2`, `qty DIV 0`, `price DIV 0.3`, `qty % 3`, `-7 % 3`, `7 % -3`, `ratio % 2`, `-qty`, `- -qty`,
	`+qty`, `~qty`, `qty & 1`, `qty | 1`, `qty ^ 1`, `qty << 1`, `name + 1`, `born + 1`, `(qty + 1) * (qty - 1)`,
	`qty + price * ratio - rate / 7`, `((((qty))))`,
	// comparison and logic
	`qty = 1`, `qty <> 1`, `qty != 1`, `qty < 1`, `qty <= 1`, `qty > 1`, `qty >= 1`, `qty <=> NULL`,
	`name <=> 'a'`, `NOT flag`, `! flag`, `flag AND qty > 1`, `flag OR NOT flag`, `flag XOR flag`, `flag && flag`,
	`flag || flag`, `qty IS NULL`, `qty IS NOT NULL`, `flag IS TRUE`, `flag IS NOT FALSE`, `(qty > 1) IS UNKNOWN`,
	`qty IN (1, 2, NULL)`, `qty NOT IN (1, 2)`, `name IN ('a', 'b')`, `qty IN (@n, 2)`, `(qty, big) IN ((1, 2))`,
	`qty IN (SELECT id FROM t)`, `EXISTS (SELECT 1 FROM t)`, `(SELECT MAX(id) FROM t)`,
	`qty BETWEEN 1 AND 10`, `qty NOT BETWEEN NULL AND 3`, `born BETWEEN DATE '2021-01-01' AND DATE '2021-12-31'`,
	`qty BETWEEN @n AND @n`,
	`name LIKE 'a%'`, `name NOT LIKE '_b%'`, `name LIKE 'a!%' ESCAPE '!'`, `name LIKE 'a\%'`, `name LIKE '%' ESCAPE ''`,
	`name LIKE 'x' ESCAPE 'ab'`, `name ILIKE 'a'`, `name REGEXP 'a'`, `name LIKE @s`, `name = 'a' COLLATE utf8mb4_bin`,
	`qty > ANY (SELECT id FROM t)`,
	// CASE
	`CASE WHEN qty > 1 THEN 'big' WHEN qty IS NULL THEN NULL ELSE 'small' END`,
	`CASE qty WHEN 1 THEN 'one' WHEN @n THEN 'n' END`, `CASE WHEN flag THEN 1 ELSE 2.5 END`,
	`CASE WHEN qty THEN 1 END`, `CASE WHEN NULL THEN 1 END`, `CASE name WHEN 'a' THEN qty ELSE big END`,
	// text functions
	`COALESCE(name, 'n/a')`, `COALESCE(NULL, NULL, qty)`, `IFNULL(name, note)`, `NULLIF(name, '')`,
	`IF(flag, 'y', 'n')`, `IF(qty > 1, qty, NULL)`, `IF(qty, 1, 0)`,
	`GREATEST(qty, big, 3)`, `LEAST(price, 1.5)`, `GREATEST(name, 'b')`, `LEAST(born, DATE '2021-01-01')`, `GREATEST(1, NULL)`,
	`LOWER(name)`, `UPPER(note)`, `LCASE(name)`, `UCASE(name)`, `LOWER(qty)`, `UPPER(NULL)`,
	`TRIM(name)`, `TRIM(BOTH 'x' FROM name)`, `TRIM(LEADING ' ' FROM name)`, `TRIM(TRAILING '0' FROM price)`,
	`TRIM('xy' FROM name)`, `TRIM(name FROM note)`, `LTRIM(name)`, `RTRIM(code)`,
	`SUBSTRING(name, 2)`, `SUBSTRING(name, 2, 3)`, `SUBSTRING(name, -3)`, `SUBSTRING(name, -3, 2)`, `SUBSTRING(name, 0)`,
	`SUBSTRING(name FROM 2 FOR 3)`, `SUBSTR(name, qty, big)`, `MID(name, 1, 1)`, `SUBSTRING(name, NULL)`, `SUBSTRING(name, 1, -1)`,
	`SUBSTRING(name, 1.5)`, `SUBSTRING(qty, 1, 2)`, `SUBSTRING_INDEX(name, ',', 1)`,
	`CONCAT(name, ' ', note)`, `CONCAT(name)`, `CONCAT(qty, price, ratio, flag, born, created_at, updated_at, seen_at)`,
	`CONCAT(name, NULL)`, `name || '-' || qty`, `CONCAT_WS(',', name, NULL, note)`, `CONCAT_WS(NULL, name)`,
	`CONCAT_WS('-', qty, born)`, `REPLACE(name, 'a', 'b')`, `REPLACE(name, '', 'x')`, `REPLACE(qty, 1, 2)`,
	`LENGTH(name)`, `LENGTH('é漢😀')`, `OCTET_LENGTH(name)`, `CHAR_LENGTH(name)`, `CHARACTER_LENGTH(note)`, `LENGTH(qty)`,
	`LENGTH(raw)`, `LEFT(name, 3)`, `RIGHT(name, 3)`, `LEFT(name, -1)`, `RIGHT(name, qty)`, `LEFT(name, NULL)`,
	`LPAD(name, 10, '*')`, `RPAD(name, 10, '*')`, `LPAD(name, qty, '')`, `LPAD(name, -1, 'x')`, `RPAD(qty, 5, 0)`,
	// numeric functions
	`ROUND(price)`, `ROUND(price, 1)`, `ROUND(ratio, 2)`, `ROUND(qty, -1)`, `ROUND(2.5)`, `ROUND(-2.5)`,
	`ROUND(0.125, 2)`, `ROUND(2.675e0, 2)`, `ROUND(rate, qty)`, `ROUND(f32, 1)`, `ROUND(name)`,
	`FLOOR(price)`, `FLOOR(ratio)`, `FLOOR(qty)`, `CEIL(price)`, `CEILING(ratio)`, `CEIL(big)`, `ABS(qty)`, `ABS(price)`,
	`ABS(ratio)`, `MOD(qty, 3)`, `MOD(price, 0.3)`, `MOD(ratio, 2)`, `MOD(-7, 3)`, `MOD(qty, 0)`,
	// date and time
	`CONVERT_TZ(created_at, 'America/New_York', 'UTC')`, `CONVERT_TZ(updated_at, 'UTC', 'Europe/Paris')`,
	`CONVERT_TZ(seen_at, 'Europe/Paris', 'Asia/Tokyo')`, `CONVERT_TZ(born, 'UTC', 'America/New_York')`,
	`CONVERT_TZ(created_at, '+00:00', 'UTC')`, `CONVERT_TZ(created_at, 'Mars/Olympus', 'UTC')`,
	`CONVERT_TZ(created_at, name, 'UTC')`, `CONVERT_TZ(TIMESTAMP '2021-03-14 02:30:00', 'America/New_York', 'UTC')`,
	`CONVERT_TZ(created_at, 'Etc/GMT-5', 'Asia/Kolkata')`, `CONVERT_TZ('2021-03-14 02:30:00', 'America/New_York', 'UTC')`,
	`DATE(created_at)`, `DATE(seen_at)`, `DATE(born)`, `DATE('2021-03-14 10:00:00')`,
	`EXTRACT(YEAR FROM created_at)`, `EXTRACT(QUARTER FROM born)`, `EXTRACT(MONTH FROM updated_at)`,
	`EXTRACT(WEEK FROM born)`, `EXTRACT(DAY FROM seen_at)`, `EXTRACT(HOUR FROM updated_at)`,
	`EXTRACT(MINUTE FROM created_at)`, `EXTRACT(SECOND FROM updated_at)`, `EXTRACT(MICROSECOND FROM updated_at)`,
	`EXTRACT(YEAR_MONTH FROM born)`, `EXTRACT(HOUR FROM born)`, `EXTRACT(YEAR FROM '2021-03-14')`,
	`YEAR(born)`, `MONTH(created_at)`, `DAY(updated_at)`, `DAYOFMONTH(born)`, `YEAR(NULL)`,
	`UNIX_TIMESTAMP(created_at)`, `UNIX_TIMESTAMP(updated_at)`, `UNIX_TIMESTAMP(seen_at)`, `UNIX_TIMESTAMP(born)`,
	`UNIX_TIMESTAMP()`, `UNIX_TIMESTAMP('2021-03-14 00:00:00')`,
	`FROM_UNIXTIME(qty)`, `FROM_UNIXTIME(1615689000.5)`, `FROM_UNIXTIME(-1)`, `FROM_UNIXTIME(ratio)`, `FROM_UNIXTIME(price)`,
	`FROM_UNIXTIME(UNIX_TIMESTAMP(updated_at))`, `FROM_UNIXTIME(qty, '%Y')`,
	`DATE_ADD(born, INTERVAL 1 DAY)`, `born + INTERVAL 1 DAY`, `DATEDIFF(born, born)`, `NOW()`, `CURRENT_TIMESTAMP`,
	`UTC_TIMESTAMP()`, `SYSDATE()`, `CURDATE()`, `CURRENT_DATE`, `RAND()`, `UUID()`, `CURTIME()`, `NOW(6)`,
	// hashes and JSON
	`MD5(name)`, `MD5('é漢😀')`, `MD5(qty)`, `MD5(NULL)`, `SHA2(name, 256)`, `SHA2(note, 224)`, `SHA2(name, 384)`,
	`SHA2(name, 512)`, `SHA2(name, 0)`, `SHA2(name, qty)`, `SHA1(name)`,
	`JSON_EXTRACT(doc, '$.a')`, `JSON_EXTRACT(doc, '$.a.b[0]')`, `JSON_EXTRACT(doc, '$[1]')`, `JSON_EXTRACT(doc, '$."key with space"')`,
	`JSON_EXTRACT(doc, '$.*')`, `JSON_EXTRACT(doc, '$**.a')`, `JSON_EXTRACT(doc, name)`, `JSON_EXTRACT(doc, '$.a', '$.b')`,
	`JSON_EXTRACT(note, '$.a')`, `JSON_UNQUOTE(JSON_EXTRACT(doc, '$.name'))`, `JSON_UNQUOTE(doc)`, `JSON_UNQUOTE(note)`,
	`doc -> '$.a'`, `doc ->> '$.a'`, `JSON_EXTRACT('{"a": [1, 2]}', '$.a[1]')`, `JSON_EXTRACT(doc, '$.lastname')`,
	// casts
	`CAST(qty AS SIGNED)`, `CAST(price AS SIGNED INTEGER)`, `CAST(ratio AS SIGNED)`, `CAST(name AS SIGNED)`,
	`CAST(flag AS SIGNED)`, `CAST(qty AS UNSIGNED)`, `CAST(qty AS DECIMAL(10,2))`, `CAST(ratio AS DECIMAL(20,6))`,
	`CAST(name AS DECIMAL)`, `CAST(price AS DECIMAL(70,2))`, `CAST(price AS DECIMAL(5,6))`, `CAST(qty AS CHAR)`,
	`CAST(price AS CHAR(4))`, `CAST(ratio AS CHAR)`, `CAST(flag AS CHAR)`, `CAST(born AS CHAR)`, `CAST(created_at AS CHAR)`,
	`CAST(updated_at AS CHAR)`, `CAST(seen_at AS CHAR)`, `CAST(doc AS CHAR)`, `CAST(raw AS CHAR)`, `CAST(name AS DATE)`,
	`CAST(created_at AS DATE)`, `CAST(name AS DATETIME)`, `CAST(updated_at AS DATETIME)`, `CAST(created_at AS DATETIME(3))`,
	`CAST(born AS DATETIME)`, `CAST(updated_at AS TIME)`, `CAST(name AS TIME(2))`, `CAST(qty AS DOUBLE)`, `CAST(price AS FLOAT)`,
	`CAST(name AS JSON)`, `CAST(doc AS JSON)`, `CAST(name AS BINARY)`, `CAST(name AS BINARY(4))`, `CAST(name AS NCHAR)`,
	`CAST(qty AS YEAR)`, `CONVERT(name, CHAR)`, `CONVERT(name USING utf8mb4)`, `BINARY name`, `CAST(NULL AS SIGNED)`,
	`CAST(@n AS CHAR)`, `CAST(@s AS DATE)`,
	// aggregates and windows (rejected in a column mapping)
	`COUNT(*)`, `COUNT(DISTINCT qty)`, `SUM(price)`, `MIN(name)`, `MAX(born)`, `AVG(qty)`, `ROW_NUMBER() OVER ()`,
	`SUM(qty) OVER (PARTITION BY name)`, `GROUP_CONCAT(name)`,
	// nesting
	`LOWER(TRIM(COALESCE(name, note, 'x')))`, `CONCAT(UPPER(LEFT(name, 1)), LOWER(SUBSTRING(name, 2)))`,
	`ROUND(SUM(price) / COUNT(*), 2)`, `ROUND(price * qty / 100, 2)`, `MD5(CONCAT_WS('|', id, name, born))`,
	`IF(JSON_EXTRACT(doc, '$.a') IS NULL, 'none', JSON_UNQUOTE(JSON_EXTRACT(doc, '$.a')))`,
	`CASE WHEN CHAR_LENGTH(name) > 3 THEN LPAD(name, 5, '.') ELSE RPAD(name, 5, '.') END`,
	`DATE(CONVERT_TZ(created_at, 'America/New_York', 'UTC'))`, `EXTRACT(YEAR FROM CONVERT_TZ(updated_at, 'UTC', 'Asia/Tokyo'))`,
	`COALESCE(CAST(JSON_UNQUOTE(JSON_EXTRACT(doc, '$.n')) AS DECIMAL(10,2)), 0)`, `GREATEST(LEAST(qty, 10), 0) DIV 2`,
	`SHA2(CONCAT(name, @s), 256) = 'x' OR qty IN (1, @n)`, `NOT (qty BETWEEN 1 AND 2 AND name LIKE 'a%')`,
	`CONCAT(CONCAT(CONCAT(CONCAT(CONCAT(name)))))`, `((qty + 1) DIV 2) % 3`, `-(-(-qty))`,
	`UNIX_TIMESTAMP(CONVERT_TZ(updated_at, 'Europe/Paris', 'UTC')) * 1000`,
	// garbage
	``, ` `, `(`, `)`, `'`, `"`, "`", `'unterminated`, `"unterminated`, `1 +`, `+`, `,`, `a, b`, `a AS b`,
	`SELECT 1`, `1; DROP TABLE t`, `/* comment */ 1`, `1 -- comment`, `#`, `CASE END`, `CASE WHEN THEN END`,
	`COALESCE()`, `LOWER()`, `LOWER(name, note)`, `SUBSTRING(name)`, `EXTRACT(FROM born)`, `TRIM(FROM name)`,
	`CAST(qty AS)`, `CAST(qty AS VARCHAR(3))`, `IN (1)`, `qty IN ()`, `qty BETWEEN 1`, `@`, `@@`, `$1`, `\N`,
	"\x00", "name\x00", "\xff\xfe", `'\'`, `"\"`, `X'F'`, `X'zz'`, `DATE 'nope'`, `TIMESTAMP '2021-13-45'`,
	`1e999`, `99999999999999999999999999999999999999999999999999999999999999999999`, `0.0000000000000000000000000000000001`,
	`LOWER(LOWER(LOWER(LOWER(LOWER(LOWER(LOWER(LOWER(LOWER(LOWER(name))))))))))`, `name LIKE 'a' ESCAPE NULL`,
	`CONVERT_TZ(created_at, '', 'UTC')`, `CONVERT_TZ(created_at, 'Local', 'UTC')`, `JSON_EXTRACT(doc, '')`,
	`JSON_EXTRACT(doc, '$.a to b')`, `JSON_EXTRACT(doc, 'strict $.a')`, `JSON_EXTRACT(doc, '$.a ? (@ > 1)')`,
	`JSON_EXTRACT(doc, '$."a''b"')`, `JSON_EXTRACT(doc, '$.a.')`, `ROUND(price, 99)`, `LEFT(name, 99999999999)`,
	`SHA2(name, 256) SHA2(name, 256)`, `qty IS`, `NOT`, `CASE qty WHEN 1 THEN 1 ELSE 'a' END`,
	// found by fuzzing (also under testdata/fuzz): a parser panic on long numbers, a qualified
	// function name taken for EXTRACT, renderings that grow exponentially with nesting
	`0000000000000000000000000000000000000000000000000000000000000020000000000000000000`,
	`JSON.EXTRACT(0,'0000')`, `JSON.TRIM(name, 'x', name)`, `--3`, `SUBSTRING(name, - -3)`,
	`SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(SUBSTRING(name, qty), qty), qty), qty), qty), qty), qty), qty), qty), qty)`,
	`CONVERT_TZ(CONVERT_TZ(CONVERT_TZ(CONVERT_TZ(CONVERT_TZ(CONVERT_TZ(CONVERT_TZ(CONVERT_TZ(updated_at, 'Europe/Paris', 'UTC'), 'UTC', 'Europe/Paris'), 'Europe/Paris', 'UTC'), 'UTC', 'Europe/Paris'), 'Europe/Paris', 'UTC'), 'UTC', 'Europe/Paris'), 'Europe/Paris', 'UTC'), 'UTC', 'Europe/Paris')`,
	`CONCAT(ratio + LENGTH(CONCAT(ratio + LENGTH(CONCAT(ratio + LENGTH(CONCAT(ratio + LENGTH(CONCAT(ratio + LENGTH(CONCAT(ratio + LENGTH(CONCAT(ratio + LENGTH(name)))))))))))))))`,
}

// FuzzExpression compiles arbitrary text as a column mapping over a MariaDB and a PostgreSQL
// source table. It must never panic, and whatever compiles must render well-formed SQL: the
// MariaDB text re-parses with the TiDB parser as one expression whose ? binds match the bind
// list, and the PostgreSQL text is non-empty with balanced quotes and parentheses and $n binds
// that match its bind list.
func FuzzExpression(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tb := range []struct {
			dialect string
			table   *schema.Table
		}{{schema.MariaDB, fuzzTable}, {schema.Postgres, fuzzTablePG}} {
			e, diags := compiler.CompileExpression(text, tb.table, tb.dialect, fuzzParams)
			if e == nil {
				if len(diags) == 0 {
					t.Fatalf("%s: %q: no expression and no diagnostics", tb.dialect, text)
				}
				continue
			}
			if err := checkRendering(e); err != nil {
				t.Fatalf("%s source: %q: %v\npostgres: %s\nmariadb:  %s", tb.dialect, text, err, e.PG, e.MySQL)
			}
		}
	})
}

// checkRendering checks the well-formedness properties of both renderings.
func checkRendering(e *compiler.CompiledExpression) error {
	if err := sqlexpr.CheckMySQLExpr(e.MySQL); err != nil {
		return fmt.Errorf("the MariaDB rendering does not parse: %v", err)
	}
	if n := countMySQLBinds(e.MySQL); n != len(e.MySQLBinds) {
		return fmt.Errorf("the MariaDB rendering has %d ? binds, its bind list %d", n, len(e.MySQLBinds))
	}
	if strings.TrimSpace(e.PG) == "" {
		return errors.New("empty PostgreSQL rendering")
	}
	maxBind, err := scanPostgres(e.PG)
	if err != nil {
		return fmt.Errorf("the PostgreSQL rendering is malformed: %v", err)
	}
	if maxBind != len(e.PGBinds) {
		return fmt.Errorf("the PostgreSQL rendering uses binds up to $%d, its bind list has %d", maxBind, len(e.PGBinds))
	}
	return nil
}

// scanPostgres checks that quotes and parentheses balance in PostgreSQL text (standard strings,
// quoted identifiers with doubled quotes) and returns the highest $n it uses.
func scanPostgres(s string) (maxBind int, err error) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'', '"':
			j := i + 1
			for {
				k := strings.IndexByte(s[j:], c)
				if k < 0 {
					return 0, fmt.Errorf("unterminated %c at %d", c, i)
				}
				j += k + 1
				if j < len(s) && s[j] == c {
					j++
					continue
				}
				break
			}
			if c == '\'' && i > 0 && (s[i-1] == 'E' || s[i-1] == 'e') {
				return 0, fmt.Errorf("escape string at %d", i)
			}
			i = j - 1
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return 0, fmt.Errorf("unbalanced ) at %d", i)
			}
		case '$':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i+1 {
				return 0, fmt.Errorf("bare $ at %d", i)
			}
			var n int
			fmt.Sscan(s[i+1:j], &n)
			maxBind = max(maxBind, n)
			i = j - 1
		case ';':
			return 0, fmt.Errorf("; at %d", i)
		case '-', '/':
			if i+1 < len(s) && (c == '-' && s[i+1] == '-' || c == '/' && s[i+1] == '*') {
				return 0, fmt.Errorf("comment at %d", i)
			}
		}
	}
	if depth != 0 {
		return 0, fmt.Errorf("%d unclosed (", depth)
	}
	return maxBind, nil
}

// countMySQLBinds counts ? outside string literals and quoted identifiers (sessions run with
// NO_BACKSLASH_ESCAPES: quotes only double).
func countMySQLBinds(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'', '"', '`':
			for i++; i < len(s); i++ {
				if s[i] == c {
					if i+1 < len(s) && s[i+1] == c {
						i++
						continue
					}
					break
				}
			}
		case '?':
			n++
		}
	}
	return n
}

// seedRow is the one row the seed test's table holds: ordinary values every seed can read.
var seedRow = map[string]any{
	"id": 1, "name": "Ab,c", "note": `{"a": 1}`, "code": "abc", "qty": 3, "big": 40, "small": 5,
	"price": "12.50", "rate": "0.125000", "ratio": 2.5, "f32": 1.5, "flag": true, "born": "2021-03-14",
	"created_at": "2021-03-14 02:30:00", "updated_at": "2021-11-07 01:30:00.250000",
	"seen_at": "2021-06-01 12:00:00.125", "doc": `{"a": {"b": [1, 2]}, "name": "x", "n": "4.5"}`,
	"raw": []byte("AB"), "tod": "10:00:00", "kind": "a", "we`ird\"col": "w",
}

// seedArgs are the values of fuzzParams' binds.
var seedArgs = map[string]any{"@n": 2, "@s": "Ab", "@on": true, "@at": time.Date(2021, 3, 14, 7, 0, 0, 0, time.UTC)}

// TestFuzzSeedsRunOnEngines sends every seed that compiles to a real PostgreSQL and MariaDB,
// selecting it from a one-row table holding the columns under the plan session settings: no
// seed may render SQL an engine rejects. On PostgreSQL the statement is EXPLAINed first, which
// parses, type-checks and plans it (constant folding included) without reading data, then run.
func TestFuzzSeedsRunOnEngines(t *testing.T) {
	type compiled struct {
		text string
		e    *compiler.CompiledExpression
	}
	var exprs []compiled
	for _, s := range fuzzSeeds {
		if e, _ := compiler.CompileExpression(s, fuzzTable, schema.MariaDB, fuzzParams); e != nil {
			exprs = append(exprs, compiled{s, e})
		}
	}
	if len(exprs) < 250 {
		t.Fatalf("only %d seeds compile; the corpus should exercise the renderers", len(exprs))
	}
	for _, d := range []dialects.Dialect{postgres.New("15"), mysql.New(schema.MariaDB)} {
		t.Run(d.Flavor(), func(t *testing.T) {
			conn := seedTable(t, d, fuzzTable, []map[string]any{seedRow})
			for _, c := range exprs {
				text, names := c.e.PG, c.e.PGBinds
				if d.Name() == "mysql" {
					text, names = c.e.MySQL, c.e.MySQLBinds
				}
				args := make([]any, len(names))
				for i, n := range names {
					args[i] = seedArgs[n]
				}
				stmt := "SELECT " + text + " FROM " + d.QuoteIdent("t") + " AS " + d.QuoteIdent("b")
				if d.Name() == "postgres" {
					if _, err := queryRows(conn, "EXPLAIN "+stmt, args); err != nil {
						t.Errorf("PostgreSQL rejects %q: %v\n%s", c.text, err, stmt)
						continue
					}
				}
				if _, err := queryRows(conn, stmt, args); err != nil {
					var pe *pgconn.PgError
					if errors.As(err, &pe) && strings.HasPrefix(pe.Code, "22") {
						// A data exception: the SQL is accepted, this row's value is not (such
						// as 'Ab,c' read as a date). The semantics test covers values.
						t.Logf("%q: PostgreSQL accepts the SQL but not the row: %v", c.text, err)
						continue
					}
					t.Errorf("%s rejects %q: %v\n%s", d.Flavor(), c.text, err, stmt)
				}
			}
		})
	}
}

// seedTable creates table tb in a fresh database of the dialect's engine, fills it with rows
// (values by column name, missing ones NULL) and returns one connection with the plan session
// settings applied.
func seedTable(t *testing.T, d dialects.Dialect, tb *schema.Table, rows []map[string]any) *sql.Conn {
	t.Helper()
	ctx := context.Background()
	var db *testdb.DB
	if d.Name() == "postgres" {
		db = testdb.Postgres(t)
	} else {
		db = testdb.MySQL(t)
	}
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if _, err := conn.ExecContext(ctx, d.Session()); err != nil {
		t.Fatalf("session settings: %v", err)
	}
	schemaName := "public"
	if d.Name() == "mysql" {
		schemaName = db.Name
	}
	testdb.CreateSchema(t, conn, d, &schema.Database{Dialect: schema.MariaDB, Tables: []*schema.Table{tb}}, schemaName)
	cols := make([]string, len(tb.Columns))
	marks := make([]string, len(tb.Columns))
	for i, c := range tb.Columns {
		cols[i] = d.QuoteIdent(c.Name)
		marks[i] = d.Placeholder(i + 1)
	}
	stmt := "INSERT INTO " + d.QuoteIdent(tb.Name) + " (" + strings.Join(cols, ", ") + ") VALUES (" + strings.Join(marks, ", ") + ")"
	for _, r := range rows {
		args := make([]any, len(tb.Columns))
		for i, c := range tb.Columns {
			args[i] = r[c.Name]
		}
		if _, err := conn.ExecContext(ctx, stmt, args...); err != nil {
			t.Fatalf("%s: insert %v: %v", d.Flavor(), r, err)
		}
	}
	return conn
}

// queryRows runs a query and returns its rows, values as the driver gives them ([]byte copied).
func queryRows(conn *sql.Conn, text string, args []any) ([][]any, error) {
	rows, err := conn.QueryContext(context.Background(), text, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = append([]byte(nil), b...)
			}
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}

// TestFuzzSeedNestingIsBounded: renderings that test a value and then use it repeat their
// argument, so nesting them grows the SQL exponentially; the builder stops at
// dialects.MaxStatement with a diagnostic instead of taking exponential time and memory.
func TestFuzzSeedNestingIsBounded(t *testing.T) {
	e := "updated_at"
	for i := 0; i < 12; i++ {
		e = "CONVERT_TZ(" + e + ", 'Europe/Paris', 'America/New_York')"
	}
	start := time.Now()
	c, diags := compiler.CompileExpression(e, fuzzTable, schema.MariaDB, nil)
	if c != nil || !strings.Contains(strings.Join(diags, "\n"), "passes") {
		t.Fatalf("want a too-long diagnostic, got %v", diags)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("rejecting the expression took %v", d)
	}
}
