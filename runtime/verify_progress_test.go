package runtime_test

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/datamove/datamove/runtime"
)

// verifyBars records what verify shows on a terminal: per bar, its total and the rows added.
type verifyBars struct {
	mu    sync.Mutex
	total map[string]int64
	rows  map[string]int64
	done  map[string]bool
}

func (p *verifyBars) Start(name string, total int64) runtime.ProgressBar {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total[name] = total
	return verifyBar{p, name}
}
func (p *verifyBars) Wait() {}

type verifyBar struct {
	p    *verifyBars
	name string
}

func (b verifyBar) Add(n int64) {
	b.p.mu.Lock()
	defer b.p.mu.Unlock()
	b.p.rows[b.name] += n
}

func (b verifyBar) Done() {
	b.p.mu.Lock()
	defer b.p.mu.Unlock()
	b.p.done[b.name] = true
}

// Each table's checksum walk shows a bar whose total is the source row count and which reaches
// it, chunk by chunk.
func TestVerifyProgress(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrSame}, func(t *testing.T, m e2eMode) {
		e := newOrdersEnv(t, m, rand.New(rand.NewPCG(7, 7)))
		bars := &verifyBars{total: map[string]int64{}, rows: map[string]int64{}, done: map[string]bool{}}
		rep, err := runtime.Verify(context.Background(), runtime.VerifyOptions{PlanDir: e.planDir, SourceDSN: e.src.dsn,
			TargetDSN: e.tgt.dsn, Params: []string{"tenant_id=1"}, ChunkSize: 7, Sample: 0, Progress: bars})
		if err != nil || !rep.Passed() {
			t.Fatalf("verify: %v %+v", err, rep)
		}
		for _, step := range []string{"accounts", "orders", "items", "notes"} {
			name := step + " checksum"
			want := int64(e.src.count(t, e.src.T(step)+" WHERE tenant_id = 1"))
			if bars.total[name] != want || bars.rows[name] != want || !bars.done[name] {
				t.Errorf("%s: bar total %d, rows added %d, done %v; want %d rows", name, bars.total[name], bars.rows[name], bars.done[name], want)
			}
		}
	})
}
