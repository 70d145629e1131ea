package news

import (
	"math"
	"strconv"
	"strings"
)

// unitWords are spelled-out numbers below a hundred.
var unitWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply what comes before them ("two hundred", "19 million").
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
}

// vagueWords are amounts given without a figure, as the range of values
// the word allows: "dozens" is at least two dozen, "tens" at least twenty.
var vagueWords = map[string][2]float64{
	"dozens":    {24, 99},
	"tens":      {20, 99},
	"scores":    {40, 99},
	"hundreds":  {200, 999},
	"thousands": {2000, 9999},
	"millions":  {2e6, 999e6},
	"several":   {3, 9},
	"dozen":     {12, 12}, // "a dozen", "one dozen"
}

// parseDigits reads "12", "1,000" or "1.5" as a number.
func parseDigits(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// parseWordNumber reads a spelled-out number from words, lower-case and
// hyphens split ("twenty", "five", "hundred"): it returns the value and
// how many words it used, 0 when words does not start with a number.
// "a hundred" and "a dozen" count; "a" alone does not.
func parseWordNumber(words []string) (float64, int) {
	var total, cur float64
	used := 0
	for i, w := range words {
		switch {
		case w == "a" && i == 0 && len(words) > 1 && (scaleWords[words[1]] > 0 || words[1] == "dozen"):
			cur = 1
		case w == "dozen" && used > 0:
			cur *= 12
		case unitWords[w] > 0 || w == "zero":
			if used > 0 && cur > 0 && (cur < 20 || math.Mod(cur, 10) != 0) {
				return total + cur, used // "five six" is not a number
			}
			cur += unitWords[w]
		case scaleWords[w] > 0 && used > 0:
			cur *= scaleWords[w]
			if scaleWords[w] >= 1e3 {
				total, cur = total+cur, 0
			}
		case w == "and" && used > 0 && i+1 < len(words) && unitWords[words[i+1]] > 0:
			// "two hundred and fifty"
		default:
			return total + cur, used
		}
		used = i + 1
	}
	return total + cur, used
}

// formatNumber writes v without a fractional part when it has none.
func formatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// IsAmountWord reports whether a lower-case word writes a number or an
// amount: "eight", "dozens", "hundred".
func IsAmountWord(w string) bool {
	_, vague := vagueWords[w]
	return unitWords[w] > 0 || scaleWords[w] > 0 || vague || w == "a"
}
