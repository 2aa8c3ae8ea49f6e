package specs

import (
	"fmt"

	"github.com/agext/levenshtein"
)

// Suggest returns the candidate closest to s when it is close enough to be a likely typo, or "".
func Suggest(s string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		d := levenshtein.Distance(s, c, nil)
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	if best != "" && bestDist <= max(2, len(s)/3) && bestDist < len(s) {
		return best
	}
	return ""
}

// suggest formats Suggest's answer as a sentence to append to a diagnostic detail.
func suggest(s string, candidates []string) string {
	if b := Suggest(s, candidates); b != "" {
		return fmt.Sprintf(" Did you mean %q?", b)
	}
	return ""
}
