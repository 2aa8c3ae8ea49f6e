package inspect

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"
)

// mysqlConfig reads a go-sql-driver DSN or a mysql:// / mariadb:// URL
// (mysql://user:pass@host:port/db?param=value, parameters as the driver takes them).
func mysqlConfig(dsn string) (*mysql.Config, error) {
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

// passwordOf returns the password a DSN carries, or "" (then there is nothing to scrub).
func passwordOf(dsn string) string {
	if d, err := DialectOf(dsn); err == nil && d != "postgres" {
		if cfg, err := mysqlConfig(dsn); err == nil {
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

// scrub makes sure err's message cannot leak the password, whatever a driver put into it.
func scrub(err error, secret string) error {
	if err == nil {
		return nil
	}
	return &scrubbed{err: err, secret: secret}
}
