package runtime

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/datamove/datamove/plan"
)

// Params are the run-time parameter values of one run, converted to their declared types.
type Params struct {
	Values map[string]any    // by name: string, bool, time.Time, or a number as its decimal text
	Text   map[string]string // canonical text, for the hash and the audit
	Hash   string            // sha256 of the canonical values: one checkpoint set per tenant
}

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999", "2006-01-02T15:04:05.999999999", "2006-01-02"}

// ParseParams checks name=value arguments against the plan's declared parameters: every value
// must convert to its type, every parameter without a default must be given, and no unknown name
// is accepted.
func ParseParams(decl []plan.Param, args []string) (*Params, error) {
	byName := map[string]plan.Param{}
	var names []string
	for _, p := range decl {
		byName[p.Name] = p
		names = append(names, p.Name)
	}
	given := map[string]string{}
	var problems []string
	for _, a := range args {
		name, value, ok := strings.Cut(a, "=")
		name = strings.TrimPrefix(strings.TrimSpace(name), "@")
		if !ok || name == "" {
			problems = append(problems, fmt.Sprintf("--param %q: write name=value", a))
			continue
		}
		if _, known := byName[name]; !known {
			problems = append(problems, fmt.Sprintf("unknown parameter %q: the plan declares %s", name, listOrNone(names)))
			continue
		}
		if _, dup := given[name]; dup {
			problems = append(problems, fmt.Sprintf("parameter %q given twice", name))
			continue
		}
		given[name] = value
	}
	p := &Params{Values: map[string]any{}, Text: map[string]string{}}
	for _, d := range decl {
		text, ok := given[d.Name]
		if !ok {
			if d.Default == nil {
				problems = append(problems, fmt.Sprintf("missing parameter %q (%s): pass --param %s=…", d.Name, d.Type, d.Name))
				continue
			}
			text = *d.Default
		}
		v, canon, err := convertParam(d.Type, text)
		if err != nil {
			problems = append(problems, fmt.Sprintf("parameter %q: %v", d.Name, err))
			continue
		}
		p.Values[d.Name], p.Text[d.Name] = v, canon
	}
	if len(problems) > 0 {
		return nil, &refusal{msg: strings.Join(problems, "; ")}
	}
	h := sha256.New()
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "%s=%s\n", n, p.Text[n])
	}
	p.Hash = hex.EncodeToString(h.Sum(nil))
	return p, nil
}

func listOrNone(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// convertParam converts a parameter's text to its type and canonical text.
func convertParam(typ, text string) (any, string, error) {
	switch typ {
	case "number":
		r, ok := new(big.Rat).SetString(strings.TrimSpace(text))
		if !ok {
			return nil, "", fmt.Errorf("%q is not a number", text)
		}
		canon := r.RatString()
		if !r.IsInt() {
			canon = strings.TrimRight(strings.TrimRight(r.FloatString(40), "0"), ".")
		}
		return canon, canon, nil
	case "bool":
		b, err := strconv.ParseBool(strings.TrimSpace(text))
		if err != nil {
			return nil, "", fmt.Errorf("%q is not true or false", text)
		}
		return b, strconv.FormatBool(b), nil
	case "timestamp":
		for _, l := range timeLayouts {
			if t, err := time.Parse(l, strings.TrimSpace(text)); err == nil {
				t = t.UTC()
				return t, t.Format(time.RFC3339Nano), nil
			}
		}
		return nil, "", fmt.Errorf("%q is not a timestamp (use 2006-01-02T15:04:05Z or 2006-01-02 15:04:05 in UTC)", text)
	}
	return text, text, nil
}

// JSON is the parameters as a JSON object, for the audit table.
func (p *Params) JSON() string {
	b, _ := json.Marshal(p.Text)
	return string(b)
}
