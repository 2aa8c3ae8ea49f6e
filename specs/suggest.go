package specs

import "fmt"

// Suggest returns the candidate closest to s when it is close enough to be a likely typo, or "".
func Suggest(s string, candidates []string) string {
	best, bestDist := "", 1<<30
	for _, c := range candidates {
		d := typoDistance(s, c)
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	if best != "" && bestDist <= max(2, len(s)/3) && bestDist < len(s) {
		return best
	}
	return ""
}

// typoDistance is the edit distance between a and b counting a swap of two neighbouring
// characters as one edit (optimal string alignment), so RUOND is nearer to ROUND than to RAND.
func typoDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}

// suggest formats Suggest's answer as a sentence to append to a diagnostic detail.
func suggest(s string, candidates []string) string {
	if b := Suggest(s, candidates); b != "" {
		return fmt.Sprintf(" Did you mean %q?", b)
	}
	return ""
}
