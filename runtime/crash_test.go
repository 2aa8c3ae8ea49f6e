package runtime_test

// The crash-safety test: `datamove run` is started as a process on a few hundred thousand rows,
// killed with SIGKILL at random points, run again with the same command each time, and finally
// run to the end. Then the test's own oracle, not datamove's checksums, compares an ordered dump
// of the source (mapped as the spec maps it, in Go) with an ordered dump of the target row by row:
// missing rows, extra rows, duplicated keys and differing values. Write-log triggers on the target
// tables count every committed write of each key, so a range copied twice shows up too although the
// target's keys make duplicated rows impossible (an upsert hides a second copy).
//
// The same test runs with DATAMOVE_TEST_BREAK_CHECKPOINT=commit-apart, a runtime that commits each
// checkpoint before and apart from its batch, and must find lost rows: the test proves it can
// catch what it is meant to. A --rerun after the real run proves the write log sees double copies.
//
// Knobs: -crash.rows / DATAMOVE_CRASH_ROWS (default 300000; 20000 with -short), -crash.kills /
// DATAMOVE_CRASH_KILLS (default 8; 5 with -short), -crash.seed / DATAMOVE_CRASH_SEED (default the
// clock). The seed is logged; each variant draws its kill points from it (how many batches to let
// commit, then which fraction of a batch to wait), so a failure replays as far as the timing of the
// batches allows: go test ./runtime -run CrashSafety -crash.seed=N.

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/datamove/datamove/internal/testdb"
)

var (
	crashRows  = flag.Int("crash.rows", 0, "crash test: source rows (accounts + events); default 300000, 20000 with -short ($DATAMOVE_CRASH_ROWS)")
	crashKills = flag.Int("crash.kills", 0, "crash test: SIGKILLs per variant before the run is let finish; default 8, 5 with -short ($DATAMOVE_CRASH_KILLS)")
	crashSeed  = flag.Uint64("crash.seed", 0, "crash test: seed of the kill points; default the clock ($DATAMOVE_CRASH_SEED)")
)

// crashConfig is what every variant of the test uses.
type crashConfig struct {
	rows, kills int
	seed        uint64
	bin         string // the datamove binary
}

func crashSettings(t *testing.T) crashConfig {
	c := crashConfig{rows: 300000, kills: 8, seed: uint64(time.Now().UnixNano())}
	if testing.Short() {
		c.rows, c.kills = 20000, 5
	}
	fromEnv := func(name string, dst *int) {
		if v := os.Getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 {
				t.Fatalf("%s=%q: want a positive number", name, v)
			}
			*dst = n
		}
	}
	fromEnv("DATAMOVE_CRASH_ROWS", &c.rows)
	fromEnv("DATAMOVE_CRASH_KILLS", &c.kills)
	if v := os.Getenv("DATAMOVE_CRASH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("DATAMOVE_CRASH_SEED=%q: want a number", v)
		}
		c.seed = n
	}
	if *crashRows > 0 {
		c.rows = *crashRows
	}
	if *crashKills > 0 {
		c.kills = *crashKills
	}
	if *crashSeed != 0 {
		c.seed = *crashSeed
	}
	if c.rows < 1000 {
		c.rows = 1000
	}
	return c
}

// TestCrashSafety is the test described at the top of this file, on PostgreSQL (one database,
// and two databases through the COPY stage path) and MariaDB (one server, and the stage path
// forced with --same-server=no). The PostgreSQL and MariaDB variants run side by side.
func TestCrashSafety(t *testing.T) {
	cfg := crashSettings(t)
	cfg.bin = buildDatamove(t)
	t.Logf("crash test: %d rows, %d kills per variant, seed %d (replay: go test ./runtime -run CrashSafety -crash.seed=%d -crash.rows=%d -crash.kills=%d)",
		cfg.rows, cfg.kills, cfg.seed, cfg.seed, cfg.rows, cfg.kills)

	var mu sync.Mutex
	var results []string
	record := func(s string) {
		mu.Lock()
		results = append(results, s)
		mu.Unlock()
	}
	t.Cleanup(func() {
		slices.Sort(results)
		t.Logf("crash test summary (seed %d):\n  %s", cfg.seed, strings.Join(results, "\n  "))
	})
	for _, engine := range []struct {
		name     string
		variants []crashVariant
	}{
		{"postgres", []crashVariant{{name: "same-server", engine: "postgres"}, {name: "two-server", engine: "postgres", twoServers: true}}},
		{"mariadb", []crashVariant{{name: "same-server", engine: "mariadb"}, {name: "stage", engine: "mariadb", forceStage: true}}},
	} {
		t.Run(engine.name, func(t *testing.T) {
			t.Parallel()
			for _, v := range engine.variants {
				for _, broken := range []bool{false, true} {
					v := v
					v.broken = broken
					v.rerunProof = !broken && v.name == "same-server"
					name := v.name + "/runtime"
					if broken {
						name = v.name + "/broken"
					}
					v.label = engine.name + "/" + name
					t.Run(name, func(t *testing.T) { record(runCrashVariant(t, cfg, v)) })
				}
			}
		})
	}
}

