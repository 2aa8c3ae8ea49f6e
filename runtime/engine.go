package runtime

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/datamove/datamove/dsn"
	"github.com/datamove/datamove/schema"
)

// Engine is one database server the plan runs on: the source or the target.
type Engine interface {
	// Flavor is what the server is: postgres, mysql or mariadb.
	Flavor() string
	// Session opens a dedicated connection and runs the plan's session statement on it.
	Session(ctx context.Context) (Session, error)
	// Place identifies the server and database; two engines with the same place are one server
	// whose tables one statement can reach (same PostgreSQL database, same MySQL server).
	Place() string
	Close()
}

// Session is one connection. Exec and Query run inside the open transaction, if any.
type Session interface {
	Query(ctx context.Context, sql string, args []any) ([][]any, error)
	// Stream calls each for every row of the result, without holding them all in memory.
	Stream(ctx context.Context, sql string, args []any, each func(row []any) error) error
	Exec(ctx context.Context, sql string, args []any) (int64, error)
	Begin(ctx context.Context) error
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
	// Load appends rows to a table of the session (the stage) inside the open transaction.
	Load(ctx context.Context, table string, columns []string, next func() ([]any, bool, error)) (int64, error)
	Close()
}

// Connect opens an engine for a DSN and checks the server is of the family the plan expects.
// sessionSQL is the plan's session statement for this side.
func Connect(ctx context.Context, conn, family, sessionSQL string) (Engine, error) {
	d, err := dsn.Dialect(conn)
	if err != nil {
		return nil, &usageError{err}
	}
	if d != schema.Family(family) {
		return nil, &refusal{msg: fmt.Sprintf("the plan runs on %s here, but %s is a %s DSN", family, dsn.Redact(conn), d)}
	}
	secret := dsn.Password(conn)
	var e Engine
	if d == schema.Postgres {
		e, err = connectPostgres(ctx, conn, sessionSQL)
	} else {
		e, err = connectMySQL(ctx, conn, sessionSQL)
	}
	if err != nil {
		return nil, &unreachable{err: dsn.Scrub(fmt.Errorf("connect to %s: %w", dsn.Redact(conn), err), secret)}
	}
	return e, nil
}

// --- PostgreSQL ---------------------------------------------------------------------------------

type pgEngine struct {
	cfg     *pgx.ConnConfig
	session string
	place   string
}

func connectPostgres(ctx context.Context, conn, sessionSQL string) (*pgEngine, error) {
	cfg, err := pgx.ParseConfig(conn)
	if err != nil {
		return nil, err
	}
	// Every execution is planned for its own bind values. pgx's default prepares named statements,
	// and after five executions PostgreSQL may switch such a statement to a generic plan, which
	// cannot turn "lo_open OR id > lo" into an index range: the boundary query then reads the key
	// index from its start on every batch, slower with every batch (measured by bench/run: 13 ms
	// per boundary became 70 ms by batch 20 of 1M rows). Describe once, execute unnamed: one round
	// trip, a custom plan each time.
	cfg.DefaultQueryExecMode = pgx.QueryExecModeCacheDescribe
	e := &pgEngine{cfg: cfg, session: sessionSQL,
		place: fmt.Sprintf("postgres://%s/%s", net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.Port)), cfg.Database)}
	s, err := e.Session(ctx) // fail early when the server is unreachable
	if err != nil {
		return nil, err
	}
	s.Close()
	return e, nil
}

func (e *pgEngine) Flavor() string { return schema.Postgres }
func (e *pgEngine) Place() string  { return e.place }
func (e *pgEngine) Close()         {}

func (e *pgEngine) Session(ctx context.Context) (Session, error) {
	c, err := pgx.ConnectConfig(ctx, e.cfg.Copy())
	if err != nil {
		return nil, err
	}
	if e.session != "" {
		if _, err := c.Exec(ctx, e.session); err != nil {
			c.Close(ctx)
			return nil, fmt.Errorf("session settings: %w", err)
		}
	}
	return &pgSession{c: c}, nil
}

type pgSession struct {
	c  *pgx.Conn
	tx pgx.Tx
}

// pgQuerier is what pgx's connection and its transaction both do.
type pgQuerier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	CopyFrom(ctx context.Context, table pgx.Identifier, cols []string, src pgx.CopyFromSource) (int64, error)
}

func (s *pgSession) q() pgQuerier {
	if s.tx != nil {
		return s.tx
	}
	return s.c
}

func (s *pgSession) Query(ctx context.Context, sql string, args []any) ([][]any, error) {
	return collect(ctx, s.Stream, sql, args)
}

// collect holds every row of a streamed result: Query of both sessions.
func collect(ctx context.Context, stream func(context.Context, string, []any, func([]any) error) error, sql string, args []any) ([][]any, error) {
	var out [][]any
	err := stream(ctx, sql, args, func(row []any) error {
		out = append(out, row)
		return nil
	})
	return out, err
}

