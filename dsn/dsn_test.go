package dsn

import (
	"errors"
	"strings"
	"testing"

	"github.com/datamove/datamove/schema"
)

func TestDialect(t *testing.T) {
	tests := []struct {
		dsn, want string // want "" means an error
	}{
		{"postgres://u:p@localhost:5432/app?sslmode=disable", schema.Postgres},
		{"postgresql://localhost/app", schema.Postgres},
		{"POSTGRES://localhost/app", schema.Postgres},
		{"host=localhost dbname=app user=u", schema.Postgres},
		{"host=/var/run/postgresql dbname=app", schema.Postgres},
		{"  dbname = app", schema.Postgres},
		{"root@tcp(127.0.0.1:3306)/app?parseTime=true", schema.MySQL},
		{"u:p@/app", schema.MySQL},
		{"u:pa://ss@tcp(db:3306)/app", schema.MySQL},
		{"/app", schema.MySQL},
		{"mysql://u:p@db:3306/app", schema.MySQL},
		{"mariadb://u@db/app", schema.MySQL},
		{"", ""},
		{"   ", ""},
		{"sqlite://file.db", ""},
		{"just words", ""},
		{"u:p@tcp(db:3306/app", ""},
	}
	for _, tt := range tests {
		got, err := Dialect(tt.dsn)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("Dialect(%q) = %q, want an error", tt.dsn, got)
		case tt.want != "" && (err != nil || got != tt.want):
			t.Errorf("Dialect(%q) = %q, %v; want %q", tt.dsn, got, err, tt.want)
		}
	}
	_, err := Dialect("sqlite://u:s3cret@x/db")
	checkErr(t, err, "s3cret", `unsupported scheme "sqlite"`)
	_, err = Dialect("u:s3cret@tcp(db:3306/app")
	checkErr(t, err, "s3cret", "u:xxxxx@tcp(db:3306/app")
}

func TestRedact(t *testing.T) {
	tests := []struct{ dsn, want string }{
		{"postgres://u:s3cret@h:5432/db?sslmode=disable", "postgres://u:xxxxx@h:5432/db?sslmode=disable"},
		{"postgres://u@h/db?password=s3cret&sslmode=disable", "postgres://u@h/db?password=xxxxx&sslmode=disable"},
		{"postgres://u:s3%23cret@h/db", "postgres://u:xxxxx@h/db"},
		{"postgres://u:s3#cr/et@h/db", "postgres://u:xxxxx@h/db"}, // not a valid URL: redacted all the same
		{"postgres://h/db", "postgres://h/db"},
		{"host=h password=s3cret dbname=db", "host=h password=xxxxx dbname=db"},
		{"host=h password='s3 cret' dbname=db", "host=h password=xxxxx dbname=db"},
		{"host=h PASSWORD = s3cret", "host=h PASSWORD = xxxxx"},
		{"u:s3cret@tcp(h:3306)/db", "u:xxxxx@tcp(h:3306)/db"},
		{"u:s3@cr:et@tcp(h:3306)/db?x=1", "u:xxxxx@tcp(h:3306)/db?x=1"},
		{"u@tcp(h:3306)/db", "u@tcp(h:3306)/db"},
		{"mysql://u:s3cret@h/db", "mysql://u:xxxxx@h/db"},
	}
	for _, tt := range tests {
		if got := Redact(tt.dsn); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.dsn, got, tt.want)
		}
	}
}

func TestMySQLConfigFromURL(t *testing.T) {
	cfg, err := MySQLConfig("mariadb://app%40x:p%2Fw@db.example:3307/sales?parseTime=true&loc=Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.User != "app@x" || cfg.Passwd != "p/w" || cfg.Addr != "db.example:3307" || cfg.DBName != "sales" ||
		!cfg.ParseTime || cfg.Loc.String() != "Europe/Paris" {
		t.Errorf("config = user %q pass %q addr %q db %q parseTime %v loc %v", cfg.User, cfg.Passwd, cfg.Addr, cfg.DBName, cfg.ParseTime, cfg.Loc)
	}
	cfg, err = MySQLConfig("mysql://root@[::1]/")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "[::1]:3306" || cfg.DBName != "" {
		t.Errorf("addr %q db %q", cfg.Addr, cfg.DBName)
	}
	if _, err := MySQLConfig("mysql://u@h/db?parseTime=maybe"); err == nil {
		t.Error("a bad driver parameter was accepted")
	}
}

func TestScrub(t *testing.T) {
	inner := errors.New("dial: user=u password=s3cret? and s3cret%3F")
	err := Scrub(inner, "s3cret?")
	if msg := err.Error(); strings.Contains(msg, "s3cret") || strings.Contains(msg, "%3F") {
		t.Errorf("scrubbed message %q still has the password", msg)
	}
	if !errors.Is(err, inner) {
		t.Error("scrub hides the original error from errors.Is")
	}
}

func checkErr(t *testing.T, err error, secret string, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", fragments)
	}
	msg := err.Error()
	for _, f := range fragments {
		if !strings.Contains(msg, f) {
			t.Errorf("error %q does not contain %q", msg, f)
		}
	}
	if secret != "" && strings.Contains(msg, secret) {
		t.Errorf("error leaks the password: %q", msg)
	}
}
