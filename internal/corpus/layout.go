package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// dateMarker matches the " date 2022-01-06 " marker some scraped articles
// start with (leading whitespace is trimmed before matching).
var dateMarker = regexp.MustCompile(`^date[ \t]+(\d{4}-\d{2}-\d{2})(?:\s+|$)`)

// sourcePrefix starts the trailing line that names the outlet.
const sourcePrefix = "Source:"

// bodyLayout is where the body sits in a text and what its surroundings say.
type bodyLayout struct {
	start, end int    // body is text[start:end]
	date       string // from a valid date marker, else ""
	outlet     string // from a trailing "Source: X" line, else ""
	warning    string // reason for a non-skipping Problem, else ""
}

// findBody locates the body in text[from:]: it trims whitespace, steps past
// a leading date marker and stops before a trailing "Source: X" line.
func findBody(text string, from int) bodyLayout {
	lay := bodyLayout{start: skipSpace(text, from)}
	if m := dateMarker.FindStringSubmatchIndex(text[lay.start:]); m != nil {
		raw := text[lay.start+m[2] : lay.start+m[3]]
		if _, err := time.Parse(isoDate, raw); err == nil {
			lay.date = raw
		} else {
			lay.warning = fmt.Sprintf("invalid date %q in date marker", raw)
		}
		lay.start = skipSpace(text, lay.start+m[1])
	}
	lay.end = lay.start + len(strings.TrimRightFunc(text[lay.start:], unicode.IsSpace))

	lineStart := lay.start + strings.LastIndexByte(text[lay.start:lay.end], '\n') + 1
	line := strings.TrimSpace(text[lineStart:lay.end])
	if rest, ok := strings.CutPrefix(line, sourcePrefix); ok && strings.TrimSpace(rest) != "" {
		lay.outlet = strings.TrimSpace(rest)
		lay.end = lay.start + len(strings.TrimRightFunc(text[lay.start:lineStart], unicode.IsSpace))
	}
	return lay
}

// skipSpace returns the offset of the first non-space rune at or after from.
func skipSpace(text string, from int) int {
	return len(text) - len(strings.TrimLeftFunc(text[from:], unicode.IsSpace))
}
