package discord

import (
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// draftEvery is the shortest time between the starts of two edits that
// show an answer's draft: Discord shows the text as it is written without
// the bot editing more than about once a second.
const draftEvery = time.Second

// drafter shows the draft of an answer, as a language model writes it, by
// editing the deferred response: once both the deferral and some text are
// there, at once; after that at most once per draftEvery, always with the
// text as it is then. Edits happen on its own goroutine, so a slow edit
// never holds up the model's stream. Its owner calls close before sending
// the final answer: no draft edit is made, or in flight, after that.
type drafter struct {
	clock Clock
	show  func(text string) error // edits the response with a draft
	fail  func(error)             // told about a failed draft edit

	mu       sync.Mutex
	text     strings.Builder
	deferred bool // the response is deferred: drafts may be shown
	changed  bool // the text grew since it was last shown
	shown    int  // draft edits made
	first    time.Time

	wake      chan struct{} // buffered: there may be something to show
	stop      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

// newDrafter starts a drafter.
func newDrafter(clock Clock, show func(string) error, fail func(error)) *drafter {
	d := &drafter{clock: clock, show: show, fail: fail,
		wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go d.run()
	return d
}

// write adds a piece of the draft; it is the answer service's onDelta.
func (d *drafter) write(delta string) {
	if delta == "" {
		return
	}
	d.mu.Lock()
	d.text.WriteString(delta)
	d.changed = true
	ready := d.deferred
	d.mu.Unlock()
	if ready {
		d.poke()
	}
}

// deferredNow says the response was deferred, so drafts may be shown.
func (d *drafter) deferredNow() {
	d.mu.Lock()
	d.deferred = true
	d.mu.Unlock()
	d.poke()
}

func (d *drafter) poke() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// close stops the drafter and waits for an edit in flight to end. It
// returns how many drafts were shown and when the first one was sent.
func (d *drafter) close() (shown int, first time.Time) {
	d.closeOnce.Do(func() { close(d.stop) })
	<-d.done
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.shown, d.first
}

// run shows the draft when woken, waiting out the rest of draftEvery
// after the previous edit first.
func (d *drafter) run() {
	defer close(d.done)
	var last time.Time // when the last draft edit started; zero before the first
	for {
		select {
		case <-d.stop:
			return
		case <-d.wake:
		}
		if !last.IsZero() {
			if wait := last.Add(draftEvery).Sub(d.clock.Now()); wait > 0 {
				select {
				case <-d.stop:
					return
				case <-d.clock.After(wait):
				}
			}
		}
		text, ok := d.take()
		if !ok {
			continue
		}
		last = d.clock.Now()
		if err := d.show(text); err != nil {
			d.fail(err)
			return // the final answer is still sent; it will say what went wrong
		}
		d.mu.Lock()
		d.shown++
		if d.shown == 1 {
			d.first = last
		}
		d.mu.Unlock()
	}
}

// take returns the draft when there is something new to show.
func (d *drafter) take() (string, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.deferred || !d.changed || strings.TrimSpace(d.text.String()) == "" {
		return "", false
	}
	d.changed = false
	return d.text.String(), true
}

// renderDraft renders the draft of the answer to question: the text so
// far, made safe and within the limits, with no sources yet and no
// buttons; the final answer replaces it.
func renderDraft(question, text string, ephemeral bool) message {
	e := &discordgo.MessageEmbed{
		Title:       truncate(safe(question), maxEmbedTitle),
		Description: truncate(safe(collapse(text)), maxEmbedDesc-units(ellipsis)-1) + " " + ellipsis,
		Color:       colorAnswer,
		Footer:      &discordgo.MessageEmbedFooter{Text: "Writing… the sources follow once the answer is checked against them"},
	}
	return message{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: ephemeral}
}
