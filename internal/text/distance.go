package text

import "unicode"

// EditDistance is the Levenshtein distance between two words, letters
// compared without case: the number of letters to insert, delete or
// change to turn one into the other ("Saltanat", "Saltanet": 1).
func EditDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if unicode.ToLower(a[i-1]) == unicode.ToLower(b[j-1]) {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
