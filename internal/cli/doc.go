// Package cli is the bot's command line: ask, sources, source, index,
// eval, timeline, quote and quotes. cmd/bot only calls Main, so tests drive the real commands.
package cli
