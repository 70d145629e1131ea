package discord

import (
	"fmt"
	"strings"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/bwmarrin/discordgo"
)

// Sizes of a /timeline page: few enough entries to read at a glance, and
// at most maxSources articles, so the description and one source field
// per article stay well within an embed.
const (
	timelinePerPage = 8
	maxTimelineDesc = 3000
	maxEntryText    = 450
	maxEntryDocs    = 5 // articles cited per entry; a page holds at least one entry
)

// onTimeline answers /timeline [from:<date>] [to:<date>] with its first page.
func (b *Bot) onTimeline(rq *request, opts []*discordgo.ApplicationCommandInteractionDataOption) {
	from, _ := stringOption(opts, optFrom)
	to, _ := stringOption(opts, optTo)
	from, to, refusal := dateRange(from, to)
	if refusal != "" {
		b.sendError(rq, refusal)
		return
	}
	x := b.index()
	b.logTimelineFailure(x)
	b.send(rq, timelinePage(x, timelineQuery{From: from, To: to}, b.opt.PrivateByDefault))
}

// logTimelineFailure logs why x has no timeline, if so; the user gets
// msgViewFailed.
func (b *Bot) logTimelineFailure(x *docIndex) {
	if x.news == nil {
		return
	}
	if _, err := x.news.Timeline(); err != nil {
		b.log.Error("news view failed; /timeline reports an error until the next reload", "err", err)
	}
}

// onTimelinePage turns a /timeline message to another page.
func (b *Bot) onTimelinePage(rq *request, q timelineQuery) {
	ephemeral := rq.i.Message != nil && rq.i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	x := b.index()
	b.logTimelineFailure(x)
	if err := rq.rs.update(timelinePage(x, q, ephemeral)); err != nil {
		b.log.Warn("turn /timeline page", "err", b.redact(err))
	}
}

// timelineQuery is what a /timeline message shows: the date range and
// the page (from 0).
type timelineQuery struct {
	From, To string
	Page     int
}

// timelinePage renders page q.Page (clamped to the last) of the entries
// between q.From and q.To, with Previous/Next buttons when there is more
// than one page.
func timelinePage(x *docIndex, q timelineQuery, ephemeral bool) message {
	var entries []news.Entry
	if x.news != nil {
		all, err := x.news.Timeline()
		if err != nil {
			return textMessage(msgViewFailed, true)
		}
		entries = news.Between(all, q.From, q.To)
	}
	if len(entries) == 0 {
		return textMessage(noEvents(q), true)
	}
	pages := paginateTimeline(x, entries)
	q.Page = max(0, min(q.Page, len(pages)-1))
	p := pages[q.Page]
	e := &discordgo.MessageEmbed{
		Title:       timelineTitle(q),
		Description: p.text,
		Color:       colorInfo,
		Fields:      p.fields,
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf(
			"Page %d of %d · %s · dates worked out from each article's own date · [n] is a source below",
			q.Page+1, len(pages), events(len(entries)))},
	}
	m := message{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: ephemeral}
	if len(pages) > 1 {
		prev, next := q, q
		prev.Page, next.Page = max(q.Page-1, 0), min(q.Page+1, len(pages)-1)
		m.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: timelineID("prev", prev), Disabled: q.Page == 0},
			discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: timelineID("next", next), Disabled: q.Page == len(pages)-1},
		}}}
	}
	return m
}

// timelineTitle names the range shown.
func timelineTitle(q timelineQuery) string {
	switch {
	case q.From != "" && q.From == q.To:
		return "Timeline, " + q.From
	case q.From != "" && q.To != "":
		return "Timeline, " + q.From + " to " + q.To
	case q.From != "":
		return "Timeline, from " + q.From
	case q.To != "":
		return "Timeline, up to " + q.To
	}
	return "Timeline"
}

// noEvents says that nothing is dated in the range.
func noEvents(q timelineQuery) string {
	if q.From == "" && q.To == "" {
		return "The articles date no events."
	}
	return "The articles date no events in that range (" + strings.TrimPrefix(timelineTitle(q), "Timeline, ") + ")."
}

func events(n int) string {
	if n == 1 {
		return "1 event"
	}
	return fmt.Sprintf("%d events", n)
}

// timelineText is one rendered page: its text and the articles it cites.
type timelineText struct {
	text   string
	fields []*discordgo.MessageEmbedField
}