// crashVariant is one engine and path, with the real runtime or the broken one.
type crashVariant struct {
	label      string
	name       string
	engine     string // postgres or mariadb
	twoServers bool   // postgres: source and target in two databases (the stage path, COPY)
	forceStage bool   // mariadb: --same-server=no (the stage path, multi-row inserts)
	broken     bool   // DATAMOVE_TEST_BREAK_CHECKPOINT=commit-apart
	rerunProof bool   // after the run, --rerun must show every key written twice in the write log
}

// buildDatamove builds the datamove binary once for the test.
func buildDatamove(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "datamove")
	cmd := exec.Command(goBin, "build", "-o", bin, "github.com/datamove/datamove/cmd/datamove")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build datamove: %v\n%s", err, out)
	}
	return bin
}

// crashDB is one side of a variant: a pool, the DSN handed to datamove and the schema name.
type crashDB struct {
	db     *sql.DB
	dsn    string
	schema string
}

// crashShape is the generated data: accounts (new keys through a key map, id watermark) and
// events (source keys kept, a composite (updated_at, id) watermark with ties, the account remapped).
type crashShape struct {
	accounts, events, batch int
}

func shapeOf(rows int) crashShape {
	s := crashShape{accounts: rows / 5}
	s.events = rows - s.accounts
	// About 60 batches over the whole run, so kills have somewhere to land, within [200, 5000].
	s.batch = min(max(rows/60, 200), 5000)
	return s
}

func (s crashShape) totalBatches() int {
	return (s.accounts+s.batch-1)/s.batch + (s.events+s.batch-1)/s.batch
}

