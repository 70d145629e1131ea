// Package synth writes synthetic news corpora of any size for scale
// benchmarks: articles recombined from sentence templates the package
// writes itself, with varied names, places, numbers and dates, the same
// for the same seed.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Article returns the text of article i of the corpus generated from seed:
// front matter (title, outlet, date), the title, then paragraphs of one to three sentences.
func Article(seed uint64, i int) string {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	g := gen{r: r, date: baseDate.AddDate(0, 0, r.IntN(3650))}
	var b strings.Builder
	topic := pick(r, topics)
	title := capitalize(fmt.Sprintf("%s %s in %s", pick(r, actors), pick(r, titleVerbs), pick(r, places)))
	fmt.Fprintf(&b, "---\ntitle: %s\noutlet: %s\ndate: %s\n---\n%s\n\n", title, pick(r, outlets), g.date.Format("2006-01-02"), title)
	paragraphs := 6 + r.IntN(8)
	for range paragraphs {
		n := 1 + r.IntN(3)
		for s := range n {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence(topic))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// Write creates n articles generated from seed in dir, one file each,
// named so that they sort in order ("00042_synth.txt").
func Write(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write synthetic corpus: %w", err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, Name(i)), []byte(Article(seed, i)), 0o644); err != nil {
			return fmt.Errorf("write synthetic corpus: %w", err)
		}
	}
	return nil
}

// Name is the file name of article i.
func Name(i int) string { return fmt.Sprintf("%06d_synth.txt", i) }

var baseDate = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// gen fills templates for one article.
type gen struct {
	r    *rand.Rand
	date time.Time
}

// sentence fills a random template: {A} actor, {P} place, {N} number,
// {W} weekday, {D} date, {T} topic, {Q} quote, {S} speaker, {O} object.
func (g gen) sentence(topic string) string {
	return capitalize(g.fill(pick(g.r, templates), topic))
}

// capitalize upper-cases the first letter (the vocabulary is ASCII).
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g gen) slot(c byte, topic string) string {
	r := g.r
	switch c {
	case 'A':
		return pick(r, actors)
	case 'P':
		return pick(r, places)
	case 'N':
		return fmt.Sprint(2 + r.IntN(2000))
	case 'W':
		return g.date.AddDate(0, 0, -r.IntN(6)).Weekday().String()
	case 'D':
		return g.date.AddDate(0, 0, -r.IntN(20)).Format("January 2")
	case 'T':
		return topic
	case 'Q':
		return pick(r, quotes)
	case 'S':
		return pick(r, firstNames) + " " + pick(r, lastNames)
	case 'O':
		return pick(r, objects)
	}
	return string(c)
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
