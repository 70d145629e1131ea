package discord

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/almaty-news/newsbot/internal/news"
	"github.com/bwmarrin/discordgo"
)

// Sizes of a /quote reply: the best few statements, one embed each. The
// first always shows (its description cut if need be); the others only
// when they fit whole.
const (
	maxStatements    = 3
	maxWordings      = 3   // distinct wordings shown per statement
	maxQuoteText     = 600 // units of one wording
	maxQuoteArticles = 6   // articles cited per statement
	quoteFooterRoom  = 200 // units kept for the footer
	shortQuote       = 80  // a quote this short is shown with its sentence
)

// onQuote answers /quote text:<words> with who said it, verbatim, where
// and to whom, and the articles quoting it.
func (b *Bot) onQuote(rq *request, opts []*discordgo.ApplicationCommandInteractionDataOption) {
	words, _ := stringOption(opts, optText)
	words = collapse(words)
	if words == "" {
		b.sendError(rq, msgNoWords)
		return
	}
	x := b.index()
	var found []news.Statement
	if x.news != nil {
		ix, err := x.news.Quotes()
		if err != nil {
			b.log.Error("news view failed; /quote reports an error until the next reload", "err", err)
			b.sendError(rq, msgViewFailed)
			return
		}
		found = ix.Find(words)
	}
	if len(found) == 0 {
		b.sendError(rq, msgNoQuote(words))
		return
	}
	b.send(rq, quoteMessage(x, found, b.opt.PrivateByDefault))
}

// quoteMessage renders the best statements found, one embed each, as
// many as fit; the footer of the last says how many more match. Sources
// are numbered across the message: an article keeps its number.
func quoteMessage(x *docIndex, found []news.Statement, ephemeral bool) message {
	var embeds []*discordgo.MessageEmbed
	var cites news.Citations // across the message
	for _, st := range found[:min(len(found), maxStatements)] {
		e := statementEmbed(x, st, &cites)
		room := embedBudget - quoteFooterRoom - totalUnits(embeds)
		if len(embeds) == 0 {
			e.Description = truncate(e.Description, room-embedUnits(e)+units(e.Description))
		} else if embedUnits(e) > room {
			break
		}
		embeds = append(embeds, e)
	}
	footer := "Quoted verbatim from the articles · [n] is a source below"
	if more := len(found) - len(embeds); more > 0 {
		footer += fmt.Sprintf(" · %d more %s match; add words to narrow it", more, plural(more, "statement", "statements"))
	}
	embeds[len(embeds)-1].Footer = &discordgo.MessageEmbedFooter{Text: footer}
	return message{Embeds: embeds, Ephemeral: ephemeral}
}

// statementEmbed renders one statement: the speaker (with the other
// spellings of the name and the titles the articles give), each wording
// verbatim as a block quote, and under it the articles quoting it with
// to whom, where and through whom. cites numbers the articles.
func statementEmbed(x *docIndex, st news.Statement, cites *news.Citations) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: truncate(safe(st.Speaker), maxEmbedTitle), Color: colorInfo}
	var b strings.Builder
	var about []string
	if len(st.Variants) > 0 {
		about = append(about, "also spelled "+safe(strings.Join(st.Variants, ", ")))
	}
	if len(st.Titles) > 0 {
		about = append(about, safe(strings.Join(st.Titles, "; ")))
	}
	if len(about) > 0 {
		b.WriteString("*" + truncate(strings.Join(about, " · "), 300) + "*\n\n")
	}
	cited := map[string]bool{}
	var fields []*discordgo.MessageEmbedField
	left := 0 // quotes not shown for want of room
	for k, w := range news.Wordings(st.Quotes) {
		if k == maxWordings {
			left += len(w)
			continue
		}
		b.WriteString("> “" + truncate(safe(collapse(w[0].Text)), maxQuoteText) + "”\n")
		var refs []string
		for _, q := range w {
			if !cited[q.DocID] && len(cited) == maxQuoteArticles {
				left++
				continue
			}
			n := cites.Article(q.DocID)
			if !cited[q.DocID] {
				cited[q.DocID] = true
				fields = append(fields, articleField(x, n, q.DocID))
			}
			refs = append(refs, fmt.Sprintf("[%d]", n)+quoteContext(q.Context(st.Speaker)))
		}
		b.WriteString(strings.Join(refs, " · ") + "\n")
		first, _ := cites.ArticleNumber(w[0].DocID)
		if ctx := quoteSentence(x, w[0], first); cited[w[0].DocID] && ctx != "" {
			b.WriteString(ctx + "\n")
		}
		b.WriteString("\n")
	}
	if left > 0 {
		fmt.Fprintf(&b, "*…and %d more %s*", left, plural(left, "quote", "quotes"))
	}
	e.Description = truncate(strings.TrimSpace(b.String()), maxEmbedDesc)
	e.Fields = fields
	return e
}

// quoteSentence is, for a quote of a few words only, the sentence of
// article [n] around it in italics, so the words are read in context; ""
// for a longer quote or when the article is not at hand.
func quoteSentence(x *docIndex, q news.Quote, n int) string {
	i, ok := x.byID[q.DocID]
	if !ok || units(q.Text) > shortQuote || !validSpan(x.docs[i].Text, q.SentStart, q.SentEnd) {
		return ""
	}
	sent := collapse(x.docs[i].Text[q.SentStart:q.SentEnd])
	if sent == collapse(q.Text) {
		return ""
	}
	return "*In [" + strconv.Itoa(n) + "]: " + truncate(safe(sent), maxQuoteText) + "*"
}

// totalUnits is what embeds count towards the 6000-unit limit.
func totalUnits(embeds []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range embeds {
		n += embedUnits(e)
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// quoteContext renders the attribution parts of a quote after its
// citation, made safe and short.
func quoteContext(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	return " " + truncate(safe(collapse(strings.Join(parts, ", "))), 200)
}
