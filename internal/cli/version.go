package cli

import (
	"context"
	"fmt"

	"github.com/almaty-news/newsbot/internal/version"
)

func runVersion(_ context.Context, args []string, env Env) error {
	fs := newBareFlags("version", "version", env.Stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("version: unexpected argument %q", pos[0])
	}
	_, err = fmt.Fprintln(env.Stdout, version.String())
	return err
}