func runCrashVariant(t *testing.T, cfg crashConfig, v crashVariant) string {
	began := time.Now()
	h := fnv.New64a()
	h.Write([]byte(v.label))
	rng := rand.New(rand.NewPCG(cfg.seed, h.Sum64()))
	shape := shapeOf(cfg.rows)
	src, tgt := crashDatabases(t, v)
	crashLoad(t, v.engine, src, tgt, shape)
	planDir := crashCompile(t, cfg.bin, v.engine, src, tgt, shape)
	crashWriteLog(t, v.engine, tgt)
	t.Logf("%s: %d accounts + %d events loaded, batches of %d, plan compiled in %s", v.label, shape.accounts, shape.events,
		shape.batch, time.Since(began).Round(time.Millisecond))

	args := []string{"run", planDir, "--source", src.dsn, "--target", tgt.dsn, "--log-level", "debug", "--progress", "never"}
	if v.forceStage {
		args = append(args, "--same-server=no")
	}
	env := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DATAMOVE_") {
			env = append(env, kv)
		}
	}
	if v.broken {
		env = append(env, "DATAMOVE_TEST_BREAK_CHECKPOINT=commit-apart")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	// The kills: K points drawn uniformly over the run's batches (so both steps get some), sorted;
	// each round lets its process commit batches up to the next point (the checkpoint is at least
	// that far on) and then waits a random fraction of a batch, so the kill lands anywhere in a
	// batch: the boundary query, the writes, the checkpoint, the COMMIT, between batches, or, when
	// the point is already behind, in the start-up.
	total := shape.totalBatches()
	points := make([]int, cfg.kills)
	for i := range points {
		points[i] = rng.IntN(max(total-2, 1))
	}
	slices.Sort(points)
	progress := 0
	avgBatch := 50 * time.Millisecond
	landed := 0
	for i, point := range points {
		wait := max(point-progress, 0)
		frac := rng.Float64()
		p := startDatamove(ctx, t, cfg.bin, args, env)
		killed, seen, exit := p.killAfter(wait, frac, &avgBatch)
		progress += seen
		if killed {
			landed++
			t.Logf("%s: kill %d/%d: SIGKILL after %d batches + %.2f of a batch (%s), %d of ~%d batches done", v.label, i+1,
				cfg.kills, wait, frac, (time.Duration(frac * float64(avgBatch))).Round(time.Millisecond), progress, total)
		} else {
			t.Logf("%s: kill %d/%d: the process ended before the kill point (after %d batches): %v\n%s", v.label, i+1,
				cfg.kills, seen, exit, p.tail())
		}
	}
	p := startDatamove(ctx, t, cfg.bin, args, env)
	exit := p.wait()
	t.Logf("%s: final run: %d batches, exit %s", v.label, p.batchCount(), exitText(exit))
	if !v.broken {
		if exit != nil {
			t.Errorf("%s: the final run failed: %v\n%s", v.label, exit, p.tail())
		}
		if landed < cfg.kills {
			t.Errorf("%s: only %d of %d kills landed on a running process: the test did not test what it says", v.label, landed, cfg.kills)
		}
		// Once more: it finished, so there is nothing to do.
		again := startDatamove(ctx, t, cfg.bin, args, env)
		if err := again.wait(); err != nil || !strings.Contains(again.stdout.String(), "nothing to do") {
			t.Errorf("%s: a run after the end: exit %v, want nothing to do; stdout:\n%s\n%s", v.label, err, again.stdout.String(), again.tail())
		}
	}

	rep := crashOracle(t, v.engine, src, tgt)
	lost, dup, extra, diff := rep.lost(), rep.duplicated(), rep.extra(), rep.differing()
	summary := fmt.Sprintf("%-30s %6d rows, %d/%d kills landed, final run exit %s: lost %d, duplicated %d, extra %d, differing %d (%s)",
		v.label, cfg.rows, landed, cfg.kills, exitText(exit), lost, dup, extra, diff, time.Since(began).Round(100*time.Millisecond))
	t.Logf("%s\n%s", summary, rep)
	if v.broken {
		if lost == 0 {
			t.Errorf("%s: the oracle found nothing wrong with a runtime that commits the checkpoint apart from its batch: the test cannot catch what it is meant to (seed %d)",
				v.label, cfg.seed)
		}
		if rep.tables[0].missing > 0 && exit != nil {
			summary += "; the lost accounts stopped the events step"
		}
		return summary + " — broken runtime caught"
	}
	if lost != 0 || dup != 0 || extra != 0 || diff != 0 {
		t.Errorf("%s: the oracle found lost, duplicated or differing rows after %d kills (seed %d):\n%s", v.label, landed, cfg.seed, rep)
	}

	if v.rerunProof && !t.Failed() {
		// The write log must see a double copy, or "duplicated 0" above would prove nothing:
		// --rerun copies every range again, so every key has two committed writes.
		again := startDatamove(ctx, t, cfg.bin, append(append([]string{}, args...), "--rerun"), env)
		if err := again.wait(); err != nil {
			t.Fatalf("%s: --rerun: %v\n%s", v.label, err, again.tail())
		}
		rep2 := crashOracle(t, v.engine, src, tgt)
		if rep2.lost() != 0 || rep2.extra() != 0 || rep2.differing() != 0 {
			t.Errorf("%s: after --rerun the data differs:\n%s", v.label, rep2)
		}
		if want := int64(shape.accounts + shape.events); rep2.duplicated() != want {
			t.Errorf("%s: after --rerun the oracle counts %d keys written twice, want every key (%d): it cannot see a double copy\n%s",
				v.label, rep2.duplicated(), want, rep2)
		} else {
			summary += "; --rerun: all " + strconv.FormatInt(want, 10) + " keys seen written twice"
		}
	}
	return summary
}

func exitText(err error) string {
	if err == nil {
		return "0"
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return strconv.Itoa(ee.ExitCode())
	}
	return err.Error()
}

// crashDatabases creates the variant's databases: on PostgreSQL one database with a source and a
// target schema, or two databases; on MariaDB two databases of one server.
func crashDatabases(t *testing.T, v crashVariant) (src, tgt crashDB) {
	t.Helper()
	if v.engine == "postgres" {
		a := testdb.Postgres(t)
		src = crashDB{db: a.SQL, dsn: a.DSN, schema: "legacy"}
		tgt = crashDB{db: a.SQL, dsn: a.DSN, schema: "app"}
		if v.twoServers {
			b := testdb.Postgres(t)
			tgt = crashDB{db: b.SQL, dsn: b.DSN, schema: "app"}
		}
		return src, tgt
	}
	base := strings.TrimSuffix(testdb.MySQLAdminDSN(), "/")
	a, b := testdb.MySQL(t), testdb.MySQL(t)
	return crashDB{db: a.SQL, dsn: base + "/" + a.Name, schema: a.Name}, crashDB{db: b.SQL, dsn: base + "/" + b.Name, schema: b.Name}
}

func execAll(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
}

