package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
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
	fs.Var((*kFlag)(&c.k), "k", fmt.Sprintf("passages to retrieve per question, 1 to %d (default from config, 8)", config.MaxK))
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

// kFlag is --k: a number of passages in the range retrieve.k allows, so a
// bad value is a usage error on the command line.
type kFlag int

func (k *kFlag) String() string { return strconv.Itoa(int(*k)) }

func (k *kFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > config.MaxK {
		return fmt.Errorf("want a whole number from 1 to %d", config.MaxK)
	}
	*k = kFlag(n)
	return nil
}

// dateFlag is a date given as YYYY-MM-DD, YYYY-MM or YYYY: a real date,
// so "2022-13-45" is refused.
type dateFlag string

func (d *dateFlag) String() string { return string(*d) }

func (d *dateFlag) Set(s string) error {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if _, err := time.Parse(layout, s); layout == "" || err != nil {
		return fmt.Errorf("not a date: want YYYY-MM-DD (or YYYY-MM, YYYY)")
	}
	*d = dateFlag(s)
	return nil
}
