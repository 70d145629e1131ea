// Package cli is the bot's command line: ask, sources, source, index,
// eval, timeline, quote, quotes, add, feeds, serve, config, healthcheck
// and version. It parses flags, loads the configuration, builds the
// logger and renders results on the terminal (answers, timeline and quote
// views); the components themselves are built and wired by internal/app.
// cmd/bot only calls Main, so tests drive the real commands.
package cli
