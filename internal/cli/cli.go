package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/almaty-news/newsbot/internal/config"
)

// Env is how the commands reach the process: arguments aside, everything
// they read or write goes through it, so tests can run them in-process.
type Env struct {
	Getenv func(string) string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// usageError is a mistake in the command line; it exits with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Main runs the command in args (without the program name) and returns
// the process exit status: 0 on success, 2 for a usage error, 1 otherwise.
// Everything written to stdout and stderr has its control characters
// escaped (see escaper) and the configured secrets redacted (see redactor).
func Main(ctx context.Context, args []string, env Env) int {
	secrets := config.Secrets(env.Getenv)
	env.Stdout = &escaper{w: newRedactor(env.Stdout, secrets)}
	env.Stderr = &escaper{w: newRedactor(env.Stderr, secrets)}
	err := run(ctx, args, env)
	if err == nil {
		return 0
	}
	if errors.Is(err, errHelp) {
		return 0
	}
	fmt.Fprintf(env.Stderr, "bot: %s\n", err)
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}

// errHelp means help was printed as asked.
var errHelp = errors.New("help requested")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, env Env) error
}

func commands() []command {
	return []command{
		{"ask", "answer a question from the articles, with citations", runAsk},
		{"sources", "list the articles in the corpus", runSources},
		{"source", "print one article by ID", runSource},
		{"add", "add an article to the corpus from its link", runAdd},
		{"feeds", "show the followed feeds' state; --poll polls them once", runFeeds},
		{"index", "build or refresh the index cache", runIndex},
		{"eval", "measure answer quality on an eval file", runEval},
		{"timeline", "the event's chronology, dated and cited", runTimeline},
		{"quote", "who said some words, where and in which articles", runQuote},
		{"quotes", "list every attributed quote in the articles", runQuotes},
		{"serve", "run the Discord bot (needs DISCORD_TOKEN)", runServe},
		{"config", "check the configuration: bot config check", runConfig},
		{"healthcheck", "exit 0 when the running bot's /healthz answers", runHealthcheck},
		{"version", "print the version", runVersion},
	}
}

func run(ctx context.Context, args []string, env Env) error {
	if len(args) == 0 {
		printUsage(env.Stderr)
		return usagef("no command given")
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "help" {
		printUsage(env.Stdout)
		return errHelp
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], env)
		}
	}
	return usagef("unknown command %q (run 'bot --help')", name)
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `bot answers questions about a news event from a corpus of articles,
citing the passage every claim comes from. It works offline by default.

Usage:
  bot <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Examples:
  bot ask "What sparked the protests?"
  bot ask --json "How many police officers were injured?"
  echo "Who is Saltanat Azirbek?" | bot ask --json -
  bot sources
  bot timeline --from 2022-01-05
  bot quote "attackers were liquidated"
  bot eval --questions testdata/eval/dev.jsonl

Run 'bot <command> --help' for the flags of a command.
`)
}
