package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/almaty-news/newsbot/internal/news"
)

func runTimeline(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("timeline", "timeline [--from DATE] [--to DATE] [--json] [--corpus DIR] [--config FILE]", env.Stderr)
	var from, to dateFlag
	fs.Var(&from, "from", "first date to show: YYYY-MM-DD (or YYYY-MM, YYYY)")
	fs.Var(&to, "to", "last date to show: YYYY-MM-DD (or YYYY-MM, YYYY)")
	asJSON := fs.Bool("json", false, "print the timeline as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("timeline: unexpected argument %q", pos[0])
	}
	cat, err := loadDocs(c, env)
	if err != nil {
		return err
	}
	entries := news.Between(news.BuildTimeline(cat.docs), string(from), string(to))
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(timelineJSON(cat, entries))
	}
	_, err = fmt.Fprint(env.Stdout, timelineText(cat, news.NewTimelineView(entries)))
	return err
}

type entryJSON struct {
	Date    string            `json:"date"`
	Weekday string            `json:"weekday"`
	Part    string            `json:"part"`
	When    string            `json:"when"`
	Sources []entrySourceJSON `json:"sources"`
}

type entrySourceJSON struct {
	sourceJSON
	When string `json:"when"`
}

func timelineJSON(cat *catalog, entries []news.Entry) []entryJSON {
	out := []entryJSON{}
	for _, e := range entries {
		ej := entryJSON{Date: e.Date, Weekday: e.Weekday, Part: e.Part, When: e.When}
		for _, s := range e.Sources {
			ej.Sources = append(ej.Sources, entrySourceJSON{cat.sourceJSON(s.DocID, s.Start, s.End), s.When})
		}
		out = append(out, ej)
	}
	return out
}

// timelineText writes the dated entries by day, then those no report
// dates, with their own wording; each cites every report telling it.
func timelineText(cat *catalog, v news.TimelineView) string {
	if len(v.Entries) == 0 {
		return "No dated events found.\n"
	}
	var b strings.Builder
	shown := map[int]bool{} // the sentences printed in full
	day, undated := "", false
	for _, e := range v.Entries {
		switch {
		case e.Date == "" && !undated:
			undated = true
			b.WriteString("\nNot dated (the article gives no date; as the article words it):\n")
		case e.Date != "" && e.Date != day:
			day = e.Date
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString(e.Date + weekdayNote(e.Entry) + "\n")
		}
		var marks strings.Builder
		for _, n := range e.Cites {
			fmt.Fprintf(&marks, "[%d]", n)
		}
		shown[e.Cites[0]] = true
		lead := oneLine(e.Sources[0].Text)
		if e.Date == "" {
			fmt.Fprintf(&b, "  %s: %s %s\n", e.When, lead, marks.String())
			continue
		}
		fmt.Fprintf(&b, "  %s%s %s\n", partNote(e.Part), lead, marks.String())
	}
	b.WriteString(cat.sources(v.Sources, shown))
	return b.String()
}

func weekdayNote(e news.Entry) string {
	if e.Weekday == "" {
		return ""
	}
	return " (" + e.Weekday + ")"
}

func partNote(part string) string {
	if part == "" {
		return ""
	}
	return "(" + part + ") "
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