// crashLoad creates the source and target tables and fills the source. The data has id gaps,
// NULLs, text to trim and fold, non-ASCII text, negative and NULL decimals, microsecond
// timestamps, and updated_at values shared by two or three rows in an order unlike the ids'.
func crashLoad(t *testing.T, engine string, src, tgt crashDB, s crashShape) {
	t.Helper()
	half := s.events / 2
	if engine == "postgres" {
		if src.db == tgt.db {
			execAll(t, src.db, "CREATE SCHEMA legacy", "CREATE SCHEMA app")
		} else {
			execAll(t, src.db, "CREATE SCHEMA legacy")
			execAll(t, tgt.db, "CREATE SCHEMA app")
		}
		execAll(t, src.db,
			`CREATE TABLE legacy.accounts (id bigint PRIMARY KEY, name text NOT NULL, email varchar(200),
				balance_cents bigint NOT NULL, created_at timestamp(6) NOT NULL, closed_at timestamp(6))`,
			`CREATE TABLE legacy.events (id bigint PRIMARY KEY, account_id bigint NOT NULL, kind varchar(20) NOT NULL,
				amount numeric(12,2), payload text, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL)`,
			fmt.Sprintf(`INSERT INTO legacy.accounts
				SELECT g*3, 'Account ' || g, CASE WHEN g %% 7 = 0 THEN NULL ELSE '  User' || g || '@Example.COM ' END,
					(g*7919 %% 2000001) - 1000000, timestamp '2020-01-01' + g * interval '37.000123 seconds',
					CASE WHEN g %% 5 = 0 THEN timestamp '2023-01-01' + g * interval '1 second' END
				FROM generate_series(1::bigint, %d) g`, s.accounts),
			fmt.Sprintf(`INSERT INTO legacy.events
				SELECT g*2, ((g*31) %% %d + 1)*3, (ARRAY[' open', 'Close ', 'pay', 'Refund'])[g %% 4 + 1],
					CASE WHEN g %% 11 = 0 THEN NULL ELSE ((g*104729) %% 10000000) / 100.0 - 50000 END,
					CASE WHEN g %% 3 = 0 THEN NULL ELSE repeat('x', (g %% 50)::int) || 'é' || g END,
					timestamp '2021-01-01' + g * interval '1.500001 seconds',
					timestamp '2022-01-01' + ((g*7919) %% %d) * interval '0.25 second'
				FROM generate_series(1::bigint, %d) g`, s.accounts, half, s.events),
			"CREATE INDEX events_updated_at_id ON legacy.events (updated_at, id)",
			"ANALYZE legacy.accounts, legacy.events")
		execAll(t, tgt.db,
			`CREATE TABLE app.accounts (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, legacy_id bigint NOT NULL UNIQUE,
				name text NOT NULL, email varchar(200), balance numeric(14,2) NOT NULL, created_at timestamp(6) NOT NULL,
				closed_at timestamp(6))`,
			`CREATE TABLE app.events (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES app.accounts (id),
				kind varchar(20) NOT NULL, amount numeric(12,2), payload text, created_at timestamp(6) NOT NULL,
				updated_at timestamp(6) NOT NULL)`)
		return
	}
	q := func(d crashDB, table string) string { return "`" + d.schema + "`.`" + table + "`" }
	execAll(t, src.db,
		`CREATE TABLE `+q(src, "accounts")+` (id bigint NOT NULL PRIMARY KEY, name text NOT NULL, email varchar(200) NULL,
			balance_cents bigint NOT NULL, created_at datetime(6) NOT NULL, closed_at datetime(6) NULL)`,
		`CREATE TABLE `+q(src, "events")+` (id bigint NOT NULL PRIMARY KEY, account_id bigint NOT NULL, kind varchar(20) NOT NULL,
			amount decimal(12,2) NULL, payload text NULL, created_at datetime(6) NOT NULL, updated_at datetime(6) NOT NULL,
			KEY events_updated_at_id (updated_at, id))`,
		fmt.Sprintf(`INSERT INTO %s
			SELECT g*3, CONCAT('Account ', g), IF(g %% 7 = 0, NULL, CONCAT('  User', g, '@Example.COM ')),
				(g*7919 %% 2000001) - 1000000, TIMESTAMPADD(MICROSECOND, g*37000123, '2020-01-01 00:00:00'),
				IF(g %% 5 = 0, TIMESTAMPADD(SECOND, g, '2023-01-01 00:00:00'), NULL)
			FROM (SELECT CAST(seq AS SIGNED) AS g FROM seq_1_to_%d) AS n`, q(src, "accounts"), s.accounts),
		fmt.Sprintf(`INSERT INTO %s
			SELECT g*2, ((g*31) %% %d + 1)*3, ELT(g %% 4 + 1, ' open', 'Close ', 'pay', 'Refund'),
				IF(g %% 11 = 0, NULL, ((g*104729) %% 10000000) / 100.0 - 50000),
				IF(g %% 3 = 0, NULL, CONCAT(REPEAT('x', g %% 50), 'é', g)),
				TIMESTAMPADD(MICROSECOND, g*1500001, '2021-01-01 00:00:00'),
				TIMESTAMPADD(MICROSECOND, ((g*7919) %% %d)*250000, '2022-01-01 00:00:00')
			FROM (SELECT CAST(seq AS SIGNED) AS g FROM seq_1_to_%d) AS n`, q(src, "events"), s.accounts, half, s.events),
		"ANALYZE TABLE "+q(src, "accounts")+", "+q(src, "events"))
	execAll(t, tgt.db,
		`CREATE TABLE `+q(tgt, "accounts")+` (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, legacy_id bigint NOT NULL UNIQUE,
			name text NOT NULL, email varchar(200) NULL, balance decimal(14,2) NOT NULL, created_at datetime(6) NOT NULL,
			closed_at datetime(6) NULL)`,
		`CREATE TABLE `+q(tgt, "events")+` (id bigint NOT NULL PRIMARY KEY, account_id bigint NOT NULL, kind varchar(20) NOT NULL,
			amount decimal(12,2) NULL, payload text NULL, created_at datetime(6) NOT NULL, updated_at datetime(6) NOT NULL,
			FOREIGN KEY (account_id) REFERENCES `+q(tgt, "accounts")+` (id))`)
}

