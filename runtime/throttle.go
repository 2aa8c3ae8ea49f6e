package runtime

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/datamove/datamove/plan"
)

// throttler runs the plan's throttle queries on a ticker and keeps a flag the batch loops read:
// while any throttle query says so, no new batch starts. Transitions are logged.
type throttler struct {
	r      *runner
	paused atomic.Bool
	mu     sync.Mutex
	state  []bool // per throttle of the plan: its last answer
}

func newThrottler(r *runner) *throttler {
	return &throttler{r: r, state: make([]bool, len(r.l.m.Throttles))}
}

// prime asks every throttle once, before the first batch may start: a run that begins while a
// throttle holds must not slip a batch through before the ticker's first answer.
func (t *throttler) prime(ctx context.Context) {
	for i, th := range t.r.l.m.Throttles {
		t.ask(ctx, i, th)
	}
}

// ask runs one throttle query and records its answer, logging a transition.
func (t *throttler) ask(ctx context.Context, i int, th plan.Throttle) {
	hold, err := t.check(ctx, th)
	if err != nil {
		if ctx.Err() != nil {
			return // the run is over
		}
		t.r.log.Warn("throttle query failed; holding the run until it answers", "throttle", th.Name, "error", err.Error())
		hold = true
	}
	t.mu.Lock()
	if hold != t.state[i] {
		t.state[i] = hold
		if hold {
			t.r.log.Warn("throttle: pausing", "throttle", th.Name)
		} else {
			t.r.log.Info("throttle: resuming", "throttle", th.Name)
		}
	}
	t.paused.Store(slices.Contains(t.state, true))
	t.mu.Unlock()
}

func (t *throttler) run(ctx context.Context) {
	ths := t.r.l.m.Throttles
	if len(ths) == 0 {
		return
	}
	var wg sync.WaitGroup
	for i, th := range ths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			every := time.Duration(th.EverySeconds * float64(time.Second))
			if every <= 0 {
				every = 5 * time.Second
			}
			for {
				select {
				case <-ctx.Done():
					t.paused.Store(false)
					return
				case <-time.After(every):
				}
				t.ask(ctx, i, th)
			}
		}()
	}
	wg.Wait()
}

func (t *throttler) check(ctx context.Context, th plan.Throttle) (bool, error) {
	e := t.r.tgt
	if th.Statement.Side == "source" {
		e = t.r.src
	}
	s, err := e.Session(ctx)
	if err != nil {
		return false, err
	}
	defer s.Close()
	args, err := t.r.base.args(th.Statement)
	if err != nil {
		return false, err
	}
	rows, err := s.Query(ctx, t.r.l.sql(th.Statement), args)
	if err != nil {
		return false, err
	}
	return len(rows) > 0 && len(rows[0]) > 0 && truthy(rows[0][0]), nil
}

func truthy(v any) bool {
	switch x := normalize(v, "").(type) {
	case bool:
		return x
	case int64:
		return x != 0
	case string:
		return x != "" && x != "0" && x != "f" && x != "false"
	case nil:
		return false
	}
	return true
}

// wait blocks while the run is throttled; it returns ErrInterrupted when the run stops meanwhile.
func (t *throttler) wait(stop <-chan struct{}) error {
	for t != nil && t.paused.Load() {
		select {
		case <-stop:
			return ErrInterrupted
		case <-time.After(200 * time.Millisecond):
		}
	}
	return nil
}

// rateLimiter keeps the whole run under a rows-per-second ceiling.
type rateLimiter struct {
	rate  float64
	mu    sync.Mutex
	start time.Time
	rows  float64
}

func newRateLimiter(rate float64) *rateLimiter { return &rateLimiter{rate: rate, start: time.Now()} }

// wait accounts for rows and sleeps until the run is back under the ceiling.
func (l *rateLimiter) wait(rows int64, stop <-chan struct{}) {
	if l == nil || l.rate <= 0 {
		return
	}
	l.mu.Lock()
	l.rows += float64(rows)
	due := l.start.Add(time.Duration(l.rows / l.rate * float64(time.Second)))
	l.mu.Unlock()
	if d := time.Until(due); d > 0 {
		select {
		case <-time.After(d):
		case <-stop:
		}
	}
}
