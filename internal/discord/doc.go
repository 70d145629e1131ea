// Package discord is the Discord front end: a Bot that connects to the
// gateway with discordgo, registers the slash commands (/ask, /sources,
// /source, /timeline, /quote) and answers them, @mentions and direct
// messages from an Answerer, rendering each answer.Reply as an embed with
// numbered sources, passage buttons and 👍/👎 feedback buttons. /timeline
// and /quote show the chronology and the quote index of the library
// snapshot now served (built once per snapshot), each entry or quote
// cited, numbered with news.Citations.
//
// It is the only package that imports discordgo (besides its test fake,
// fakediscord). Everything it sends goes through one place (outgoing.go)
// that forbids pings and keeps Discord's size limits, so neither the
// corpus, a question nor a language model can make it ping anyone or send
// a message Discord would reject.
//
// Slash commands are acknowledged within Discord's 3-second limit whatever
// answering costs: an answer ready within the reply budget is sent as the
// initial response; otherwise the bot acknowledges with a deferred
// response and edits the answer in when it is ready. When a language
// model writes the answer, the deferred response shows the draft as it is
// written, edited at most once a second, and the last edit is the verified
// answer with its sources and buttons. Replies to @mentions are not
// drafted: a channel message is sent once, when the answer is verified,
// so nobody reads (or is notified of) an unchecked answer.
package discord