func (s *pgSession) Stream(ctx context.Context, sql string, args []any, each func([]any) error) error {
	rows, err := s.q().Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			return err
		}
		if err := each(vals); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *pgSession) Exec(ctx context.Context, sql string, args []any) (int64, error) {
	tag, err := s.q().Exec(ctx, sql, args...)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

func (s *pgSession) Begin(ctx context.Context) error {
	if s.tx != nil {
		return errors.New("a transaction is already open")
	}
	tx, err := s.c.Begin(ctx)
	if err != nil {
		return err
	}
	s.tx = tx
	return nil
}

func (s *pgSession) Commit(ctx context.Context) error {
	tx := s.tx
	s.tx = nil
	if tx == nil {
		return errors.New("no transaction to commit")
	}
	return tx.Commit(ctx)
}

func (s *pgSession) Rollback(ctx context.Context) error {
	tx := s.tx
	s.tx = nil
	if tx == nil {
		return nil
	}
	return tx.Rollback(ctx)
}

// loadValues appends rows of Go values to the stage with pgx's binary COPY.
func (s *pgSession) loadValues(ctx context.Context, table string, cols []string, next func() ([]any, bool, error)) (int64, error) {
	var loadErr error
	src := pgx.CopyFromFunc(func() ([]any, error) {
		row, ok, err := next()
		if err != nil {
			loadErr = err
			return nil, err
		}
		if !ok {
			return nil, nil
		}
		return row, nil
	})
	n, err := s.q().CopyFrom(ctx, pgx.Identifier{table}, cols, src)
	if loadErr != nil {
		return n, loadErr
	}
	return n, err
}

func (s *pgSession) Close() {
	if s.tx != nil {
		_ = s.tx.Rollback(context.Background())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = s.c.Close(ctx)
}

// --- MySQL / MariaDB ----------------------------------------------------------------------------

type myEngine struct {
	db      *sql.DB
	flavor  string
	session string
	place   string
}

func connectMySQL(ctx context.Context, conn, sessionSQL string) (*myEngine, error) {
	cfg, err := dsn.MySQLConfig(conn)
	if err != nil {
		return nil, err
	}
	cfg.ParseTime = true
	cfg.Loc = time.UTC
	cfg.InterpolateParams = true // one round trip per statement; escaping follows the session's sql_mode
	cfg.MultiStatements = false
	connector, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(connector)
	db.SetMaxIdleConns(0) // sessions are dedicated connections, closed after use
	e := &myEngine{db: db, session: sessionSQL, flavor: schema.MySQL, place: "mysql://" + cfg.Addr}
	var version string
	if err := db.QueryRowContext(ctx, "SELECT VERSION()").Scan(&version); err != nil {
		db.Close()
		return nil, err
	}
	if strings.Contains(strings.ToLower(version), "mariadb") {
		e.flavor = schema.MariaDB
	}
	return e, nil
}

func (e *myEngine) Flavor() string { return e.flavor }
func (e *myEngine) Place() string  { return e.place }
func (e *myEngine) Close()         { e.db.Close() }

func (e *myEngine) Session(ctx context.Context) (Session, error) {
	c, err := e.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if e.session != "" {
		if _, err := c.ExecContext(ctx, e.session); err != nil {
			c.Close()
			return nil, fmt.Errorf("session settings: %w", err)
		}
	}
	return &mySession{c: c}, nil
}

type mySession struct {
	c  *sql.Conn
	tx *sql.Tx
	// stages caches, per stage table, its column types when LOAD DATA LOCAL can load it, or nil.
	stages map[string][]string
}

type myQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func (s *mySession) q() myQuerier {
	if s.tx != nil {
		return s.tx
	}
	return s.c
}

func (s *mySession) Query(ctx context.Context, query string, args []any) ([][]any, error) {
	return collect(ctx, s.Stream, query, args)
}

func (s *mySession) Stream(ctx context.Context, query string, args []any, each func([]any) error) error {
	rows, err := s.q().QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		if err := each(vals); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *mySession) Exec(ctx context.Context, query string, args []any) (int64, error) {
	res, err := s.q().ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s *mySession) Begin(ctx context.Context) error {
	if s.tx != nil {
		return errors.New("a transaction is already open")
	}
	tx, err := s.c.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	s.tx = tx
	return nil
}

func (s *mySession) Commit(context.Context) error {
	tx := s.tx
	s.tx = nil
	if tx == nil {
		return errors.New("no transaction to commit")
	}
	return tx.Commit()
}

func (s *mySession) Rollback(context.Context) error {
	tx := s.tx
	s.tx = nil
	if tx == nil {
		return nil
	}
	return tx.Rollback()
}

// mysqlLoadRows is how many rows one multi-row INSERT into the stage carries.
const mysqlLoadRows = 500

// loadInserts appends rows to the stage with multi-row INSERTs: Load's way when LOAD DATA LOCAL
// is not available.
func (s *mySession) loadInserts(ctx context.Context, table string, cols []string, next func() ([]any, bool, error)) (int64, error) {
	var total int64
	head := "INSERT INTO " + quoteMy(table) + " (" + quoteMyList(cols) + ") VALUES "
	rowMarks := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	args := make([]any, 0, mysqlLoadRows*len(cols))
	rows := 0
	flush := func() error {
		if rows == 0 {
			return nil
		}
		stmt := head + strings.TrimSuffix(strings.Repeat(rowMarks+", ", rows), ", ")
		n, err := s.Exec(ctx, stmt, args)
		total += n
		args, rows = args[:0], 0
		return err
	}
	for {
		row, ok, err := next()
		if err != nil {
			return total, err
		}
		if !ok {
			break
		}
		args = append(args, row...)
		rows++
		if rows == mysqlLoadRows {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	return total, flush()
}

func (s *mySession) Close() {
	if s.tx != nil {
		_ = s.tx.Rollback()
	}
	_ = s.c.Close()
}
