package discord

import (
	"regexp"
	"strings"
)

// zwsp is the zero-width space put inside mentions to break them.
const zwsp = "\u200b"

var (
	reMassMention = regexp.MustCompile(`(?i)@(everyone|here)`)
	reUserMention = regexp.MustCompile(`<@([!&]?[0-9])`)
)

// neutralize breaks every mention Discord would parse in s: @everyone,
// @here, users <@id> and <@!id>, and roles <@&id>. It puts a zero-width
// space after the @, which keeps the text readable. It is idempotent.
// Pings are also forbidden by the empty allowed_mentions every message
// carries; this keeps the text from even rendering as a mention.
func neutralize(s string) string {
	s = reMassMention.ReplaceAllString(s, "@"+zwsp+"$1")
	return reUserMention.ReplaceAllString(s, "<@"+zwsp+"$1")
}

// markdownEscaper escapes the characters Discord markdown acts on inside
// a line, so quoted text shows exactly as written.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`, `](`, `]\(`,
)

// escapeMarkdown makes s display literally: inline markdown characters get
// a backslash, as do the line starts that make headings, quotes and lists.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		if trimmed != "" && strings.ContainsRune("#>-+", rune(trimmed[0])) {
			lines[i] = l[:len(l)-len(trimmed)] + `\` + trimmed
		}
	}
	return strings.Join(lines, "\n")
}

// safe prepares text that comes from outside the bot (an article, a
// question, a language model) for a message: literal and unable to ping.
func safe(s string) string { return neutralize(escapeMarkdown(s)) }

// code formats s as inline code; backticks inside become look-alikes.
func code(s string) string { return "`" + strings.ReplaceAll(s, "`", "ˋ") + "`" }

// reEscaped matches a backslash escape that escapeMarkdown adds.
var reEscaped = regexp.MustCompile(`\\([\\*_~` + "`" + `|#>+\-(])`)

// plain undoes safe: it turns text the bot rendered back into what was
// quoted, for reading earlier answers of a conversation.
func plain(s string) string {
	s = strings.ReplaceAll(s, zwsp, "")
	return reEscaped.ReplaceAllString(s, "$1")
}
