package discord

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

// Embed colours: an answer, an abstention, a lookup, an error.
const (
	colorAnswer  = 0x3B82F6
	colorAbstain = 0x9CA3AF
	colorInfo    = 0x10B981
)

// Sizes the renderers keep to, within Discord's limits: with at most
// maxSources fields of at most maxSourceName+maxSourceValue, a title and a
// footer, an answer always has room for a description under embedBudget.
const (
	maxSources     = 10  // sources, and passage buttons, per answer
	maxSourceName  = 120 // "[n] title"
	maxSourceValue = 300 // "outlet · date · `id`" and the URL
	maxURL         = 200 // longer URLs are left out rather than cut
	maxFooterText  = 300
	embedBudget    = maxEmbedTotal - 100
)

// reMarker matches a citation marker such as [3].
var reMarker = regexp.MustCompile(`\[(\d+)\]`)

// renderReply renders an answer or an abstention as a message.
func renderReply(r answer.Reply, ephemeral bool) message {
	if r.Abstained || len(r.Citations) == 0 {
		return renderAbstention(r, ephemeral)
	}
	byN := make(map[int]answer.Citation, len(r.Citations))
	for _, c := range r.Citations {
		byN[c.N] = c
	}
	segs := sentences(r.Text)
	var embed *discordgo.MessageEmbed
	var shown []answer.Citation
	for k := 1; k <= len(segs); k++ {
		e, cites, ok := answerEmbed(r, byN, segs[:k], k < len(segs))
		if !ok {
			break
		}
		embed, shown = e, cites
	}
	if embed == nil {
		embed, shown = cutFirstSentence(r, byN, segs)
	}
	rows := passageRows(r, shown)
	return message{Embeds: []*discordgo.MessageEmbed{embed}, Components: append(rows, voteRow()), Ephemeral: ephemeral}
}

// answerEmbed renders the sentences segs of r; ok is false when they do
// not fit. Only citations whose markers remain in the text are listed,
// and markers without a listed source are dropped from the text.
func answerEmbed(r answer.Reply, byN map[int]answer.Citation, segs []string, shortened bool) (*discordgo.MessageEmbed, []answer.Citation, bool) {
	text, cites, overflow := keepCited(strings.Join(segs, " "), byN)
	if overflow && len(segs) > 1 {
		return nil, nil, false // a sentence whose sources cannot all be listed waits
	}
	desc := safe(text)
	if shortened {
		desc += " " + ellipsis
	}
	e := answerFrame(r, cites, shortened)
	e.Description = desc
	ok := units(desc) <= maxEmbedDesc && embedUnits(e) <= embedBudget
	return e, cites, ok
}

// cutFirstSentence renders a first sentence too long to fit whole: cut at
// a word boundary, its citation markers put back after the cut.
func cutFirstSentence(r answer.Reply, byN map[int]answer.Citation, segs []string) (*discordgo.MessageEmbed, []answer.Citation) {
	first := ""
	if len(segs) > 0 {
		first = segs[0]
	}
	text, cites, _ := keepCited(first, byN)
	var marks strings.Builder
	for _, c := range cites {
		marks.WriteString("[" + strconv.Itoa(c.N) + "]")
	}
	bare := strings.TrimSpace(reMarker.ReplaceAllString(text, ""))
	e := answerFrame(r, cites, true)
	room := min(maxEmbedDesc, embedBudget-embedUnits(e)) - units(marks.String()) - 1
	e.Description = strings.TrimSpace(truncate(safe(bare), room) + " " + marks.String())
	return e, cites
}

// keepCited returns text with only the markers of known citations, at
// most maxSources of them, and those citations in order of appearance.
// overflow says a known citation was dropped for want of room.
func keepCited(text string, byN map[int]answer.Citation) (kept string, cites []answer.Citation, overflow bool) {
	seen := map[int]bool{}
	dropped := false
	kept = reMarker.ReplaceAllStringFunc(text, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		c, ok := byN[n]
		if !seen[n] && ok {
			if len(cites) == maxSources {
				overflow = true
			} else {
				seen[n] = true
				cites = append(cites, c)
			}
		}
		if !seen[n] {
			dropped = true
			return ""
		}
		return m
	})
	if dropped {
		kept = reSpaceBeforePunct.ReplaceAllString(strings.Join(strings.Fields(kept), " "), "$1")
	}
	return kept, cites, overflow
}

