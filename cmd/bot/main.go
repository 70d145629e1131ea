// Command bot answers questions about a news event from a corpus of
// articles, with every claim cited. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/almaty-news/newsbot/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.Env{Getenv: os.Getenv, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}
