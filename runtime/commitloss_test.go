package runtime_test

// The lost-COMMIT test: a proxy (commitproxy_test.go) between the runtime and the target server
// cuts the connection on every 3rd to 5th COMMIT, in one of three ways: before the COMMIT reaches
// the server (the batch rolls back); right after it was forwarded, before any reply (the server
// commits, unless pgx's cancel request, sent when it sees the connection die, overtakes the
// COMMIT); or late: the client is cut first and the COMMIT reaches the server 300 ms later, as a
// COMMIT still in flight or a server slow to commit would (the server commits after the client
// has begun to settle). The runtime settles each cut by reading its checkpoint back on a new
// connection and runs again what did not commit; a run that gives up would be run again, as after
// a crash. The proxy reads the server's reply to each cut COMMIT it forwarded, so the test knows
// the truth of every cut and checks the runtime's settling against it, one by one.
//
// Then the crash test's oracle (crash_test.go) compares ordered dumps of both sides row by row and
// reads the write log, a trigger that records every committed write of each key: a batch applied
// twice shows as keys written twice, although the upserts leave no duplicate row. The proxy's
// COMMIT count must be one per batch plus one per cut settled as not committed, the checkpoints'
// rows_done must equal each table's rows, and the runs' summaries must add up to the rows.
//
// The seed of the cut points and kinds is logged: go test ./runtime -run CommitLoss
// -commitloss.seed=N (or DATAMOVE_COMMITLOSS_SEED) replays the same choices for the same COMMITs.

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/inspect"
	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

var commitLossSeed = flag.Uint64("commitloss.seed", 0, "lost-COMMIT test: seed of the cut points; default the clock ($DATAMOVE_COMMITLOSS_SEED)")

// commitLossVariant is an engine and a path. Same server: the source and the target DSN both go
// through the proxy (one address, so the runtime still sees one server and moves each batch with
// one statement; only target sessions commit). Two servers (PostgreSQL: two databases) or the
// stage (MariaDB: --same-server=no): only the target goes through the proxy.
type commitLossVariant struct {
	label  string
	engine string // postgres or mariadb
	apart  bool
}

func TestCommitLoss(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("DATAMOVE_COMMITLOSS_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("DATAMOVE_COMMITLOSS_SEED=%q: want a number", v)
		}
		seed = n
	}
	if *commitLossSeed != 0 {
		seed = *commitLossSeed
	}
	t.Logf("lost-COMMIT test: seed %d (replay: go test ./runtime -run CommitLoss -commitloss.seed=%d)", seed, seed)
	var mu sync.Mutex
	var results []string
	t.Cleanup(func() {
		slices.Sort(results)
		t.Logf("lost-COMMIT test summary (seed %d):\n  %s", seed, strings.Join(results, "\n  "))
	})
	for _, v := range []commitLossVariant{
		{label: "postgres/same-server", engine: "postgres"},
		{label: "postgres/two-servers", engine: "postgres", apart: true},
		{label: "mariadb/same-server", engine: "mariadb"},
		{label: "mariadb/stage", engine: "mariadb", apart: true},
	} {
		v := v
		t.Run(v.label, func(t *testing.T) {
			t.Parallel()
			s := runCommitLoss(t, seed, v)
			mu.Lock()
			results = append(results, s)
			mu.Unlock()
		})
	}
}

