package discord

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/bwmarrin/discordgo"
)

// Room for the context around a cited span in the passage view.
const (
	maxPassageBefore = 1200
	maxPassageAfter  = 1200
)

// onPassage shows a cited passage verbatim, to the clicker only.
func (b *Bot) onPassage(rq *request, p passageRef) {
	d, ok := b.index().lookup(p.Doc)
	if !ok {
		b.sendError(rq, msgPassageGone)
		return
	}
	m, ok := passageView(d, p)
	if !ok {
		b.sendError(rq, msgPassageGone)
		return
	}
	b.send(rq, m)
}

// passageView renders the passage p points at in d: the retrieved passage
// with the cited words in bold. ok is false when p no longer matches d
// (the corpus changed since the answer).
func passageView(d corpus.Document, p passageRef) (message, bool) {
	if !validSpan(d.Text, p.Start, p.End) || textHash(d.Text[p.Start:p.End]) != p.Hash {
		return message{}, false
	}
	cs, ce := p.ChunkStart, p.ChunkEnd
	if !validSpan(d.Text, cs, ce) || cs > p.Start || ce < p.End {
		cs, ce = p.Start, p.End
	}
	before := truncateLeft(safe(collapse(d.Text[cs:p.Start])), maxPassageBefore)
	cited := safe(collapse(d.Text[p.Start:p.End]))
	after := truncate(safe(collapse(d.Text[p.End:ce])), maxPassageAfter)
	desc := "**" + cited + "**"
	if endsSpace(d.Text[cs:p.Start]) {
		desc = " " + desc
	}
	if startsSpace(d.Text[p.End:ce]) {
		desc += " "
	}
	desc = strings.TrimSpace(before + desc + after)

	title := d.Title
	if title == "" {
		title = d.ID
	}
	prefix := "Passage " + strconv.Itoa(p.N) + " · "
	var meta []string
	for _, s := range []string{d.Outlet, d.Date} {
		if s != "" {
			meta = append(meta, truncate(s, 100))
		}
	}
	meta = append(meta, truncate(d.ID, 200))
	e := &discordgo.MessageEmbed{
		Title:       prefix + truncate(safe(title), maxEmbedTitle-units(prefix)),
		URL:         linkable(d.URL),
		Description: truncate(desc, maxEmbedDesc),
		Color:       colorInfo,
		Footer:      &discordgo.MessageEmbedFooter{Text: truncate(strings.Join(meta, " · "), maxFooterText)},
	}
	return message{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: true}, true
}

// validSpan reports whether [start, end) is a non-empty span of text on
// character boundaries.
func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// collapse turns runs of white space into single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func endsSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// truncateLeft keeps the end of s within max units, cut at a word boundary
// after a leading ellipsis.
func truncateLeft(s string, max int) string {
	if units(s) <= max {
		return s
	}
	rs := []rune(s)
	n, i := units(ellipsis)+1, len(rs)
	for i > 0 && n+units(string(rs[i-1])) <= max {
		i--
		n += units(string(rs[i]))
	}
	rest := string(rs[i:])
	if sp := strings.IndexFunc(rest, unicode.IsSpace); sp >= 0 && sp < len(rest)-1 {
		rest = rest[sp+1:]
	}
	return ellipsis + " " + rest
}
