package runtime

import (
	"fmt"

	"github.com/datamove/datamove/plan"
)

// binds are the named values a statement may ask for.
type binds map[string]any

// args orders a statement's bind values as its placeholders expect them. A bind the runtime has
// no value for means a plan the runtime does not understand: an error, never a silent NULL.
func (b binds) args(s plan.Statement) ([]any, error) {
	out := make([]any, len(s.Binds))
	for i, bd := range s.Binds {
		v, ok := b[bd.Name]
		if !ok {
			return nil, fmt.Errorf("%s: no value for bind %s", s.File, bd.Name)
		}
		out[i] = v
	}
	return out, nil
}

// with returns a copy with more values.
func (b binds) with(more binds) binds {
	out := make(binds, len(b)+len(more))
	for k, v := range b {
		out[k] = v
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

// rangeBinds gives lo/hi binds for a key range; a nil position is an open end, whose value
// binds as NULL (any engine accepts it for any type, and the open flag makes it unused).
func rangeBinds(cols []plan.Column, lo, hi Position) binds {
	b := binds{"lo_open": lo == nil, "hi_open": hi == nil}
	for i, c := range cols {
		b["lo."+c.Name], b["hi."+c.Name] = nil, nil
		if lo != nil {
			b["lo."+c.Name] = lo[i]
		}
		if hi != nil {
			b["hi."+c.Name] = hi[i]
		}
	}
	return b
}