// crashSpec is the spec under test: accounts get new keys from the target (mapping_table) with
// transforms, events keep their keys, batch over (updated_at, id) and follow the accounts' key map.
const crashSpec = `migration "crash" {
  description = "crash-safety test: accounts get new keys, events follow them"
}
source "legacy" {
  dialect  = "%[1]s"
  snapshot = "schemas/legacy.hcl"
}
target "app" {
  dialect  = "%[1]s"
  snapshot = "schemas/app.hcl"
}
table "accounts" {
  from = legacy.accounts
  to   = app.accounts
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch { size = %[2]d }
  column "email" { sql = "LOWER(TRIM(email))" }
  column "balance" { sql = "ROUND(balance_cents / 100, 2)" }
}
table "events" {
  from      = legacy.events
  to        = app.events
  watermark = ["updated_at", "id"]
  batch { size = %[2]d }
  column "account_id" { remap = table.accounts }
  column "kind" { sql = "UPPER(TRIM(kind))" }
}
`

// crashCompile writes the spec, snapshots both sides with datamove inspect and compiles the plan.
func crashCompile(t *testing.T, bin, engine string, src, tgt crashDB, s crashShape) string {
	t.Helper()
	dir := t.TempDir()
	specDir := filepath.Join(dir, "spec")
	if err := os.MkdirAll(filepath.Join(specDir, "schemas"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(specDir, "main.hcl"), []byte(fmt.Sprintf(crashSpec, engine, s.batch)), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = os.Environ()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("datamove %s: %v\n%s", args[0], err, out)
		}
	}
	run("inspect", "--dsn", src.dsn, "--schema", src.schema, "--table", "accounts", "--table", "events", "-o", filepath.Join(specDir, "schemas", "legacy.hcl"))
	run("inspect", "--dsn", tgt.dsn, "--schema", tgt.schema, "--table", "accounts", "--table", "events", "-o", filepath.Join(specDir, "schemas", "app.hcl"))
	planDir := filepath.Join(dir, "plan")
	run("compile", specDir, "-o", planDir)
	return planDir
}

// crashWriteLog adds the oracle's write log to the target: a BEFORE INSERT trigger on each target
// table records the key of every row an INSERT proposes, conflicting or not (an upsert that finds
// the row fires it too), in a table of its own. It commits or rolls back with the batch, so after
// a correct run every key has exactly one committed write; a range copied twice has two.
func crashWriteLog(t *testing.T, engine string, tgt crashDB) {
	t.Helper()
	if engine == "postgres" {
		execAll(t, tgt.db,
			"CREATE TABLE app.crash_writes (tbl text NOT NULL, k bigint NOT NULL)",
			`CREATE FUNCTION app.crash_log_account() RETURNS trigger LANGUAGE plpgsql AS
				$$BEGIN INSERT INTO app.crash_writes VALUES ('accounts', NEW.legacy_id); RETURN NEW; END$$`,
			`CREATE FUNCTION app.crash_log_event() RETURNS trigger LANGUAGE plpgsql AS
				$$BEGIN INSERT INTO app.crash_writes VALUES ('events', NEW.id); RETURN NEW; END$$`,
			"CREATE TRIGGER crash_log BEFORE INSERT ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.crash_log_account()",
			"CREATE TRIGGER crash_log BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.crash_log_event()")
		return
	}
	q := func(name string) string { return "`" + tgt.schema + "`.`" + name + "`" }
	execAll(t, tgt.db,
		"CREATE TABLE "+q("crash_writes")+" (tbl varchar(16) NOT NULL, k bigint NOT NULL)",
		"CREATE TRIGGER "+q("crash_log_account")+" BEFORE INSERT ON "+q("accounts")+
			" FOR EACH ROW INSERT INTO "+q("crash_writes")+" VALUES ('accounts', NEW.legacy_id)",
		"CREATE TRIGGER "+q("crash_log_event")+" BEFORE INSERT ON "+q("events")+
			" FOR EACH ROW INSERT INTO "+q("crash_writes")+" VALUES ('events', NEW.id)")
}