// paginateTimeline lays the entries out on pages: by day, each day under
// its date, then the entries no article dates, with the article's own
// wording. Each page numbers the articles it cites from [1] and lists
// them as fields. A page ends before it would hold more than
// timelinePerPage entries, maxSources articles or maxTimelineDesc units.
func paginateTimeline(x *docIndex, entries []news.Entry) []timelineText {
	var pages []timelineText
	pg := newTimelineBuilder(x)
	for _, e := range entries {
		if !pg.fits(e) {
			pages = append(pages, pg.done())
			pg = newTimelineBuilder(x)
		}
		pg.add(e)
	}
	return append(pages, pg.done())
}

// timelineBuilder renders the entries of one page.
type timelineBuilder struct {
	x       *docIndex
	b       strings.Builder
	n       int            // entries on the page
	cites   news.Citations // the articles cited on the page
	heading string         // the last day heading written
}

func newTimelineBuilder(x *docIndex) *timelineBuilder {
	return &timelineBuilder{x: x}
}

// fits reports whether e can go on this page; the first entry always can.
func (p *timelineBuilder) fits(e news.Entry) bool {
	if p.n == 0 {
		return true
	}
	if p.n == timelinePerPage || p.cites.Len()+len(p.newDocs(e)) > maxSources {
		return false
	}
	return units(p.b.String())+units(p.line(e, true)) <= maxTimelineDesc
}

// newDocs are the articles e cites that the page does not yet.
func (p *timelineBuilder) newDocs(e news.Entry) []string {
	var out []string
	docs, _ := entryDocs(e)
	for _, id := range docs {
		if _, ok := p.cites.ArticleNumber(id); !ok {
			out = append(out, id)
		}
	}
	return out
}

// entryDocs are the articles an entry cites, each once, at most
// maxEntryDocs of them, and how many more there are.
func entryDocs(e news.Entry) ([]string, int) {
	var docs []string
	more := map[string]bool{}
	for _, s := range e.Sources {
		switch {
		case contains(docs, s.DocID):
		case len(docs) == maxEntryDocs:
			more[s.DocID] = true
		default:
			docs = append(docs, s.DocID)
		}
	}
	return docs, len(more)
}

// add puts e on the page, numbering the articles it newly cites.
func (p *timelineBuilder) add(e news.Entry) {
	for _, id := range p.newDocs(e) {
		p.cites.Article(id)
	}
	p.b.WriteString(p.line(e, false))
	p.heading = dayHeading(e)
	p.n++
}

// line renders e, under a new day heading when it starts a day; guess
// numbers the articles not yet cited as if they were (to measure).
func (p *timelineBuilder) line(e news.Entry, guess bool) string {
	var b strings.Builder
	if h := dayHeading(e); h != p.heading {
		if p.n > 0 {
			b.WriteString("\n")
		}
		b.WriteString(h + "\n")
	}
	lead := truncate(safe(collapse(e.Sources[0].Text)), maxEntryText)
	when := ""
	switch {
	case e.Date == "":
		when = "*" + safe(collapse(e.When)) + ":* "
	case e.Part != "":
		when = "*" + e.Part + "* · "
	}
	b.WriteString("• " + when + lead + " " + p.marks(e, guess) + "\n")
	return b.String()
}

// marks are the [n] of the articles e cites, and how many more report it.
func (p *timelineBuilder) marks(e news.Entry, guess bool) string {
	var b strings.Builder
	next := p.cites.Len()
	docs, more := entryDocs(e)
	for _, id := range docs {
		n, ok := p.cites.ArticleNumber(id)
		if !ok && guess {
			next++
			n = next
		}
		fmt.Fprintf(&b, "[%d]", n)
	}
	if more > 0 {
		fmt.Fprintf(&b, " and %d more %s", more, plural(more, "report", "reports"))
	}
	return b.String()
}

// done returns the page with a source field per cited article.
func (p *timelineBuilder) done() timelineText {
	t := timelineText{text: strings.TrimSpace(p.b.String())}
	for _, c := range p.cites.List() {
		t.fields = append(t.fields, articleField(p.x, c.N, c.DocID))
	}
	return t
}

// dayHeading is the heading an entry goes under: its date and weekday,
// or the heading of the entries no article dates.
func dayHeading(e news.Entry) string {
	switch {
	case e.Date == "":
		return "**Not dated** (the article gives no date; in its own words)"
	case e.Weekday != "":
		return "**" + e.Date + "** · " + e.Weekday
	}
	return "**" + e.Date + "**"
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
