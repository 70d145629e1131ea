package cli

import (
	"regexp"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// timeline dispatches /timeline with the options given as name, value pairs.
func (h *harness) timeline(opts ...string) wireCallback {
	h.t.Helper()
	var o []fakediscord.Option
	for i := 0; i+1 < len(opts); i += 2 {
		o = append(o, fakediscord.Option{Name: opts[i], Value: opts[i+1]})
	}
	_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "timeline", GuildID: fakediscord.GuildID, UserID: h.user(), Options: o}))
	return cb
}

func testTimeline(t *testing.T, h *harness) {
	cb := h.timeline()
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("/timeline = %+v, want one embed", cb)
	}
	e := cb.Data.Embeds[0]
	if e.Title != "Timeline" || !strings.HasPrefix(e.Description, "**1991**") || !strings.Contains(e.Description, "**2022-01-05** · Wednesday") {
		t.Errorf("/timeline page 1 = %q / %q, want the events from 1991 on, by day", e.Title, e.Description)
	}
	checkCitedSources(t, e)
	ids := cb.Data.buttons()
	if len(ids) != 2 || !strings.HasPrefix(ids[1], "tl:next:1:") || e.Footer == nil || !strings.HasPrefix(e.Footer.Text, "Page 1 of ") {
		t.Fatalf("/timeline buttons %v, footer %+v: want Previous/Next on page 1 of several", ids, e.Footer)
	}
	// Next turns the page in place; the last page has no Next.
	pages := 0
	for next := ids[1]; next != ""; pages++ {
		_, cb = h.callback(h.interact(fakediscord.Interaction{Type: fakediscord.Component, CustomID: next, GuildID: fakediscord.GuildID, UserID: h.user()}))
		if cb.Type != 7 || len(cb.Data.Embeds) != 1 {
			t.Fatalf("Next = %+v, want the message updated (type 7) with the next page", cb)
		}
		checkCitedSources(t, cb.Data.Embeds[0])
		next = ""
		if r := cb.Data.Components; len(r) == 1 && !r[0].Components[1].Disabled {
			next = r[0].Components[1].CustomID
		}
	}
	if last := cb.Data.Embeds[0]; !strings.Contains(last.Description, "**Not dated**") || !strings.Contains(last.Description, "*Thursday:*") {
		t.Errorf("last page (%d turns) = %q, want the undated events in the articles' own words", pages, last.Description)
	}

	cb = h.timeline("from", "2022-01-06", "to", "2022-01-06")
	e = cb.Data.Embeds[0]
	if e.Title != "Timeline, 2022-01-06" || strings.Count(e.Description, "**2022-") != 1 || len(cb.Data.Components) != 0 {
		t.Errorf("/timeline of one day = %q / %q (%d rows), want that day only, on one page", e.Title, e.Description, len(cb.Data.Components))
	}
	checkCitedSources(t, e)
	cb = h.timeline("from", "2022-01-05")
	if e := cb.Data.Embeds[0]; strings.Contains(e.Description, "1991") || strings.Contains(e.Description, "Not dated") {
		t.Errorf("/timeline from:2022-01-05 = %q, want no earlier or undated events", e.Description)
	}

	for _, bad := range [][]string{{"from", "5 Jan"}, {"to", "2022-02-30"}, {"from", "2022-01-07", "to", "2022-01-05"}} {
		cb = h.timeline(bad...)
		if cb.Type != 4 || cb.Data.Flags != 64 || len(cb.Data.Embeds) != 0 || cb.Data.Content == "" {
			t.Errorf("/timeline %v = %+v, want a short private error", bad, cb.Data)
		}
	}
	if cb = h.timeline("from", "5 Jan"); !strings.Contains(cb.Data.Content, "YYYY-MM-DD") {
		t.Errorf("bad date error = %q, want it to say how to write a date", cb.Data.Content)
	}
}

// reCite matches a citation marker.
var reCite = regexp.MustCompile(`\[\d+\]`)

// checkCitedSources fails t unless every [n] in e's text names a source
// field and every field is cited.
func checkCitedSources(t *testing.T, e wireEmbed) {
	t.Helper()
	marks := map[string]bool{}
	for _, m := range reCite.FindAllString(e.Description, -1) {
		marks[m] = true
	}
	if len(marks) != len(e.Fields) || len(marks) == 0 {
		t.Errorf("%d distinct [n] in the text, %d source fields, want the same, at least 1:\n%s", len(marks), len(e.Fields), e.Description)
	}
	for _, f := range e.Fields {
		n := f.Name[:strings.Index(f.Name, "]")+1]
		if !marks[n] || !strings.Contains(f.Value, "`0") {
			t.Errorf("source field %q / %q is not cited or names no article", f.Name, f.Value)
		}
	}
}

func testQuote(t *testing.T, h *harness) {
	_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "quote", GuildID: fakediscord.GuildID, UserID: h.user(),
		Options: []fakediscord.Option{{Name: "text", Value: "attackers were liquidated"}}}))
	if cb.Type != 4 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("/quote = %+v, want one statement", cb)
	}
	e := cb.Data.Embeds[0]
	for _, want := range []string{"also spelled Saltanet Azirbek", "> “dozens of attackers were liquidated”", "to a local news channel"} {
		if !strings.Contains(e.Description, want) {
			t.Errorf("/quote description lacks %q:\n%s", want, e.Description)
		}
	}
	if e.Title != "Saltanat Azirbek" || len(e.Fields) != 2 || !strings.Contains(e.Fields[0].Value, "000_b395c66eadaac4a8") {
		t.Errorf("/quote = %q with %d sources, want Saltanat Azirbek quoted by 2 articles", e.Title, len(e.Fields))
	}
	checkCitedSources(t, e)

	_, cb = h.callback(h.interact(fakediscord.Interaction{Name: "quote", GuildID: fakediscord.GuildID, UserID: h.user(),
		Options: []fakediscord.Option{{Name: "text", Value: "@everyone the moon is made of cheese"}}}))
	if cb.Data.Flags != 64 || !strings.HasPrefix(cb.Data.Content, "No quote in the articles matches") {
		t.Errorf("/quote of words nobody said = %+v, want a short private note", cb.Data)
	}
}