// datamoveProc is one `datamove run` process, its batch lines counted as they arrive.
type datamoveProc struct {
	cmd     *exec.Cmd
	done    chan error
	exit    error
	batches chan time.Time
	stdout  bytes.Buffer

	mu    sync.Mutex
	lines []string // the last lines of stderr
	count int
}

func startDatamove(ctx context.Context, t *testing.T, bin string, args, env []string) *datamoveProc {
	t.Helper()
	p := &datamoveProc{done: make(chan error, 1), batches: make(chan time.Time, 1<<16)}
	p.cmd = exec.CommandContext(ctx, bin, args...)
	p.cmd.Env = env
	p.cmd.Stdout = &p.stdout
	p.cmd.Stderr = &lineWriter{line: p.line}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	return p
}

func (p *datamoveProc) line(s string) {
	p.mu.Lock()
	p.lines = append(p.lines, s)
	if len(p.lines) > 40 {
		p.lines = p.lines[len(p.lines)-40:]
	}
	batch := strings.Contains(s, " msg=batch ")
	if batch {
		p.count++
	}
	p.mu.Unlock()
	if batch {
		p.batches <- time.Now()
	}
}

func (p *datamoveProc) batchCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.count
}

func (p *datamoveProc) tail() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.lines, "\n")
}

func (p *datamoveProc) wait() error {
	if p.done != nil {
		p.exit = <-p.done
		p.done = nil
	}
	return p.exit
}

// killAfter waits for n batches of the process, then for frac of a batch's duration (measured on
// this process, else the last measure), and kills it with SIGKILL. It reports whether the kill
// landed on a running process, how many batches the process committed and its exit.
func (p *datamoveProc) killAfter(n int, frac float64, avgBatch *time.Duration) (bool, int, error) {
	var first, last time.Time
	for seen := 0; seen < n; seen++ {
		select {
		case at := <-p.batches:
			if seen == 0 {
				first = at
			}
			last = at
		case err := <-p.done:
			p.done, p.exit = nil, err
			return false, p.batchCount(), err
		}
	}
	if n >= 2 && last.After(first) {
		*avgBatch = last.Sub(first) / time.Duration(n-1)
	}
	select {
	case <-time.After(time.Duration(frac * float64(*avgBatch))):
	case err := <-p.done:
		p.done, p.exit = nil, err
		return false, p.batchCount(), err
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	err := p.wait()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return true, p.batchCount(), err
		}
	}
	return false, p.batchCount(), err
}

// lineWriter hands each complete line written to it to line.
type lineWriter struct {
	buf  []byte
	line func(string)
}

func (w *lineWriter) Write(b []byte) (int, error) {
	w.buf = append(w.buf, b...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			return len(b), nil
		}
		w.line(string(w.buf[:i]))
		w.buf = w.buf[i+1:]
	}
}

// crashReport is what the oracle found, per table.
type crashReport struct {
	tables []*tableReport
}

type tableReport struct {
	name                                 string
	bookkeeping                          bool // the key map: its gaps are inconsistencies, not lost rows
	source, target                       int64
	missing, extra, duplicate, differing int64
	writes, writtenTwice                 int64 // committed writes in the write log; keys with more than one
	samples                              []string
	sampleCount                          map[string]int
}

func (r *tableReport) sample(kind, msg string) {
	if r.sampleCount == nil {
		r.sampleCount = map[string]int{}
	}
	if r.sampleCount[kind] < 4 {
		r.samples = append(r.samples, kind+": "+msg)
	}
	r.sampleCount[kind]++
}

func (c *crashReport) sum(f func(*tableReport) int64) int64 {
	var n int64
	for _, r := range c.tables {
		n += f(r)
	}
	return n
}

