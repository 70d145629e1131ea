package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/fetch"
	"github.com/bwmarrin/discordgo"
)

// /add and its option.
const (
	cmdAdd = "add"
	optURL = "url"
)

// maxURLLength is the longest link /add takes.
const maxURLLength = 2000

// Short replies of /add.
const (
	msgAddDenied = "Only members with the Manage Server permission or an allowed role can add articles."
	msgAddGuild  = "Articles can only be added from a server channel."
)

// Adder adds an article to the corpus by its link; *fetch.Adder is one.
// Errors are explained to the user with fetch.Explain.
type Adder interface {
	Add(ctx context.Context, link string) (corpus.Document, error)
	Passages(d corpus.Document) int
}

var _ Adder = (*fetch.Adder)(nil)

// addCommand is /add url:, registered when Options.Adder is set.
func addCommand() *discordgo.ApplicationCommand {
	one := 1
	return &discordgo.ApplicationCommand{
		Name: cmdAdd, Type: discordgo.ChatApplicationCommand,
		Contexts:    &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		Description: "Add a news article to the corpus by its link (moderators)",
		Options: []*discordgo.ApplicationCommandOption{{
			Type: discordgo.ApplicationCommandOptionString, Name: optURL, Required: true,
			Description: "The article's link, https://...", MinLength: &one, MaxLength: maxURLLength,
		}},
	}
}

// withAdd returns cmds with /add when the bot can add articles.
func (b *Bot) withAdd(cmds []*discordgo.ApplicationCommand) []*discordgo.ApplicationCommand {
	if b.opt.Adder == nil {
		return cmds
	}
	return append(cmds, addCommand())
}

// mayAdd reports whether the member behind i may use /add: Manage Server
// in the channel, or one of the configured roles.
func (b *Bot) mayAdd(i *discordgo.Interaction) bool {
	m := i.Member
	if m == nil {
		return false
	}
	if m.Permissions&discordgo.PermissionManageGuild != 0 || m.Permissions&discordgo.PermissionAdministrator != 0 {
		return true
	}
	return slices.ContainsFunc(m.Roles, func(r string) bool { return slices.Contains(b.opt.AddRoles, r) })
}

// onAdd answers /add url: privately: what was added, or why not.
func (b *Bot) onAdd(ctx context.Context, rq *request, opts []*discordgo.ApplicationCommandInteractionDataOption) {
	switch {
	case b.opt.Adder == nil:
		b.sendError(rq, msgUnknown)
		return
	case rq.closing:
		b.sendError(rq, msgClosing)
		return
	case rq.i.Member == nil:
		b.sendError(rq, msgAddGuild)
		return
	case !b.mayAdd(rq.i):
		b.sendError(rq, msgAddDenied)
		return
	}
	link, _ := stringOption(opts, optURL)
	link = strings.TrimSpace(link)
	if err := rq.rs.deferReply(true); err != nil { // fetching can take longer than Discord's 3 s
		b.log.Warn("defer /add", "err", b.redact(err))
	}
	doc, err := b.opt.Adder.Add(ctx, link)
	if err != nil {
		level := b.log.Warn
		if errors.Is(err, fetch.ErrDuplicate) {
			level = b.log.Info
		}
		level("article not added", "err", err, "user", userID(rq.user))
		b.sendError(rq, fetch.Explain(err))
		return
	}
	b.log.Info("article added", "id", doc.ID, "url", doc.URL, "user", userID(rq.user))
	b.send(rq, addedCard(doc, b.opt.Adder.Passages(doc)))
}

// addedCard says what was added; the hot reload will serve it.
func addedCard(d corpus.Document, chunks int) message {
	e := &discordgo.MessageEmbed{
		Title:  truncate("Added: "+safe(d.Title), maxEmbedTitle),
		URL:    linkable(d.URL),
		Color:  colorInfo,
		Fields: articleFields(d, chunks),
		Footer: &discordgo.MessageEmbedFooter{Text: "Answers can cite it within a few seconds; see it with /source"},
	}
	return message{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: true}
}

func userID(u *discordgo.User) string {
	if u == nil {
		return ""
	}
	return u.ID
}

// addedAt shows an RFC 3339 time as Discord's timestamp markup, which each
// reader sees in their own time zone, with the time itself as fallback.
func addedAt(rfc3339 string) string {
	t, err := time.Parse(time.RFC3339, rfc3339)
	if err != nil {
		return truncate(safe(rfc3339), 100)
	}
	return fmt.Sprintf("<t:%d:f> (%s)", t.Unix(), t.UTC().Format("2006-01-02 15:04 UTC"))
}
