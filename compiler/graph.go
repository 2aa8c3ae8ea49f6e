package compiler

import (
	"sort"
	"strings"
)

// dependencies orders the tables so every table comes after the tables it depends on (foreign
// keys in the target, remaps, depends_on), ties broken by name, and reports every cycle with all
// the tables in it.
func (c *compiler) dependencies() {
	names := c.tableNames()
	sort.Strings(names)
	// Cycles: strongly connected components with more than one table (self-references are left
	// to the engine: a row may reference a row of the same batch).
	index, low, onStack := map[string]int{}, map[string]int{}, map[string]bool{}
	var stack []string
	next := 0
	var sccs [][]string
	var strong func(v string)
	strong = func(v string) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range sortedDeps(c.tables[v]) {
			if w == v {
				continue
			}
			if _, seen := index[w]; !seen {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []string
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			if len(comp) > 1 {
				sort.Strings(comp)
				sccs = append(sccs, comp)
			}
		}
	}
	for _, n := range names {
		if _, seen := index[n]; !seen {
			strong(n)
		}
	}
	inCycle := map[string]bool{}
	for _, comp := range sccs {
		for _, n := range comp {
			inCycle[n] = true
		}
		first := c.tables[comp[0]]
		var edges []string
		for _, n := range comp {
			for _, d := range sortedDeps(c.tables[n]) {
				for _, m := range comp {
					if d == m && d != n {
						edges = append(edges, n+" → "+d)
					}
				}
			}
		}
		c.d.errorf(first.spec.DeclRange, "Dependency cycle",
			"Tables %s depend on each other (%s), through target foreign keys, remaps or depends_on, so no order loads parents before children. Break the cycle: make one foreign key deferrable and drop it from the order with a second step, or remove a depends_on.",
			strings.Join(comp, ", "), strings.Join(edges, "; "))
	}
	// Kahn's algorithm with a sorted ready list: a stable order.
	indeg := map[string]int{}
	for _, n := range names {
		for _, d := range sortedDeps(c.tables[n]) {
			if d != n {
				indeg[n]++
			}
		}
	}
	done := map[string]bool{}
	for len(done) < len(names) {
		var ready []string
		for _, n := range names {
			if !done[n] && indeg[n] == 0 {
				ready = append(ready, n)
			}
		}
		if len(ready) == 0 {
			break // a cycle, reported above
		}
		n := ready[0]
		done[n] = true
		c.order = append(c.order, c.tables[n])
		for _, m := range names {
			if _, ok := c.tables[m].deps[n]; ok && m != n {
				indeg[m]--
			}
		}
	}
	for _, n := range names {
		if !done[n] && !inCycle[n] {
			c.order = append(c.order, c.tables[n])
		}
	}
	for _, t := range c.order {
		if t.step != nil {
			t.step.DependsOn = nil
			for _, d := range sortedDeps(t) {
				if d != t.spec.Name {
					t.step.DependsOn = append(t.step.DependsOn, d)
				}
			}
		}
	}
}

func sortedDeps(t *tableInfo) []string {
	var ds []string
	for d := range t.deps {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	return ds
}

func joinNames(ns []string) string { return strings.Join(ns, ", ") }