// lost counts the data rows missing from the target; a key map entry missing is an inconsistency
// (counted with the differing rows), not a lost row.
func (c *crashReport) lost() int64 {
	return c.sum(func(r *tableReport) int64 {
		if r.bookkeeping {
			return 0
		}
		return r.missing
	})
}
func (c *crashReport) duplicated() int64 {
	return c.sum(func(r *tableReport) int64 { return r.duplicate + r.writtenTwice })
}
func (c *crashReport) extra() int64 { return c.sum(func(r *tableReport) int64 { return r.extra }) }
func (c *crashReport) differing() int64 {
	return c.sum(func(r *tableReport) int64 {
		if r.bookkeeping {
			return r.differing + r.missing
		}
		return r.differing
	})
}

func (c *crashReport) String() string {
	var b strings.Builder
	for _, r := range c.tables {
		fmt.Fprintf(&b, "  %-8s source %d, target %d: missing %d, extra %d, duplicated keys %d, differing %d",
			r.name, r.source, r.target, r.missing, r.extra, r.duplicate, r.differing)
		if r.writes > 0 {
			fmt.Fprintf(&b, "; write log %d writes, %d keys written more than once", r.writes, r.writtenTwice)
		}
		b.WriteByte('\n')
		for _, s := range r.samples {
			fmt.Fprintf(&b, "    %s\n", s)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// crashOracle dumps both sides ordered by key and compares them row by row, the source mapped in
// Go as the spec maps it; then it reads the write log.
func crashOracle(t *testing.T, engine string, src, tgt crashDB) *crashReport {
	t.Helper()
	var ts, num func(string) string
	var q func(crashDB, string) string
	if engine == "postgres" {
		ts = func(c string) string { return "to_char(" + c + ", 'YYYY-MM-DD HH24:MI:SS.US')" }
		num = func(c string) string { return "CAST(" + c + " AS text)" }
		q = func(d crashDB, table string) string { return `"` + d.schema + `"."` + table + `"` }
	} else {
		ts = func(c string) string { return "DATE_FORMAT(" + c + ", '%Y-%m-%d %H:%i:%s.%f')" }
		num = func(c string) string { return "CAST(" + c + " AS CHAR)" }
		q = func(d crashDB, table string) string { return "`" + d.schema + "`.`" + table + "`" }
	}
	rep := &crashReport{}

	// accounts: new keys; the legacy id is the source key.
	newID := map[string]string{} // legacy id → target id
	accounts := &tableReport{name: "accounts"}
	compareOrdered(t, accounts,
		src.db, "SELECT id, name, email, "+num("balance_cents")+", "+ts("created_at")+", "+ts("closed_at")+" FROM "+q(src, "accounts")+" ORDER BY id",
		tgt.db, "SELECT legacy_id, name, email, "+num("balance")+", "+ts("created_at")+", "+ts("closed_at")+", id FROM "+q(tgt, "accounts")+" ORDER BY legacy_id",
		func(s []sql.NullString) []sql.NullString {
			email := s[2]
			if email.Valid {
				email.String = strings.ToLower(strings.Trim(email.String, " "))
			}
			return []sql.NullString{s[1], email, cents(t, s[3]), s[4], s[5]}
		},
		func(g []sql.NullString) { newID[g[0].String] = g[len(g)-1].String })
	rep.tables = append(rep.tables, accounts)

	// The key map must say what the target's legacy ids say.
	keymap := &tableReport{name: "keymap", bookkeeping: true}
	compareOrdered(t, keymap,
		src.db, "SELECT id FROM "+q(src, "accounts")+" ORDER BY id",
		tgt.db, "SELECT legacy_key, new_key FROM "+q(tgt, "datamove_keymap_accounts")+" ORDER BY legacy_key",
		func(s []sql.NullString) []sql.NullString { return []sql.NullString{mapped(newID, s[0])} }, nil)
	rep.tables = append(rep.tables, keymap)

	events := &tableReport{name: "events"}
	compareOrdered(t, events,
		src.db, "SELECT id, account_id, kind, "+num("amount")+", payload, "+ts("created_at")+", "+ts("updated_at")+" FROM "+q(src, "events")+" ORDER BY id",
		tgt.db, "SELECT id, account_id, kind, "+num("amount")+", payload, "+ts("created_at")+", "+ts("updated_at")+" FROM "+q(tgt, "events")+" ORDER BY id",
		func(s []sql.NullString) []sql.NullString {
			kind := s[2]
			kind.String = strings.ToUpper(strings.Trim(kind.String, " "))
			return []sql.NullString{mapped(newID, s[1]), kind, s[3], s[4], s[5], s[6]}
		}, nil)
	rep.tables = append(rep.tables, events)

	for _, r := range []*tableReport{accounts, events} {
		row := tgt.db.QueryRow("SELECT COUNT(*) FROM " + q(tgt, "crash_writes") + " WHERE tbl = '" + r.name + "'")
		var writes int64
		if err := row.Scan(&writes); err != nil {
			t.Fatalf("write log: %v", err)
		}
		r.writes = writes
		rows, err := tgt.db.Query("SELECT k, COUNT(*) FROM " + q(tgt, "crash_writes") + " WHERE tbl = '" + r.name + "' GROUP BY k HAVING COUNT(*) > 1 ORDER BY k")
		if err != nil {
			t.Fatalf("write log: %v", err)
		}
		for rows.Next() {
			var k, n int64
			if err := rows.Scan(&k, &n); err != nil {
				t.Fatal(err)
			}
			r.writtenTwice++
			r.sample("written more than once", fmt.Sprintf("key %d: %d committed writes", k, n))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return rep
}

// cents turns integer cents into the decimal text of numeric(14,2): -50 → -0.50.
func cents(t *testing.T, v sql.NullString) sql.NullString {
	if !v.Valid {
		return v
	}
	n, err := strconv.ParseInt(v.String, 10, 64)
	if err != nil {
		t.Fatalf("balance_cents %q: %v", v.String, err)
	}
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	return sql.NullString{Valid: true, String: fmt.Sprintf("%s%d.%02d", sign, n/100, n%100)}
}

// mapped is a legacy account id turned into the target's id, or a marker that cannot match.
func mapped(newID map[string]string, legacy sql.NullString) sql.NullString {
	if id, ok := newID[legacy.String]; ok {
		return sql.NullString{Valid: true, String: id}
	}
	return sql.NullString{Valid: true, String: "<account " + legacy.String + " not in the target>"}
}

// orderedRows reads a dump whose first column is an integer key, in key order.
type orderedRows struct {
	t    *testing.T
	rows *sql.Rows
	vals []sql.NullString
	key  int64
	ok   bool
	n    int64
}

func openOrdered(t *testing.T, db *sql.DB, query string) *orderedRows {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, query)
	}
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	r := &orderedRows{t: t, rows: rows, vals: make([]sql.NullString, len(cols))}
	r.next()
	return r
}

func (r *orderedRows) next() {
	if !r.rows.Next() {
		if err := r.rows.Err(); err != nil {
			r.t.Fatalf("oracle: %v", err)
		}
		r.rows.Close()
		r.ok = false
		return
	}
	vals := make([]sql.NullString, len(r.vals))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := r.rows.Scan(ptrs...); err != nil {
		r.t.Fatalf("oracle: %v", err)
	}
	k, err := strconv.ParseInt(vals[0].String, 10, 64)
	if err != nil || !vals[0].Valid {
		r.t.Fatalf("oracle: key %v is no integer", vals[0])
	}
	r.vals, r.key, r.ok = vals, k, true
	r.n++
}

// compareOrdered merges a source dump and a target dump, both ordered by an integer key in their
// first column, and counts source keys missing from the target, target keys not in the source,
// keys the target holds more than once, and rows whose values differ from want(source row), which
// are compared with the target row's columns after the key. seen, if set, gets every target row.
func compareOrdered(t *testing.T, r *tableReport, srcDB *sql.DB, srcQuery string, tgtDB *sql.DB, tgtQuery string,
	want func([]sql.NullString) []sql.NullString, seen func([]sql.NullString)) {
	t.Helper()
	s := openOrdered(t, srcDB, srcQuery)
	g := openOrdered(t, tgtDB, tgtQuery)
	defer s.rows.Close()
	defer g.rows.Close()
	prev, havePrev := int64(0), false
	for s.ok || g.ok {
		if g.ok && havePrev && g.key == prev {
			r.duplicate++
			r.sample("duplicated", fmt.Sprintf("key %d", g.key))
			g.next()
			continue
		}
		switch {
		case !g.ok || (s.ok && s.key < g.key):
			r.missing++
			r.sample("missing", fmt.Sprintf("key %d", s.key))
			s.next()
		case !s.ok || g.key < s.key:
			r.extra++
			r.sample("extra", fmt.Sprintf("key %d", g.key))
			prev, havePrev = g.key, true
			if seen != nil {
				seen(g.vals)
			}
			g.next()
		default:
			exp := want(s.vals)
			got := g.vals[1:]
			for i, w := range exp {
				if w != got[i] {
					r.differing++
					r.sample("differing", fmt.Sprintf("key %d column %d: want %s, got %s", s.key, i+2, show(w), show(got[i])))
					break
				}
			}
			prev, havePrev = g.key, true
			if seen != nil {
				seen(g.vals)
			}
			s.next()
			g.next()
		}
	}
	r.source, r.target = s.n, g.n
}

func show(v sql.NullString) string {
	if !v.Valid {
		return "NULL"
	}
	return strconv.Quote(v.String)
}
