package discord

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// sourcesPerPage is how many articles one /sources page lists. With each
// entry at most about 300 units, a page stays well within an embed.
const sourcesPerPage = 10

// maxListTitle is the longest article title in the /sources list.
const maxListTitle = 150

// onSources answers /sources with its first page.
func (b *Bot) onSources(rq *request) {
	b.send(rq, sourcesPage(b.index(), 0, b.opt.PrivateByDefault))
}

// onSourcesPage turns a /sources message to another page.
func (b *Bot) onSourcesPage(rq *request, page int) {
	ephemeral := rq.i.Message != nil && rq.i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	if err := rq.rs.update(sourcesPage(b.index(), page, ephemeral)); err != nil {
		b.log.Warn("turn /sources page", "err", b.redact(err))
	}
}

// sourcesPage renders page (from 0; clamped to the last) of the article
// list, with Previous/Next buttons when there is more than one page.
func sourcesPage(x *docIndex, page int, ephemeral bool) message {
	n := len(x.docs)
	if n == 0 {
		return textMessage("There are no articles yet.", ephemeral)
	}
	pages := (n + sourcesPerPage - 1) / sourcesPerPage
	page = max(0, min(page, pages-1))
	var b strings.Builder
	for _, d := range x.docs[page*sourcesPerPage : min(n, (page+1)*sourcesPerPage)] {
		title := d.Title
		if title == "" {
			title = d.ID
		}
		meta := []string{}
		for _, s := range []string{d.Outlet, d.Date} {
			if s != "" {
				meta = append(meta, safe(truncate(s, 60)))
			}
		}
		meta = append(meta, code(truncate(d.ID, 60)), passages(x.chunks(d.ID)))
		fmt.Fprintf(&b, "**%s**\n%s\n\n", truncate(safe(title), maxListTitle), strings.Join(meta, " · "))
	}
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("Articles (%d)", n),
		Description: strings.TrimSpace(b.String()),
		Color:       colorInfo,
		Footer: &discordgo.MessageEmbedFooter{
			Text: fmt.Sprintf("Page %d of %d · /source shows one article", page+1, pages),
		},
	}
	m := message{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: ephemeral}
	if pages > 1 {
		m.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: pageID("prev", max(page-1, 0)), Disabled: page == 0},
			discordgo.Button{Label: "Next ▶", Style: discordgo.SecondaryButton, CustomID: pageID("next", min(page+1, pages-1)), Disabled: page == pages-1},
		}}}
	}
	return m
}

// passages says how many passages an article has.
func passages(n int) string {
	if n == 1 {
		return "1 passage"
	}
	return strconv.Itoa(n) + " passages"
}
