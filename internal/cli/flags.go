package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// common are the flags every command that reads the corpus takes.
type common struct {
	corpus string
	config string
	k      int
}

// flagSet is a command's flags with its help text.
type flagSet struct {
	*flag.FlagSet
	help func()
}

// newBareFlags returns a flag set with only -h, for commands that do not
// read the corpus (version, healthcheck). Parse errors print nothing: Main
// reports them in one line; -h prints the usage.
func newBareFlags(name, usage string, w io.Writer) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.help = func() {
		fmt.Fprintf(w, "Usage: bot %s\n", usage)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(w, "\nFlags:\n")
			fs.SetOutput(w)
			fs.PrintDefaults()
			fs.SetOutput(io.Discard)
		}
	}
	return fs
}

// newFlags returns a flag set for a command with the common flags.
func newFlags(name, usage string, w io.Writer) (*flagSet, *common) {
	fs := newBareFlags(name, usage, w)
	c := &common{}
	fs.StringVar(&c.corpus, "corpus", "", "corpus directory (default from config, else ./corpus)")
	fs.StringVar(&c.config, "config", "", "TOML config file (default ./config.toml when present)")
	fs.IntVar(&c.k, "k", 0, "passages to retrieve per question (default from config, 8)")
	return fs, c
}

// parse parses flags anywhere among the arguments ("bot ask 'q' --json"
// works as well as "bot ask --json 'q'") and returns the positional
// arguments. "--" ends flag parsing; a lone "-" is an argument.
func parse(fs *flagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.help()
				return nil, errHelp
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
