package discord

import (
	"regexp"
	"strings"
	"time"
)

// reDateOption matches what /timeline takes as from and to.
var reDateOption = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// dateRange checks the from and to options: each empty, or a date written
// YYYY-MM-DD (or YYYY-MM, YYYY), from not after to. It returns them
// trimmed, or what to tell the user.
func dateRange(from, to string) (string, string, string) {
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	for _, d := range []string{from, to} {
		if d != "" && !validDate(d) {
			return "", "", msgBadDate(d)
		}
	}
	if from != "" && to != "" && from > to && !strings.HasPrefix(from, to) {
		return "", "", msgDateOrder
	}
	return from, to, ""
}

// validDate reports whether d is a real date written YYYY-MM-DD, YYYY-MM or YYYY.
func validDate(d string) bool {
	if !reDateOption.MatchString(d) {
		return false
	}
	layout := "2006-01-02"[:len(d)]
	_, err := time.Parse(layout, d)
	return err == nil
}
