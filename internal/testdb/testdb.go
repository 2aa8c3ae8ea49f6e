// Package testdb gives tests their own throw-away databases on the local PostgreSQL and MariaDB.
//
// Every database a test asks for is created fresh with a unique name and dropped when the test
// ends. The servers are found through DATAMOVE_TEST_POSTGRES (a pgx URL to an admin database) and
// DATAMOVE_TEST_MYSQL (a go-sql-driver DSN without a database); the defaults match scripts/setup.
// A test that needs a database fails, never skips, when the server is unreachable: the suite is
// meant to run against real engines.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql" // database/sql driver "mysql"
	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// PostgresAdminURL is the URL of the admin database used to create and drop test databases.
func PostgresAdminURL() string {
	return env("DATAMOVE_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
}

// MySQLAdminDSN is the go-sql-driver DSN (no database) used to create and drop test databases.
func MySQLAdminDSN() string {
	return env("DATAMOVE_TEST_MYSQL", "root@tcp(127.0.0.1:3306)/")
}

func uniqueName(prefix string) string {
	var b [5]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return prefix + hex.EncodeToString(b[:])
}

// DB is one throw-away database.
type DB struct {
	Name string  // database name on the server
	DSN  string  // how to reach it (pgx URL or go-sql-driver DSN)
	SQL  *sql.DB // an open pool on it
}

// Exec runs statements one by one and fails the test on the first error.
func (d *DB) Exec(t testing.TB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := d.SQL.Exec(s); err != nil {
			t.Fatalf("exec %q on %s: %v", s, d.Name, err)
		}
	}
}

// Postgres creates a fresh PostgreSQL database for the test.
func Postgres(t testing.TB) *DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, PostgresAdminURL())
	if err != nil {
		t.Fatalf("connect to PostgreSQL (%s; run scripts/setup): %v", PostgresAdminURL(), err)
	}
	defer admin.Close(ctx)
	name := uniqueName("dm_test_")
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	cfg, err := pgx.ParseConfig(PostgresAdminURL())
	if err != nil {
		t.Fatal(err)
	}
	dsn := fmt.Sprintf("postgres://%s@%s:%d/%s?sslmode=disable", cfg.User, cfg.Host, cfg.Port, name)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		admin, err := pgx.Connect(ctx, PostgresAdminURL())
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer admin.Close(ctx)
		if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return &DB{Name: name, DSN: dsn, SQL: db}
}

// MySQL creates a fresh MariaDB/MySQL database (schema) for the test.
func MySQL(t testing.TB) *DB {
	t.Helper()
	admin, err := sql.Open("mysql", MySQLAdminDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := uniqueName("dm_test_")
	if _, err := admin.Exec("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"); err != nil {
		t.Fatalf("create database %s (MariaDB at %s; run scripts/setup): %v", name, MySQLAdminDSN(), err)
	}
	base := strings.TrimSuffix(MySQLAdminDSN(), "/")
	dsn := base + "/" + name + "?multiStatements=true&parseTime=true&loc=UTC&time_zone=%27%2B00%3A00%27"
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		admin, err := sql.Open("mysql", MySQLAdminDSN())
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS `" + name + "`"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return &DB{Name: name, DSN: dsn, SQL: db}
}
