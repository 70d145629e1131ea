package discord

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/news"
)

// reLiveMention matches a mention Discord would act on.
var reLiveMention = regexp.MustCompile(`@everyone|@here|<@[!&]?\d`)

// seedIndex is the seed corpus as the Bot indexes it, with the real news
// views.
func seedIndex(t *testing.T) *docIndex {
	t.Helper()
	docs, _, err := corpus.Load(filepath.Join("..", "..", "corpus"), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	snap := snapshotOf(t, docs...)
	x := newDocIndex(snap)
	x.news = snap
	return x
}

func TestTimelinePagesGolden(t *testing.T) {
	x := seedIndex(t)
	all := news.BuildTimeline(x.docs)
	pages := paginateTimeline(x, all)
	if len(pages) < 2 {
		t.Fatalf("the seed timeline of %d entries fits %d page, want several", len(all), len(pages))
	}
	seen := 0
	for p := range pages {
		m := timelinePage(x, timelineQuery{Page: p}, false)
		data := m.responseData()
		checkLimits(t, data)
		golden(t, fmt.Sprintf("timeline/page_%d", p), data)
		seen += strings.Count(m.Embeds[0].Description, "• ")
	}
	if seen != len(all) {
		t.Errorf("the pages show %d entries, want all %d", seen, len(all))
	}
	m := timelinePage(x, timelineQuery{From: "2022-01-06", To: "2022-01-06"}, true)
	checkLimits(t, m.responseData())
	golden(t, "timeline/thursday", m.responseData())
	if got := timelinePage(x, timelineQuery{Page: 99}, false); got.Embeds[0].Footer.Text != lastPageFooter(len(pages), len(all)) {
		t.Errorf("page 99 footer = %q, want the last page", got.Embeds[0].Footer.Text)
	}
	if none := timelinePage(x, timelineQuery{From: "2023-01-01"}, false); !none.Ephemeral || !strings.Contains(none.Content, "from 2023-01-01") {
		t.Errorf("an empty range = %+v, want a private note naming the range", none)
	}
}

func lastPageFooter(pages, entries int) string {
	return fmt.Sprintf("Page %d of %d · %d events · dates worked out from each article's own date · [n] is a source below", pages, pages, entries)
}

func TestTimelineLimitsPerPage(t *testing.T) {
	// Twelve articles, each dating one long event: pages keep to the
	// entry and article limits and every entry shows once.
	var c stubCatalog
	for i := 1; i <= 30; i++ {
		body := fmt.Sprintf("On January %d, 2022, @everyone saw %s happen in the city, officials said.", i, strings.Repeat("something long ", 40))
		d := article(fmt.Sprintf("%03d_x", i), fmt.Sprintf("Report %d", i), "Outlet", "2022-02-01", "", body)
		c = append(c, d)
	}
	snap := snapshotOf(t, c...)
	x := newDocIndex(snap)
	x.news = snap
	entries, _ := x.news.Timeline()
	pages := paginateTimeline(x, entries)
	shown := 0
	for p, pg := range pages {
		n := strings.Count(pg.text, "• ")
		shown += n
		if n > timelinePerPage || len(pg.fields) > maxSources || units(pg.text) > maxTimelineDesc {
			t.Errorf("page %d: %d entries, %d sources, %d units", p, n, len(pg.fields), units(pg.text))
		}
		data := timelinePage(x, timelineQuery{Page: p}, false).responseData()
		checkLimits(t, data)
		if strings.Contains(data.Embeds[0].Description, "@everyone") {
			t.Errorf("page %d can ping: %q", p, data.Embeds[0].Description)
		}
	}
	if shown != len(entries) || len(entries) != 30 {
		t.Errorf("%d entries shown of %d, want all 30", shown, len(entries))
	}
}

func TestTimelineEntryReportedWidely(t *testing.T) {
	x := newDocIndex(manyArticles(20))
	var entries []news.Entry
	for k := 0; k < 3; k++ {
		e := news.Entry{Date: "2022-01-06", Weekday: "Thursday"}
		for _, d := range x.docs {
			e.Sources = append(e.Sources, news.Source{DocID: d.ID, Text: fmt.Sprintf("Event %d was reported by everyone on Thursday.", k)}, news.Source{DocID: d.ID, Text: "again"})
		}
		entries = append(entries, e)
	}
	pages := paginateTimeline(x, entries)
	if len(pages) != 1 || len(pages[0].fields) != maxEntryDocs || !strings.Contains(pages[0].text, "[1][2][3][4][5] and 15 more reports") {
		t.Errorf("entries reported by 20 articles: %d pages, %d sources:\n%s\nwant one page citing the first %d and counting the rest",
			len(pages), len(pages[0].fields), pages[0].text, maxEntryDocs)
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		from, to     string
		wantFrom     string
		wantRefusal  bool
		refusalHints string
	}{
		{"", "", "", false, ""},
		{" 2022-01-05 ", "2022-01-06", "2022-01-05", false, ""},
		{"2022-01", "2022", "2022-01", false, ""},
		{"2022-1-5", "", "", true, "YYYY-MM-DD"},
		{"2022-02-30", "", "", true, "not a date"},
		{"yesterday", "", "", true, "not a date"},
		{"2022-01-07", "2022-01-06", "", true, "after"},
		{"", "@everyone", "", true, "not a date"},
	}
	for _, tt := range tests {
		from, _, refusal := dateRange(tt.from, tt.to)
		if (refusal != "") != tt.wantRefusal || from != tt.wantFrom || !strings.Contains(refusal, tt.refusalHints) {
			t.Errorf("dateRange(%q, %q) = %q, %q; want %q, refusal %v with %q", tt.from, tt.to, from, refusal, tt.wantFrom, tt.wantRefusal, tt.refusalHints)
		}
		if strings.Contains(refusal, "@everyone") {
			t.Errorf("dateRange refusal can ping: %q", refusal)
		}
	}
}

func TestTimelineID(t *testing.T) {
	for _, q := range []timelineQuery{{}, {From: "2022-01-05", To: "2022-01-06", Page: 12}, {To: "2022", Page: 1}} {
		id := timelineID("next", q)
		got, ok := parseTimelineID(id)
		if !ok || got != q || len(id) > maxCustomID {
			t.Errorf("parseTimelineID(%q) = %+v, %v; want %+v", id, got, ok, q)
		}
	}
	for _, id := range []string{"tl:next:x::", "tl:next:1:2022-13-01:", "tl:1", "src:next:1"} {
		if q, ok := parseTimelineID(id); ok {
			t.Errorf("parseTimelineID(%q) = %+v, want no match", id, q)
		}
	}
}

func TestQuoteGolden(t *testing.T) {
	x := seedIndex(t)
	for name, words := range map[string]string{"liquidated": "attackers were liquidated", "gangs": "terrorist gangs", "broad": "terrorist"} {
		ix, _ := x.news.Quotes()
		found := ix.Find(words)
		if len(found) == 0 {
			t.Errorf("FindQuotes(%q) found nothing", words)
			continue
		}
		data := quoteMessage(x, found, false).responseData()
		checkLimits(t, data)
		golden(t, "quote/"+name, data)
	}
}

func TestQuoteLimits(t *testing.T) {
	// Many articles quoting one long, hostile statement, and many
	// statements: the reply keeps to the limits and never pings.
	var found []news.Statement
	x := newDocIndex(manyArticles(20))
	for s := 0; s < 5; s++ {
		st := news.Statement{Speaker: "@everyone <@123> " + strings.Repeat("Speaker ", 40), Variants: []string{"<@&9>"}, Titles: []string{strings.Repeat("title ", 80)}, Person: true}
		for i := 0; i < 20; i++ {
			st.Quotes = append(st.Quotes, news.Quote{DocID: x.docs[i].ID, Text: fmt.Sprintf("words %d %s @here", i%4, strings.Repeat("said ", 200)),
				Speaker: "@here " + fmt.Sprint(i), Person: true, To: strings.Repeat("reporters ", 30), Where: "on **TV**"})
		}
		found = append(found, st)
	}
	m := quoteMessage(x, found, false)
	data := m.responseData()
	checkLimits(t, data)
	if len(m.Embeds) == 0 || !strings.Contains(m.Embeds[len(m.Embeds)-1].Footer.Text, "more statements match") {
		t.Errorf("footer = %+v, want a note on the statements not shown", m.Embeds[len(m.Embeds)-1].Footer)
	}
	for _, e := range data.Embeds {
		if len(e.Fields) > maxQuoteArticles {
			t.Errorf("statement cites %d articles, want at most %d", len(e.Fields), maxQuoteArticles)
		}
		if reLiveMention.MatchString(e.Title + e.Description) {
			t.Errorf("quote embed can ping: %q", e.Title+e.Description)
		}
	}
}

func TestRefreshShowsTheViewsOfTheSnapshotServed(t *testing.T) {
	lib := newStubCorpus(t, article("a", "A", "", "2022-01-06", "", "Protesters gathered on Wednesday in the square."))
	b, err := New(stubAnswerer{}, lib, NewFeedbackLog(t.TempDir()+"/f.jsonl"), Options{Token: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if m := timelinePage(b.index(), timelineQuery{}, false); !strings.Contains(m.Embeds[0].Description, "Protesters gathered") {
		t.Fatalf("timeline = %q, want the first snapshot's event", m.Embeds[0].Description)
	}
	lib.snap = snapshotOf(t, article("b", "B", "", "2022-01-07", "", "Troops landed at the airport on Friday."))
	b.Refresh()
	if b.index().news != lib.snap {
		t.Error("after Refresh the views are not those of the snapshot served")
	}
	if m := timelinePage(b.index(), timelineQuery{}, false); !strings.Contains(m.Embeds[0].Description, "Troops landed") || strings.Contains(m.Embeds[0].Description, "Protesters") {
		t.Errorf("timeline after Refresh = %q, want only the new snapshot's event", m.Embeds[0].Description)
	}
}

// failedViews are news views whose builds failed.
type failedViews struct{}

func (failedViews) Timeline() ([]news.Entry, error)   { return nil, errors.New("timeline bug") }
func (failedViews) Quotes() (*news.QuoteIndex, error) { return nil, errors.New("quote bug") }

func TestNewsViewFailureReportedPerRequest(t *testing.T) {
	snap := snapshotOf(t, article("a", "A", "", "2022-01-06", "", "Protesters gathered on Wednesday in the square."))
	x := newDocIndex(snap)
	x.news = failedViews{}
	for i := range 2 {
		if m := timelinePage(x, timelineQuery{}, false); m.Content != msgViewFailed || !m.Ephemeral {
			t.Errorf("timeline request %d = %q (ephemeral %v), want the private error %q", i, m.Content, m.Ephemeral, msgViewFailed)
		}
	}
}
