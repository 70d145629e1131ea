package discord

import (
	"context"
	"strings"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/bwmarrin/discordgo"
)

// maxOpening is the longest opening of an article /source shows.
const maxOpening = 1500

// onSource answers /source article:<ref> with the article's card.
func (b *Bot) onSource(rq *request, opts []*discordgo.ApplicationCommandInteractionDataOption) {
	typed, _ := stringOption(opts, optArticle)
	d, ok := b.index().find(typed)
	if !ok {
		b.sendError(rq, msgUnknownSource)
		return
	}
	b.send(rq, sourceCard(d, b.index().chunks(d.ID), b.opt.PrivateByDefault))
}

// onAutocomplete suggests articles for /source as the user types.
func (b *Bot) onAutocomplete(ctx context.Context, rq *request) {
	data, ok := rq.i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok || data.Name != cmdSource || !b.allowedChannel(ctx, rq.s, rq.i.GuildID, rq.i.ChannelID) {
		b.sendChoices(rq, nil)
		return
	}
	typed := ""
	for _, o := range data.Options {
		if o != nil && o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	b.sendChoices(rq, articleChoices(b.index(), typed))
}

// articleChoices are at most 25 articles matching typed, each named by its
// title and ID, with its reference as the value.
func articleChoices(x *docIndex, typed string) []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, d := range x.match(typed, maxChoices) {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: choiceName(d), Value: docRef(d.ID)})
	}
	return out
}

// choiceName is "Title (ID)" in at most 100 characters, the title cut first.
func choiceName(d corpus.Document) string {
	title := strings.Join(strings.Fields(d.Title), " ")
	id := d.ID
	if units(id) > 40 {
		id = truncate(id, 40)
	}
	suffix := " (" + id + ")"
	if title == "" {
		return truncate(d.ID, maxChoiceName)
	}
	return truncate(title, maxChoiceName-units(suffix)) + suffix
}

// sourceCard renders one article: title (linked when there is a URL),
// opening, outlet, date, ID and passage count.
func sourceCard(d corpus.Document, chunks int, ephemeral bool) message {
	title := d.Title
	if title == "" {
		title = d.ID
	}
	e := &discordgo.MessageEmbed{
		Title:       truncate(safe(title), maxEmbedTitle),
		URL:         linkable(d.URL),
		Description: opening(d.Body(), maxOpening),
		Color:       colorInfo,
		Fields:      articleFields(d, chunks),
		Footer:      &discordgo.MessageEmbedFooter{Text: "Ask about it with /ask"},
	}
	if u := linkable(d.URL); u != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "URL", Value: u})
	}
	if d.Added != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Added", Value: addedAt(d.Added), Inline: true})
	}
	return message{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: ephemeral}
}

func orUnknown(s string) string {
	if s == "" {
		return "not stated"
	}
	return truncate(safe(s), 200)
}

// opening is the start of an article body: whole paragraphs, then whole
// sentences, within max units once made safe, and at least one paragraph
// longer than a heading.
func opening(body string, max int) string {
	var out []string
	used := 0
	for _, para := range strings.Split(body, "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		if para == "" {
			continue
		}
		s := safe(para)
		if used+units(s)+2 > max {
			if part := fitSentences(para, max-used-2); part != "" {
				out = append(out, part)
			} else if len(out) == 0 {
				out = append(out, truncate(s, max))
			}
			break
		}
		out = append(out, s)
		used += units(s) + 2
		if used >= max/3 {
			break
		}
	}
	return strings.Join(out, "\n\n")
}

// fitSentences returns the leading whole sentences of text that fit in
// max units once made safe, followed by an ellipsis when cut; "" when not
// even the first fits.
func fitSentences(text string, max int) string {
	var kept string
	for _, s := range sentences(text) {
		next := s
		if kept != "" {
			next = kept + " " + s
		}
		if units(safe(next))+2 > max {
			break
		}
		kept = next
	}
	if kept == "" {
		return ""
	}
	return safe(kept) + " " + ellipsis
}

// articleFields are the facts an article's card shows: outlet, date,
// passages and ID.
func articleFields(d corpus.Document, chunks int) []*discordgo.MessageEmbedField {
	return []*discordgo.MessageEmbedField{
		{Name: "Outlet", Value: orUnknown(d.Outlet), Inline: true},
		{Name: "Date", Value: orUnknown(d.Date), Inline: true},
		{Name: "Passages", Value: passages(chunks), Inline: true},
		{Name: "ID", Value: code(truncate(d.ID, 200))},
	}
}