func runCommitLoss(t *testing.T, seed uint64, v commitLossVariant) string {
	began := time.Now()
	h := fnv.New64a()
	h.Write([]byte(v.label))
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	// 50 batches of 100 rows: 10 of accounts (new keys through the key map), 40 of events (a
	// composite watermark with ties, the account remapped).
	shape := crashShape{accounts: 1000, events: 4000, batch: 100}
	src, tgt := crashDatabases(t, crashVariant{engine: v.engine, twoServers: v.engine == "postgres" && v.apart})
	crashLoad(t, v.engine, src, tgt, shape)
	planDir := commitLossCompile(t, v.engine, src, tgt, shape)
	crashWriteLog(t, v.engine, tgt)

	// The cuts: the first at COMMIT 2-4, then every 3rd to 5th COMMIT; the kinds in rounds of one
	// of each, in an order drawn from the seed, so each kind occurs about as often.
	var cutting atomic.Bool
	cutting.Store(true)
	var dmu sync.Mutex
	nextCut, order := 2+rng.IntN(3), []cutKind(nil)
	decide := func(n int) cutKind {
		dmu.Lock()
		defer dmu.Unlock()
		if !cutting.Load() || n < nextCut {
			return noCut
		}
		nextCut = n + 3 + rng.IntN(3)
		if len(order) == 0 {
			order = []cutKind{cutBefore, cutAfter, cutLate}
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		k := order[0]
		order = order[1:]
		return k
	}
	proxy, err := startCommitProxy(v.engine, commitLossUpstream(t, v.engine, tgt.dsn), commitLossLate, decide)
	if err != nil {
		t.Fatal(err)
	}
	defer proxy.close()
	tgtDSN := commitLossVia(t, v.engine, tgt.dsn, proxy.addr())
	srcDSN := src.dsn
	if !v.apart {
		srcDSN = commitLossVia(t, v.engine, src.dsn, proxy.addr())
	}
	opts := func(log *e2eLog) runtime.Options {
		o := runtime.Options{PlanDir: planDir, SourceDSN: srcDSN, TargetDSN: tgtDSN, Log: e2eLogger(log)}
		if v.engine == "mariadb" && v.apart {
			o.SameServer = "no"
		}
		return o
	}

	// Run until a run finishes; a run that stops (a cut it could not settle, retries used up) is
	// run again to resume, as after a crash.
	log := &e2eLog{}
	var moved int64
	runs := 0
	var exits []string
	for {
		runs++
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		sum, err := runtime.Run(ctx, opts(log))
		cancel()
		if sum != nil {
			moved += sum.RowsMoved
		}
		if err == nil {
			exits = append(exits, "0")
			break
		}
		exits = append(exits, strconv.Itoa(runtime.ExitCode(err)))
		t.Logf("%s: run %d stopped (exit %d), running again to resume: %v", v.label, runs, runtime.ExitCode(err), err)
		if runs == 6 {
			t.Fatalf("%s: %d runs and still not finished; log tail:\n%s", v.label, runs, commitLossTail(log.String(), 40))
		}
	}
	cutting.Store(false)
	// Once more, without cuts: everything finished, so there is nothing to do.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	sum, err := runtime.Run(ctx, opts(&e2eLog{}))
	cancel()
	if err != nil || sum == nil || !sum.NothingToDo {
		t.Errorf("%s: a run after the end: %v, want nothing to do", v.label, err)
	}

	commits, cuts, seen, perrs := proxy.report(30 * time.Second)
	t.Logf("%s: client messages through the proxy: %s", v.label, seen)
	for _, e := range perrs {
		t.Errorf("%s: proxy: %s", v.label, e)
	}

	// What the runtime did with each cut, in order: one worker commits one batch at a time, so
	// the settling lines follow the cuts one for one.
	verdicts := commitLossVerdicts(log.String())
	retries := strings.Count(log.String(), `msg="transient error, retrying"`)
	type tally struct{ cuts, serverCommitted, settledCommitted, settledNot int }
	byKind := map[cutKind]*tally{cutBefore: {}, cutAfter: {}, cutLate: {}}
	wrong, settledNot := 0, 0
	var lines []string
	for i, c := range cuts {
		verdict := "(none)"
		if i < len(verdicts) {
			verdict = verdicts[i]
		}
		k := byKind[c.kind]
		k.cuts++
		want := "not committed"
		if c.outcome == "committed" {
			k.serverCommitted++
			want = "committed"
		}
		switch verdict {
		case "committed":
			k.settledCommitted++
		case "not committed":
			k.settledNot++
			settledNot++
		}
		mark := ""
		if verdict != want {
			wrong++
			mark = "  <-- WRONG: the server says " + want
		}
		lines = append(lines, fmt.Sprintf("COMMIT #%-3d cut %-13s server: %-10s runtime settled: %s%s", c.n, c.kind, c.outcome, verdict, mark))
	}
	t.Logf("%s: %d COMMITs, %d cut:\n  %s", v.label, commits, len(cuts), strings.Join(lines, "\n  "))
	if len(verdicts) != len(cuts) {
		t.Errorf("%s: %d cuts but %d settling decisions in the log", v.label, len(cuts), len(verdicts))
	}
	if wrong > 0 {
		t.Errorf("%s: %d of %d cut COMMITs settled against what the server did", v.label, wrong, len(cuts))
	}
	for _, k := range []cutKind{cutBefore, cutAfter, cutLate} {
		if byKind[k].cuts == 0 {
			t.Errorf("%s: no cut %s: the test did not test what it says", v.label, k)
		}
	}
	if byKind[cutAfter].serverCommitted+byKind[cutLate].serverCommitted == 0 {
		t.Errorf("%s: no cut COMMIT committed on the server: the test did not test what it says", v.label)
	}
	// Every batch reaches COMMIT once, and once more for each time a cut COMMIT was settled as not
	// committed (the batch runs again): a committed batch run again would add a COMMIT.
	if want := shape.totalBatches() + settledNot; commits != want {
		t.Errorf("%s: the proxy saw %d COMMITs, want %d (%d batches, %d of them run again after a cut that did not commit)",
			v.label, commits, want, shape.totalBatches(), settledNot)
	}

	// The oracle: ordered dumps compared row by row, and the write log.
	rep := crashOracle(t, v.engine, src, tgt)
	lost, dup, extra, diff := rep.lost(), rep.duplicated(), rep.extra(), rep.differing()
	if lost != 0 || dup != 0 || extra != 0 || diff != 0 {
		t.Errorf("%s: the oracle found lost, duplicated or differing rows after %d cut COMMITs (seed %d):\n%s", v.label, len(cuts), seed, rep)
	}
	want := map[string]int64{"accounts": int64(shape.accounts), "events": int64(shape.events)}
	for _, r := range rep.tables {
		if w, ok := want[r.name]; ok && r.writes != w {
			t.Errorf("%s: the write log holds %d committed writes of %s, want one per row (%d)", v.label, r.writes, r.name, w)
		}
	}
	if total := int64(shape.accounts + shape.events); moved != total {
		t.Errorf("%s: the runs' summaries add up to %d rows moved, want %d", v.label, moved, total)
	}
	done := commitLossCheckpoints(t, v.engine, tgt)
	for step, w := range want {
		if got, ok := done[step]; !ok || got != fmt.Sprintf("done %d", w) {
			t.Errorf("%s: checkpoint of %s: %q, want state done and rows_done %d", v.label, step, got, w)
		}
	}
	var kinds []string
	for _, k := range []cutKind{cutBefore, cutAfter, cutLate} {
		n := byKind[k]
		kinds = append(kinds, fmt.Sprintf("%s %d (server committed %d; settled committed %d, not committed %d)", k, n.cuts,
			n.serverCommitted, n.settledCommitted, n.settledNot))
	}
	return fmt.Sprintf("%-22s %d rows, %d batches, %d COMMITs, %d cut: %s; %d batches run again, %d retry warnings, %d run(s) (exits %s); "+
		"lost %d, duplicated %d, extra %d, differing %d; write log %d writes; rows_done accounts %s, events %s (%s)",
		v.label, shape.accounts+shape.events, shape.totalBatches(), commits, len(cuts), strings.Join(kinds, ", "), settledNot, retries,
		runs, strings.Join(exits, ","), lost, dup, extra, diff, rep.sum(func(r *tableReport) int64 { return r.writes }),
		strings.TrimPrefix(done["accounts"], "done "), strings.TrimPrefix(done["events"], "done "), time.Since(began).Round(100*time.Millisecond))
}

// commitLossVerdicts lists, in order, how the runtime settled each COMMIT that lost its connection.
func commitLossVerdicts(log string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		switch {
		case strings.Contains(l, `msg="COMMIT lost its connection but the checkpoint shows it committed"`):
			out = append(out, "committed")
		case strings.Contains(l, `msg="COMMIT lost its connection and the checkpoint shows it did not commit`):
			out = append(out, "not committed")
		case strings.Contains(l, "lost its connection, and the checkpoint could not be read back"):
			out = append(out, "unsettled")
		}
	}
	return out
}