var reSpaceBeforePunct = regexp.MustCompile(`\s+([.,;:!?])`)

// answerFrame is an answer embed without its description: the question as
// title, one field per source, the footer.
func answerFrame(r answer.Reply, cites []answer.Citation, shortened bool) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:  truncate(safe(r.Question), maxEmbedTitle),
		Color:  colorAnswer,
		Footer: &discordgo.MessageEmbedFooter{Text: answerFooter(r, shortened)},
	}
	for _, c := range cites {
		e.Fields = append(e.Fields, sourceField(c))
	}
	return e
}

// sourceField names one cited article: "[n] title", then outlet, date, ID
// and URL as far as they are known.
func sourceField(c answer.Citation) *discordgo.MessageEmbedField {
	title := c.Title
	if title == "" {
		title = c.DocID
	}
	prefix := "[" + strconv.Itoa(c.N) + "] "
	name := prefix + truncate(safe(title), maxSourceName-units(prefix))
	var meta []string
	for _, s := range []string{c.Outlet, c.Date} {
		if s != "" {
			meta = append(meta, safe(s))
		}
	}
	meta = append(meta, code(c.DocID))
	value := truncate(strings.Join(meta, " · "), maxSourceValue-maxURL-1)
	if u := linkable(c.URL); u != "" {
		value += "\n" + u
	}
	return &discordgo.MessageEmbedField{Name: name, Value: value}
}

// linkable returns u when it is a short absolute http(s) URL, else "".
func linkable(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || units(u) > maxURL {
		return ""
	}
	return neutralize(u)
}

// answerFooter says where the answer comes from, and any note.
func answerFooter(r answer.Reply, shortened bool) string {
	parts := []string{"Quoted from the articles; each [n] is a source below"}
	if r.Composer == answer.ComposerLLM {
		by := "a language model"
		if r.Model != "" {
			by = r.Model
		}
		parts[0] = "Written by " + by + " from the passages cited below"
	}
	if shortened {
		parts = append(parts, "shortened to fit Discord")
	}
	if r.Note != "" {
		parts = append(parts, r.Note)
	}
	return truncate(strings.Join(parts, " · "), maxFooterText)
}

// renderAbstention says plainly that the articles don't cover the
// question; it has no sources.
func renderAbstention(r answer.Reply, ephemeral bool) message {
	text := r.Text
	if text == "" {
		text = answer.AbstainText
	}
	footer := "No sources: the articles don't cover this question"
	if r.Note != "" {
		footer += " · " + r.Note
	}
	e := &discordgo.MessageEmbed{
		Title:       truncate(safe(r.Question), maxEmbedTitle),
		Description: truncate(safe(text), maxEmbedDesc),
		Color:       colorAbstain,
		Footer:      &discordgo.MessageEmbedFooter{Text: truncate(footer, maxFooterText)},
	}
	return message{Embeds: []*discordgo.MessageEmbed{e}, Components: []discordgo.MessageComponent{voteRow()}, Ephemeral: ephemeral}
}

// passageRows are the "Passage n" buttons of the shown citations, five a row.
func passageRows(r answer.Reply, cites []answer.Citation) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row discordgo.ActionsRow
	for _, c := range cites {
		row.Components = append(row.Components, discordgo.Button{
			Label:    "Passage " + strconv.Itoa(c.N),
			Style:    discordgo.SecondaryButton,
			CustomID: passageFor(r, c).customID(c.DocID),
		})
		if len(row.Components) == maxButtonsPerRow {
			rows = append(rows, row)
			row = discordgo.ActionsRow{}
		}
	}
	if len(row.Components) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// passageFor points at citation c and the retrieved passage it is from.
func passageFor(r answer.Reply, c answer.Citation) passageRef {
	p := passageRef{N: c.N, Start: c.Start, End: c.End, ChunkStart: c.Start, ChunkEnd: c.End, Hash: textHash(c.Text), Doc: docRef(c.DocID)}
	for _, ps := range r.Passages {
		if ps.ID == c.ChunkID && ps.Start <= c.Start && c.End <= ps.End {
			p.ChunkStart, p.ChunkEnd = ps.Start, ps.End
		}
	}
	return p
}

// voteRow holds the 👍 and 👎 feedback buttons.
func voteRow() discordgo.ActionsRow {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: idVoteUp},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: idVoteDown},
	}}
}
