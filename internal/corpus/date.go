package corpus

import (
	"strings"
	"time"
)

// isoDate is the layout every Document.Date uses.
const isoDate = "2006-01-02"

// dateLayouts are the written date forms accepted in front matter.
var dateLayouts = []string{
	isoDate,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"January 2, 2006",
	"January 2 2006",
	"Monday, January 2, 2006",
	"2 January 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2 Jan 2006",
}

// parseDate normalises a written date to YYYY-MM-DD. The date is taken as
// written: a time with an offset keeps its own calendar day.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(isoDate), true
		}
	}
	return "", false
}

// dateValue normalises a decoded front matter date: a native TOML or YAML
// date (time.Time) or a string in one of dateLayouts.
func dateValue(v any) (string, bool) {
	switch d := v.(type) {
	case time.Time:
		return d.Format(isoDate), true
	case string:
		return parseDate(d)
	default:
		return "", false
	}
}