func commitLossTail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}

var myAddr = regexp.MustCompile(`@tcp\(([^)]*)\)`)

// commitLossUpstream is the host:port a DSN points at.
func commitLossUpstream(t *testing.T, engine, dsn string) string {
	t.Helper()
	if engine == "postgres" {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		return u.Host
	}
	m := myAddr.FindStringSubmatch(dsn)
	if m == nil {
		t.Fatalf("no tcp(host:port) in %s", dsn)
	}
	return m[1]
}

// commitLossVia is a DSN pointed at the proxy instead.
func commitLossVia(t *testing.T, engine, dsn, addr string) string {
	t.Helper()
	if engine == "postgres" {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		u.Host = addr
		q := u.Query()
		q.Set("sslmode", "disable") // the proxy reads the protocol
		u.RawQuery = q.Encode()
		return u.String()
	}
	return myAddr.ReplaceAllLiteralString(dsn, "@tcp("+addr+")")
}

// commitLossCompile writes crash_test.go's spec with snapshots of both sides and compiles it.
func commitLossCompile(t *testing.T, engine string, src, tgt crashDB, s crashShape) string {
	t.Helper()
	dir := t.TempDir()
	specDir := filepath.Join(dir, "spec")
	if err := os.MkdirAll(filepath.Join(specDir, "schemas"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(specDir, "main.hcl"), []byte(fmt.Sprintf(crashSpec, engine, s.batch)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, side := range []struct {
		db   crashDB
		name string
	}{{src, "legacy"}, {tgt, "app"}} {
		snap, err := inspect.Inspect(ctx, side.db.dsn, inspect.Options{Schema: side.db.schema, Tables: []string{"accounts", "events"}})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(specDir, "schemas", side.name+".hcl"), schema.Write(snap), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sp, diags := specs.Load(specDir)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	p, diags := compiler.Compile(sp, compiler.Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	planDir := filepath.Join(dir, "plan")
	if err := p.Write(planDir); err != nil {
		t.Fatal(err)
	}
	return planDir
}

// commitLossCheckpoints reads the checkpoints of the crash spec's migration: "state rows_done"
// by step (each step runs as one part).
func commitLossCheckpoints(t *testing.T, engine string, tgt crashDB) map[string]string {
	t.Helper()
	table := `"` + tgt.schema + `"."datamove_checkpoint"`
	if engine != "postgres" {
		table = "`" + tgt.schema + "`.`datamove_checkpoint`"
	}
	rows, err := tgt.db.Query("SELECT step, part, state, rows_done FROM " + table + " WHERE migration = 'crash' ORDER BY step, part")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var step, state string
		var part int
		var n int64
		if err := rows.Scan(&step, &part, &state, &n); err != nil {
			t.Fatal(err)
		}
		if part != 0 {
			t.Errorf("checkpoint of %s part %d: the steps were not split", step, part)
		}
		out[step] = fmt.Sprintf("%s %d", state, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// commitLossLate is how long a late COMMIT reaches the server after the client was cut.
const commitLossLate = 300 * time.Millisecond
