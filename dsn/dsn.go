// Package dsn reads the connection strings datamove accepts — PostgreSQL URLs and keyword/value
// strings, go-sql-driver/mysql DSNs and mysql:// or mariadb:// URLs — and keeps their passwords
// out of every message: Redact for DSNs, Scrub for errors a driver may have written one into.
package dsn

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/datamove/datamove/schema"
)

// MySQLConfig reads a go-sql-driver DSN or a mysql:// / mariadb:// URL
// (mysql://user:pass@host:port/db?param=value, parameters as the driver takes them).
func MySQLConfig(dsn string) (*mysql.Config, error) {
	m := schemeRe.FindStringSubmatch(dsn)
	if m == nil {
		return mysql.ParseDSN(dsn)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, fmt.Errorf("invalid %s URL (percent-encode special characters in the password)", m[1])
	}
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = "3306"
	}
	addr := net.JoinHostPort(host, port)
	// The driver splits its DSN at the last '/', so no '/' may remain in the parameters; its
	// parameter values are query-unescaped, so %2F is read back as '/'.
	query := strings.ReplaceAll(u.RawQuery, "/", "%2F")
	cfg, err := mysql.ParseDSN("tcp(" + addr + ")/" + url.PathEscape(strings.TrimPrefix(u.Path, "/")) + "?" + query)
	if err != nil {
		return nil, err
	}
	if u.User != nil {
		cfg.User = u.User.Username()
		cfg.Passwd, _ = u.User.Password()
	}
	return cfg, nil
}

const redacted = "xxxxx"

var (
	urlPasswordRe     = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):[^@]*@`)
	paramPasswordRe   = regexp.MustCompile(`(?i)([?&]password=)[^&]*`)
	keywordPasswordRe = regexp.MustCompile(`(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S*)`)
)

// Redact returns the DSN with its password replaced by "xxxxx", for messages and logs.
func Redact(dsn string) string {
	if schemeRe.MatchString(dsn) {
		s := dsn
		if u, err := url.Parse(dsn); err == nil {
			s = u.Redacted()
		} else {
			s = urlPasswordRe.ReplaceAllString(s, "${1}:"+redacted+"@")
		}
		return paramPasswordRe.ReplaceAllString(s, "${1}"+redacted)
	}
	if keywordRe.MatchString(dsn) {
		return keywordPasswordRe.ReplaceAllString(dsn, "${1}"+redacted)
	}
	// go-sql-driver: user:password@net(addr)/db; the password runs from the first ':' to the
	// last '@' before the last '/'.
	slash := strings.LastIndex(dsn, "/")
	if slash < 0 {
		slash = len(dsn)
	}
	at := strings.LastIndex(dsn[:slash], "@")
	if at < 0 {
		return dsn
	}
	colon := strings.Index(dsn[:at], ":")
	if colon < 0 {
		return dsn
	}
	return dsn[:colon+1] + redacted + dsn[at:]
}

// Password returns the password a DSN carries, or "" (then there is nothing to scrub).
func Password(dsn string) string {
	if d, err := Dialect(dsn); err == nil && d != "postgres" {
		if cfg, err := MySQLConfig(dsn); err == nil {
			return cfg.Passwd
		}
		return ""
	}
	if cfg, err := pgconn.ParseConfig(dsn); err == nil {
		return cfg.Password
	}
	return ""
}

// scrubbed is an error whose message has a secret cut out; it still unwraps to the original.
type scrubbed struct {
	err    error
	secret string
}

func (e *scrubbed) Error() string {
	msg := e.err.Error()
	if e.secret != "" {
		msg = strings.ReplaceAll(msg, e.secret, redacted)
		if esc := url.QueryEscape(e.secret); esc != e.secret {
			msg = strings.ReplaceAll(msg, esc, redacted)
		}
		if esc := url.PathEscape(e.secret); esc != e.secret {
			msg = strings.ReplaceAll(msg, esc, redacted)
		}
	}
	return msg
}

func (e *scrubbed) Unwrap() error { return e.err }

// Scrub makes sure err's message cannot leak the password, whatever a driver put into it.
func Scrub(err error, secret string) error {
	if err == nil {
		return nil
	}
	return &scrubbed{err: err, secret: secret}
}

var (
	// schemeRe matches a URL scheme, so that "user:pa://ss@tcp(…)/db" is not taken for a URL.
	schemeRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)://`)
	// keywordRe matches the start of a libpq keyword/value string: "host=… dbname=…".
	keywordRe = regexp.MustCompile(`^\s*[A-Za-z_]+\s*=`)
)

// Dialect tells which engine family a DSN is for: schema.Postgres for postgres:// and
// postgresql:// URLs and libpq keyword/value strings ("host=… dbname=…"), schema.MySQL for
// go-sql-driver/mysql DSNs ("user:pass@tcp(host:3306)/db?…") and mysql:// or mariadb:// URLs.
// Whether a MySQL server is really MariaDB is only known once connected (see inspect.Inspect).
func Dialect(dsn string) (string, error) {
	s := strings.TrimSpace(dsn)
	if s == "" {
		return "", fmt.Errorf("empty DSN: give a postgres://… URL or a MySQL DSN such as user:pass@tcp(host:3306)/db")
	}
	if m := schemeRe.FindStringSubmatch(s); m != nil {
		switch strings.ToLower(m[1]) {
		case "postgres", "postgresql":
			return schema.Postgres, nil
		case "mysql", "mariadb":
			return schema.MySQL, nil
		}
		return "", fmt.Errorf("DSN %s: unsupported scheme %q: use postgres://, postgresql://, mysql:// or mariadb://", Redact(dsn), m[1])
	}
	if keywordRe.MatchString(s) {
		return schema.Postgres, nil
	}
	if _, err := MySQLConfig(s); err == nil {
		return schema.MySQL, nil
	}
	return "", fmt.Errorf("DSN %s is neither a PostgreSQL URL or keyword/value string nor a MySQL DSN "+
		"(examples: postgres://user@host:5432/db, host=localhost dbname=db, user:pass@tcp(host:3306)/db)", Redact(dsn))
}
