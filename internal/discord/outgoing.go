package discord

import (
	"github.com/bwmarrin/discordgo"
)

// message is everything the bot sends, in one shape. Every message leaves
// through its methods below, which give it an empty allowed_mentions (no
// pings at all) and clamp it to Discord's limits, whatever built it.
type message struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Ephemeral  bool
	// personal: for the asker's eyes only (a private answer); if it cannot
	// be ephemeral it goes by direct message, never to the channel.
	personal bool
}

// textMessage is a plain message; ephemeral where Discord allows it.
func textMessage(s string, ephemeral bool) message {
	return message{Content: s, Ephemeral: ephemeral}
}

// noMentions allows no mention of any kind: "parse": [] and no replied user.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// flags are the message flags for m.
func (m message) flags() discordgo.MessageFlags {
	if m.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// responseData is m as an interaction response's data.
func (m message) responseData() *discordgo.InteractionResponseData {
	m = m.clamped()
	return &discordgo.InteractionResponseData{
		Content:         m.Content,
		Embeds:          orEmpty(m.Embeds),
		Components:      orEmptyComponents(m.Components),
		AllowedMentions: noMentions(),
		Flags:           m.flags(),
	}
}

// webhookEdit is m as an edit of an interaction response. Every part is
// set, so the edit replaces the whole message.
func (m message) webhookEdit() *discordgo.WebhookEdit {
	m = m.clamped()
	embeds, comps := orEmpty(m.Embeds), orEmptyComponents(m.Components)
	return &discordgo.WebhookEdit{
		Content:         &m.Content,
		Embeds:          &embeds,
		Components:      &comps,
		AllowedMentions: noMentions(),
	}
}

// webhookParams is m as an interaction followup message.
func (m message) webhookParams() *discordgo.WebhookParams {
	m = m.clamped()
	return &discordgo.WebhookParams{
		Content:         m.Content,
		Embeds:          orEmpty(m.Embeds),
		Components:      orEmptyComponents(m.Components),
		AllowedMentions: noMentions(),
		Flags:           m.flags(),
	}
}

// messageSend is m as a channel message replying to ref (none if nil).
func (m message) messageSend(ref *discordgo.MessageReference) *discordgo.MessageSend {
	m = m.clamped()
	return &discordgo.MessageSend{
		Content:         m.Content,
		Embeds:          orEmpty(m.Embeds),
		Components:      orEmptyComponents(m.Components),
		AllowedMentions: noMentions(),
		Reference:       ref,
	}
}

func orEmpty(e []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	if e == nil {
		return []*discordgo.MessageEmbed{}
	}
	return e
}

func orEmptyComponents(c []discordgo.MessageComponent) []discordgo.MessageComponent {
	if c == nil {
		return []discordgo.MessageComponent{}
	}
	return c
}

// clamped returns a copy of m with every text neutralized and within
// Discord's limits. The renderers already fit their output; this is the
// guarantee that holds for any message, however it was built.
func (m message) clamped() message {
	m.Content = truncate(neutralize(m.Content), maxContent)
	if len(m.Embeds) > maxEmbeds {
		m.Embeds = m.Embeds[:maxEmbeds]
	}
	embeds := make([]*discordgo.MessageEmbed, len(m.Embeds))
	total := 0
	for i, e := range m.Embeds {
		embeds[i] = clampEmbed(e, maxEmbedTotal-total)
		total += embedUnits(embeds[i])
	}
	m.Embeds = embeds
	if len(m.Components) > maxRowsPerMessage {
		m.Components = m.Components[:maxRowsPerMessage]
	}
	return m
}

// clampEmbed returns a copy of e within the per-field limits and at most
// budget units in all; the description gives way first, then fields.
func clampEmbed(e *discordgo.MessageEmbed, budget int) *discordgo.MessageEmbed {
	c := *e
	c.Title = truncate(neutralize(c.Title), maxEmbedTitle)
	c.Description = truncate(neutralize(c.Description), maxEmbedDesc)
	if c.Footer != nil {
		f := *c.Footer
		f.Text = truncate(neutralize(f.Text), maxFooter)
		c.Footer = &f
	}
	if c.Author != nil {
		a := *c.Author
		a.Name = truncate(neutralize(a.Name), maxAuthor)
		c.Author = &a
	}
	if len(c.Fields) > maxFields {
		c.Fields = c.Fields[:maxFields]
	}
	fields := make([]*discordgo.MessageEmbedField, len(c.Fields))
	for i, f := range c.Fields {
		fields[i] = &discordgo.MessageEmbedField{
			Name:   truncate(neutralize(f.Name), maxFieldName),
			Value:  truncate(neutralize(f.Value), maxFieldValue),
			Inline: f.Inline,
		}
	}
	c.Fields = fields
	if over := embedUnits(&c) - budget; over > 0 {
		c.Description = truncate(c.Description, max(0, units(c.Description)-over))
	}
	for embedUnits(&c) > budget && len(c.Fields) > 0 {
		c.Fields = c.Fields[:len(c.Fields)-1]
	}
	return &c
}

// embedUnits is what counts towards the 6000-unit limit of all embeds.
func embedUnits(e *discordgo.MessageEmbed) int {
	n := units(e.Title) + units(e.Description)
	if e.Footer != nil {
		n += units(e.Footer.Text)
	}
	if e.Author != nil {
		n += units(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += units(f.Name) + units(f.Value)
	}
	return n
}
