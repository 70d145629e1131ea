package discord

import (
	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

// Slash command and option names.
const (
	cmdAsk      = "ask"
	cmdSources  = "sources"
	cmdSource   = "source"
	cmdTimeline = "timeline"
	cmdQuote    = "quote"
	optQuestion = "question"
	optPrivate  = "private"
	optArticle  = "article"
	optFrom     = "from"
	optTo       = "to"
	optText     = "text"
)

// maxQuoteWords is the longest text /quote takes.
const maxQuoteWords = 300

// maxOptionLength is the longest string option Discord allows.
const maxOptionLength = 6000

// Commands returns the slash commands the bot registers; maxQuestion is
// the longest question /ask takes (answer.DefaultMaxQuestion when <= 0).
func Commands(maxQuestion int) []*discordgo.ApplicationCommand {
	if maxQuestion <= 0 {
		maxQuestion = answer.DefaultMaxQuestion
	}
	contexts := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	one, four := 1, 4
	return []*discordgo.ApplicationCommand{
		{
			Name: cmdAsk, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Ask a question about the news; the answer cites the articles",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: optQuestion, Required: true,
					Description: "Your question, e.g. What sparked the protests?",
					MinLength:   &one, MaxLength: min(maxQuestion, maxOptionLength),
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: optPrivate,
					Description: "Show the answer only to you",
				},
			},
		},
		{
			Name: cmdSources, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "List the articles the answers come from",
			Options:     []*discordgo.ApplicationCommandOption{},
		},
		{
			Name: cmdSource, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Show one article: title, outlet, date and opening",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: optArticle, Required: true,
					Description: "Start typing a title or an ID", Autocomplete: true,
				},
			},
		},
		{
			Name: cmdTimeline, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "The events in order, each dated and cited",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: optFrom,
					Description: "First day to show, as YYYY-MM-DD", MinLength: &four, MaxLength: 10,
				},
				{
					Type: discordgo.ApplicationCommandOptionString, Name: optTo,
					Description: "Last day to show, as YYYY-MM-DD", MinLength: &four, MaxLength: 10,
				},
			},
		},
		{
			Name: cmdQuote, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Who said it: find a quote by its words, with where and to whom",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: optText, Required: true,
					Description: "Words from the quote, e.g. attackers were liquidated",
					MinLength:   &one, MaxLength: maxQuoteWords,
				},
			},
		},
	}
}
